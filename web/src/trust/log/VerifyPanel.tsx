// The verdict of "Verify the chain": intact (with the count and the last hash, to anchor outside
// Vigie), or broken at a named entry with what is wrong and a way to show that entry.
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconShieldCheck } from '@tabler/icons-react';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { VerifyAnswer } from './queries';

export function VerifyPanel({
  result,
  onShow,
  onClose,
}: {
  result: VerifyAnswer;
  /** Shows the broken entry in the table. */
  onShow: (id: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (result.ok || !result.broken) {
    const hash = result.last?.hash;
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconShieldCheck size={18} />}
        title={t('log.verify.okTitle')}
        withCloseButton
        onClose={onClose}
        mb="md"
        data-testid="log-verify-ok"
      >
        <Stack gap="xs">
          <Text size="sm">
            {t('log.verify.ok', { count: result.checked, value: f.number(result.checked) })}
          </Text>
          {hash && (
            <>
              <Group gap="xs" wrap="nowrap" align="center">
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {t('log.verify.lastHash')}
                </Text>
                <Code style={{ overflowWrap: 'anywhere' }} data-testid="log-last-hash">
                  {hash}
                </Code>
                <CopyButton value={hash}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={copied ? 'teal' : 'gray'}
                      leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
                      onClick={copy}
                    >
                      {copied ? t('log.verify.copied') : t('log.verify.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="xs" c="dimmed">
                {t('log.verify.anchorHint')}
              </Text>
            </>
          )}
        </Stack>
      </Alert>
    );
  }
  const { id, problem } = result.broken;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('log.verify.brokenTitle', { id: String(id) })}
      withCloseButton
      onClose={onClose}
      mb="md"
      role="alert"
      data-testid="log-verify-broken"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`log.verify.problem.${problem}`)}</Text>
        <Text size="sm" c="dimmed">
          {t('log.verify.checked', { count: result.checked, value: f.number(result.checked) })}
        </Text>
        <Button size="xs" variant="white" color="red" onClick={() => onShow(id)}>
          {t('log.verify.show', { id: String(id) })}
        </Button>
      </Stack>
    </Alert>
  );
}
