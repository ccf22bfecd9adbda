// The import's first step: the inventory file (dropped, then how the server read it: format,
// encoding, delimiter, sheet, rows), the options every row shares, and the upload's progress.
import { Autocomplete, Badge, Box, Card, SimpleGrid, Switch, Text } from '@mantine/core';
import type { FileRejection } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconFileUpload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { MAX_UPLOAD_MB } from '../../../../src/registry/inventory/limits';
import { FilePicker } from '../../app/FilePicker';
import { useFormat } from '../../app/format';
import { ProgressBar } from '../../app/ProgressBar';
import { useTranslation } from '../../i18n/useTranslation';
import type { InventoryPreview } from '../inventory';

// The server's own limit, so the dropzone refuses what the server would.
const MAX_SIZE = MAX_UPLOAD_MB * 1024 * 1024;
const ACCEPT = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/json': ['.json'],
};

/** What the page is sending, and how far it has got (1: sent, the server is at work). */
export type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number; what: 'preview' | 'import' };

function delimiterName(d: string | undefined, t: TFunction): string {
  if (d === undefined) return '';
  if (d === ',') return t('import.delimiters.comma');
  if (d === ';') return t('import.delimiters.semicolon');
  if (d === '\t') return t('import.delimiters.tab');
  if (d === '|') return t('import.delimiters.pipe');
  return d;
}

/** How the server read the file. */
function Detected({ preview }: { preview: InventoryPreview }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
  );
}

export function ImportFile({
  file,
  preview,
  phase,
  onChoose,
  onReset,
  refusal,
  onRefusal,
  unitNames,
  unit,
  onUnit,
  skipInvalid,
  onSkipInvalid,
}: {
  file: File | null;
  preview: InventoryPreview | null;
  phase: Phase;
  onChoose: (files: File[]) => void;
  onReset: () => void;
  refusal: string | null;
  onRefusal: (refusal: string) => void;
  unitNames: string[];
  unit: string;
  onUnit: (unit: string) => void;
  skipInvalid: boolean;
  onSkipInvalid: (skip: boolean) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const busy = phase.kind === 'uploading';
  const progress =
    phase.kind !== 'uploading'
      ? null
      : phase.fraction < 1
        ? t('import.uploading', { percent: f.percent(phase.fraction) })
        : phase.what === 'preview'
          ? t('import.analysing')
          : t('import.importing');
  return (
    <Card>
      <FilePicker
        file={file}
        onDrop={onChoose}
        onReject={(r: FileRejection[]) =>
          onRefusal(r[0]?.file.name ? t('import.refused', { name: r[0].file.name }) : t('import.refusedAny'))
        }
        accept={ACCEPT}
        maxSize={MAX_SIZE}
        idleIcon={IconFileSpreadsheet}
        fileIcon={IconFileUpload}
        title={t('import.dropTitle')}
        hint={t('import.dropHint', { size: f.bytes(MAX_SIZE) })}
        details={preview && <Detected preview={preview} />}
        replaceLabel={t('import.otherFile')}
        onReplace={onReset}
        disabled={busy}
        refusal={refusal}
        dropTestId="dropzone"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="lg" spacing="lg">
        <Autocomplete
          label={t('import.defaultUnit')}
          description={t('import.defaultUnitHelp')}
          data={unitNames}
          value={unit}
          onChange={onUnit}
          clearable
          data-testid="default-unit"
        />
        <Switch
          mt={{ base: 0, sm: 28 }}
          label={t('import.skipInvalid')}
          description={t('import.skipInvalidHelp')}
          checked={skipInvalid}
          onChange={(e) => onSkipInvalid(e.currentTarget.checked)}
          data-testid="skip-invalid"
        />
      </SimpleGrid>
      {progress !== null && (
        <Box mt="lg">
          <ProgressBar
            testId="progress"
            label={progress}
            aria={progress}
            value={phase.kind === 'uploading' && phase.fraction < 1 ? phase.fraction : null}
            done={false}
          />
        </Box>
      )}
    </Card>
  );
}
