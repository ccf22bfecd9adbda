// The presences table's saved views (src/views): the person's own views, applied in one click; saving
// the current filters, sort and columns under a name ("My abandoned Facebook pages"), or into the view
// applied when it changed since; renaming and deleting the view shown; and the badge that names it.
import {
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconBookmarkPlus,
  IconBookmarks,
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconPencil,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { ViewFilters } from '../../../../src/views/model';
import { ConfirmModal } from '../../app/forms';
import { useErrorMessage, useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useCreateView, useDeleteView, useUpdateView } from '../../views/queries';
import type { OptionalColumn, SavedView, ViewMatch } from './viewState';

/** Names the view the table shows, and says when it changed since it was applied. */
export function ViewBadge({ match }: { match: ViewMatch }) {
  const { t } = useTranslation();
  if (!match.view) return null;
  const badge = (
    <Badge
      variant={match.changed ? 'outline' : 'light'}
      color={match.changed ? 'gray' : 'vigie'}
      tt="none"
      size="md"
      leftSection={<IconBookmarks size={12} />}
      data-testid="view-badge"
      maw={420}
    >
      {t(match.changed ? 'views.badgeChanged' : 'views.badge', { name: match.view.name })}
    </Badge>
  );
  return match.changed ? <Tooltip label={t('views.changedHint')}>{badge}</Tooltip> : badge;
}

/**
 * A view's name, asked for in a dialog (saving a new view, renaming one). With `update`, the view
 * applied changed since: the dialog offers to update it instead of saving a new one.
 */
function NameModal({
  opened,
  onClose,
  title,
  hint,
  initial,
  submitLabel,
  onSubmit,
  pending,
  error,
  update,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  hint?: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  pending: boolean;
  error: unknown;
  update?: { label: string; submitLabel: string; run: () => void; pending: boolean };
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [name, setName] = useState(initial);
  const [mode, setMode] = useState<'new' | 'update'>('new');
  useEffect(() => {
    if (opened) {
      setName(initial);
      setMode('new');
    }
  }, [opened, initial]);
  const updating = Boolean(update) && mode === 'update';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (updating) update?.run();
    else if (name.trim()) onSubmit(name.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={submit}>
        <Stack>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          {update && (
            <Radio.Group value={mode} onChange={(v) => setMode(v as 'new' | 'update')}>
              <Stack gap="xs">
                <Radio value="new" label={t('views.saveNew')} data-testid="view-mode-new" />
                <Radio value="update" label={update.label} data-testid="view-mode-update" />
              </Stack>
            </Radio.Group>
          )}
          {!updating && (
            <TextInput
              label={t('views.name')}
              placeholder={t('views.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={80}
              required
              data-autofocus
              error={error ? message(error) : undefined}
              data-testid="view-name"
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={updating ? update?.pending : pending}
              disabled={!updating && !name.trim()}
              data-testid="view-save"
            >
              {updating ? update?.submitLabel : submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ViewsMenu({
  views,
  match,
  current,
  onApply,
  onSaved,
  onLeave,
}: {
  views: SavedView[];
  match: ViewMatch;
  /** What the table shows now: what a new or updated view keeps. */
  current: { filters: ViewFilters; columns: OptionalColumn[] | null };
  onApply: (view: SavedView) => void;
  /** A view was just saved or updated from what the table shows: it is the one applied now. */
  onSaved: (view: SavedView) => void;
  /** The view applied is no longer followed (deleted, or left): the table keeps its filters. */
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [dialog, setDialog] = useState<'save' | 'rename' | 'delete' | null>(null);
  const shown = match.view;
  const close = () => setDialog(null);

  const create = useCreateView({
    onSuccess: (v) => {
      notify.success(t('views.saved', { name: v.name }));
      close();
      onSaved(v);
    },
  });
  const update = useUpdateView({
    onSuccess: (v, { patch }) => {
      notify.success(t(patch.name !== undefined ? 'views.renamed' : 'views.updated', { name: v.name }));
      close();
      if (patch.filters) onSaved(v);
    },
    onError: (err, { patch }) => {
      // A rename shows its refusal in its dialog; an update from the menu, here.
      if (patch.name === undefined) notify.error(err);
    },
  });
  const remove = useDeleteView({
    onSuccess: (v) => {
      notify.success(t('views.deleted', { name: v.name }));
      close();
      if (match.view?.id === v.id) onLeave();
    },
    onError: (err) => notify.error(err),
  });

  const open = (which: 'save' | 'rename' | 'delete') => {
    create.reset();
    update.reset();
    setDialog(which);
  };
  const updateShown = () => {
    if (shown) update.mutate({ id: shown.id, patch: { filters: current.filters, columns: current.columns } });
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={320} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconBookmarks size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="views-menu"
          >
            {t('views.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('views.menuLabel')}</Menu.Label>
          {views.length === 0 ? (
            <Text size="xs" c="dimmed" px="sm" pb="xs">
              {t('views.none')}
            </Text>
          ) : (
            views.map((v) => (
              <Menu.Item
                key={v.id}
                leftSection={v.id === shown?.id ? <IconCheck size={14} /> : <Box w={14} />}
                onClick={() => onApply(v)}
                fw={v.id === shown?.id ? 600 : undefined}
                data-testid="view-item"
              >
                {v.name}
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          {shown && match.changed && (
            <Menu.Item leftSection={<IconDeviceFloppy size={14} />} onClick={updateShown}>
              {t('views.update', { name: shown.name })}
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconBookmarkPlus size={14} />}
            onClick={() => open('save')}
            data-testid="view-save-open"
          >
            {t('views.save')}
          </Menu.Item>
          {shown && (
            <>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => open('rename')}>
                {t('views.rename', { name: shown.name })}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => open('delete')}>
                {t('views.delete', { name: shown.name })}
              </Menu.Item>
              {match.applied && (
                <Menu.Item leftSection={<IconX size={14} />} onClick={onLeave}>
                  {t('views.leave', { name: shown.name })}
                </Menu.Item>
              )}
            </>
          )}
        </Menu.Dropdown>
      </Menu>

      <NameModal
        opened={dialog === 'save'}
        onClose={close}
        title={t('views.saveTitle')}
        hint={t('views.saveHint')}
        initial=""
        submitLabel={t('views.saveNew')}
        onSubmit={(name) =>
          create.mutate({ page: 'presences', name, filters: current.filters, columns: current.columns })
        }
        pending={create.isPending}
        error={create.error}
        update={
          shown && match.changed
            ? {
                label: t('views.updateInstead', { name: shown.name }),
                submitLabel: t('views.updateSubmit'),
                run: updateShown,
                pending: update.isPending,
              }
            : undefined
        }
      />
      <NameModal
        opened={dialog === 'rename'}
        onClose={close}
        title={t('views.renameTitle')}
        initial={shown?.name ?? ''}
        submitLabel={t('views.renameSubmit')}
        onSubmit={(name) => shown && update.mutate({ id: shown.id, patch: { name } })}
        pending={update.isPending}
        error={update.error}
      />
      <ConfirmModal
        opened={dialog === 'delete'}
        onClose={close}
        title={t('views.deleteTitle', { name: shown?.name ?? '' })}
        confirm={t('views.deleteConfirm')}
        onConfirm={() => shown && remove.mutate(shown.id)}
        loading={remove.isPending}
      >
        <Text size="sm">{t('views.deleteText')}</Text>
      </ConfirmModal>
    </>
  );
}
