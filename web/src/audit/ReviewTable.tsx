// The review: one row per presence audited, with its facts at a glance, its findings, the decision
// recommended with its first reason, and the decision taken. Filters and sort stay on the page; a row
// opens the presence's review in a drawer. The filters, the columns and the order are in ./review/.
import { Card, Table } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { memo, useDeferredValue, useEffect, useState } from 'react';
import type { Audit, AuditItem } from '../../../src/audit/model';
import { NoRows, SortableHead, TablePager, usePageSize } from '../app/DataTable';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { presenceName } from './names';
import { AcceptShown } from './review/AcceptShown';
import { useReviewColumns } from './review/columns';
import { filtersActive, NO_FILTERS, type ReviewFilters } from './review/filters';
import { ReviewFiltersBar } from './review/ReviewFiltersBar';

// Sized so that the whole table fits beside the menu from 1280 pixels wide (968 pixels of page, the
// presence taking what is left); headers wrap.
const COLUMN_WIDTH: Record<string, number | undefined> = {
  days: 96,
  perWeek: 72,
  audience: 88,
  perPost: 76,
  findings: 164,
  recommendation: 192,
  decision: 108,
};
const MIN_WIDTH = 960;

const NUMERIC = new Set(['days', 'perWeek', 'audience', 'perPost']);

/** Memoised: the audit page renders again whenever one of its queries settles, the table need not. */
export const ReviewTable = memo(function ReviewTable({
  audit,
  items,
  filters,
  onFilters,
  onOpen,
  sorting,
  onSorting,
}: {
  audit: Audit;
  /** The items after the filters, sorted by sortItems (the drawer walks them in this order). */
  items: AuditItem[];
  filters: ReviewFilters;
  onFilters: (next: ReviewFilters) => void;
  onOpen: (presenceId: number) => void;
  sorting: SortingState;
  onSorting: (next: SortingState) => void;
}) {
  const { t } = useTranslation();
  const [pageIndex, setPageIndex] = useState(0);
  // 25 rows at first: each review row is a dozen components, and 50 made the page slow to show.
  const [pageSize, setPageSize] = usePageSize('review', 25);
  // Deferred: the columns change as the queries they read settle, and each change draws every cell
  // again; in slices, not in one long task.
  const columns = useDeferredValue(useReviewColumns(audit));
  const canDecide = useCan('audit.run');

  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters.
  useEffect(() => setPageIndex(0), [filterKey]);

  const table = useReactTable({
    data: items,
    columns,
    state: { sorting, pagination: { pageIndex, pageSize } },
    getRowId: (i) => String(i.presenceId),
    onSortingChange: (updater) => onSorting(typeof updater === 'function' ? updater(sorting) : updater),
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater({ pageIndex, pageSize }) : updater;
      setPageIndex(next.pageIndex);
      setPageSize(next.pageSize);
    },
    // The page sorts (sortItems), so that the drawer walks the rows in the order shown.
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: false,
  });

  return (
    <Card padding={0}>
      <ReviewFiltersBar
        audit={audit}
        shown={items.length}
        filters={filters}
        onFilters={onFilters}
        // Filters first: accepting every recommendation at once, unfiltered, is one click too far.
        action={
          canDecide && filtersActive(filters) ? (
            <AcceptShown audit={audit} items={items} onOpen={onOpen} />
          ) : undefined
        }
      />
      <Table.ScrollContainer minWidth={MIN_WIDTH}>
        <Table
          highlightOnHover
          stickyHeader
          layout="fixed"
          horizontalSpacing="sm"
          verticalSpacing="sm"
          className="vigie-sticky-first"
          data-testid="review-table"
        >
          <SortableHead table={table} widths={COLUMN_WIDTH} numeric={(id) => NUMERIC.has(id)} />
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr
                key={row.id}
                className="vigie-row"
                onClick={() => onOpen(row.original.presenceId)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row.original.presenceId);
                }}
                tabIndex={0}
                aria-label={t('audit.review.openRow', { name: presenceName(row.original.presence) })}
                data-testid={`review-row-${row.original.presenceId}`}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} className={NUMERIC.has(cell.column.id) ? 'vigie-num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {items.length === 0 && (
              <NoRows
                colSpan={columns.length}
                title={t('presences.noneTitle')}
                text={t('audit.review.noneFiltered')}
                clearLabel={t('presences.clearFilters')}
                onClear={() => onFilters(NO_FILTERS)}
              />
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length > pageSize && (
        <TablePager
          total={items.length}
          pageIndex={pageIndex}
          pageSize={pageSize}
          onPage={setPageIndex}
          onPageSize={setPageSize}
        />
      )}
    </Card>
  );
});
