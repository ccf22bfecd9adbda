// What an import would change, row by row: created, updated or unchanged presences, with the fields
// each one changes (before → after), those it would make smaller or older marked, filtered by kind of
// change and a page at a time.
import { Badge, Box, Group, Pagination, SegmentedControl, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { EmptyRow } from '../../app/DataTable';
import { handleText, useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { useDescribeValue, useFieldLabel } from '../History';
import type { PlannedChange } from '../inventory';
import { PlatformLabel } from '../platforms';

/** Shown in their own columns already, so not repeated in a new row's details. */
const SHOWN_ELSEWHERE = new Set(['platform', 'url', 'handle']);

function DiffCell({ change }: { change: PlannedChange }) {
  const { t } = useTranslation();
  const describe = useDescribeValue();
  const label = useFieldLabel();
  const entries = Object.entries(change.diff).filter(
    ([field]) => change.action !== 'create' || !SHOWN_ELSEWHERE.has(field),
  );
  if (change.action === 'unchanged' || entries.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('import.noChange')}
      </Text>
    );
  }
  const older = new Set(change.older ?? []);
  return (
    <Group gap={4} wrap="wrap">
      {entries.map(([field, [before, after]]) => (
        <Text size="xs" key={field} className="vigie-diff-chip" data-older={older.has(field) || undefined}>
          {older.has(field) && (
            <Tooltip label={t(field === 'audience' ? 'import.match.smaller' : 'import.match.older')}>
              <IconAlertTriangle
                size={12}
                color="var(--mantine-color-orange-7)"
                aria-label={t(field === 'audience' ? 'import.match.smaller' : 'import.match.older')}
                style={{ marginRight: 4, verticalAlign: 'middle' }}
              />
            </Tooltip>
          )}
          <Text span c="dimmed" size="xs">
            {label(field)}{' '}
          </Text>
          {change.action === 'update' && (
            <>
              <Text span size="xs" className="vigie-diff-before">
                {describe(field, before)}
              </Text>
              <IconArrowRight size={11} style={{ margin: '0 4px', verticalAlign: 'middle' }} />
            </>
          )}
          <Text span size="xs" className="vigie-diff-after">
            {describe(field, after)}
          </Text>
        </Text>
      ))}
    </Group>
  );
}

const ACTION_COLOR = { create: 'teal', update: 'vigie', unchanged: 'gray' } as const;

export function PlannedChanges({ changes, total }: { changes: PlannedChange[]; total: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [filter, setFilter] = useState<'all' | PlannedChange['action']>('all');
  const [page, setPage] = useState(1);
  const size = 25;
  const list = filter === 'all' ? changes : changes.filter((c) => c.action === filter);
  const shown = list.slice((page - 1) * size, page * size);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list or filter starts at page one.
  useEffect(() => setPage(1), [changes, filter]);
  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('import.changesTitle')}
        </Text>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          data={[
            { value: 'all', label: t('import.all') },
            { value: 'create', label: t('import.action.create') },
            { value: 'update', label: t('import.action.update') },
            { value: 'unchanged', label: t('import.action.unchanged') },
          ]}
        />
      </Group>
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder data-testid="plan-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.line')}</Table.Th>
              <Table.Th w={130}>{t('import.change')}</Table.Th>
              <Table.Th w={160}>{t('field.platform')}</Table.Th>
              <Table.Th>{t('import.presence')}</Table.Th>
              <Table.Th>{t('import.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={`${c.line}-${c.url}`}>
                <Table.Td className="vigie-num">{f.number(c.line)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={ACTION_COLOR[c.action]} tt="none">
                    {t(`import.action.${c.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <PlatformLabel id={c.platform} size={20} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={1}>
                    {c.name ?? (c.handle ? handleText(c.handle) : c.url)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate maw={340}>
                    {c.url}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DiffCell change={c} />
                </Table.Td>
              </Table.Tr>
            ))}
            {shown.length === 0 && (
              <EmptyRow colSpan={5} py="sm">
                {t('import.noRows')}
              </EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {changes.length < total
            ? t('import.firstShown', { shown: f.number(changes.length), total: f.number(total) })
            : ''}
        </Text>
        {list.length > size && (
          <Pagination size="sm" total={Math.ceil(list.length / size)} value={page} onChange={setPage} />
        )}
      </Group>
    </Box>
  );
}
