// An edit refused because the presence changed since it was opened (409 `presence.stale`, see the
// README's "Two people at once"): what changed, and the way back to a save that loses nothing.
import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiError, ApiIssue } from '../app/api';
import { useFormat } from '../app/format';
import { useActorLabel } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useDescribeValue, useFieldLabel } from './History';

/**
 * The person's edits (what differs between `mine` and the record they started from) laid over the
 * record as it is now: what someone else changed meanwhile is kept unless the person changed it too.
 */
export function reapply<T extends object>(startedFrom: T, mine: T, now: T): T {
  const out = { ...now };
  for (const k of Object.keys(mine) as (keyof T)[]) {
    if (JSON.stringify(mine[k]) !== JSON.stringify(startedFrom[k])) out[k] = mine[k];
  }
  return out;
}

/** History names (`owner`) of the form's fields (`ownerId`), to tell which changed fields the person edited too. */
const HISTORY_NAME: Record<string, string> = {
  unitId: 'unit',
  ownerId: 'owner',
  deputyId: 'deputy',
  custodianId: 'custodian',
};

function parsed(v: string | number | undefined): unknown {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

/**
 * What changed in a presence since a person opened it (the issues of a 409 `presence.stale`): each
 * field, from what to what, by whom and when; `edited` marks the fields the person changed too.
 */
export function StaleChanges({ error, edited = new Set() }: { error: ApiError; edited?: Set<string> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useFieldLabel();
  const describe = useDescribeValue();
  const actorLabel = useActorLabel();
  if (!error.issues.length) return <Text size="sm">{error.message}</Text>;
  const line = (i: ApiIssue) => {
    const field = i.field ?? '';
    const at = typeof i.params?.changedAt === 'string' ? i.params.changedAt : '';
    const actor = String(i.params?.actor ?? '');
    const name = typeof i.params?.actorName === 'string' ? i.params.actorName : null;
    return (
      <List.Item key={field}>
        <Text size="sm" span fw={600}>
          {label(field)}
        </Text>
        {' · '}
        <Text size="sm" span className="vigie-diff-before">
          {describe(field, parsed(i.params?.seenValue))}
        </Text>
        {' → '}
        <Text size="sm" span className="vigie-diff-after">
          {describe(field, parsed(i.params?.currentValue))}
        </Text>
        <Text size="xs" c="dimmed" span title={name ? t('names.login', { login: actor }) : undefined}>
          {' · '}
          {t('presence.conflict.by', {
            actor: name ?? actorLabel(actor),
            at: at ? f.dateTime(at) : '',
          })}
        </Text>
        {edited.has(field) && (
          <Badge size="xs" color="orange" variant="light" ml={6} tt="none">
            {t('presence.conflict.yoursToo')}
          </Badge>
        )}
      </List.Item>
    );
  };
  return (
    <List size="sm" spacing={4}>
      {error.issues.map(line)}
    </List>
  );
}

/**
 * An edit refused because someone changed the presence since it was opened (409 `presence.stale`):
 * what changed (StaleChanges); the person's edits stay in the form until they choose to re-apply
 * them to the current record or to discard them.
 */
export function StaleEdit({
  error,
  edited,
  busy,
  onReapply,
  onDiscard,
}: {
  error: ApiError;
  /** History names of the fields the person changed. */
  edited: Set<string>;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('presence.conflict.title')}
      role="alert"
      data-testid="presence-conflict"
    >
      <Stack gap="xs">
        <Text size="sm">{t('presence.conflict.text')}</Text>
        <StaleChanges error={error} edited={edited} />
        <Group gap="sm" mt={4}>
          <Button size="xs" onClick={onReapply} loading={busy} data-testid="conflict-reapply">
            {t('presence.conflict.reapply')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onDiscard}
            disabled={busy}
            data-testid="conflict-discard"
          >
            {t('presence.conflict.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** History names of the form fields that differ from the record they were loaded from. */
export function editedFields<T extends object>(startedFrom: T, mine: T): Set<string> {
  return new Set(
    (Object.keys(mine) as (keyof T & string)[])
      .filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(startedFrom[k]))
      .map((k) => HISTORY_NAME[k] ?? k),
  );
}
