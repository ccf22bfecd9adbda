// Revealing a secret: the reason is asked (and logged), then the value is shown with a copy button and
// hidden again after 30 seconds; it lives in this dialog's state only.
import { Alert, Button, CopyButton, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SecretKind } from '../../../../src/trust/model';
import { useFormat } from '../../app/format';
import { FormButtons } from '../../app/forms';
import { useErrorMessage } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useRevealSecret } from '../queries';

const REVEAL_SECONDS = 30;

export function RevealModal({
  presenceId,
  secret,
  onClose,
}: {
  presenceId: number;
  secret: SecretKind | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ value: string; until: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Not kept in the mutation cache: the value exists only in this modal's state, for 30 seconds.
  const reveal = useRevealSecret(presenceId, {
    onSuccess: (r) => {
      setNow(Date.now());
      setShown({ value: r.value, until: Date.now() + REVEAL_SECONDS * 1000 });
      reveal.reset();
    },
  });
  const { reset } = reveal;

  useEffect(() => {
    if (secret === null) return;
    setReason('');
    setShown(null);
    reset();
  }, [secret, reset]);

  useEffect(() => {
    if (!shown) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= shown.until) setShown(null);
    }, 250);
    return () => window.clearInterval(timer);
  }, [shown]);

  function close() {
    setShown(null);
    setReason('');
    reveal.reset();
    onClose();
  }

  const left = shown ? Math.max(0, Math.ceil((shown.until - now) / 1000)) : 0;
  const valid = reason.trim().length >= 5;
  return (
    <Modal
      opened={secret !== null}
      onClose={close}
      title={secret ? t('custody.revealTitle', { kind: t(`custody.kind.${secret}`) }) : ''}
      size="lg"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('custody.revealText')}
        </Text>
        {shown ? (
          <>
            <Textarea
              label={t('custody.revealedValue')}
              value={shown.value}
              readOnly
              autosize
              minRows={1}
              maxRows={10}
              ff="monospace"
              spellCheck={false}
              data-testid="revealed-value"
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('custody.hidesIn', { count: left, value: f.number(left) })}
              </Text>
              <Group gap="sm">
                <CopyButton value={shown.value} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button
                      variant="light"
                      color={copied ? 'teal' : undefined}
                      onClick={copy}
                      leftSection={<IconCopy size={16} />}
                    >
                      {copied ? t('custody.copied') : t('custody.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button variant="default" onClick={close} leftSection={<IconEyeOff size={16} />}>
                  {t('custody.hideNow')}
                </Button>
              </Group>
            </Group>
          </>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (secret && valid) reveal.mutate({ kind: secret, reason: reason.trim() });
            }}
          >
            <Stack>
              <TextInput
                label={t('custody.reason')}
                description={t('custody.reasonHelp')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                maxLength={1000}
                required
                data-autofocus
                name="reason"
              />
              {reveal.isError && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
                  {errorMessage(reveal.error)}
                </Alert>
              )}
              <FormButtons
                onCancel={close}
                disabled={!valid}
                loading={reveal.isPending}
                leftSection={<IconEye size={16} />}
              >
                {t('custody.revealButton')}
              </FormButtons>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
