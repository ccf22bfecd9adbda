// Small pieces the trust pages and the shell share: a role as a badge, a grant in words.
import { Badge, type BadgeProps, Group } from '@mantine/core';
import type { Role } from '../../../src/core/access';
import type { Grant } from '../../../src/trust/model';
import { useTranslation } from '../i18n/useTranslation';

export const ROLE_COLOR: Record<Role, string> = {
  admin: 'vigie',
  unit_manager: 'indigo',
  community_manager: 'teal',
  analyst: 'grape',
  records_manager: 'cyan',
  auditor: 'orange',
  agency: 'pink',
};

export function RoleBadge({ role, ...props }: { role: Role } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ROLE_COLOR[role]} tt="none" {...props}>
      {t(`trust.roles.${role}`)}
    </Badge>
  );
}

export function RoleBadges({ roles, size = 'sm' }: { roles: readonly Role[]; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  if (roles.length === 0) {
    return (
      <Badge variant="outline" color="gray" tt="none" size={size}>
        {t('trust.roles.none')}
      </Badge>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {roles.map((r) => (
        <RoleBadge key={r} role={r} size={size} />
      ))}
    </Group>
  );
}

/** Where a grant applies, in words: the whole organisation, a unit and its sub-units, a presence. */
export function useGrantScope() {
  const { t } = useTranslation();
  return (g: Pick<Grant, 'unitId' | 'unit' | 'presenceId' | 'presence'>): string => {
    // A grant on something deleted since: said so, never as its number.
    if (g.presenceId !== null) return g.presence || t('names.deleted.presence');
    if (g.unitId !== null) return t('trust.grants.unitAndBelow', { unit: g.unit || t('names.deleted.unit') });
    return t('trust.grants.organisation');
  };
}
