// Entries of the change log as a table: when, who (and from which address), what, the action, each
// field's value before → after, and the reason. People, presences, units… read by the names the API
// resolved (src/registry/names.ts); their numbers are links or tooltips. The first broken entry found
// by a verification is marked.
import { Anchor, Badge, Box, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
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
import { custodyEn } from '../../i18n/custody.en';
import { LOG_ACTIONS, type LogAction, logEn } from '../../i18n/log.en';
import { policiesEn } from '../../i18n/policies.en';
import { trustEn } from '../../i18n/trust.en';
import { useTranslation } from '../../i18n/useTranslation';
import { isRegistryField, useDescribeValue, useFieldLabel } from '../../registry/History';
import { type NameRef, useNames } from '../../registry/names';
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

/**
 * Codes that other capabilities store in their entries, and where their catalogue words them: how
 * someone signed in, a handover's role and state, a user's roles, a policy's kind.
 */
const hasKey = (o: object, k: unknown): k is string => typeof k === 'string' && Object.hasOwn(o, k);
function codeWord(entity: string, field: string, v: unknown, t: TFunction): string | null {
  if (field === 'via' && hasKey(logEn.values.via, v)) return t(`log.values.via.${v as 'password'}`);
  if (entity === 'reassignment' && field === 'role' && hasKey(custodyEn.reassign.role, v))
    return t(`custody.reassign.role.${v as 'owner'}`);
  if (entity === 'reassignment' && field === 'status' && hasKey(logEn.values.handover, v))
    return t(`log.values.handover.${v as 'open'}`);
  if (entity === 'user' && field === 'grants' && hasKey(trustEn.roles, v))
    return t(`trust.roles.${v as 'admin'}`);
  if (entity === 'policy' && field === 'kind' && hasKey(policiesEn.kind, v))
    return t(`policies.kind.${v as 'policy'}`);
  return null;
}

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

/**
 * A value of any entity, in words: an id by the name the API gave it, the registry's own words for
 * its fields, plain text otherwise.
 */
function useValue() {
  const { t } = useTranslation();
  const f = useFormat();
  const registry = useDescribeValue();
  const names = useNames();
  return (entity: string, field: string, v: unknown, ref: NameRef | null): string => {
    if (isEmpty(v)) return t('log.table.empty');
    const named = names.text(ref);
    if (named) return named;
    if (REGISTRY_ENTITIES.has(entity)) return registry(field, v);
    const word = codeWord(entity, field, v, t);
    if (word) return word;
    // A user's roles: each worded.
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      return f.list(v.map((x) => codeWord(entity, field, x, t) ?? x));
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
  const names = useNames();
  const fieldLabel = useFieldLabel();
  const fields = Object.entries(entry.diff);
  if (!fields.length) return <Dash />;
  return (
    <Stack gap={2}>
      {fields.map(([field, pair]) => {
        const [before, after] = Array.isArray(pair) ? pair : [null, pair];
        const refs = entry.names?.fields[field] ?? [null, null];
        const label =
          REGISTRY_ENTITIES.has(entry.entity) && isRegistryField(field)
            ? fieldLabel(field)
            : isField(field)
              ? t(`log.fields.${field}`)
              : field;
        const shown = (v: unknown, className: string, ref: NameRef | null) => {
          const text = value(entry.entity, field, v, ref);
          const long = text.length > MAX_VALUE;
          return (
            <Text size="sm" span className={className} title={long ? text : names.idTitle(ref)}>
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
              shown(after, 'vigie-diff-after', refs[1])
            ) : isEmpty(after) ? (
              shown(before, 'vigie-diff-before', refs[0])
            ) : (
              <>
                {shown(before, 'vigie-diff-before', refs[0])}
                <IconArrowRight
                  size={12}
                  style={{ margin: '0 6px', verticalAlign: 'middle' }}
                  color="var(--mantine-color-gray-6)"
                  aria-label={t('log.table.became')}
                />
                {shown(after, 'vigie-diff-after', refs[1])}
              </>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}

/** Where a thing has a page in the app: a presence (its secrets, its audit decisions), an audit. */
function pageOf(ref: NameRef): string | null {
  if (ref.deleted) return null;
  if (ref.kind === 'presence') return `/presences/${ref.id}`;
  if (ref.kind === 'audit') return `/audits/${ref.id}`;
  return null;
}

function What({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const entity = useEntityLabel();
  const names = useNames();
  const subject = entry.names?.subject ?? null;
  const name = names.text(subject);
  const to = subject ? pageOf(subject) : null;
  const batch = entry.names?.batch ?? null;
  const batchTo = batch ? pageOf(batch) : null;
  return (
    <>
      <Text
        size="sm"
        fw={500}
        title={!subject && entry.entityId > 0 ? t('names.id', { id: String(entry.entityId) }) : undefined}
      >
        {entity(entry.entity)}
        {name && ' · '}
        {name &&
          (to ? (
            <Anchor component={Link} to={to} size="sm" title={names.idTitle(subject)}>
              {name}
            </Anchor>
          ) : (
            <Text span size="sm" title={names.idTitle(subject)}>
              {name}
            </Text>
          ))}
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
      {batch ? (
        <Text size="xs" c="dimmed" truncate maw={180} title={entry.batch ?? undefined}>
          {t('log.table.batchAudit')}{' '}
          {batchTo ? (
            <Anchor component={Link} to={batchTo} size="xs">
              {names.text(batch)}
            </Anchor>
          ) : (
            names.text(batch)
          )}
        </Text>
      ) : (
        entry.batch && (
          <Text size="xs" c="dimmed" truncate maw={180} title={entry.batch}>
            {t('log.table.batch', { batch: entry.batch })}
          </Text>
        )
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
      {/* Fixed widths: a long name must not squeeze what changed, the column people read most. */}
      <Table
        verticalSpacing="sm"
        data-testid="log-table"
        style={{ tableLayout: 'fixed', overflowWrap: 'anywhere' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>{t('log.table.when')}</Table.Th>
            <Table.Th w={150}>{t('log.table.who')}</Table.Th>
            <Table.Th w={200}>{t('log.table.what')}</Table.Th>
            <Table.Th w={120}>{t('log.table.action')}</Table.Th>
            <Table.Th>{t('log.table.change')}</Table.Th>
            <Table.Th w={180}>{t('log.table.reason')}</Table.Th>
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
                  {/* Whole names and addresses, wrapped: cut, "Données de dé…" and "127.0…" said nothing. */}
                  <Text
                    size="sm"
                    lineClamp={2}
                    title={e.names?.actor ? t('names.login', { login: e.actor }) : e.actor}
                  >
                    {e.names?.actor ?? actorLabel(e.actor)}
                  </Text>
                  {e.ip && (
                    <Text
                      size="xs"
                      c="dimmed"
                      title={t('log.table.ip', { ip: e.ip })}
                      style={{ overflowWrap: 'anywhere' }}
                      data-testid="log-ip"
                    >
                      {e.ip}
                    </Text>
                  )}
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
