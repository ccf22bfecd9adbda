// Bulk edit: give the selected presences one unit, owner or status, with the reason kept in their
// history. The modal says beforehand how many presences will actually change; once done, the
// message offers to undo it (refused by the server if one of them was changed since).
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { BulkEdit, Presence, PresenceStatus } from '../../../src/registry/model';
import { useFormat } from '../app/format';
import { FormButtons } from '../app/forms';
import { useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { STATUSES } from './meta';
import { useActivePeopleOptions } from './people';
import { useBulkEdit, useUndoBulk } from './queries';
import { UnitSelect, useUnitChoices } from './UnitSelect';

const NONE = '__none__';

export function BulkEditModal({
  opened,
  onClose,
  selected,
  onDone,
}: {
  opened: boolean;
  onClose: () => void;
  selected: Presence[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const peopleOptions = useActivePeopleOptions();
  // Bulk edits need presence.delete: its units only, and "no unit" only where it applies everywhere.
  const units = useUnitChoices('presence.delete');
  const removeUnit = useMemo(
    () => (units.everywhere ? [{ value: NONE, label: t('bulk.removeUnit') }] : []),
    [t, units.everywhere],
  );
  const [unit, setUnit] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    if (opened) {
      setUnit(null);
      setOwner(null);
      setStatus(null);
      setReason('');
    }
  }, [opened]);

  const set = useMemo<BulkEdit['set']>(() => {
    const s: BulkEdit['set'] = {};
    if (unit) s.unitId = unit === NONE ? null : Number(unit);
    if (owner) s.ownerId = owner === NONE ? null : Number(owner);
    if (status) s.status = status as PresenceStatus;
    return s;
  }, [unit, owner, status]);

  const changing = useMemo(
    () =>
      selected.filter(
        (p) =>
          ('unitId' in set && p.unitId !== set.unitId) ||
          ('ownerId' in set && p.ownerId !== set.ownerId) ||
          ('status' in set && p.status !== set.status),
      ).length,
    [selected, set],
  );
  const nothing = Object.keys(set).length === 0;

  const undo = useUndoBulk({
    onSuccess: (r) =>
      notify.success(t('bulk.undone', { count: r.restored, value: f.number(r.restored) }), t('bulk.title')),
    onError: (err) => notify.error(err),
  });

  // Changed since they were listed (409): the list is read again, the selection stays for another try.
  const save = useBulkEdit({
    onSuccess: (r) => {
      const done = t('bulk.done', {
        count: r.updated,
        value: f.number(r.updated),
        unchanged: f.number(r.unchanged),
      });
      const batch = r.batch;
      if (batch && r.updated > 0) {
        // The success message with its way back, shown long enough to be used.
        const id = `bulk-${batch}`;
        notifications.show({
          id,
          color: 'teal',
          icon: <IconCheck size={18} />,
          title: t('bulk.title'),
          autoClose: 15_000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{done}</Text>
              <Button
                size="compact-sm"
                variant="light"
                data-testid="bulk-undo"
                onClick={() => {
                  notifications.hide(id);
                  undo.mutate(batch);
                }}
              >
                {t('bulk.undo')}
              </Button>
            </Group>
          ),
        });
      } else notify.success(done, t('bulk.title'));
      onDone();
      onClose();
    },
    onError: (err) => notify.error(err),
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('bulk.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (nothing) return;
          save.mutate({
            ids: selected.map((p) => p.id),
            set,
            reason: reason.trim() || undefined,
            // As listed: a presence someone changed since refuses the edit (409) instead of being overwritten.
            versions: Object.fromEntries(selected.map((p) => [String(p.id), p.version])),
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('bulk.intro', { count: selected.length, value: f.number(selected.length) })}
          </Text>
          <UnitSelect
            label={t('field.unit')}
            placeholder={t('bulk.keep')}
            description={units.hint}
            tree={units.tree}
            extra={removeUnit}
            disabled={units.fixed}
            value={unit}
            onChange={setUnit}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('field.owner')}
            placeholder={t('bulk.keep')}
            data={[{ value: NONE, label: t('bulk.removeOwner') }, ...peopleOptions]}
            value={owner}
            onChange={setOwner}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('field.status')}
            placeholder={t('bulk.keep')}
            data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={status}
            onChange={setStatus}
            clearable
          />
          <Textarea
            label={t('field.reason')}
            description={t('bulk.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={1000}
          />
          <Alert
            variant="light"
            color={nothing ? 'gray' : changing > 0 ? 'vigie' : 'yellow'}
            icon={<IconInfoCircle size={18} />}
          >
            <Text size="sm" data-testid="bulk-summary">
              {nothing
                ? t('bulk.chooseSomething')
                : t('bulk.willChange', {
                    count: changing,
                    value: f.number(changing),
                    total: f.number(selected.length),
                    unchanged: f.number(selected.length - changing),
                  })}
            </Text>
          </Alert>
          <FormButtons onCancel={onClose} disabled={nothing || changing === 0} loading={save.isPending}>
            {/* Not "Change 0 presences" with three selected: say there is nothing to do yet. */}
            {changing === 0
              ? t('bulk.applyNone')
              : t('bulk.apply', { count: changing, value: f.number(changing) })}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
