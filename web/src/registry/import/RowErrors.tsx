// What is wrong in the file, row by row (line, column, message), a page at a time; and the warnings,
// which refuse nothing.
import { Alert, Box, Card, Group, Pagination, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiIssue } from '../../app/api';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { useFieldLabel } from '../History';

/**
 * Row errors come with their place written in the message ("Line 8, column "Statut": …"); the
 * table shows line and column in their own columns, so the message keeps only what is wrong.
 */
const PLACE = /^(?:Line|Ligne)\s+[\d\s\u202f.,]*?(?:,\s*(?:column|colonne)\s+(?:"[^"]*"|«[^»]*»))?\s*:\s*/;

function withoutPlace(issue: ApiIssue): string {
  if (!issue.line) return issue.message;
  const rest = issue.message.replace(PLACE, '');
  return rest === issue.message ? rest : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

export function RowErrors({ issues, title }: { issues: ApiIssue[]; title: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const fieldLabel = useFieldLabel();
  const [page, setPage] = useState(1);
  const size = 20;
  const shown = issues.slice((page - 1) * size, page * size);
  return (
    <Card data-testid="row-errors">
      <Group gap="sm" mb="sm">
        <ThemeIcon color="red" variant="light" size={30}>
          <IconAlertTriangle size={18} />
        </ThemeIcon>
        <Box>
          <Title order={3} fz="lg">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('import.errorsCount', { count: issues.length, value: f.number(issues.length) })}
          </Text>
        </Box>
      </Group>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('import.line')}</Table.Th>
            <Table.Th w={200}>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((i, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues and samples have no identity of their own; their order never changes.
            <Table.Tr key={`${i.line}-${i.column}-${i.code}-${n}`}>
              <Table.Td className="vigie-num">{i.line ? f.number(i.line) : ''}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {i.column ?? (i.field ? fieldLabel(i.field) : '')}
                </Text>
              </Table.Td>
              <Table.Td>{withoutPlace(i)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > size && (
        <Group justify="flex-end" mt="sm">
          <Pagination size="sm" total={Math.ceil(issues.length / size)} value={page} onChange={setPage} />
        </Group>
      )}
    </Card>
  );
}

/** The first fifty warnings, each with its line when the message does not say it already. */
export function ImportWarnings({ warnings }: { warnings: ApiIssue[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('import.warningsTitle')}
    >
      <Stack gap={2}>
        {warnings.slice(0, 50).map((w, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues and samples have no identity of their own; their order never changes.
          <Text size="sm" key={`${w.line}-${w.code}-${n}`}>
            {w.line && withoutPlace(w) !== w.message
              ? `${t('import.lineN', { n: f.number(w.line) })} · `
              : ''}
            {withoutPlace(w)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
