// The presences table: search, filters and sort kept in the URL, pages of rows, selection with bulk
// edit, a new presence from a pasted URL, and the inventory exports. On a phone the rows are cards.
// Saved views (./presences/ViewsMenu.tsx) name filters and columns; the columns shown are chosen in
// ./presences/ColumnsMenu.tsx, kept per account when no view is applied.
import { Anchor, Box, Button, Card, Group, Menu, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconEdit, IconPlus } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type Row,
  type RowSelectionState,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { memo, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Presence } from '../../../src/registry/model';
import { NoRows, SortableHead, TablePager, usePageSize } from '../app/DataTable';
import { useFormat } from '../app/format';
import { PageHeader, QueryError, useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan, useMe } from '../trust/session';
import { useViews } from '../views/queries';
import { BulkEditModal } from './BulkEditModal';
import { NewPresenceModal } from './NewPresenceModal';
import { type SortColumn, usePresenceFilters } from './presenceFilters';
import { ColumnsMenu, useOwnColumns } from './presences/ColumnsMenu';
import { usePresenceColumns } from './presences/columns';
import { useNarrow } from './presences/narrow';
import { PresenceCards } from './presences/PresenceCards';
import { PresenceFiltersBar } from './presences/PresenceFiltersBar';
import { ViewBadge, ViewsMenu } from './presences/ViewsMenu';
import {
  applyPatch,
  matchView,
  OPTIONAL_COLUMNS,
  type OptionalColumn,
  type SavedView,
  viewFiltersOf,
  visibilityOf,
} from './presences/viewState';
import { inventoryExportUrl, usePresences } from './queries';

/**
 * Fixed widths keep the table steady while paging and sorting; the name takes what is left. The unit
 * gets two lines wide enough for the longest names ("Direction régionale Provence-Alpes-Côte d’Azur").
 */
const COLUMN_WIDTH: Record<string, number | undefined> = {
  select: 40,
  platform: 128,
  unit: 184,
  owner: 150,
  status: 112,
  audience: 96,
  last_activity: 124,
};
/** The table at its narrowest: the 968 pixels of page beside the menu at 1280 wide, all of it seen. */
const MIN_WIDTH = 966;

/** The width the hidden columns would take: the table needs that much less room. */
function hiddenWidth(shown: OptionalColumn[] | null): number {
  return shown
    ? OPTIONAL_COLUMNS.filter((c) => !shown.includes(c)).reduce((w, c) => w + (COLUMN_WIDTH[c] ?? 0), 0)
    : 0;
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
          <Menu.Item key={format} component="a" href={inventoryExportUrl(format)} download>
            {t(`presences.exportAs.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * The rows of the page, memoised on what they show (rows, selection, columns and their wording): the
 * page renders again whenever one of the queries it reads settles, and a hundred rows of cells cost
 * more than all the rest.
 */
const PresenceRows = memo(
  function PresenceRows({
    rows,
    onOpen,
  }: {
    rows: Row<Presence>[];
    selection: RowSelectionState;
    shown: string;
    /** The columns' definitions: new ones (another language) draw the cells again. */
    columns: unknown;
    onOpen: (id: number) => void;
  }) {
    return rows.map((row) => (
      <Table.Tr
        key={row.id}
        className="vigie-row"
        bg={row.getIsSelected() ? 'var(--mantine-color-vigie-0)' : undefined}
        onClick={() => onOpen(row.original.id)}
      >
        {row.getVisibleCells().map((cell) => (
          <Table.Td key={cell.id} className={cell.column.id === 'audience' ? 'vigie-num' : undefined}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  },
  (a, b) =>
    a.rows === b.rows &&
    a.selection === b.selection &&
    a.shown === b.shown &&
    a.columns === b.columns &&
    a.onOpen === b.onOpen,
);

export function PresencesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const openPresence = useCallback((id: number) => navigate(`/presences/${id}`), [navigate]);
  const { filters, update, clear, apiQuery, active } = usePresenceFilters();
  const canExport = useCan('export');
  const canCreate = useCan('presence.create');
  // Editing many presences at once goes with deleting them (presence.delete): without it, no selection.
  const canBulk = useCan('presence.delete');
  const presences = usePresences(apiQuery);
  const narrow = useNarrow();
  useDocumentTitle(t('nav.presences'));

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [pageSize, setPageSize] = usePageSize('presences', 50);
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

  // The rows are drawn from a deferred copy, which React builds in slices between which the browser
  // stays free (one long task otherwise); until that copy has caught up, the page says it is loading.
  const data = useDeferredValue(presences.data);
  const pending = presences.isPending || (presences.data !== undefined && data === undefined);
  const items = data?.items ?? [];
  const sorting: SortingState = filters.sort ? [{ id: filters.sort, desc: filters.dir === 'desc' }] : [];

  // Deferred too: the columns change as the queries they read settle (platforms, units, one's scope),
  // and each change draws every cell again; in slices, not in one long task.
  const columns = useDeferredValue(usePresenceColumns());

  // The view applied (named in the URL) brings its columns; changing them changes what the page shows
  // until the view is updated. Without a view, the person's own choice, kept in the browser.
  const me = useMe();
  const views = useViews('presences');
  const [ownColumns, setOwnColumns] = useOwnColumns(me?.user.id);
  const [tweak, setTweak] = useState<{ viewId: number; columns: OptionalColumn[] | null } | null>(null);
  const applied = filters.view ? views.data?.find((v) => v.id === filters.view) : undefined;
  const shownColumns = applied
    ? tweak?.viewId === applied.id
      ? tweak.columns
      : applied.columns
    : ownColumns;
  const match = matchView(views.data ?? [], filters, shownColumns);
  const setColumns = (next: OptionalColumn[] | null) =>
    applied ? setTweak({ viewId: applied.id, columns: next }) : setOwnColumns(next);
  const applyView = (v: SavedView) => {
    setTweak(null);
    update(applyPatch(v));
  };
  const leaveView = () => {
    setTweak(null);
    update({ view: null }, { replace: true });
  };
  const tools = (
    <Group gap="xs" wrap="nowrap">
      <ViewsMenu
        views={views.data ?? []}
        match={match}
        current={{ filters: viewFiltersOf(filters), columns: shownColumns }}
        onApply={applyView}
        onSaved={(v) => {
          setTweak(null);
          update({ view: v.id }, { replace: true });
        }}
        onLeave={leaveView}
      />
      {/* Cards on a phone show what they show: no columns to choose. */}
      {!narrow && (
        <ColumnsMenu
          columns={shownColumns}
          onChange={setColumns}
          viewName={match.applied ? (match.view?.name ?? null) : null}
        />
      )}
    </Group>
  );

  const table = useReactTable({
    data: items,
    columns: canBulk ? columns : columns.filter((c) => c.id !== 'select'),
    state: {
      sorting,
      rowSelection,
      pagination: { pageIndex, pageSize },
      columnVisibility: visibilityOf(shownColumns),
    },
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
  const total = data?.total ?? 0;
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
        <PresenceFiltersBar filters={filters} update={update} clear={clear} active={active} />

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
              <Group gap="xs" wrap="nowrap">
                {canBulk && (
                  <Button size="xs" leftSection={<IconEdit size={14} />} onClick={() => setBulkOpen(true)}>
                    {t('presences.bulkEdit')}
                  </Button>
                )}
                {tools}
              </Group>
            </Group>
          </Paper>
        ) : (
          <Group
            px="md"
            py={8}
            justify="space-between"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Group gap="sm" style={{ minWidth: 0 }}>
              <Text size="sm" c="dimmed" data-testid="result-count">
                {pending
                  ? t('common.loading')
                  : t('presences.count', { count: total, value: f.number(total) })}
              </Text>
              <ViewBadge match={match} />
              {presences.isFetching && !pending && (
                <Text size="xs" c="dimmed">
                  {t('common.updating')}
                </Text>
              )}
            </Group>
            {tools}
          </Group>
        )}

        {presences.isError ? (
          <Box p="md">
            <QueryError error={presences.error} onRetry={() => void presences.refetch()} />
          </Box>
        ) : narrow ? (
          // The same page of the same sorted rows as the table would show.
          !pending && items.length === 0 ? (
            <Stack align="center" gap={4} py="xl" px="md" ta="center">
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
          ) : (
            <PresenceCards items={table.getRowModel().rows.map((row) => row.original)} />
          )
        ) : (
          // Narrower by the columns hidden, so that a table of fewer columns needs no scrolling.
          <Table.ScrollContainer minWidth={MIN_WIDTH - hiddenWidth(shownColumns)}>
            <Table
              highlightOnHover
              stickyHeader
              layout="fixed"
              horizontalSpacing="sm"
              data-testid="presences-table"
            >
              <SortableHead table={table} widths={COLUMN_WIDTH} numeric={(id) => id === 'audience'} />
              <Table.Tbody>
                <PresenceRows
                  rows={table.getRowModel().rows}
                  selection={rowSelection}
                  columns={columns}
                  shown={table
                    .getVisibleLeafColumns()
                    .map((c) => c.id)
                    .join()}
                  onOpen={openPresence}
                />
                {!pending && items.length === 0 && (
                  <NoRows
                    colSpan={table.getVisibleLeafColumns().length}
                    title={t('presences.noneTitle')}
                    text={active ? t('presences.noneFiltered') : t('presences.noneAtAll')}
                    clearLabel={t('presences.clearFilters')}
                    onClear={active ? clear : undefined}
                  />
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
