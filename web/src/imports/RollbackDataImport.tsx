// The history's last cell: an import rolled back says when and by whom; one that stands offers to roll
// it back, after a confirmation. An import whose earlier values Vigie did not keep (it updated posts or
// filled in days of metrics already stored) says why it cannot be; the server decides the rest.
import { Badge, Button, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useFormat } from '../app/format';
import { ConfirmModal } from '../app/forms';
import { useActorLabel, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan } from '../trust/session';
import { type DataImportRecord, useRollbackDataImport } from './queries';

export function RollbackDataImport({ record }: { record: DataImportRecord }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const actorLabel = useActorLabel();
  const canImport = useCan('data.import');
  const [confirm, setConfirm] = useState(false);
  const rollback = useRollbackDataImport({
    onSuccess: (r) => {
      setConfirm(false);
      notify.success(
        t('dataImports.rollbackDone', {
          posts: f.number(r.posts),
          interactions: f.number(r.interactions),
          metrics: f.number(r.metrics),
        }),
        t('dataImports.rollbackTitle'),
      );
    },
    onError: (err) => {
      setConfirm(false);
      notify.error(err);
    },
  });
  if (record.rolledBackAt) {
    return (
      <Tooltip
        label={t('dataImports.rolledBackHint', {
          when: f.dateTime(record.rolledBackAt),
          who: record.rolledBackByName ?? actorLabel(record.rolledBackBy ?? ''),
        })}
      >
        <Badge size="sm" variant="light" color="gray" tt="none">
          {t('dataImports.rolledBack')}
        </Badge>
      </Tooltip>
    );
  }
  if (!canImport) return null;
  const why =
    record.updated > 0
      ? t('dataImports.rollbackUpdated')
      : (record.metricsReplaced ?? 0) > 0
        ? t('dataImports.rollbackMetrics')
        : null;
  const button = (
    <Button
      size="compact-xs"
      variant="subtle"
      color="red"
      leftSection={<IconArrowBackUp size={14} />}
      disabled={why !== null}
      onClick={() => setConfirm(true)}
      data-testid={`rollback-data-import-${record.id}`}
    >
      {t('dataImports.rollback')}
    </Button>
  );
  return (
    <>
      {why ? (
        <Tooltip label={why} multiline w={280}>
          {/* A disabled button gets no pointer events: the tooltip needs a wrapper. */}
          <span style={{ display: 'inline-flex' }}>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <ConfirmModal
        opened={confirm}
        onClose={() => setConfirm(false)}
        title={t('dataImports.rollbackTitle')}
        confirm={t('dataImports.rollback')}
        onConfirm={() => rollback.mutate(record.id)}
        loading={rollback.isPending}
        confirmTestId="rollback-data-import-confirm"
      >
        <Text size="sm">
          {t(record.presenceCreated ? 'dataImports.rollbackTextCreated' : 'dataImports.rollbackText', {
            file: record.fileName,
            when: f.dateTime(record.at),
          })}
        </Text>
      </ConfirmModal>
    </>
  );
}
