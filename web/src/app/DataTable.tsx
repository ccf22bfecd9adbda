// What the tables share: headers (plain, or that sort on a click and say how for screen readers), the
// row that says a list is empty (with the way back to everything when filters emptied it), a row's
// actions, and the pager under a long table.
import { ActionIcon, Button, Group, Menu, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconArrowDown, IconArrowsSort, IconArrowUp, IconDots } from '@tabler/icons-react';
import { flexRender, type Table as TableModel } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useFormat } from './format';

function SortIcon({ dir }: { dir: false | 'asc' | 'desc' }) {
  if (dir === 'asc') return <IconArrowUp size={13} />;
  if (dir === 'desc') return <IconArrowDown size={13} />;
  return <IconArrowsSort size={13} color="var(--mantine-color-gray-5)" />;
}

export function SortableHead<T>({
  table,
  widths,
  numeric,
}: {
  table: TableModel<T>;
  /** Fixed widths keep a table steady while paging and sorting; a column without one takes what is left. */
  widths: Record<string, number | undefined>;
  /** Columns of figures, aligned right. */
  numeric: (columnId: string) => boolean;
}) {
  return (
    <Table.Thead>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <Table.Th
                key={header.id}
                w={widths[header.column.id]}
                ta={numeric(header.column.id) ? 'right' : undefined}
                // Headers wrap onto two lines rather than being cut ("Décisio", "Posts/we").
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    className="vigie-table-sort"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <SortIcon dir={sorted} />
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
  );
}

/** The one row of a list with nothing to show; with `onClear`, a button that clears the filters. */
export function NoRows({
  colSpan,
  title,
  text,
  clearLabel,
  onClear,
}: {
  colSpan: number;
  title: string;
  text: string;
  clearLabel: string;
  onClear?: () => void;
}) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Stack align="center" gap={4} py="xl">
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
          {onClear && (
            <Button variant="light" size="xs" mt="xs" onClick={onClear}>
              {clearLabel}
            </Button>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The one row of a table with nothing in it, saying so. */
export function EmptyRow({
  colSpan,
  children,
  py = 'lg',
}: {
  colSpan: number;
  children: ReactNode;
  py?: 'lg' | 'sm';
}) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text size="sm" c="dimmed" ta="center" py={py}>
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export interface HeadCell {
  label?: ReactNode;
  w?: number;
  miw?: number;
  /** A column of figures: its title aligned right, on one line. */
  numeric?: boolean;
}

/** A table's header row from its columns, left to right. */
export function TableHead({ cells }: { cells: HeadCell[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {cells.map((c, i) => (
          <Table.Th
            // biome-ignore lint/suspicious/noArrayIndexKey: a column is its place; the list never changes order.
            key={i}
            w={c.w}
            miw={c.miw}
            ta={c.numeric ? 'right' : undefined}
            style={c.numeric ? { whiteSpace: 'nowrap' } : undefined}
          >
            {c.label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** A row's actions, behind a "…" button named for the row. */
export function RowMenu({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} data-testid={testId}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/** The footer of a paged table: "1–50 of 178", rows per page, and the page buttons. */
export function TablePager({
  total,
  pageIndex,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  pageIndex: number;
  pageSize: number;
  onPage: (index: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group
      justify="space-between"
      px="md"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('presences.range', {
            from: f.number(pageIndex * pageSize + 1),
            to: f.number(Math.min(total, (pageIndex + 1) * pageSize)),
            total: f.number(total),
          })}
        </Text>
        <Select
          aria-label={t('presences.perPage')}
          size="xs"
          w={80}
          data={PAGE_SIZES}
          value={String(pageSize)}
          onChange={(v) => {
            onPageSize(Number(v ?? 50));
            onPage(0);
          }}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed">
          {t('presences.perPage')}
        </Text>
      </Group>
      <Pagination
        size="sm"
        total={Math.max(1, Math.ceil(total / pageSize))}
        value={pageIndex + 1}
        onChange={(p) => onPage(p - 1)}
        getControlProps={(control) => ({
          'aria-label':
            control === 'previous' ? t('common.previous') : control === 'next' ? t('common.next') : undefined,
        })}
      />
    </Group>
  );
}

const PAGE_SIZES = ['25', '50', '100', '250'];

/**
 * The rows per page of one table, remembered in this browser (a person who chose 100 gets 100 next
 * time). `key` names the table; `initial` is the first visit's choice.
 */
export function usePageSize(key: string, initial: number): [number, (size: number) => void] {
  const [size, setSize] = useLocalStorage<number>({
    key: `vigie.pageSize.${key}`,
    defaultValue: initial,
    getInitialValueInEffect: false,
    // Anything else than one of the sizes offered (an old or edited value) is the first visit's.
    deserialize: (v) => (v && PAGE_SIZES.includes(v) ? Number(v) : initial),
    serialize: String,
  });
  return [size, setSize];
}
