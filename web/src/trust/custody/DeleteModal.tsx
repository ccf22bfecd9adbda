// Deleting a secret from the vault, once confirmed.
import { Text } from '@mantine/core';
import type { SecretKind } from '../../../../src/trust/model';
import { ConfirmModal } from '../../app/forms';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useDeleteSecret } from '../queries';

export function DeleteModal({
  presenceId,
  secret,
  onClose,
}: {
  presenceId: number;
  secret: SecretKind | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useDeleteSecret(presenceId, {
    onSuccess: () => {
      notify.success(t('custody.deleted'));
      onClose();
    },
    onError: (err) => notify.error(err),
  });
  return (
    <ConfirmModal
      opened={secret !== null}
      onClose={onClose}
      title={secret ? t('custody.deleteTitle', { kind: t(`custody.kind.${secret}`) }) : ''}
      confirm={t('custody.delete')}
      onConfirm={() => secret && remove.mutate(secret)}
      loading={remove.isPending}
    >
      <Text size="sm">{t('custody.deleteText')}</Text>
    </ConfirmModal>
  );
}
