// Registry pieces shown on several pages: status badges, owner names, the status legend.
import { Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import type { PresenceStatus } from '../../../src/registry/model';
import { useTranslation } from '../i18n/useTranslation';
import { STATUS_COLOR, STATUSES } from './meta';

export function StatusBadge({ status, size = 'sm' }: { status: PresenceStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size={size} tt="none" fw={600}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function StatusSwatch({ status, size = 10 }: { status: PresenceStatus; size?: number }) {
  return (
    <Box
      w={size}
      h={size}
      style={{
        borderRadius: 3,
        flex: 'none',
        background: `var(--mantine-color-${STATUS_COLOR[status]}-light)`,
        boxShadow: `inset 0 0 0 1px var(--mantine-color-${STATUS_COLOR[status]}-outline)`,
      }}
    />
  );
}

export function StatusLegend({ statuses = STATUSES }: { statuses?: readonly PresenceStatus[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-label={t('overview.legend')}>
      {statuses.map((s) => (
        <Group key={s} gap={6} wrap="nowrap">
          <StatusSwatch status={s} size={12} />
          <Text size="xs" c="dimmed">
            {t(`status.${s}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** A person's name; people who left the organisation are struck out and flagged. */
export function PersonName({ name, left }: { name: string | null; left?: boolean }) {
  const { t } = useTranslation();
  if (!name) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('presence.noOne')}
      </Text>
    );
  }
  if (!left) {
    return (
      <Text size="sm" truncate>
        {name}
      </Text>
    );
  }
  return (
    <Tooltip label={t('presence.ownerLeftHint')}>
      <Group gap={5} wrap="nowrap" aria-label={t('people.nameLeft', { name })}>
        <IconUserOff size={15} color="var(--mantine-color-red-7)" style={{ flex: 'none' }} />
        <Text size="sm" c="red.8" td="line-through" truncate>
          {name}
        </Text>
      </Group>
    </Tooltip>
  );
}
