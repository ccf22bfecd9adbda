// A presence's record, editable: identity, who answers for it, its lifecycle, its security and notes,
// saved with a reason and the version the person started from, so that an edit made after someone
// else's is refused (409) and offered back instead of silently replacing it.
import {
  Alert,
  Anchor,
  Box,
  Card,
  Divider,
  Fieldset,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { MfaState, Presence, PresenceStatus, RecoveryKind } from '../../../../src/registry/model';
import { ApiError } from '../../app/api';
import { DateField } from '../../app/DateField';
import { handleText, useFormat } from '../../app/format';
import { ErrorAlert } from '../../app/forms';
import { Section, useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useCanOn } from '../../trust/session';
import { useFieldLabel } from '../History';
import { COMMON_LANGUAGES, MFA_STATES, RECOVERY_KINDS, STATUSES } from '../meta';
import { useActivePeopleOptions, useCustodianChoice } from '../people';
import { PlatformLabel } from '../platforms';
import { useFetchPresence, useRefreshAll, useSavePresence } from '../queries';
import { editedFields, reapply, StaleEdit } from '../StaleEdit';
import { UnitSelect, useUnitChoices } from '../UnitSelect';
import { DeletePresence } from './DeletePresence';
import { type Draft, patchOf, toDraft } from './draft';
import { SaveBar } from './SaveBar';

export function PresenceForm({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const refresh = useRefreshAll();
  const fieldLabel = useFieldLabel();
  const fetchPresence = useFetchPresence();
  // The record the person's edits are made on: saved with its version, so that an edit made after
  // someone else's is refused (409) instead of silently replacing it.
  const [base, setBase] = useState<Presence>(presence);
  const initial = useMemo(() => toDraft(base), [base]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [reloading, setReloading] = useState(false);
  const [reason, setReason] = useState('');
  // The units this presence may move to (where the user may edit), and the one it is in.
  const units = useUnitChoices('presence.edit', base.unitId);
  const peopleOptions = useActivePeopleOptions([presence.ownerId, presence.deputyId, presence.custodianId]);
  const canEdit = useCanOn('presence.edit', { presenceId: presence.id, unitId: presence.unitId });
  const canDelete = useCanOn('presence.delete', { presenceId: presence.id, unitId: presence.unitId });
  const custodian = useCustodianChoice(
    { presenceId: presence.id, unitId: presence.unitId },
    presence.custodianId,
  );

  const patch = patchOf(initial, draft);
  const dirty = Object.keys(patch).length > 0;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  // A newer record from the server (someone else's change, an import) replaces the form only when
  // the person has nothing in progress; otherwise their edits stay, and saving tells them (409).
  useEffect(() => {
    if (presence.version !== base.version && !dirty) {
      setBase(presence);
      setDraft(toDraft(presence));
    }
  }, [presence, base.version, dirty]);

  const save = useSavePresence(presence.id, {
    onSuccess: (saved) => {
      notify.success(t('presence.saved'));
      setBase(saved);
      setDraft(toDraft(saved));
      setReason('');
    },
  });
  const stale = save.error instanceof ApiError && save.error.code === 'presence.stale' ? save.error : null;

  /** After a 409: the record as it is now, with the person's edits laid over it (or not). */
  const reload = async (keepMine: boolean) => {
    setReloading(true);
    try {
      const now = await fetchPresence(presence.id);
      setDraft(keepMine ? reapply(initial, draft, toDraft(now)) : toDraft(now));
      setBase(now);
      if (!keepMine) setReason('');
      save.reset();
      notify.success(keepMine ? t('presence.conflict.reapplied') : t('presence.conflict.discarded'));
      void refresh();
    } catch (err) {
      notify.error(err);
    } finally {
      setReloading(false);
    }
  };
  const edited = editedFields(initial, draft);

  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...draft.languages])].map((code) => ({
    value: code,
    label: `${f.languageName(code)} (${code})`,
  }));

  return (
    <>
      <Card>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (dirty)
              save.mutate({
                ...patch,
                version: base.version,
                ...(reason.trim() ? { reason: reason.trim() } : {}),
              });
          }}
        >
          <Fieldset variant="unstyled" disabled={!canEdit} p={0} m={0}>
            <Stack gap="lg">
              {!canEdit && (
                <Alert color="gray" variant="light" icon={<IconLock size={18} />} py="xs">
                  {t('trust.readOnly.presence')}
                </Alert>
              )}
              <Section title={t('presence.sectionIdentity')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <TextInput
                    label={t('field.name')}
                    value={draft.name}
                    onChange={(e) => set('name', e.currentTarget.value)}
                    maxLength={300}
                    name="name"
                  />
                  <Input.Wrapper label={t('field.platform')}>
                    <Box pt={6}>
                      <PlatformLabel id={presence.platform} />
                    </Box>
                  </Input.Wrapper>
                  <Input.Wrapper label={t('field.handle')}>
                    <Text size="sm" pt={6} ff="monospace">
                      {presence.handle ? handleText(presence.handle) : t('history.empty')}
                    </Text>
                  </Input.Wrapper>
                  <Input.Wrapper label={t('field.url')}>
                    <Box pt={6}>
                      <Anchor
                        href={presence.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="sm"
                        lineClamp={1}
                      >
                        {presence.url}
                      </Anchor>
                    </Box>
                  </Input.Wrapper>
                </SimpleGrid>
                <Textarea
                  mt="md"
                  label={t('field.bio')}
                  description={t('presence.bioHelp')}
                  value={draft.bio}
                  onChange={(e) => set('bio', e.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={8}
                  maxLength={1000}
                  name="bio"
                />
              </Section>

              <Divider />
              <Section title={t('presence.sectionResponsibilities')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <UnitSelect
                    label={t('field.unit')}
                    description={canEdit ? units.hint : undefined}
                    tree={units.tree}
                    value={draft.unitId}
                    onChange={(v) => set('unitId', v)}
                    clearable={units.everywhere || base.unitId === null}
                    disabled={units.fixed}
                    name="unit"
                  />
                  <Select
                    label={t('field.owner')}
                    data={peopleOptions}
                    value={draft.ownerId}
                    onChange={(v) => set('ownerId', v)}
                    searchable
                    clearable
                    nothingFoundMessage={t('common.nothingFound')}
                    error={
                      presence.ownerLeft && draft.ownerId === initial.ownerId
                        ? t('presence.ownerLeftHint')
                        : undefined
                    }
                    name="owner"
                  />
                  <Select
                    label={t('field.deputy')}
                    data={peopleOptions}
                    value={draft.deputyId}
                    onChange={(v) => set('deputyId', v)}
                    searchable
                    clearable
                    nothingFoundMessage={t('common.nothingFound')}
                    name="deputy"
                  />
                  <Select
                    label={t('field.custodian')}
                    description={custodian.help}
                    data={custodian.options}
                    value={draft.custodianId}
                    onChange={(v) => set('custodianId', v)}
                    disabled={!custodian.canAssign}
                    searchable
                    clearable
                    nothingFoundMessage={t('common.nothingFound')}
                    name="custodian"
                  />
                </SimpleGrid>
                <TextInput
                  mt="md"
                  label={t('field.objective')}
                  description={t('presence.objectiveHelp')}
                  value={draft.objective}
                  onChange={(e) => set('objective', e.currentTarget.value)}
                  maxLength={500}
                  name="objective"
                />
              </Section>

              <Divider />
              <Section title={t('presence.sectionLifecycle')}>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                  <Select
                    label={t('field.status')}
                    data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                    value={draft.status}
                    onChange={(v) => v && set('status', v as PresenceStatus)}
                    allowDeselect={false}
                    name="status"
                  />
                  <DateField
                    label={t('field.createdOn')}
                    value={draft.createdOn}
                    onChange={(v) => set('createdOn', v)}
                    name="createdOn"
                  />
                  <DateField
                    label={t('field.lastActivityOn')}
                    value={draft.lastActivityOn}
                    onChange={(v) => set('lastActivityOn', v)}
                    name="lastActivityOn"
                  />
                  <NumberInput
                    label={t('field.audience')}
                    value={draft.audience ?? ''}
                    onChange={(v) => set('audience', v === '' ? null : Math.max(0, Math.round(Number(v))))}
                    min={0}
                    hideControls
                    allowDecimal={false}
                    thousandSeparator={f.locale === 'fr-FR' ? '\u202f' : ','}
                    name="audience"
                  />
                  <DateField
                    label={t('field.audienceOn')}
                    value={draft.audienceOn}
                    onChange={(v) => set('audienceOn', v)}
                    name="audienceOn"
                  />
                  <MultiSelect
                    label={t('field.languages')}
                    data={languageOptions}
                    value={draft.languages}
                    onChange={(v) => set('languages', v)}
                    searchable
                    nothingFoundMessage={t('common.nothingFound')}
                    name="languages"
                  />
                </SimpleGrid>
              </Section>

              <Divider />
              <Section title={t('presence.sectionSecurity')}>
                <Stack gap="md">
                  <Input.Wrapper label={t('field.mfa')} description={t('presence.mfaHelp')}>
                    <SegmentedControl
                      mt={6}
                      display="flex"
                      w="fit-content"
                      value={draft.mfa}
                      onChange={(v) => set('mfa', v as MfaState)}
                      data={MFA_STATES.map((m) => ({ value: m, label: t(`mfa.${m}`) }))}
                      color={draft.mfa === 'on' ? 'teal' : draft.mfa === 'off' ? 'red' : 'gray'}
                    />
                  </Input.Wrapper>
                  <Input.Wrapper label={t('field.recoveryContact')} description={t('presence.recoveryHelp')}>
                    <SegmentedControl
                      mt={6}
                      display="flex"
                      w="fit-content"
                      value={draft.recoveryContact}
                      onChange={(v) => set('recoveryContact', v as RecoveryKind)}
                      data={RECOVERY_KINDS.map((r) => ({ value: r, label: t(`recovery.${r}`) }))}
                      color={
                        draft.recoveryContact === 'corporate'
                          ? 'teal'
                          : draft.recoveryContact === 'personal'
                            ? 'red'
                            : 'gray'
                      }
                    />
                  </Input.Wrapper>
                </Stack>
              </Section>

              <Divider />
              <Section title={t('presence.sectionNotes')}>
                <Stack gap="md">
                  <TagsInput
                    label={t('field.tags')}
                    description={t('presence.tagsHelp')}
                    value={draft.tags}
                    onChange={(v) => set('tags', v)}
                    maxTags={30}
                    clearable
                    name="tags"
                  />
                  <Textarea
                    label={t('field.notes')}
                    value={draft.notes}
                    onChange={(e) => set('notes', e.currentTarget.value)}
                    autosize
                    minRows={3}
                    maxRows={10}
                    maxLength={10000}
                    name="notes"
                  />
                </Stack>
              </Section>

              {stale && (
                <StaleEdit
                  error={stale}
                  edited={edited}
                  busy={reloading}
                  onReapply={() => void reload(true)}
                  onDiscard={() => void reload(false)}
                />
              )}

              {save.isError && !stale && <ErrorAlert error={save.error} fieldLabel={fieldLabel} />}

              {canEdit && (
                <SaveBar
                  dirty={dirty}
                  changes={Object.keys(patch).length}
                  reason={reason}
                  onReason={setReason}
                  onReset={() => {
                    setDraft(initial);
                    save.reset();
                  }}
                  saving={save.isPending}
                />
              )}
            </Stack>
          </Fieldset>
        </form>
      </Card>

      <Group justify="space-between" mt="md">
        <Text size="xs" c="dimmed">
          {t('presence.recorded', {
            created: f.dateTime(presence.createdAt),
            updated: f.dateTime(presence.updatedAt),
          })}
        </Text>
        {canDelete && <DeletePresence presence={presence} />}
      </Group>
    </>
  );
}
