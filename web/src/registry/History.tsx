// A presence's history in plain words: when, who, and for each field what it was and what it became.
import { Badge, Blockquote, Box, Group, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import { IconArrowRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { Change, NameRef } from '../../../src/registry/model';
import { useFormat } from '../app/format';
import { useActorLabel } from '../app/ui';
import { en } from '../i18n/en';
import { useTranslation } from '../i18n/useTranslation';
import { isStatus, MFA_STATES, RECOVERY_KINDS } from './meta';
import { useNames } from './names';
import { usePlatformDirectory } from './platforms';
import { usePeople, useUnits } from './queries';

type FieldKey = keyof typeof en.field;

/** History field names (as in Presence, or the name-carrying forms) → catalogue key. */
const FIELD_ALIASES: Record<string, FieldKey> = {
  unitId: 'unit',
  unit_id: 'unit',
  ownerId: 'owner',
  deputyId: 'deputy',
  custodianId: 'custodian',
  last_activity: 'lastActivityOn',
  created: 'createdOn',
  audience_date: 'audienceOn',
  recovery: 'recoveryContact',
};

/** Whether the registry's catalogue names this field (directly or through an alias). */
export const isRegistryField = (k: string): boolean => isFieldKey(FIELD_ALIASES[k] ?? k);
const isFieldKey = (k: string): k is FieldKey => Object.hasOwn(en.field, k);

const DATE_FIELDS = new Set(['audienceOn', 'createdOn', 'lastActivityOn', 'leftOn']);
const ORDER: string[] = Object.keys(en.field);

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * A field's value in words. `ref` is what the API says an id stands for (src/registry/names.ts); an
 * id it did not name is looked up in the units and people already loaded, and reads as "deleted unit"
 * when it is not there: never as a bare number.
 */
export function useDescribeValue() {
  const { t } = useTranslation();
  const f = useFormat();
  const units = useUnits();
  const people = usePeople();
  const platforms = usePlatformDirectory();
  const names = useNames();
  return (field: string, v: unknown, ref?: NameRef | null): string => {
    if (isEmpty(v)) return t('history.empty');
    const named = names.text(ref);
    if (named) return named;
    const key = FIELD_ALIASES[field] ?? field;
    if (key === 'status' && typeof v === 'string' && isStatus(v)) return t(`status.${v}`);
    if (key === 'mfa' && (MFA_STATES as readonly unknown[]).includes(v))
      return t(`mfa.${v as (typeof MFA_STATES)[number]}`);
    if (key === 'recoveryContact' && (RECOVERY_KINDS as readonly unknown[]).includes(v)) {
      return t(`recovery.${v as (typeof RECOVERY_KINDS)[number]}`);
    }
    if (key === 'platform' && typeof v === 'string') return platforms.name(v);
    if (key === 'kind' && typeof v === 'string' && Object.hasOwn(en.unitKind, v))
      return t(`unitKind.${v as keyof typeof en.unitKind}`);
    if (key === 'unit' && typeof v === 'number') {
      if (!units.data) return '…';
      return units.data.find((u) => u.id === v)?.name ?? t('names.deleted.unit');
    }
    if ((key === 'owner' || key === 'deputy' || key === 'custodian') && typeof v === 'number') {
      if (!people.data) return '…';
      return people.data.find((p) => p.id === v)?.name ?? t('names.deleted.person');
    }
    if (key === 'languages' && Array.isArray(v)) return f.list(v.map((l) => f.languageName(String(l))));
    if (Array.isArray(v)) return f.list(v.map(String));
    if (DATE_FIELDS.has(key) && typeof v === 'string') return f.date(v) || v;
    if (typeof v === 'number') return f.number(v);
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
}

export function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string): string => {
    const key = FIELD_ALIASES[field] ?? field;
    return isFieldKey(key) ? t(`field.${key}`) : field;
  };
}

function batchLabel(batch: string, t: TFunction): string | null {
  if (batch === 'demo') return null;
  if (batch.startsWith('import')) return t('history.viaImport');
  if (batch.startsWith('bulk')) return t('history.viaBulk');
  if (batch.startsWith('audit-undo:')) return t('history.viaAuditUndo');
  if (batch.startsWith('undo:')) return t('history.viaUndo');
  if (batch.startsWith('audit:')) return t('history.viaAudit');
  return t('history.viaBatch');
}

export function History({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const describe = useDescribeValue();
  const label = useFieldLabel();
  const actorLabel = useActorLabel();

  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.none')}
      </Text>
    );
  }

  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="history">
      {changes.map((c) => {
        const extra = c as Change & { reason?: string | null };
        const reasonDiff = c.diff.reason;
        const reason = extra.reason ?? (reasonDiff ? String(reasonDiff[1] ?? '') : '');
        const fields = Object.entries(c.diff)
          .filter(([k]) => k !== 'reason')
          .sort(([a], [b]) => {
            const ia = ORDER.indexOf(FIELD_ALIASES[a] ?? a);
            const ib = ORDER.indexOf(FIELD_ALIASES[b] ?? b);
            return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
          });
        const Icon = c.action === 'create' ? IconPlus : c.action === 'delete' ? IconTrash : IconPencil;
        // The actor by name; the login stays in the tooltip.
        const actor = c.names?.actor ?? actorLabel(c.actor);
        const refs = c.names?.fields ?? {};
        return (
          <Timeline.Item
            key={c.id}
            bullet={<Icon size={13} />}
            color={c.action === 'create' ? 'teal' : c.action === 'delete' ? 'red' : 'vigie'}
            title={
              <Group gap={8} wrap="wrap">
                <Text
                  size="sm"
                  fw={600}
                  title={c.names?.actor ? t('names.login', { login: c.actor }) : undefined}
                >
                  {t(`history.action.${c.action as 'create' | 'update' | 'delete'}`, { actor })}
                </Text>
                {c.batch && batchLabel(c.batch, t) && (
                  <Badge size="xs" variant="light" color="gray" tt="none">
                    {batchLabel(c.batch, t)}
                  </Badge>
                )}
              </Group>
            }
          >
            <Tooltip label={f.relative(c.at)}>
              <Text size="xs" c="dimmed" span>
                {f.dateTime(c.at)}
              </Text>
            </Tooltip>
            {c.action !== 'delete' && fields.length > 0 && (
              <Stack gap={4} mt={6}>
                {fields.map(([field, pair]) => {
                  const [before, after] = pair;
                  const [refBefore, refAfter] = refs[field] ?? [null, null];
                  return (
                    <Box key={field}>
                      <Text size="sm" span c="gray.7">
                        {label(field)}
                        {' · '}
                      </Text>
                      {c.action === 'create' || isEmpty(before) ? (
                        <Text size="sm" span className="vigie-diff-after">
                          {describe(field, after, refAfter)}
                        </Text>
                      ) : (
                        <>
                          <Text size="sm" span className="vigie-diff-before">
                            {describe(field, before, refBefore)}
                          </Text>
                          <IconArrowRight
                            size={12}
                            style={{ margin: '0 6px', verticalAlign: 'middle' }}
                            color="var(--mantine-color-gray-6)"
                            aria-label={t('history.became')}
                          />
                          <Text size="sm" span className="vigie-diff-after">
                            {describe(field, after, refAfter)}
                          </Text>
                        </>
                      )}
                    </Box>
                  );
                })}
              </Stack>
            )}
            {reason && (
              <Blockquote p="xs" pl="sm" mt={8} color="gray" iconSize={0} fz="sm" c="gray.7">
                {reason}
              </Blockquote>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
