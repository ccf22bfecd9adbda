// The review: one row per presence audited, with its facts at a glance, its findings, the decision
// recommended with its first reason, and the decision taken. Filters and sort stay on the page; a row
// opens the presence's review in a drawer.
import {
  Anchor,
  Box,
  Button,
  Card,
  CloseButton,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowsSort,
  IconArrowUp,
  IconCornerDownRight,
  IconFilterOff,
  IconSearch,
} from '@tabler/icons-react';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit, AuditItem, Decision } from '../../../src/audit/model';
import { useFormat } from '../app/format';
import { Dash, TablePager } from '../app/ui';
import { PlatformIcon, usePlatformDirectory } from '../registry/platforms';
import { DecisionBadge, FindingBadges, presenceName, TrendArrow } from './bits';
import { DECISIONS, FINDING_CODES, SEVERITY_RANK } from './meta';
import { auditNameOf, useAuditText } from './text';

export type DecidedFilter = 'all' | 'undecided' | 'decided' | 'changed';

export interface ReviewFilters {
  q: string;
  unit: string | null;
  platform: string | null;
  finding: string | null;
  recommendation: Decision | null;
  decided: DecidedFilter;
}

export const NO_FILTERS: ReviewFilters = {
  q: '',
  unit: null,
  platform: null,
  finding: null,
  recommendation: null,
  decided: 'all',
};

const NO_UNIT = 'none';

export function unitKey(item: AuditItem): string {
  return item.presence.unitId === null ? NO_UNIT : String(item.presence.unitId);
}

/** What a presence comes to: the decision taken, else the one recommended. */
export function outcome(item: AuditItem): Decision {
  return item.decision?.decision ?? item.recommendation.decision;
}

export function filterItems(items: AuditItem[], filters: ReviewFilters): AuditItem[] {
  const q = filters.q.trim().toLowerCase();
  return items.filter((i) => {
    if (filters.unit && unitKey(i) !== filters.unit) return false;
    if (filters.platform && i.presence.platform !== filters.platform) return false;
    if (filters.finding && !i.findings.some((f) => f.code === filters.finding)) return false;
    if (filters.recommendation && i.recommendation.decision !== filters.recommendation) return false;
    if (filters.decided === 'undecided' && i.decision) return false;
    if (filters.decided === 'decided' && !i.decision) return false;
    if (filters.decided === 'changed' && (!i.decision || i.decision.decision === i.recommendation.decision))
      return false;
    if (q) {
      const hay = [i.presence.name, i.presence.handle, i.presence.url, i.presence.unit, i.presence.owner]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}

const COLUMN_WIDTH: Record<string, number | undefined> = {
  days: 92,
  perWeek: 84,
  audience: 96,
  perPost: 86,
  findings: 196,
  recommendation: 236,
  decision: 124,
};

const NUMERIC = new Set(['days', 'perWeek', 'audience', 'perPost']);

function SortIcon({ dir }: { dir: false | 'asc' | 'desc' }) {
  if (dir === 'asc') return <IconArrowUp size={13} />;
  if (dir === 'desc') return <IconArrowDown size={13} />;
  return <IconArrowsSort size={13} color="var(--mantine-color-gray-5)" />;
}

/** Most severe first: high findings weigh most, then medium, then low. */
const severityScore = (i: AuditItem) =>
  i.findings.reduce((n, f) => n + [100, 10, 1][SEVERITY_RANK[f.severity]]!, 0);

export function ReviewTable({
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
  const f = useFormat();
  const text = useAuditText();
  const directory = usePlatformDirectory();
  const [pageIndex, setPageIndex] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  const settings = audit.settings;
  const nameOf = useMemo(() => auditNameOf(audit), [audit]);
  const byId = useMemo(() => new Map(audit.items.map((i) => [i.presenceId, i])), [audit.items]);

  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters.
  useEffect(() => setPageIndex(0), [filterKey]);

  const unitOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const i of audit.items) seen.set(unitKey(i), i.presence.unit ?? t('presence.noUnit'));
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [audit.items, t]);
  const platformOptions = useMemo(() => {
    const ids = [...new Set(audit.items.map((i) => i.presence.platform))];
    return ids
      .map((id) => ({ value: id, label: directory.name(id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [audit.items, directory]);
  const findingOptions = useMemo(() => {
    const present = new Set(audit.items.flatMap((i) => i.findings.map((x) => x.code)));
    return FINDING_CODES.filter((c) => present.has(c)).map((c) => ({
      value: c,
      label: text.findingTitle(c),
    }));
  }, [audit.items, text]);
  const decisionOptions = DECISIONS.map((d) => ({ value: d, label: text.decision(d) }));

  const columns = useMemo<ColumnDef<AuditItem>[]>(
    () => [
      {
        id: 'presence',
        header: t('audit.review.presence'),
        accessorFn: (i) => presenceName(i.presence).toLowerCase(),
        cell: ({ row }) => {
          const p = row.original.presence;
          return (
            <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
              <PlatformIcon id={p.platform} size={24} />
              <Box style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/presences/${row.original.presenceId}`}
                  size="sm"
                  fw={600}
                  c="dark"
                  onClick={(e) => e.stopPropagation()}
                  lineClamp={2}
                  lh={1.3}
                >
                  {presenceName(p)}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {[directory.name(p.platform), p.unit ?? t('presence.noUnit')].join(' · ')}
                </Text>
              </Box>
            </Group>
          );
        },
      },
      {
        id: 'days',
        header: t('audit.review.days'),
        accessorFn: (i) => i.facts.daysSinceActivity.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const d = row.original.facts.daysSinceActivity.value;
          if (d === null) return <Dash />;
          const c =
            d >= settings.abandonedDays ? 'red.8' : d >= settings.dormantDays ? 'orange.8' : undefined;
          return (
            <Text size="sm" span c={c} fw={c ? 600 : undefined}>
              {t('audit.review.daysValue', { value: f.number(d) })}
            </Text>
          );
        },
      },
      {
        id: 'perWeek',
        header: t('audit.review.perWeek'),
        accessorFn: (i) => i.facts.postsPerWeek.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.postsPerWeek.value;
          return v === null ? (
            <Dash />
          ) : (
            <Text size="sm" span>
              {f.number(Math.round(v * 10) / 10)}
            </Text>
          );
        },
      },
      {
        id: 'audience',
        header: t('audit.review.audience'),
        accessorFn: (i) => i.facts.audience.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.audience.value;
          if (v === null) return <Dash />;
          return (
            <Group gap={4} justify="flex-end" wrap="nowrap">
              <Text size="sm" span>
                {f.compact(v)}
              </Text>
              <TrendArrow trend={row.original.facts.audienceTrend.value} />
            </Group>
          );
        },
      },
      {
        id: 'perPost',
        header: t('audit.review.perPost'),
        accessorFn: (i) => i.facts.engagementPerPost.value ?? undefined,
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const v = row.original.facts.engagementPerPost.value;
          return v === null ? (
            <Dash />
          ) : (
            <Text size="sm" span>
              {f.number(Math.round(v * 10) / 10)}
            </Text>
          );
        },
      },
      {
        id: 'findings',
        header: t('audit.review.findings'),
        accessorFn: severityScore,
        sortDescFirst: true,
        cell: ({ row }) => <FindingBadges findings={row.original.findings} max={2} />,
      },
      {
        id: 'recommendation',
        header: t('audit.review.recommendation'),
        accessorFn: (i) => DECISIONS.indexOf(i.recommendation.decision),
        cell: ({ row }) => {
          const r = row.original.recommendation;
          const into = r.into ? byId.get(r.into) : undefined;
          const first = r.reasons[0];
          return (
            <Stack gap={3}>
              <DecisionBadge decision={r.decision} />
              {into && (
                <Group gap={3} wrap="nowrap">
                  <IconCornerDownRight
                    size={12}
                    color="var(--mantine-color-gray-6)"
                    style={{ flex: 'none' }}
                  />
                  <Text size="xs" c="dimmed" truncate>
                    {presenceName(into.presence)}
                  </Text>
                </Group>
              )}
              {first && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {text.reason(first, nameOf)}
                </Text>
              )}
            </Stack>
          );
        },
      },
      {
        id: 'decision',
        header: t('audit.review.decision'),
        accessorFn: (i) => (i.decision ? DECISIONS.indexOf(i.decision.decision) : 99),
        cell: ({ row }) => {
          const d = row.original.decision;
          if (!d)
            return (
              <Text size="sm" c="dimmed" fs="italic">
                {t('audit.review.toDecide')}
              </Text>
            );
          const changed = d.decision !== row.original.recommendation.decision;
          return (
            <Stack gap={3}>
              <DecisionBadge decision={d.decision} variant="filled" />
              {changed && (
                <Text size="xs" c="orange.8">
                  {t('audit.review.changed')}
                </Text>
              )}
            </Stack>
          );
        },
      },
    ],
    [t, f, text, directory, settings, nameOf, byId],
  );

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

  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const set = (patch: Partial<ReviewFilters>) => onFilters({ ...filters, ...patch });
  const undecided = audit.items.filter((i) => !i.decision).length;

  return (
    <Card padding={0}>
      <Stack gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            aria-label={t('audit.review.search')}
            placeholder={t('audit.review.search')}
            leftSection={<IconSearch size={16} />}
            value={filters.q}
            onChange={(e) => set({ q: e.currentTarget.value })}
            rightSection={
              filters.q ? (
                <CloseButton size="sm" aria-label={t('common.clear')} onClick={() => set({ q: '' })} />
              ) : null
            }
            w={200}
          />
          <Select
            aria-label={t('field.unit')}
            placeholder={t('presences.allUnits')}
            data={unitOptions}
            value={filters.unit}
            onChange={(v) => set({ unit: v })}
            searchable
            clearable
            w={190}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            aria-label={t('field.platform')}
            placeholder={t('presences.allPlatforms')}
            data={platformOptions}
            value={filters.platform}
            onChange={(v) => set({ platform: v })}
            searchable
            clearable
            w={170}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            aria-label={t('audit.review.finding')}
            placeholder={t('audit.review.allFindings')}
            data={findingOptions}
            value={filters.finding}
            onChange={(v) => set({ finding: v })}
            searchable
            clearable
            w={210}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            aria-label={t('audit.review.recommendation')}
            placeholder={t('audit.review.allRecommendations')}
            data={decisionOptions}
            value={filters.recommendation}
            onChange={(v) => set({ recommendation: v as Decision | null })}
            clearable
            w={210}
          />
          {active && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => onFilters(NO_FILTERS)}
            >
              {t('presences.clearFilters')}
            </Button>
          )}
        </Group>
        <Group justify="space-between" gap="sm">
          <SegmentedControl
            size="xs"
            value={filters.decided}
            onChange={(v) => set({ decided: v as DecidedFilter })}
            data={[
              { value: 'all', label: t('audit.review.decidedAll') },
              { value: 'undecided', label: t('audit.review.decidedNo', { value: f.number(undecided) }) },
              { value: 'decided', label: t('audit.review.decidedYes') },
              { value: 'changed', label: t('audit.review.decidedChanged') },
            ]}
            aria-label={t('audit.review.decision')}
          />
          <Text size="sm" c="dimmed" data-testid="review-count">
            {t('audit.review.count', {
              count: items.length,
              value: f.number(items.length),
              total: f.number(audit.items.length),
            })}
          </Text>
        </Group>
      </Stack>
      <Table.ScrollContainer minWidth={1180}>
        <Table
          highlightOnHover
          stickyHeader
          layout="fixed"
          horizontalSpacing="sm"
          verticalSpacing="sm"
          data-testid="review-table"
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => (
                  <Table.Th
                    key={header.id}
                    w={COLUMN_WIDTH[header.column.id]}
                    ta={NUMERIC.has(header.column.id) ? 'right' : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                    aria-sort={
                      header.column.getIsSorted() === 'asc'
                        ? 'ascending'
                        : header.column.getIsSorted() === 'desc'
                          ? 'descending'
                          : undefined
                    }
                  >
                    <button
                      type="button"
                      className="vigie-table-sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <SortIcon dir={header.column.getIsSorted()} />
                    </button>
                  </Table.Th>
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
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
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Stack align="center" gap={4} py="xl">
                    <Text fw={600}>{t('presences.noneTitle')}</Text>
                    <Text size="sm" c="dimmed">
                      {t('audit.review.noneFiltered')}
                    </Text>
                    <Button variant="light" size="xs" mt="xs" onClick={() => onFilters(NO_FILTERS)}>
                      {t('presences.clearFilters')}
                    </Button>
                  </Stack>
                </Table.Td>
              </Table.Tr>
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
}

/** The same order as the table shows, for the drawer's previous/next. */
export function sortItems(items: AuditItem[], sorting: SortingState): AuditItem[] {
  const first = sorting[0];
  if (!first) return items;
  const value = (i: AuditItem): number | string | undefined => {
    switch (first.id) {
      case 'presence':
        return presenceName(i.presence).toLowerCase();
      case 'days':
        return i.facts.daysSinceActivity.value ?? undefined;
      case 'perWeek':
        return i.facts.postsPerWeek.value ?? undefined;
      case 'audience':
        return i.facts.audience.value ?? undefined;
      case 'perPost':
        return i.facts.engagementPerPost.value ?? undefined;
      case 'findings':
        return severityScore(i);
      case 'recommendation':
        return DECISIONS.indexOf(i.recommendation.decision);
      case 'decision':
        return i.decision ? DECISIONS.indexOf(i.decision.decision) : 99;
      default:
        return undefined;
    }
  };
  const dir = first.desc ? -1 : 1;
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined && vb === undefined) return 0;
    if (va === undefined) return 1;
    if (vb === undefined) return -1;
    return (va < vb ? -1 : va > vb ? 1 : 0) * dir;
  });
}
