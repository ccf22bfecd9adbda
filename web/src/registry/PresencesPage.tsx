// The presences table: search, filters and sort kept in the URL, pages of rows, selection with bulk
// edit, a new presence from a pasted URL, and the inventory exports.
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  IconArrowDown,
  IconArrowsSort,
  IconArrowUp,
  IconDownload,
  IconEdit,
  IconFilterOff,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type RowSelectionState,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Presence } from '../../../src/registry/model';
import { daysSince, useFormat } from '../app/format';
import { Dash, PageHeader, QueryError, TablePager, useDocumentTitle } from '../app/ui';
import { useCan } from '../trust/session';
import { BulkEditModal } from './BulkEditModal';
import { PersonName, StatusBadge } from './bits';
import { RISKS, STATUSES } from './meta';
import { NewPresenceModal } from './NewPresenceModal';
import { PlatformLabel, usePlatformDirectory } from './platforms';
import { type SortColumn, usePresenceFilters } from './presenceFilters';
import { usePeople, usePresences, useUnits } from './queries';
import { UnitSelect } from './UnitSelect';
import { unitTree } from './units';

/** Fixed widths keep the table steady while paging and sorting; the name takes what is left. */
const COLUMN_WIDTH: Record<string, number | undefined> = {
  select: 40,
  platform: 136,
  unit: 170,
  owner: 160,
  status: 118,
  audience: 110,
  last_activity: 166,
};

function SortIcon({ dir }: { dir: false | 'asc' | 'desc' }) {
  if (dir === 'asc') return <IconArrowUp size={13} />;
  if (dir === 'desc') return <IconArrowDown size={13} />;
  return <IconArrowsSort size={13} color="var(--mantine-color-gray-5)" />;
}

function ExportMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />}>
          {t('presences.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('presences.exportHint')}</Menu.Label>
        {(['csv', 'xlsx', 'json'] as const).map((format) => (
          <Menu.Item key={format} component="a" href={`/api/inventory/export?format=${format}`} download>
            {t(`presences.exportAs.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function PresencesPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const directory = usePlatformDirectory();
  const { filters, update, clear, apiQuery, active } = usePresenceFilters();
  const canExport = useCan('export');
  const canCreate = useCan('presence.create');
  // Editing many presences at once goes with deleting them (presence.delete): without it, no selection.
  const canBulk = useCan('presence.delete');
  const presences = usePresences(apiQuery);
  const units = useUnits();
  const people = usePeople();
  useDocumentTitle(t('nav.presences'));

  const [search, setSearch] = useState(filters.q);
  const pushSearch = useDebouncedCallback((q: string) => update({ q }, { replace: true }), 300);
  useEffect(() => setSearch(filters.q), [filters.q]);

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [pageSize, setPageSize] = useState(50);
  const [pageIndex, setPageIndex] = useState(0);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [newOpen, setNewOpen] = useState(false);
  const filterKey = JSON.stringify(apiQuery);

  // A new filter starts a new selection and goes back to the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters.
  useEffect(() => {
    setRowSelection({});
    setPageIndex(0);
  }, [filterKey]);

  const tree = useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
  const items = presences.data?.items ?? [];
  const sorting: SortingState = filters.sort ? [{ id: filters.sort, desc: filters.dir === 'desc' }] : [];

  const collator = useMemo(
    () => new Intl.Collator(f.locale, { sensitivity: 'base', numeric: true }),
    [f.locale],
  );
  const columns = useMemo<ColumnDef<Presence>[]>(() => {
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
                {p.handle ? `@${p.handle.replace(/^@/, '')}` : p.url}
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
            <Tooltip label={row.original.unit} openDelay={500}>
              <Text size="sm" truncate>
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

  const table = useReactTable({
    data: items,
    columns: canBulk ? columns : columns.filter((c) => c.id !== 'select'),
    state: { sorting, rowSelection, pagination: { pageIndex, pageSize } },
    getRowId: (p) => String(p.id),
    enableRowSelection: true,
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      update(
        { sort: first ? (first.id as SortColumn) : null, dir: first?.desc ? 'desc' : null },
        {
          replace: true,
        },
      );
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater({ pageIndex, pageSize }) : updater;
      setPageIndex(next.pageIndex);
      setPageSize(next.pageSize);
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: false,
  });

  const selected = items.filter((p) => rowSelection[String(p.id)]);
  const total = presences.data?.total ?? 0;
  const owner = filters.ownerId ? people.data?.find((p) => p.id === filters.ownerId) : undefined;
  const allPageSelected = table.getIsAllPageRowsSelected() && items.length > pageSize;

  return (
    <>
      <PageHeader
        title={t('presences.title')}
        description={t('presences.description')}
        actions={
          <>
            {canExport && <ExportMenu />}
            {canCreate && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
                {t('presences.new')}
              </Button>
            )}
          </>
        }
      />

      <Card padding={0}>
        <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <TextInput
              aria-label={t('presences.search')}
              placeholder={t('presences.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                pushSearch(e.currentTarget.value);
              }}
              rightSection={
                search ? (
                  <CloseButton
                    size="sm"
                    aria-label={t('common.clear')}
                    onClick={() => {
                      setSearch('');
                      update({ q: '' }, { replace: true });
                    }}
                  />
                ) : null
              }
              w={{ base: '100%', sm: 220 }}
              data-testid="presence-search"
            />
            <Select
              aria-label={t('field.platform')}
              placeholder={t('presences.allPlatforms')}
              data={directory.list.map((p) => ({ value: p.id, label: p.name }))}
              value={filters.platform}
              onChange={(v) => update({ platform: v })}
              searchable
              clearable
              w={205}
              nothingFoundMessage={t('common.nothingFound')}
            />
            <UnitSelect
              aria-label={t('field.unit')}
              placeholder={t('presences.allUnits')}
              tree={tree}
              value={filters.unitId ? String(filters.unitId) : null}
              onChange={(v) => update({ unitId: v ? Number(v) : null })}
              searchable
              clearable
              w={215}
              nothingFoundMessage={t('common.nothingFound')}
            />
            <Select
              aria-label={t('field.status')}
              placeholder={t('presences.allStatuses')}
              data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={filters.status}
              onChange={(v) => update({ status: v as typeof filters.status })}
              clearable
              w={170}
            />
            <Select
              aria-label={t('presences.risk')}
              placeholder={t('presences.allRisks')}
              data={RISKS.map((r) => ({ value: r, label: t(`risk.${r}.title`) }))}
              value={filters.risk}
              onChange={(v) => update({ risk: v as typeof filters.risk })}
              clearable
              w={230}
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

        {selected.length > 0 ? (
          <Paper
            radius={0}
            px="md"
            py={8}
            bg="var(--mantine-color-vigie-0)"
            style={{ borderBottom: '1px solid var(--mantine-color-vigie-1)' }}
          >
            <Group justify="space-between" gap="sm">
              <Group gap="sm">
                <Text size="sm" fw={600} data-testid="selection-count">
                  {t('presences.selected', { count: selected.length, value: f.number(selected.length) })}
                </Text>
                {allPageSelected && selected.length < items.length && (
                  <Anchor size="sm" component="button" onClick={() => table.toggleAllRowsSelected(true)}>
                    {t('presences.selectAll', { value: f.number(items.length) })}
                  </Anchor>
                )}
                <Anchor size="sm" c="dimmed" component="button" onClick={() => setRowSelection({})}>
                  {t('presences.clearSelection')}
                </Anchor>
              </Group>
              {canBulk && (
                <Button size="xs" leftSection={<IconEdit size={14} />} onClick={() => setBulkOpen(true)}>
                  {t('presences.bulkEdit')}
                </Button>
              )}
            </Group>
          </Paper>
        ) : (
          <Group
            px="md"
            py={8}
            justify="space-between"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Text size="sm" c="dimmed" data-testid="result-count">
              {presences.isPending
                ? t('common.loading')
                : t('presences.count', { count: total, value: f.number(total) })}
            </Text>
            {presences.isFetching && !presences.isPending && (
              <Text size="xs" c="dimmed">
                {t('common.updating')}
              </Text>
            )}
          </Group>
        )}

        {presences.isError ? (
          <Box p="md">
            <QueryError error={presences.error} onRetry={() => void presences.refetch()} />
          </Box>
        ) : (
          <Table.ScrollContainer minWidth={1060}>
            <Table
              highlightOnHover
              stickyHeader
              layout="fixed"
              horizontalSpacing="sm"
              data-testid="presences-table"
            >
              <Table.Thead>
                {table.getHeaderGroups().map((group) => (
                  <Table.Tr key={group.id}>
                    {group.headers.map((header) => {
                      const sortable = header.column.getCanSort();
                      const numeric = header.column.id === 'audience';
                      return (
                        <Table.Th
                          key={header.id}
                          w={COLUMN_WIDTH[header.column.id]}
                          style={{ whiteSpace: 'nowrap' }}
                          ta={numeric ? 'right' : undefined}
                          aria-sort={
                            header.column.getIsSorted() === 'asc'
                              ? 'ascending'
                              : header.column.getIsSorted() === 'desc'
                                ? 'descending'
                                : undefined
                          }
                        >
                          {sortable ? (
                            <button
                              type="button"
                              className="vigie-table-sort"
                              onClick={header.column.getToggleSortingHandler()}
                            >
                              {flexRender(header.column.columnDef.header, header.getContext())}
                              <SortIcon dir={header.column.getIsSorted()} />
                            </button>
                          ) : (
                            flexRender(header.column.columnDef.header, header.getContext())
                          )}
                        </Table.Th>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Thead>
              <Table.Tbody>
                {table.getRowModel().rows.map((row) => (
                  <Table.Tr
                    key={row.id}
                    className="vigie-row"
                    bg={row.getIsSelected() ? 'var(--mantine-color-vigie-0)' : undefined}
                    onClick={() => navigate(`/presences/${row.original.id}`)}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <Table.Td
                        key={cell.id}
                        className={cell.column.id === 'audience' ? 'vigie-num' : undefined}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                {!presences.isPending && items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>
                      <Stack align="center" gap={4} py="xl">
                        <Text fw={600}>{t('presences.noneTitle')}</Text>
                        <Text size="sm" c="dimmed">
                          {active ? t('presences.noneFiltered') : t('presences.noneAtAll')}
                        </Text>
                        {active && (
                          <Button variant="light" size="xs" mt="xs" onClick={clear}>
                            {t('presences.clearFilters')}
                          </Button>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        {items.length > 0 && (
          <TablePager
            total={items.length}
            pageIndex={pageIndex}
            pageSize={pageSize}
            onPage={setPageIndex}
            onPageSize={setPageSize}
          />
        )}
      </Card>

      <BulkEditModal
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        selected={selected}
        onDone={() => setRowSelection({})}
      />
      <NewPresenceModal opened={newOpen} onClose={() => setNewOpen(false)} />
    </>
  );
}
