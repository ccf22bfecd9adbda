// A temporary password, shown once: to a new user, or after an admin reset one. It is never shown again.
import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/useTranslation';

export interface Temporary {
  login: string;
  password: string;
  reason: 'created' | 'reset';
}

export function TemporaryPasswordModal({ value, onClose }: { value: Temporary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={value !== null} onClose={onClose} title={t('trust.users.temporaryTitle')} size="md">
      {value && (
        <Stack gap="md" data-testid="temporary-password">
          <Text size="sm">
            {value.reason === 'created'
              ? t('trust.users.temporaryCreated', { login: value.login })
              : t('trust.users.temporaryReset', { login: value.login })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code
              block
              fz="md"
              style={{ flex: 1, userSelect: 'all', wordBreak: 'break-all' }}
              data-testid="temporary-password-value"
            >
              {value.password}
            </Code>
            <CopyButton value={value.password}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('trust.users.copied') : t('trust.users.copy')}>
                  <ActionIcon
                    variant={copied ? 'filled' : 'default'}
                    color={copied ? 'teal' : undefined}
                    size="lg"
                    onClick={copy}
                    aria-label={t('trust.users.copy')}
                  >
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('trust.users.temporaryOnce')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('trust.users.temporaryDone')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
