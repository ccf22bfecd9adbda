// The presences table's columns: a checkbox for bulk edits, the platform, the name and handle, the
// unit, the owner (flagged when they left), the status, the audience and the last activity. The
// unit, owner and status can be changed in place where the person may edit (./InlineEdit.tsx).
import { Anchor, Box, Checkbox, Text, Tooltip } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Presence } from '../../../../src/registry/model';
import { daysSince, handleText, useFormat } from '../../app/format';
import { Dash } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { STATUSES } from '../meta';
import { PlatformLabel, usePlatformDirectory } from '../platforms';
import { InlineOwner, InlineStatus, InlineUnit, useInlineEdit } from './InlineEdit';

export function usePresenceColumns(): ColumnDef<Presence>[] {
  const { t } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  const inline = useInlineEdit();
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
        cell: ({ row }) => (
          <InlineUnit
            presence={row.original}
            inline={inline}
            platform={directory.name(row.original.platform)}
          />
        ),
      },
      {
        id: 'owner',
        header: t('field.owner'),
        accessorFn: (p) => p.owner ?? undefined,
        sortingFn: (a, b) => textSort(a.original.owner, b.original.owner),
        cell: ({ row }) => (
          <InlineOwner
            presence={row.original}
            inline={inline}
            platform={directory.name(row.original.platform)}
          />
        ),
      },
      {
        id: 'status',
        header: t('field.status'),
        accessorFn: (p) => STATUSES.indexOf(p.status),
        cell: ({ row }) => (
          <InlineStatus
            presence={row.original}
            inline={inline}
            platform={directory.name(row.original.platform)}
          />
        ),
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
  }, [t, f, directory, collator, inline]);
}
