// Entries of the change log as a table: when, who, what (and its number), the action, each field's
// value before → after, and the reason. The first broken entry found by a verification is marked.
import { Anchor, Badge, Box, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DECISIONS,
  KPI_METRICS,
  KPI_PERIODS,
  OBJECTIVE_KINDS,
  TASK_STATUSES,
  TEMPLATE_KINDS,
} from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { Dash, useActorLabel } from '../../app/ui';
import { LOG_ACTIONS, type LogAction, logEn } from '../../i18n/log.en';
import { useDescribeValue, useFieldLabel } from '../../registry/History';
import { LOG_ENTITIES, type LogEntity, type LogEntry } from './queries';

/** Audit values the audit's catalogue names (decisions, task statuses, template kinds, KPIs). */
const AUDIT_VALUES: Record<string, Record<string, readonly string[]>> = {
  audit_item: { decision: DECISIONS },
  audit_task: { status: TASK_STATUSES },
  audit_template: { kind: TEMPLATE_KINDS },
  kpi: { metric: KPI_METRICS, period: KPI_PERIODS, objective: OBJECTIVE_KINDS },
};
const AUDIT_KEYS: Record<string, string> = {
  decision: 'decision',
  status: 'taskStatus',
  kind: 'templateKind',
  metric: 'metric',
  period: 'period',
  objective: 'objective',
};

/** Entities whose fields the registry knows how to name and show (people and units by name…). */
const REGISTRY_ENTITIES = new Set(['presence', 'unit', 'person', 'organisation']);

/** Longer values (message templates, bios) are cut; the whole text is in the tooltip. */
const MAX_VALUE = 240;

const isField = (k: string): k is keyof typeof logEn.fields => Object.hasOwn(logEn.fields, k);
const isEntity = (e: string): e is LogEntity => (LOG_ENTITIES as readonly string[]).includes(e);
const isAction = (a: string): a is LogAction => (LOG_ACTIONS as readonly string[]).includes(a);

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export function useEntityLabel() {
  const { t } = useTranslation();
  return (entity: string) => (isEntity(entity) ? t(`log.entities.${entity}`) : entity);
}

export function useActionLabel() {
  const { t } = useTranslation();
  return (action: string) => (isAction(action) ? t(`log.actions.${action}`) : action);
}

/** A value of any entity, in words: the registry's own words for its fields, plain text otherwise. */
function useValue() {
  const { t } = useTranslation();
  const f = useFormat();
  const registry = useDescribeValue();
  return (entity: string, field: string, v: unknown): string => {
    if (isEmpty(v)) return t('log.table.empty');
    if (REGISTRY_ENTITIES.has(entity)) return registry(field, v);
    if (typeof v === 'string' && AUDIT_VALUES[entity]?.[field]?.includes(v))
      return t(`audit.${AUDIT_KEYS[field]}.${v}` as 'audit.decision.invest');
    if (typeof v === 'number') return f.number(v);
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return f.list(v.map(String));
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
}

export function DiffList({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const value = useValue();
  const fieldLabel = useFieldLabel();
  const fields = Object.entries(entry.diff);
  if (!fields.length) return <Dash />;
  return (
    <Stack gap={2}>
      {fields.map(([field, pair]) => {
        const [before, after] = Array.isArray(pair) ? pair : [null, pair];
        const label = REGISTRY_ENTITIES.has(entry.entity)
          ? fieldLabel(field)
          : isField(field)
            ? t(`log.fields.${field}`)
            : field;
        const shown = (v: unknown, className: string) => {
          const text = value(entry.entity, field, v);
          const long = text.length > MAX_VALUE;
          return (
            <Text size="sm" span className={className} title={long ? text : undefined}>
              {long ? `${text.slice(0, MAX_VALUE)}…` : text}
            </Text>
          );
        };
        return (
          <Box key={field} style={{ overflowWrap: 'anywhere' }}>
            <Text size="sm" span c="gray.7">
              {label}
              {' · '}
            </Text>
            {isEmpty(before) ? (
              shown(after, 'vigie-diff-after')
            ) : isEmpty(after) ? (
              shown(before, 'vigie-diff-before')
            ) : (
              <>
                {shown(before, 'vigie-diff-before')}
                <IconArrowRight
                  size={12}
                  style={{ margin: '0 6px', verticalAlign: 'middle' }}
                  color="var(--mantine-color-gray-6)"
                  aria-label={t('log.table.became')}
                />
                {shown(after, 'vigie-diff-after')}
              </>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}

function What({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const entity = useEntityLabel();
  const id = `#${entry.entityId}`;
  // Where the object lives in the app, when it has a page: presences, audits, an audit's decision.
  const link =
    entry.entity === 'presence'
      ? { to: `/presences/${entry.entityId}`, text: id }
      : entry.entity === 'audit'
        ? { to: `/audits/${entry.entityId}`, text: id }
        : entry.entity === 'audit_item'
          ? {
              to: `/presences/${entry.entityId}`,
              text: t('log.table.presenceNumber', { id: String(entry.entityId) }),
            }
          : null;
  return (
    <>
      <Text size="sm" fw={500}>
        {entity(entry.entity)}{' '}
        {link ? (
          <Anchor component={Link} to={link.to} size="sm">
            {link.text}
          </Anchor>
        ) : entry.entityId ? (
          id
        ) : null}
      </Text>
      <Tooltip
        label={t('log.table.hash', { hash: entry.hash ?? '—' })}
        multiline
        maw={360}
        style={{ overflowWrap: 'anywhere' }}
      >
        <Text size="xs" c="dimmed" ff="monospace" span>
          {t('log.table.number', { id: String(entry.id) })}
        </Text>
      </Tooltip>
      {entry.batch && (
        <Text size="xs" c="dimmed" truncate maw={180} title={entry.batch}>
          {t('log.table.batch', { batch: entry.batch })}
        </Text>
      )}
    </>
  );
}

export function LogTable({ entries, highlight }: { entries: LogEntry[]; highlight: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actorLabel = useActorLabel();
  const action = useActionLabel();
  const marked = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (highlight !== null) marked.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight]);

  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" data-testid="log-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('log.table.when')}</Table.Th>
            <Table.Th w={160}>{t('log.table.who')}</Table.Th>
            <Table.Th w={190}>{t('log.table.what')}</Table.Th>
            <Table.Th w={120}>{t('log.table.action')}</Table.Th>
            <Table.Th>{t('log.table.change')}</Table.Th>
            <Table.Th w={220}>{t('log.table.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const broken = e.id === highlight;
            return (
              <Table.Tr
                key={e.id}
                ref={broken ? marked : undefined}
                bg={broken ? 'var(--mantine-color-red-0)' : undefined}
                style={
                  broken ? { outline: '2px solid var(--mantine-color-red-6)', outlineOffset: -2 } : undefined
                }
                data-entry={e.id}
                aria-current={broken ? 'true' : undefined}
              >
                <Table.Td>
                  <Tooltip label={f.relative(e.at)}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {f.dateTime(e.at)}
                    </Text>
                  </Tooltip>
                  {broken && (
                    <Badge
                      color="red"
                      size="xs"
                      mt={4}
                      leftSection={<IconAlertTriangle size={10} />}
                      tt="none"
                    >
                      {t('log.verify.highlighted')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate maw={160} title={e.actor}>
                    {actorLabel(e.actor)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <What entry={e} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={actionColor(e.action)} tt="none">
                    {action(e.action)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <DiffList entry={e} />
                </Table.Td>
                <Table.Td>
                  {e.reason ? (
                    <Text
                      size="sm"
                      c="gray.7"
                      lineClamp={4}
                      title={e.reason}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {e.reason}
                    </Text>
                  ) : (
                    <Dash />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function actionColor(action: string): string {
  if (action === 'create') return 'teal';
  if (action === 'delete' || action === 'sign_in_failed') return 'red';
  if (action === 'reveal' || action === 'export') return 'orange';
  return 'gray';
}

/** How many entries the table shows. */
export function Shown({ count }: { count: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Text size="sm" c="dimmed">
      {t('log.shown', { count, value: f.number(count) })}
    </Text>
  );
}
