// The roles a user holds and where: one row per grant, with the unit or the presences it covers when
// the role is scoped to them. Incomplete rows say what they miss once the person tried to save.
import { ActionIcon, Box, Button, Group, MultiSelect, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ROLE_SCOPE, ROLES, type Role } from '../../../../src/core/access';
import { useTranslation } from '../../i18n/useTranslation';
import { usePresenceOptions } from '../../registry/presenceOptions';
import { UnitSelect, useUnitTree } from '../../registry/UnitSelect';
import { draftProblem, emptyDraft, type GrantDraft } from '../grants';

export function GrantsEditor({
  drafts,
  onChange,
  known,
  showProblems,
}: {
  drafts: GrantDraft[];
  onChange: (drafts: GrantDraft[]) => void;
  /** Names of the presences already granted, from the user's grants. */
  known: Map<number, string>;
  showProblems: boolean;
}) {
  const { t } = useTranslation();
  const tree = useUnitTree();
  const presenceOptions = usePresenceOptions(known);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`trust.roles.${r}`) }));
  const update = (key: string, patch: Partial<GrantDraft>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  return (
    <Stack gap="xs" data-testid="grants-editor">
      {drafts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('trust.grants.none')}
        </Text>
      )}
      {drafts.map((d, i) => {
        const scope = d.role ? ROLE_SCOPE[d.role] : null;
        const problem = showProblems ? draftProblem(d) : null;
        return (
          <Group key={d.key} gap="xs" align="flex-start" wrap="nowrap" data-testid={`grant-${i}`}>
            <Select
              aria-label={t('trust.grants.role')}
              placeholder={t('trust.grants.chooseRole')}
              data={roleOptions}
              value={d.role}
              onChange={(v) =>
                update(d.key, { role: (v as Role | null) ?? null, unitId: null, presenceIds: [] })
              }
              allowDeselect={false}
              error={problem === 'role' ? t('trust.grants.needsRole') : undefined}
              w={210}
              style={{ flex: 'none' }}
              name={`grant-${i}-role`}
            />
            <Box style={{ flex: 1, minWidth: 0 }}>
              {scope === 'organisation' && (
                <Text size="sm" c="dimmed" pt={7}>
                  {t('trust.grants.organisation')}
                </Text>
              )}
              {scope === 'unit' && (
                <UnitSelect
                  aria-label={t('trust.grants.unit')}
                  placeholder={t('trust.grants.chooseUnit')}
                  tree={tree}
                  value={d.unitId === null ? null : String(d.unitId)}
                  onChange={(v) => update(d.key, { unitId: v ? Number(v) : null })}
                  error={problem === 'unit' ? t('trust.grants.needsUnit') : undefined}
                  description={t('trust.grants.unitHelp')}
                  name={`grant-${i}-unit`}
                />
              )}
              {scope === 'presence' && (
                <MultiSelect
                  aria-label={t('trust.grants.presences')}
                  placeholder={d.presenceIds.length ? undefined : t('trust.grants.choosePresences')}
                  data={presenceOptions}
                  value={d.presenceIds.map(String)}
                  onChange={(v) => update(d.key, { presenceIds: v.map(Number) })}
                  searchable
                  limit={100}
                  hidePickedOptions
                  nothingFoundMessage={t('common.nothingFound')}
                  error={problem === 'presences' ? t('trust.grants.needsPresences') : undefined}
                  name={`grant-${i}-presences`}
                />
              )}
            </Box>
            <Tooltip label={t('trust.grants.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                onClick={() => onChange(drafts.filter((x) => x.key !== d.key))}
                aria-label={t('trust.grants.remove')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...drafts, emptyDraft()])}
          data-testid="grant-add"
        >
          {t('trust.grants.add')}
        </Button>
      </Group>
    </Stack>
  );
}
