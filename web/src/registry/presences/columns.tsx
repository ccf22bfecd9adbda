// The presences table's columns: a checkbox for bulk edits, the platform, the name and handle, the
// unit, the owner (flagged when they left), the status, the audience and the last activity.
import { Anchor, Box, Checkbox, Text, Tooltip } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Presence } from '../../../../src/registry/model';
import { daysSince, handleText, useFormat } from '../../app/format';
import { Dash } from '../../app/ui';
import { PersonName, StatusBadge } from '../bits';
import { STATUSES } from '../meta';
import { PlatformLabel, usePlatformDirectory } from '../platforms';

export function usePresenceColumns(): ColumnDef<Presence>[] {
  const { t } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  const collator = useMemo(
    () => new Intl.Collator(f.locale, { sensitivity: 'base', numeric: true }),
    [f.locale],
  );
  return useMemo<ColumnDef<Presence>[]>(() => {
    const textSort = (a?: string | null, b?: string | null) => {
      if (!a && !b) return 0;
      if (!a) return 1;
      if (!b) return -1;
      return collator.compare(a, b);
    };
    return [
      {
        id: 'select',
        enableSorting: false,
        header: ({ table }) => (
          <Checkbox
            size="xs"
            aria-label={t('presences.selectPage')}
            checked={table.getIsAllPageRowsSelected()}
            indeterminate={table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected()}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <Checkbox
            size="xs"
            aria-label={t('presences.selectRow', {
              name: row.original.name ?? row.original.handle ?? row.original.url,
            })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
            onClick={(e) => e.stopPropagation()}
          />
        ),
        size: 36,
      },
      {
        id: 'platform',
        header: t('field.platform'),
        accessorFn: (p) => directory.name(p.platform),
        sortingFn: (a, b) => textSort(a.getValue('platform'), b.getValue('platform')),
        cell: ({ row }) => <PlatformLabel id={row.original.platform} />,
        size: 150,
      },
      {
        id: 'name',
        header: t('presences.nameHandle'),
        accessorFn: (p) => p.name ?? p.handle ?? p.url,
        sortingFn: (a, b) => textSort(a.getValue('name'), b.getValue('name')),
        cell: ({ row }) => {
          const p = row.original;
          return (
            <Box style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/presences/${p.id}`}
                size="sm"
                fw={600}
                c="dark"
                onClick={(e) => e.stopPropagation()}
                lineClamp={1}
              >
                {p.name ?? p.handle ?? p.url}
              </Anchor>
              <Text size="xs" c="dimmed" truncate>
                {p.handle ? handleText(p.handle) : p.url}
              </Text>
            </Box>
          );
        },
      },
      {
        id: 'unit',
        header: t('field.unit'),
        accessorFn: (p) => p.unit ?? undefined,
        sortingFn: (a, b) => textSort(a.original.unit, b.original.unit),
        cell: ({ row }) =>
          row.original.unit ? (
            // On two lines, in a column wide enough for them: "Direction régionale Provence-Alpes-Côte
            // d’Azur" and "… Occitanie" must not both read "Direction régional…".
            <Tooltip label={row.original.unit} openDelay={500}>
              <Text size="sm" lh={1.3} lineClamp={2}>
                {row.original.unit}
              </Text>
            </Tooltip>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('presence.noUnit')}
            </Text>
          ),
      },
      {
        id: 'owner',
        header: t('field.owner'),
        accessorFn: (p) => p.owner ?? undefined,
        sortingFn: (a, b) => textSort(a.original.owner, b.original.owner),
        cell: ({ row }) => <PersonName name={row.original.owner} left={row.original.ownerLeft} />,
      },
      {
        id: 'status',
        header: t('field.status'),
        accessorFn: (p) => STATUSES.indexOf(p.status),
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
        size: 120,
      },
      {
        id: 'audience',
        header: t('field.audience'),
        accessorFn: (p) => p.audience ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.audience === null ? (
            <Dash />
          ) : (
            <Tooltip
              label={t('presence.audienceOn', { date: f.date(row.original.audienceOn) })}
              disabled={!row.original.audienceOn}
            >
              <Text size="sm" span>
                {f.number(row.original.audience)}
              </Text>
            </Tooltip>
          ),
        size: 110,
      },
      {
        id: 'last_activity',
        header: t('field.lastActivityOn'),
        accessorFn: (p) => p.lastActivityOn ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const iso = row.original.lastActivityOn;
          if (!iso) return <Dash />;
          const days = daysSince(iso) ?? 0;
          return (
            <Tooltip label={f.relative(iso)}>
              <Text size="sm" span c={days > 365 ? 'orange.8' : days > 90 ? 'gray.7' : undefined}>
                {f.date(iso)}
              </Text>
            </Tooltip>
          );
        },
        size: 130,
      },
    ];
  }, [t, f, directory, collator]);
}
