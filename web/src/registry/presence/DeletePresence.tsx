// Deleting a presence, once the person has confirmed it; its history stays in the change log.
import { Button, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Presence } from '../../../../src/registry/model';
import { ConfirmModal } from '../../app/forms';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { usePlatformDirectory } from '../platforms';
import { useDeletePresence } from '../queries';

export function DeletePresence({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const directory = usePlatformDirectory();
  const [confirm, setConfirm] = useState(false);
  const platform = directory.get(presence.platform);
  const remove = useDeletePresence(presence.id, {
    onSuccess: () => {
      notify.success(t('presence.deleted'));
      navigate('/presences');
    },
    onError: (err) => notify.error(err),
  });
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconTrash size={14} />}
        onClick={() => setConfirm(true)}
      >
        {t('presence.delete')}
      </Button>
      <ConfirmModal
        opened={confirm}
        onClose={() => setConfirm(false)}
        title={t('presence.deleteTitle')}
        confirm={t('presence.delete')}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
      >
        <Text size="sm">
          {t('presence.deleteText', {
            name: presence.name ?? presence.handle ?? presence.url,
            platform: platform?.name ?? presence.platform,
          })}
        </Text>
      </ConfirmModal>
    </>
  );
}
