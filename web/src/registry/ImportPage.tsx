// Importing an inventory: drop a file, check how it was read (format, columns and their mapping),
// say what the file's own words mean, see exactly what will change and which rows are wrong, then
// import, all or nothing. The page holds the state; each step is its own part (./import/).
import { Alert, Card, Stack, Stepper } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import { PageHeader, QueryError, useDocumentTitle, useErrorMessage } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { choiceKey, ImportValues } from './ImportValues';
import { ColumnMapping } from './import/ColumnMapping';
import { ImportBar } from './import/ImportBar';
import { ImportDone } from './import/ImportDone';
import { ImportFile, type Phase } from './import/ImportFile';
import { ImportPlan } from './import/ImportPlan';
import { PastImports } from './import/PastImports';
import { ImportWarnings, RowErrors } from './import/RowErrors';
import type { ImportOptions, ImportResult, InventoryPreview, ValueChoice } from './inventory';
import { forgetValueMapping, importInventory, previewInventory, useRefreshAll, useUnits } from './queries';

export function ImportPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshAll();
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
      previewInventory(file, options, (fraction) => {
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
    importInventory(file, options, (fraction) => {
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

  const busy = phase.kind === 'uploading';
  // A stale preview cannot be imported: what it promises may no longer be what the import would do.
  const stale = preview !== null && previewOf !== options;
  const step = result ? 3 : preview ? 1 : 0;
  const blocked = preview ? preview.issues.length > 0 && !skipInvalid : true;
  // Unknown columns already show as ignored in the columns table, with a select to map them; names
  // read as a known person or unit show in the values table, where they can be changed.
  const shownElsewhere = new Set([
    'inventory.column_unknown',
    'inventory.person_read_as',
    'inventory.unit_read_as',
  ]);
  const warnings = (preview?.warnings ?? []).filter((w) => !shownElsewhere.has(w.code));
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

        {result && <ImportDone result={result} />}

        <ImportFile
          file={file}
          preview={preview}
          phase={phase}
          onChoose={choose}
          onReset={reset}
          refusal={rejected}
          onRefusal={setRejected}
          unitNames={unitNames}
          unit={unit}
          onUnit={setUnit}
          skipInvalid={skipInvalid}
          onSkipInvalid={setSkipInvalid}
        />

        {previewError !== null && <QueryError error={previewError} />}

        {preview && (
          <>
            <ColumnMapping preview={preview} onRemap={remap} disabled={busy} />

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

            <ImportPlan plan={preview.plan} />

            {preview.issues.length > 0 && (
              <RowErrors issues={preview.issues} title={t('import.errorsTitle')} />
            )}

            {warnings.length > 0 && <ImportWarnings warnings={warnings} />}
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
          <ImportBar
            stale={stale}
            blocked={blocked}
            badRows={badRows}
            openValues={openValues}
            willWrite={willWrite}
            skipped={preview.plan.rejected}
            onSkipInvalid={() => setSkipInvalid(true)}
            onImport={runImport}
            busy={busy}
            importing={busy && phase.what === 'import'}
          />
        )}

        <PastImports />
      </Stack>
    </>
  );
}
