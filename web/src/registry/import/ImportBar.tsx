// The bar that stays at the bottom of the page: what the import would do, or why it cannot yet (rows
// refused, values nobody said the meaning of), and the button that imports.
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useFormat } from '../../app/format';
import { StickyBar } from '../../app/forms';
import { useTranslation } from '../../i18n/useTranslation';

export function ImportBar({
  stale,
  blocked,
  badRows,
  openValues,
  willWrite,
  skipped,
  onSkipInvalid,
  onImport,
  busy,
  importing,
}: {
  /** An option changed since the preview: the server is reading the file again. */
  stale: boolean;
  blocked: boolean;
  badRows: number;
  openValues: number;
  willWrite: number;
  skipped: number;
  onSkipInvalid: () => void;
  onImport: () => void;
  busy: boolean;
  importing: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <StickyBar bg={blocked ? 'var(--mantine-color-red-0)' : 'white'}>
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
                    skipped: f.number(skipped),
                  })}
        </Text>
        <Group gap="sm">
          {blocked && (
            <Anchor size="sm" component="button" onClick={onSkipInvalid}>
              {t('import.skipThem')}
            </Anchor>
          )}
          <Button
            onClick={onImport}
            disabled={blocked || busy || stale}
            loading={importing}
            data-testid="import-button"
          >
            {t('import.run')}
          </Button>
        </Group>
      </Group>
    </StickyBar>
  );
}
