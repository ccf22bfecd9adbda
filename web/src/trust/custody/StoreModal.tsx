// Storing a secret in the vault (a password, a recovery code…) or replacing one: the value is sent
// once and never comes back; the form forgets it as soon as it is saved or closed.
import { Alert, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { SECRET_KINDS, type SecretKind } from '../../../../src/trust/model';
import { FormButtons } from '../../app/forms';
import { useErrorMessage, useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useStoreSecret } from '../queries';

export function StoreModal({
  presenceId,
  dialog,
  stored,
  onClose,
}: {
  presenceId: number;
  /** Open with the kind to replace, or null to choose one. */
  dialog: { kind: 'store'; secret: SecretKind | null } | null;
  stored: SecretKind[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<SecretKind | null>(null);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  // The value lives in this form only: not kept by the mutation cache once sent.
  const save = useStoreSecret(presenceId, {
    onSuccess: () => {
      notify.success(t('custody.stored'));
      close();
    },
  });
  const { reset } = save;

  // The form is filled afresh when the dialog opens, not when the custody is read again meanwhile
  // (that would wipe what the person is typing).
  const storedRef = useRef(stored);
  storedRef.current = stored;
  useEffect(() => {
    if (!dialog) return;
    setKind(dialog.secret ?? SECRET_KINDS.find((k) => !storedRef.current.includes(k)) ?? 'password');
    setValue('');
    setReason('');
    reset();
  }, [dialog, reset]);

  function close() {
    setValue('');
    save.reset();
    onClose();
  }

  const fixed = dialog?.secret ?? null;
  const replacing = kind !== null && stored.includes(kind);
  return (
    <Modal
      opened={dialog !== null}
      onClose={close}
      title={
        fixed ? t('custody.replaceTitle', { kind: t(`custody.kind.${fixed}`) }) : t('custody.storeTitle')
      }
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (kind && value) save.mutate({ kind, value, reason });
        }}
        autoComplete="off"
      >
        <Stack>
          {!fixed && (
            <Select
              label={t('custody.kindLabel')}
              data={SECRET_KINDS.map((k) => ({ value: k, label: t(`custody.kind.${k}`) }))}
              value={kind}
              onChange={(v) => setKind(v as SecretKind | null)}
              allowDeselect={false}
              name="kind"
            />
          )}
          <Textarea
            label={t('custody.value')}
            description={
              replacing ? `${t('custody.valueHelp')} ${t('custody.replaceHelp')}` : t('custody.valueHelp')
            }
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={20_000}
            required
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize="off"
            data-lpignore="true"
            ff="monospace"
            name="secret-value"
          />
          <TextInput
            label={t('custody.reasonOptional')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
            name="reason"
          />
          {save.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(save.error)}
            </Alert>
          )}
          <FormButtons
            onCancel={close}
            loading={save.isPending}
            disabled={!kind || !value}
            leftSection={<IconLock size={16} />}
          >
            {t('custody.save')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
