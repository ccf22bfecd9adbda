// A user's row, in words: whether they may sign in (disabled, sign-in slowed down after failed
// attempts, a password to change), and the roles they hold with where each applies.
import { Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import type { Role } from '../../../../src/core/access';
import type { User } from '../../../../src/trust/model';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { RoleBadge, useGrantScope } from '../bits';

/** Sign-in from browsers the user has not signed in with waits, after failed attempts. */
export function isThrottled(u: User): boolean {
  return Boolean(u.throttledUntil && Date.parse(u.throttledUntil) > Date.now());
}

export function StatusCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group gap={4} wrap="wrap">
      {user.status === 'disabled' ? (
        <Badge color="gray" variant="filled" tt="none" size="sm">
          {t('trust.users.status.disabled')}
        </Badge>
      ) : (
        <Badge color="teal" variant="light" tt="none" size="sm">
          {t('trust.users.status.active')}
        </Badge>
      )}
      {isThrottled(user) ? (
        <Tooltip label={t('trust.users.throttledUntil', { time: f.dateTime(user.throttledUntil) })}>
          <Badge color="orange" variant="light" tt="none" size="sm" data-testid="throttled">
            {t('trust.users.throttled')}
          </Badge>
        </Tooltip>
      ) : (
        user.failedSignIns > 0 && (
          <Tooltip label={t('trust.users.failedSignInsHint')}>
            <Badge color="gray" variant="light" tt="none" size="sm" data-testid="failed-sign-ins">
              {t('trust.users.failedSignIns', {
                count: user.failedSignIns,
                value: f.number(user.failedSignIns),
              })}
            </Badge>
          </Tooltip>
        )
      )}
      {user.mustChangePassword && (
        <Tooltip label={t('trust.users.mustChangeHint')}>
          <Badge color="orange" variant="outline" tt="none" size="sm">
            {t('trust.users.mustChange')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

export function GrantsCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const scope = useGrantScope();
  if (user.grants.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('trust.roles.none')}
      </Text>
    );
  }
  const byRole = new Map<Role, string[]>();
  for (const g of user.grants) byRole.set(g.role, [...(byRole.get(g.role) ?? []), scope(g)]);
  return (
    <Group gap={4} wrap="wrap">
      {[...byRole].map(([role, scopes]) => (
        <Tooltip key={role} label={scopes.join(' · ')} multiline maw={420}>
          <Box component="span">
            <RoleBadge role={role} size="sm" />
          </Box>
        </Tooltip>
      ))}
    </Group>
  );
}
