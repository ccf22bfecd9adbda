// The outcome of an import: what it created, updated, merged and refused, where to see it, and the
// refused rows as a CSV file to correct and import again.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { ImportResult } from '../inventory';

export function ImportDone({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const f = useFormat();

  const downloadRejects = () => {
    if (!result.rejects) return;
    const blob = new Blob([result.rejects], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = t('import.rejectsFile');
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
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
  );
}
