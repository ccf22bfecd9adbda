// The bar under a presence's form, kept in view: the reason for the change (kept in the history), and
// the buttons that put the form back or save it, saying how many fields would change.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useFormat } from '../../app/format';
import { StickyBar } from '../../app/forms';
import { useTranslation } from '../../i18n/useTranslation';

export function SaveBar({
  dirty,
  changes,
  reason,
  onReason,
  onReset,
  saving,
}: {
  dirty: boolean;
  /** How many fields the save would change. */
  changes: number;
  reason: string;
  onReason: (reason: string) => void;
  onReset: () => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <StickyBar bg={dirty ? 'var(--mantine-color-vigie-0)' : 'gray.0'}>
      <Stack gap="sm">
        <TextInput
          label={t('field.reason')}
          description={t('presence.reasonHelp')}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
          maxLength={1000}
          disabled={!dirty}
          name="reason"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!dirty} onClick={onReset}>
            {t('common.reset')}
          </Button>
          <Button
            type="submit"
            disabled={!dirty}
            loading={saving}
            leftSection={<IconDeviceFloppy size={16} />}
          >
            {dirty
              ? t('presence.saveCount', { count: changes, value: f.number(changes) })
              : t('presence.noChanges')}
          </Button>
        </Group>
      </Stack>
    </StickyBar>
  );
}
