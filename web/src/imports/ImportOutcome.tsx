// What an import of a platform export came to: its figures, the presence it went to (and whether the
// import created it), the file's fingerprint and the fields it ignored; or, when it failed, why and
// where, knowing that nothing was stored.
import {
  Accordion,
  Alert,
  Box,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCircleCheck,
  IconFlask,
  IconInfoCircle,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { handleText, useFormat } from '../app/format';
import { Figure } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { PlatformLabel } from '../registry/platforms';
import { ShortSha, useDuration } from './bits';
import type { ImportSummary, JobError, UnknownField } from './queries';

export function UnknownFields({ fields }: { fields: UnknownField[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = fields.length;
  return (
    <Accordion variant="contained" radius="md" data-testid="unknown-fields">
      <Accordion.Item value="unknown" bg="var(--mantine-color-yellow-0)">
        <Accordion.Control icon={<IconAlertTriangle size={18} color="var(--mantine-color-yellow-8)" />}>
          <Text size="sm" fw={600}>
            {t('dataImports.unknownTitle', { count: total, value: f.number(total) })}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="sm">
            {t('dataImports.unknownHint')}
          </Text>
          <Table withTableBorder bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataImports.unknownWhere')}</Table.Th>
                <Table.Th w={120} ta="right">
                  {t('dataImports.unknownCount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((u) => (
                <Table.Tr key={u.where}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {u.where}
                    </Text>
                  </Table.Td>
                  <Table.Td className="vigie-num">{f.number(u.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

export function ImportSummaryCard({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const p = summary.presence;
  // A presence created by a dry run was rolled back with the rest: there is nothing to open.
  const canOpen = p !== null && !(summary.dryRun && p.created);
  return (
    <Card data-testid="import-summary" style={{ borderColor: 'var(--mantine-color-teal-3)' }}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon
            size={36}
            radius="xl"
            variant="light"
            color={summary.dryRun ? 'vigie' : 'teal'}
            style={{ flex: 'none' }}
          >
            {summary.dryRun ? <IconFlask size={20} /> : <IconCircleCheck size={20} />}
          </ThemeIcon>
          <Box style={{ minWidth: 0 }}>
            <Title order={3} fz="lg">
              {summary.dryRun ? t('dataImports.dryTitle') : t('dataImports.doneTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('dataImports.doneText', {
                file: summary.file,
                platform: t(`dataImports.formats.${summary.platform}.name`),
              })}
            </Text>
          </Box>
        </Group>

        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <Figure label={t('dataImports.posts')} value={f.number(summary.posts)} testId="summary-posts" />
          <Figure
            label={t('dataImports.added')}
            value={f.number(summary.added)}
            color={summary.added > 0 ? 'teal.8' : 'gray.7'}
            testId="summary-added"
          />
          <Figure
            label={t('dataImports.updated')}
            value={f.number(summary.updated)}
            color={summary.updated > 0 ? 'vigie.8' : 'gray.7'}
            testId="summary-updated"
          />
          <Figure
            label={t('dataImports.interactions')}
            value={f.number(summary.interactions)}
            testId="summary-interactions"
          />
          <Figure
            label={t('dataImports.metrics')}
            value={f.number(summary.metrics)}
            testId="summary-metrics"
          />
          <Figure label={t('dataImports.duration')} value={duration(summary.durationMs)} />
        </SimpleGrid>

        {summary.added === 0 && summary.posts > 0 && (
          <Text size="sm" c="dimmed" data-testid="nothing-new">
            {t('dataImports.nothingNew')}
          </Text>
        )}

        {p && (
          <Group justify="space-between" gap="md" wrap="wrap">
            <Group gap="md" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('dataImports.toPresence')}
              </Text>
              <PlatformLabel id={p.platform} size={20} withName={false} />
              {p.handle && (
                <Text size="sm" fw={600} ff="monospace">
                  {handleText(p.handle)}
                </Text>
              )}
            </Group>
            {canOpen && (
              <Button
                component={Link}
                to={`/presences/${p.id}?tab=activity`}
                variant="light"
                size="xs"
                rightSection={<IconArrowRight size={14} />}
                data-testid="open-presence"
              >
                {t('dataImports.openPresence')}
              </Button>
            )}
          </Group>
        )}
        {p?.created && (
          <Alert
            color="vigie"
            variant="light"
            icon={<IconInfoCircle size={18} />}
            data-testid="presence-created"
            py="xs"
          >
            <Text size="sm">
              {summary.dryRun ? t('dataImports.presenceWouldBeCreated') : t('dataImports.presenceCreated')}
            </Text>
          </Alert>
        )}

        <Group gap="lg" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('dataImports.fileFacts')}{' '}
            <Text span size="sm" c="dark">
              {f.bytes(summary.size)}
            </Text>
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('dataImports.sha')}
            </Text>
            <ShortSha sha={summary.sha256} />
          </Group>
        </Group>

        {summary.unknownFields.length > 0 && <UnknownFields fields={summary.unknownFields} />}
      </Stack>
    </Card>
  );
}

export function ImportFailure({ error }: { error: JobError }) {
  const { t } = useTranslation();
  const issues = error.issues ?? [];
  // The first issue usually is the message itself: a table only when it adds something.
  const showIssues = issues.length > 1 || (issues.length === 1 && issues[0]?.message !== error.message);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('dataImports.failedTitle')}
      data-testid="import-error"
    >
      <Stack gap="sm">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {error.message}
        </Text>
        {showIssues && (
          <Table withTableBorder bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="35%">{t('dataImports.issueWhere')}</Table.Th>
                <Table.Th>{t('dataImports.issueProblem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.slice(0, 100).map((i, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own; their order never changes.
                <Table.Tr key={n}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    {[
                      i.file,
                      // Positions are written as they are (line 1234), not as quantities.
                      i.line ? t('dataImports.issueLine', { line: String(i.line) }) : null,
                      i.column ? t('dataImports.issueColumn', { column: i.column }) : null,
                      !i.column && i.field ? i.field : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Table.Td>
                  <Table.Td>{i.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          {t('dataImports.failedHint')}
        </Text>
      </Stack>
    </Alert>
  );
}
