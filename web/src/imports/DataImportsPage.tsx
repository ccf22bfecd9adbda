// Importing a platform's own data export: which exports Vigie reads, the file sent as it is with its
// upload progress, then the server's reading of it followed until it ends, its outcome, and the
// history of every import.
import { Box, Button, Card, Grid, Group, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { FileRejection } from '@mantine/dropzone';
import { IconCloudUpload, IconFileZip, IconFlask, IconPlayerStop, IconUpload } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../app/api';
import { FilePicker } from '../app/FilePicker';
import { useFormat } from '../app/format';
import { ProgressBar } from '../app/ProgressBar';
import { CardTitle, PageHeader, QueryError, useDocumentTitle, useErrorMessage } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { usePlatformDirectory } from '../registry/platforms';
import { presenceChoiceLabel } from '../registry/presenceOptions';
import { usePresences, useRefreshAll } from '../registry/queries';
import { useCan } from '../trust/session';
import { FormatIcon } from './bits';
import { DataImportHistory } from './DataImportHistory';
import { ImportFailure, ImportSummaryCard } from './ImportOutcome';
import {
  EXPORT_PLATFORMS,
  type ExportPlatform,
  type JobError,
  MAX_EXPORT_BYTES,
  uploadExport,
  useImportJob,
} from './queries';

function ExportFormats() {
  const { t } = useTranslation();
  return (
    <Card>
      <CardTitle title={t('dataImports.formatsTitle')} hint={t('dataImports.formatsHint')} />
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="export-formats">
        {EXPORT_PLATFORMS.map((p) => (
          <Group key={p} component="li" gap="sm" wrap="nowrap" align="flex-start">
            <FormatIcon platform={p} size={24} />
            <Box style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.3}>
                {t(`dataImports.formats.${p}.name`)}
              </Text>
              <Text size="xs" c="dimmed" lh={1.4}>
                {t(`dataImports.formats.${p}.how`)}
              </Text>
            </Box>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

type Upload = { sent: number; total: number; finished: boolean };

export function DataImportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshAll();
  const directory = usePlatformDirectory();
  const presences = usePresences({});
  const [params] = useSearchParams();
  // Reading the history (data.read) without importing (data.import): the history alone.
  const canImport = useCan('data.import');
  useDocumentTitle(t('dataImports.title'));

  const [file, setFile] = useState<File | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const [platform, setPlatform] = useState<ExportPlatform | 'auto'>('auto');
  // The presence page's empty state links here with its presence chosen.
  const [presenceId, setPresenceId] = useState<string | null>(() => params.get('presence'));
  const [dryRun, setDryRun] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const job = useImportJob(jobId);
  const refreshedFor = useRef<string | null>(null);

  const state = job.data?.state;
  // Once a job ends, everything that shows its data is read again (presences, activity, history).
  useEffect(() => {
    if (!job.data || job.data.state === 'running' || refreshedFor.current === job.data.id) return;
    refreshedFor.current = job.data.id;
    void refresh();
  }, [job.data, refresh]);

  // Cancels an upload still running when the page is left.
  useEffect(() => () => abort.current?.abort(), []);

  const uploading = upload !== null && !upload.finished;
  const reading = jobId !== null && !job.isError && state !== 'done' && state !== 'failed';
  const busy = uploading || reading;

  const presenceOptions = useMemo(() => {
    const items = presences.data?.items ?? [];
    // A platform chosen by hand narrows the list to its presences (the generic CSV fits any).
    const fits = (p: (typeof items)[number]) =>
      platform === 'auto' || platform === 'csv' || p.platform === platform || String(p.id) === presenceId;
    return items.filter(fits).map((p) => ({ value: String(p.id), label: presenceChoiceLabel(p, directory) }));
  }, [presences.data, directory, platform, presenceId]);

  const choose = (files: File[]) => {
    const chosen = files[0];
    if (!chosen) return;
    setRejected(null);
    setFile(chosen);
  };

  const reject = (r: FileRejection[]) => {
    const size = f.bytes(MAX_EXPORT_BYTES);
    const name = r[0]?.file.name;
    setRejected(name ? t('dataImports.refused', { name, size }) : t('dataImports.refusedAny', { size }));
  };

  const start = () => {
    if (!file || busy) return;
    const controller = new AbortController();
    abort.current = controller;
    setUploadError(null);
    setCancelled(false);
    setJobId(null);
    setUpload({ sent: 0, total: file.size, finished: false });
    uploadExport(
      file,
      { platform, presenceId: presenceId ? Number(presenceId) : null, dryRun },
      (sent, total) => setUpload({ sent, total, finished: false }),
      controller.signal,
    )
      .then(({ jobId: id }) => {
        setUpload({ sent: file.size, total: file.size, finished: true });
        setJobId(id);
      })
      .catch((err: unknown) => {
        setUpload(null);
        if (err instanceof DOMException && err.name === 'AbortError') setCancelled(true);
        else setUploadError(err);
      })
      .finally(() => {
        if (abort.current === controller) abort.current = null;
      });
  };

  const uploadFailure: JobError | null =
    uploadError === null
      ? null
      : {
          kind: uploadError instanceof ApiError ? uploadError.kind : 'unavailable',
          code: uploadError instanceof ApiError ? uploadError.code : 'unknown',
          message: errorMessage(uploadError),
          issues: uploadError instanceof ApiError ? uploadError.issues : [],
        };

  const readFraction = job.data && job.data.total > 0 ? job.data.read / job.data.total : null;

  return (
    <>
      <PageHeader title={t('dataImports.title')} description={t('dataImports.description')} />
      <Stack gap="lg">
        {canImport && (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="lg">
                <Card>
                  <FilePicker
                    file={file}
                    onDrop={choose}
                    onReject={reject}
                    maxSize={MAX_EXPORT_BYTES}
                    idleIcon={IconCloudUpload}
                    fileIcon={IconFileZip}
                    title={t('dataImports.dropTitle')}
                    hint={t('dataImports.dropHint', { size: f.bytes(MAX_EXPORT_BYTES) })}
                    hintWidth={420}
                    replaceLabel={t('dataImports.otherFile')}
                    onReplace={() => setFile(null)}
                    disabled={busy}
                    refusal={rejected}
                    dropTestId="export-dropzone"
                    chosenTestId="chosen-file"
                  />

                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="lg" spacing="lg">
                    <Select
                      label={t('dataImports.platform')}
                      description={t('dataImports.platformHelp')}
                      data={[
                        { value: 'auto', label: t('dataImports.auto') },
                        ...EXPORT_PLATFORMS.map((p) => ({
                          value: p,
                          label: t(`dataImports.formats.${p}.name`),
                        })),
                      ]}
                      value={platform}
                      onChange={(v) => setPlatform((v ?? 'auto') as ExportPlatform | 'auto')}
                      allowDeselect={false}
                      leftSection={
                        platform === 'auto' ? undefined : <FormatIcon platform={platform} size={18} />
                      }
                      disabled={busy}
                      name="platform"
                    />
                    <Select
                      label={t('dataImports.presence')}
                      description={t('dataImports.presenceHelp')}
                      placeholder={t('dataImports.presencePlaceholder')}
                      data={presenceOptions}
                      value={presenceId}
                      onChange={setPresenceId}
                      searchable
                      clearable
                      limit={200}
                      nothingFoundMessage={t('common.nothingFound')}
                      disabled={busy}
                      name="presence"
                    />
                  </SimpleGrid>

                  <Group justify="space-between" align="flex-end" mt="lg" gap="md" wrap="wrap">
                    <Switch
                      label={t('dataImports.dryRun')}
                      description={t('dataImports.dryRunHelp')}
                      checked={dryRun}
                      onChange={(e) => setDryRun(e.currentTarget.checked)}
                      disabled={busy}
                      maw={380}
                      data-testid="dry-run"
                    />
                    <Group gap="sm">
                      {uploading && (
                        <Button
                          variant="default"
                          leftSection={<IconPlayerStop size={16} />}
                          onClick={() => abort.current?.abort()}
                        >
                          {t('dataImports.cancel')}
                        </Button>
                      )}
                      <Button
                        onClick={start}
                        disabled={!file || busy}
                        loading={busy}
                        leftSection={dryRun ? <IconFlask size={16} /> : <IconUpload size={16} />}
                        data-testid="start-import"
                      >
                        {dryRun ? t('dataImports.startDry') : t('dataImports.start')}
                      </Button>
                    </Group>
                  </Group>

                  {upload && (busy || job.isPending) && (
                    <Stack gap="sm" mt="lg" data-testid="import-progress">
                      <ProgressBar
                        testId="upload-progress"
                        aria={t('dataImports.uploadProgress')}
                        label={
                          upload.finished
                            ? t('dataImports.sent')
                            : t('dataImports.sending', {
                                percent: f.percent(upload.total ? upload.sent / upload.total : 0),
                              })
                        }
                        detail={t('dataImports.ofBytes', {
                          done: f.bytes(upload.sent),
                          total: f.bytes(upload.total),
                        })}
                        value={upload.total ? upload.sent / upload.total : 0}
                        done={upload.finished}
                      />
                      {upload.finished && (
                        <ProgressBar
                          testId="read-progress"
                          aria={t('dataImports.readProgress')}
                          label={
                            readFraction === null
                              ? t('dataImports.waiting')
                              : t('dataImports.reading', { percent: f.percent(readFraction) })
                          }
                          detail={
                            job.data
                              ? t('dataImports.ofBytes', {
                                  done: f.bytes(job.data.read),
                                  total: f.bytes(job.data.total),
                                })
                              : undefined
                          }
                          value={readFraction}
                          done={false}
                        />
                      )}
                    </Stack>
                  )}
                </Card>

                {cancelled && (
                  <Text size="sm" c="dimmed" data-testid="upload-cancelled">
                    {t('dataImports.cancelled')}
                  </Text>
                )}
                {uploadFailure && <ImportFailure error={uploadFailure} />}
                {job.isError && <QueryError error={job.error} />}
                {state === 'failed' && job.data?.error && <ImportFailure error={job.data.error} />}
                {state === 'done' && job.data?.summary && <ImportSummaryCard summary={job.data.summary} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ExportFormats />
            </Grid.Col>
          </Grid>
        )}

        <DataImportHistory />
      </Stack>
    </>
  );
}
