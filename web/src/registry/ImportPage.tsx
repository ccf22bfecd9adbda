// Importing an inventory: drop a file, check how it was read (format, columns and their mapping),
// see exactly what will change and which rows are wrong, then import, all or nothing.
import {
  Alert,
  Anchor,
  Autocomplete,
  Badge,
  Box,
  Button,
  Card,
  Code,
  Group,
  Pagination,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Switch,
  Table,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconFileUpload,
  IconReplace,
  IconUpload,
  IconX,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_UPLOAD_MB } from '../../../src/registry/inventory/limits';
import { ApiError, type ApiIssue, postForm } from '../app/api';
import { useFormat } from '../app/format';
import { PageHeader, QueryError, useActorLabel, useDocumentTitle, useErrorMessage } from '../app/ui';
import { useDescribeValue, useFieldLabel } from './History';
import { choiceKey, ImportValues } from './ImportValues';
import {
  type ImportOptions,
  type ImportResult,
  type InventoryPreview,
  importForm,
  type PlannedChange,
  type ValueChoice,
} from './inventory';
import { PlatformLabel } from './platforms';
import { forgetValueMapping, useImports, useRefreshAll, useUnits } from './queries';

const IGNORE = '__ignore__';
const SAMPLE_STYLE = {
  maxWidth: 260,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;
// The server's own limit, so the dropzone refuses what the server would.
const MAX_SIZE = MAX_UPLOAD_MB * 1024 * 1024;
const ACCEPT = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/json': ['.json'],
};

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number; what: 'preview' | 'import' };

function Tile({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: string;
  color: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={24} fw={650} c={color} lh={1.2} mt={2}>
        {value}
      </Text>
    </Paper>
  );
}

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

function RowErrors({ issues, title }: { issues: ApiIssue[]; title: string }) {
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
  return (
    <Group gap={4} wrap="wrap">
      {entries.map(([field, [before, after]]) => (
        <Text size="xs" key={field} className="vigie-diff-chip">
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

function Changes({ changes, total }: { changes: PlannedChange[]; total: number }) {
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
                    {c.name ?? (c.handle ? `@${c.handle}` : c.url)}
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
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('import.noRows')}
                  </Text>
                </Table.Td>
              </Table.Tr>
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

function delimiterName(d: string | undefined, t: TFunction): string {
  if (d === undefined) return '';
  if (d === ',') return t('import.delimiters.comma');
  if (d === ';') return t('import.delimiters.semicolon');
  if (d === '\t') return t('import.delimiters.tab');
  if (d === '|') return t('import.delimiters.pipe');
  return d;
}

function PastImports() {
  const { t } = useTranslation();
  const f = useFormat();
  const imports = useImports();
  const actorLabel = useActorLabel();
  return (
    <Card>
      <Title order={3} fz="lg">
        {t('import.historyTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('import.historyHint')}
      </Text>
      {imports.isError ? (
        <QueryError error={imports.error} onRetry={() => void imports.refetch()} />
      ) : (imports.data ?? []).length === 0 ? (
        <Text size="sm" c="dimmed">
          {imports.isPending ? t('common.loading') : t('import.historyNone')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover data-testid="past-imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('import.when')}</Table.Th>
                <Table.Th w={170}>{t('import.who')}</Table.Th>
                <Table.Th>{t('import.file')}</Table.Th>
                <Table.Th w={80} ta="right">
                  {t('import.rows')}
                </Table.Th>
                <Table.Th>{t('import.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(imports.data ?? []).map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(i.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate>
                      {actorLabel(i.actor)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('import.fingerprint', { sha: i.sha256.slice(0, 16) })}>
                      <Group gap={8} wrap="nowrap">
                        <Badge size="sm" variant="outline" color="gray" style={{ flex: 'none' }}>
                          {i.format.toUpperCase()}
                        </Badge>
                        <Text size="sm" truncate>
                          {i.fileName}
                        </Text>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {f.bytes(i.size)}
                        </Text>
                      </Group>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td className="vigie-num">{f.number(i.rows)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      {(
                        [
                          ['created', i.created, 'teal'],
                          ['updated', i.updated, 'vigie'],
                          ['unchanged', i.unchanged, 'gray'],
                          ['merged', i.merged, 'violet'],
                          ['rejected', i.rejected, 'red'],
                        ] as const
                      )
                        .filter(([, n]) => n > 0)
                        .map(([what, n, color]) => (
                          <Badge key={what} size="sm" variant="light" color={color} tt="none">
                            {t(`import.outcomes.${what}`, { value: f.number(n) })}
                          </Badge>
                        ))}
                      {i.unitsCreated > 0 && (
                        <Badge size="sm" variant="outline" color="gray" tt="none">
                          {t('import.outcomes.units', {
                            count: i.unitsCreated,
                            value: f.number(i.unitsCreated),
                          })}
                        </Badge>
                      )}
                      {i.peopleCreated > 0 && (
                        <Badge size="sm" variant="outline" color="gray" tt="none">
                          {t('import.outcomes.people', {
                            count: i.peopleCreated,
                            value: f.number(i.peopleCreated),
                          })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshAll();
  const fieldLabel = useFieldLabel();
  const units = useUnits();
  useDocumentTitle(t('nav.import'));

  const [file, setFile] = useState<File | null>(null);
  const [map, setMap] = useState<Record<string, string> | null>(null);
  const [unit, setUnit] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  // What the person says the file's own words mean, by field and value (see ImportValues).
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [source, setSource] = useState('');
  const [round, setRound] = useState(0);
  const [preview, setPreview] = useState<InventoryPreview | null>(null);
  // The options the preview was read with: until a new one answers, an option changed since makes it stale.
  const [previewOf, setPreviewOf] = useState<ImportOptions | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [rejected, setRejected] = useState<string | null>(null);
  const generation = useRef(0);

  const values: ValueChoice[] = useMemo(
    () =>
      Object.entries(chosen).map(([key, meaning]) => {
        const [field = '', value = ''] = key.split('\u0000');
        return { field, value, meaning };
      }),
    [chosen],
  );
  const options: ImportOptions = useMemo(
    () => ({ map, unit, skipInvalid, values, source, round }),
    [map, unit, skipInvalid, values, source, round],
  );

  // Every change of file or option asks the server for a fresh preview; the last answer wins.
  useEffect(() => {
    if (!file) return;
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      // An import started meanwhile owns the page: this preview is stale before it is asked.
      if (generation.current !== mine) return;
      setPhase({ kind: 'uploading', fraction: 0, what: 'preview' });
      setImportError(null);
      postForm<InventoryPreview>('/inventory/preview', importForm(file, options), (fraction) => {
        if (generation.current === mine) setPhase({ kind: 'uploading', fraction, what: 'preview' });
      })
        .then((p) => {
          if (generation.current !== mine) return;
          setPreview(p);
          setPreviewOf(options);
          setPreviewError(null);
        })
        .catch((err: unknown) => {
          if (generation.current !== mine) return;
          setPreview(null);
          setPreviewError(err);
        })
        .finally(() => {
          if (generation.current === mine) setPhase({ kind: 'idle' });
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [file, options]);

  const choose = (files: File[]) => {
    const chosen = files[0];
    if (!chosen) return;
    setRejected(null);
    setResult(null);
    setPreview(null);
    setPreviewError(null);
    setImportError(null);
    setMap(null);
    setChosen({});
    setSource('');
    setFile(chosen);
  };

  const reset = () => {
    generation.current++;
    setFile(null);
    setPreview(null);
    setPreviewError(null);
    setImportError(null);
    setMap(null);
    setChosen({});
    setSource('');
    setPhase({ kind: 'idle' });
  };

  const remap = (header: string, field: string | null) => {
    setMap((m) => ({ ...(m ?? {}), [header]: field ?? 'ignore' }));
  };

  /** A meaning chosen for a value (null: back to what is remembered, or to nothing). */
  const chooseValue = (field: string, value: string, meaning: string | null) => {
    setChosen((c) => {
      const next = { ...c };
      if (meaning === null) delete next[choiceKey(field, value)];
      else next[choiceKey(field, value)] = meaning;
      return next;
    });
  };

  const forget = (id: number) => {
    forgetValueMapping(id)
      .then(() => setRound((r) => r + 1))
      .catch((err: unknown) => setPreviewError(err));
  };

  const runImport = () => {
    if (!file) return;
    const mine = ++generation.current;
    setPhase({ kind: 'uploading', fraction: 0, what: 'import' });
    setImportError(null);
    postForm<ImportResult>('/inventory/import', importForm(file, options), (fraction) => {
      if (generation.current === mine) setPhase({ kind: 'uploading', fraction, what: 'import' });
    })
      .then((r) => {
        setResult(r);
        setFile(null);
        setPreview(null);
        setMap(null);
        setChosen({});
        void refresh();
      })
      .catch((err: unknown) => setImportError(err))
      .finally(() => {
        if (generation.current === mine) setPhase({ kind: 'idle' });
      });
  };

  const downloadRejects = () => {
    if (!result?.rejects) return;
    const blob = new Blob([result.rejects], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = t('import.rejectsFile');
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const busy = phase.kind === 'uploading';
  // A stale preview cannot be imported: what it promises may no longer be what the import would do.
  const stale = preview !== null && previewOf !== options;
  const step = result ? 3 : preview ? 1 : 0;
  const blocked = preview ? preview.issues.length > 0 && !skipInvalid : true;
  // Unknown columns already show as ignored in the columns table, with a select to map them.
  const warnings = (preview?.warnings ?? []).filter((w) => w.code !== 'inventory.column_unknown');
  const badRows = preview ? new Set(preview.issues.map((i) => i.line ?? 0)).size : 0;
  // Values nobody said the meaning of yet: the rows holding them are the ones refused.
  const openValues = (preview?.values ?? []).filter(
    (v) => v.meaning === null && chosen[choiceKey(v.field, v.value)] === undefined,
  ).length;
  const willWrite = preview ? preview.plan.create + preview.plan.update : 0;
  const unitNames = useMemo(() => [...new Set((units.data ?? []).map((u) => u.name))].sort(), [units.data]);
  const importIssues = importError instanceof ApiError ? importError.issues : [];

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Stack gap="lg">
        <Card py="md">
          <Stepper active={step} size="sm" allowNextStepsSelect={false}>
            <Stepper.Step label={t('import.step1')} description={t('import.step1Hint')} />
            <Stepper.Step label={t('import.step2')} description={t('import.step2Hint')} />
            <Stepper.Step label={t('import.step3')} description={t('import.step3Hint')} />
          </Stepper>
        </Card>

        {result && (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={20} />}
            title={t('import.doneTitle')}
            data-testid="import-result"
          >
            <Stack gap="sm">
              <Text size="sm">
                {t('import.doneText', {
                  created: f.number(result.created),
                  updated: f.number(result.updated),
                  unchanged: f.number(result.unchanged),
                  merged: f.number(result.merged),
                })}
              </Text>
              {(result.unitsCreated > 0 || result.peopleCreated > 0) && (
                <Text size="sm">
                  {t('import.doneCreated', {
                    list: f.list([
                      ...(result.unitsCreated > 0
                        ? [
                            t('import.outcomes.units', {
                              count: result.unitsCreated,
                              value: f.number(result.unitsCreated),
                            }),
                          ]
                        : []),
                      ...(result.peopleCreated > 0
                        ? [
                            t('import.outcomes.people', {
                              count: result.peopleCreated,
                              value: f.number(result.peopleCreated),
                            }),
                          ]
                        : []),
                    ]),
                  })}
                </Text>
              )}
              {result.rejected > 0 && (
                <Text size="sm" c="red.8">
                  {t('import.doneRejected', { count: result.rejected, value: f.number(result.rejected) })}
                </Text>
              )}
              <Group gap="sm">
                <Button component={Link} to="/" size="xs" variant="white">
                  {t('import.seeOverview')}
                </Button>
                <Button component={Link} to="/presences" size="xs" variant="white">
                  {t('import.seePresences')}
                </Button>
                {result.rejects && (
                  <Button
                    size="xs"
                    variant="white"
                    color="red"
                    leftSection={<IconDownload size={14} />}
                    onClick={downloadRejects}
                  >
                    {t('import.downloadRejects')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Alert>
        )}

        <Card>
          {!file ? (
            <Dropzone
              onDrop={choose}
              onReject={(r: FileRejection[]) =>
                setRejected(
                  r[0]?.file.name ? t('import.refused', { name: r[0].file.name }) : t('import.refusedAny'),
                )
              }
              accept={ACCEPT}
              maxSize={MAX_SIZE}
              multiple={false}
              data-testid="dropzone"
            >
              <Group justify="center" gap="xl" mih={150} style={{ pointerEvents: 'none' }}>
                <Dropzone.Accept>
                  <IconUpload size={48} color="var(--mantine-color-vigie-6)" stroke={1.5} />
                </Dropzone.Accept>
                <Dropzone.Reject>
                  <IconX size={48} color="var(--mantine-color-red-6)" stroke={1.5} />
                </Dropzone.Reject>
                <Dropzone.Idle>
                  <IconFileSpreadsheet size={48} color="var(--mantine-color-gray-5)" stroke={1.5} />
                </Dropzone.Idle>
                <Box>
                  <Text size="lg" fw={600}>
                    {t('import.dropTitle')}
                  </Text>
                  <Text size="sm" c="dimmed" mt={6}>
                    {t('import.dropHint', { size: f.bytes(MAX_SIZE) })}
                  </Text>
                </Box>
              </Group>
            </Dropzone>
          ) : (
            <Group justify="space-between" wrap="wrap" gap="md">
              <Group gap="md" wrap="nowrap">
                <ThemeIcon size={44} variant="light" radius="md">
                  <IconFileUpload size={24} />
                </ThemeIcon>
                <Box>
                  <Text fw={600}>{file.name}</Text>
                  <Group gap={8} mt={2}>
                    <Text size="sm" c="dimmed">
                      {f.bytes(file.size)}
                    </Text>
                    {preview && (
                      <>
                        <Badge variant="outline" color="gray" size="sm" data-testid="detected-format">
                          {preview.format.toUpperCase()}
                        </Badge>
                        {preview.encoding && (
                          <Text size="sm" c="dimmed">
                            {t('import.encoding', { value: preview.encoding.toUpperCase() })}
                          </Text>
                        )}
                        {preview.delimiter !== undefined && (
                          <Text size="sm" c="dimmed" data-testid="detected-delimiter">
                            {t('import.delimiter', { value: delimiterName(preview.delimiter, t) })}
                          </Text>
                        )}
                        {preview.sheet && (
                          <Text size="sm" c="dimmed">
                            {t('import.sheet', { value: preview.sheet })}
                          </Text>
                        )}
                        <Text size="sm" c="dimmed">
                          {t('import.rowCount', { count: preview.rows, value: f.number(preview.rows) })}
                        </Text>
                      </>
                    )}
                  </Group>
                </Box>
              </Group>
              <Button
                variant="default"
                leftSection={<IconReplace size={16} />}
                onClick={reset}
                disabled={busy}
              >
                {t('import.otherFile')}
              </Button>
            </Group>
          )}
          {rejected && (
            <Text size="sm" c="red.8" mt="sm">
              {rejected}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="lg" spacing="lg">
            <Autocomplete
              label={t('import.defaultUnit')}
              description={t('import.defaultUnitHelp')}
              data={unitNames}
              value={unit}
              onChange={setUnit}
              clearable
              data-testid="default-unit"
            />
            <Switch
              mt={{ base: 0, sm: 28 }}
              label={t('import.skipInvalid')}
              description={t('import.skipInvalidHelp')}
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
              data-testid="skip-invalid"
            />
          </SimpleGrid>
          {busy && (
            <Box mt="lg" data-testid="progress">
              <Group justify="space-between" mb={4}>
                <Text size="sm">
                  {phase.fraction < 1
                    ? t('import.uploading', { percent: f.percent(phase.fraction) })
                    : phase.what === 'preview'
                      ? t('import.analysing')
                      : t('import.importing')}
                </Text>
              </Group>
              <Progress
                value={phase.fraction < 1 ? phase.fraction * 100 : 100}
                animated={phase.fraction >= 1}
                striped={phase.fraction >= 1}
                size="md"
              />
            </Box>
          )}
        </Card>

        {previewError !== null && <QueryError error={previewError} />}

        {preview && (
          <>
            <Card>
              <Title order={3} fz="lg">
                {t('import.columnsTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {t('import.columnsHint')}
              </Text>
              <Table.ScrollContainer minWidth={700}>
                <Table withTableBorder data-testid="column-mapping">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={260}>{t('import.fileColumn')}</Table.Th>
                      <Table.Th w={260}>{t('import.mappedTo')}</Table.Th>
                      <Table.Th>{t('import.samples')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.columns.map((c) => (
                      <Table.Tr key={`${c.index}-${c.header}`} data-testid={`column-${c.index}`}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {c.header || t('import.noHeader', { n: c.index + 1 })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={t('import.mappingFor', { header: c.header })}
                            size="xs"
                            data={[
                              { value: IGNORE, label: t('import.ignore') },
                              ...preview.fields.map((fl) => ({ value: fl, label: fieldLabel(fl) })),
                            ]}
                            value={c.field ?? IGNORE}
                            onChange={(v) => remap(c.header, !v || v === IGNORE ? null : v)}
                            allowDeselect={false}
                            disabled={busy}
                            styles={c.field ? undefined : { input: { color: 'var(--mantine-color-gray-6)' } }}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="wrap">
                            {c.samples.slice(0, 3).map((s, n) => (
                              // biome-ignore lint/suspicious/noArrayIndexKey: issues and samples have no identity of their own; their order never changes.
                              <Code key={`${n}-${s}`} style={SAMPLE_STYLE}>
                                {s}
                              </Code>
                            ))}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>

            {preview.values.length > 0 && (
              <ImportValues
                key={preview.source.key}
                values={preview.values}
                chosen={chosen}
                onChoose={chooseValue}
                onForget={forget}
                source={preview.source}
                onSource={setSource}
                disabled={busy}
              />
            )}

            <Card data-testid="plan">
              <Title order={3} fz="lg">
                {t('import.planTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {t('import.planHint')}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md">
                <Tile
                  label={t('import.created')}
                  value={f.number(preview.plan.create)}
                  color="teal.8"
                  testId="plan-create"
                />
                <Tile
                  label={t('import.updated')}
                  value={f.number(preview.plan.update)}
                  color="vigie.8"
                  testId="plan-update"
                />
                <Tile label={t('import.unchanged')} value={f.number(preview.plan.unchanged)} color="gray.7" />
                <Tile
                  label={t('import.merged')}
                  value={f.number(preview.plan.merged)}
                  color="violet.8"
                  testId="plan-merged"
                />
                <Tile
                  label={t('import.rejected')}
                  value={f.number(preview.plan.rejected)}
                  color={preview.plan.rejected > 0 ? 'red.8' : 'gray.7'}
                  testId="plan-rejected"
                />
              </SimpleGrid>
              {(preview.plan.newUnits.length > 0 || preview.plan.newPeople.length > 0) && (
                <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
                  <Box>
                    <Text size="sm" fw={600} mb={6}>
                      {t('import.newUnits', {
                        count: preview.plan.newUnits.length,
                        value: f.number(preview.plan.newUnits.length),
                      })}
                    </Text>
                    <Group gap={6}>
                      {preview.plan.newUnits.map((u) => (
                        <Badge key={u} variant="light" color="vigie" tt="none">
                          {u}
                        </Badge>
                      ))}
                    </Group>
                  </Box>
                  <Box>
                    <Text size="sm" fw={600} mb={6}>
                      {t('import.newPeople', {
                        count: preview.plan.newPeople.length,
                        value: f.number(preview.plan.newPeople.length),
                      })}
                    </Text>
                    <Group gap={6}>
                      {preview.plan.newPeople.map((p) => (
                        <Badge key={p} variant="light" color="grape" tt="none">
                          {p}
                        </Badge>
                      ))}
                    </Group>
                  </Box>
                </SimpleGrid>
              )}
              <Changes
                changes={preview.plan.changes}
                total={preview.plan.create + preview.plan.update + preview.plan.unchanged}
              />
            </Card>

            {preview.issues.length > 0 && (
              <RowErrors issues={preview.issues} title={t('import.errorsTitle')} />
            )}

            {warnings.length > 0 && (
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
            )}
          </>
        )}

        {importError !== null && (
          <>
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={t('import.failedTitle')}
            >
              {errorMessage(importError)}
            </Alert>
            {importIssues.length > 0 && <RowErrors issues={importIssues} title={t('import.errorsTitle')} />}
          </>
        )}

        {preview && (
          <Paper
            withBorder
            p="md"
            shadow="sm"
            style={{ position: 'sticky', bottom: 12, zIndex: 5 }}
            bg={blocked ? 'var(--mantine-color-red-0)' : 'white'}
          >
            <Group justify="space-between" gap="md" wrap="wrap">
              <Text size="sm" fw={500} data-testid="import-summary">
                {stale
                  ? t('import.analysing')
                  : blocked && openValues > 0
                    ? t('import.values.blocked', {
                        count: badRows,
                        value: f.number(badRows),
                        values: f.number(openValues),
                      })
                    : blocked
                      ? t('import.blocked', { count: badRows, value: f.number(badRows) })
                      : t('import.ready', {
                          count: willWrite,
                          value: f.number(willWrite),
                          skipped: f.number(preview.plan.rejected),
                        })}
              </Text>
              <Group gap="sm">
                {blocked && (
                  <Anchor size="sm" component="button" onClick={() => setSkipInvalid(true)}>
                    {t('import.skipThem')}
                  </Anchor>
                )}
                <Button
                  onClick={runImport}
                  disabled={blocked || busy || stale}
                  loading={busy && phase.what === 'import'}
                  data-testid="import-button"
                >
                  {t('import.run')}
                </Button>
              </Group>
            </Group>
          </Paper>
        )}

        <PastImports />
      </Stack>
    </>
  );
}
