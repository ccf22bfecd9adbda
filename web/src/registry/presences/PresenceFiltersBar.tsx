// The presences table's filters, kept in the address: words (sent as one types, a moment later),
// platform, unit (with or without its sub-units), status, risk, and the owner a link from the people
// page chose.
import { Badge, Button, CloseButton, Group, Select, Stack, Switch } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { SearchInput } from '../../app/forms';
import { useTranslation } from '../../i18n/useTranslation';
import { RISKS, STATUSES } from '../meta';
import { usePlatformDirectory } from '../platforms';
import type { usePresenceFilters } from '../presenceFilters';
import { usePeople } from '../queries';
import { UnitSelect, useUnitTree } from '../UnitSelect';

export function PresenceFiltersBar({
  filters,
  update,
  clear,
  active,
}: Pick<ReturnType<typeof usePresenceFilters>, 'filters' | 'update' | 'clear' | 'active'>) {
  const { t } = useTranslation();
  const directory = usePlatformDirectory();
  const people = usePeople();
  const tree = useUnitTree();
  const owner = filters.ownerId ? people.data?.find((p) => p.id === filters.ownerId) : undefined;
  const unitName = filters.unitId ? tree.find((u) => u.id === filters.unitId)?.name : undefined;

  const [search, setSearch] = useState(filters.q);
  const pushSearch = useDebouncedCallback((q: string) => update({ q }, { replace: true }), 300);
  useEffect(() => setSearch(filters.q), [filters.q]);

  return (
    <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <SearchInput
          label={t('presences.search')}
          placeholder={t('presences.searchPlaceholder')}
          value={search}
          onChange={(q) => {
            setSearch(q);
            pushSearch(q);
          }}
          onClear={() => {
            setSearch('');
            update({ q: '' }, { replace: true });
          }}
          w={{ base: '100%', sm: 220 }}
          testId="presence-search"
        />
        <Select
          aria-label={t('field.platform')}
          placeholder={t('presences.allPlatforms')}
          data={directory.list.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.platform}
          onChange={(v) => update({ platform: v })}
          searchable
          clearable
          w={{ base: '100%', sm: 205 }}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <UnitSelect
          aria-label={t('field.unit')}
          placeholder={t('presences.allUnits')}
          tree={tree}
          value={filters.unitId ? String(filters.unitId) : null}
          onChange={(v) => update({ unitId: v ? Number(v) : null })}
          clearable
          w={{ base: '100%', sm: 260 }}
          // The whole name, where the field is too narrow for it ("Direction régionale Provence-…"),
          // and options wide enough that most names keep to one line.
          title={unitName}
          comboboxProps={{ width: 340, position: 'bottom-start' }}
        />
        <Select
          aria-label={t('field.status')}
          placeholder={t('presences.allStatuses')}
          data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={filters.status}
          onChange={(v) => update({ status: v as typeof filters.status })}
          clearable
          w={{ base: '100%', sm: 170 }}
        />
        <Select
          aria-label={t('presences.risk')}
          placeholder={t('presences.allRisks')}
          data={RISKS.map((r) => ({ value: r, label: t(`risk.${r}.title`) }))}
          value={filters.risk}
          onChange={(v) => update({ risk: v as typeof filters.risk })}
          clearable
          w={{ base: '100%', sm: 230 }}
        />
        {active && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={clear}>
            {t('presences.clearFilters')}
          </Button>
        )}
      </Group>
      {(filters.unitId || owner) && (
        <Group gap="md">
          {filters.unitId && (
            <Switch
              size="xs"
              label={t('presences.subUnits')}
              checked={filters.subUnits}
              onChange={(e) => update({ subUnits: e.currentTarget.checked })}
            />
          )}
          {owner && (
            <Badge
              variant="light"
              color="vigie"
              tt="none"
              size="lg"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('common.clear')}
                  onClick={() => update({ ownerId: null })}
                />
              }
            >
              {t('presences.ownerFilter', { name: owner.name })}
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}
