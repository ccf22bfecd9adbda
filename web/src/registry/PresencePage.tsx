// One presence: every field, editable, with the reason for the change; the link to the profile; the
// risks it carries; and its history.
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  Divider,
  Fieldset,
  Grid,
  Group,
  Input,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChartBar,
  IconDeviceFloppy,
  IconExternalLink,
  IconForms,
  IconLock,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  MfaState,
  Presence,
  PresencePatch,
  PresenceStatus,
  RecoveryKind,
} from '../../../src/registry/model';
import { ApiError, api } from '../app/api';
import { DateField } from '../app/DateField';
import { useFormat } from '../app/format';
import { Loading, QueryError, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { PresenceActivity } from '../imports/PresenceActivity';
import { usePresenceActivity } from '../imports/queries';
import { CustodyPanel } from '../trust/CustodyPanel';
import { useCanOn } from '../trust/session';
import { StatusBadge } from './bits';
import { History, useFieldLabel } from './History';
import { COMMON_LANGUAGES, MFA_STATES, RECOVERY_KINDS, STATUSES } from './meta';
import { useActivePeopleOptions, useCustodianChoice } from './people';
import { PlatformLabel, usePlatformDirectory } from './platforms';
import { savePresence, useFetchPresence, useHistory, usePresence, useRefreshAll, useUnits } from './queries';
import { editedFields, reapply, StaleEdit } from './StaleEdit';
import { UnitSelect } from './UnitSelect';
import { unitTree } from './units';

/** The editable fields, as the form holds them. */
interface Draft {
  name: string;
  bio: string;
  unitId: string | null;
  ownerId: string | null;
  deputyId: string | null;
  custodianId: string | null;
  objective: string;
  status: PresenceStatus;
  languages: string[];
  audience: number | null;
  audienceOn: string;
  createdOn: string;
  lastActivityOn: string;
  mfa: MfaState;
  recoveryContact: RecoveryKind;
  tags: string[];
  notes: string;
}

const id = (v: number | null) => (v === null ? null : String(v));

function toDraft(p: Presence): Draft {
  return {
    name: p.name ?? '',
    bio: p.bio ?? '',
    unitId: id(p.unitId),
    ownerId: id(p.ownerId),
    deputyId: id(p.deputyId),
    custodianId: id(p.custodianId),
    objective: p.objective ?? '',
    status: p.status,
    languages: p.languages,
    audience: p.audience,
    audienceOn: p.audienceOn ?? '',
    createdOn: p.createdOn ?? '',
    lastActivityOn: p.lastActivityOn ?? '',
    mfa: p.mfa,
    recoveryContact: p.recoveryContact,
    tags: p.tags,
    notes: p.notes ?? '',
  };
}

/** Only what changed, in the API's shape. */
function patchOf(before: Draft, after: Draft): PresencePatch {
  const out: PresencePatch = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const num = (v: string | null) => (v === null ? null : Number(v));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (text(before.name) !== text(after.name)) out.name = text(after.name);
  if (text(before.bio) !== text(after.bio)) out.bio = text(after.bio);
  if (before.unitId !== after.unitId) out.unitId = num(after.unitId);
  if (before.ownerId !== after.ownerId) out.ownerId = num(after.ownerId);
  if (before.deputyId !== after.deputyId) out.deputyId = num(after.deputyId);
  if (before.custodianId !== after.custodianId) out.custodianId = num(after.custodianId);
  if (text(before.objective) !== text(after.objective)) out.objective = text(after.objective);
  if (before.status !== after.status) out.status = after.status;
  if (!same(before.languages, after.languages)) out.languages = after.languages;
  if (before.audience !== after.audience) out.audience = after.audience;
  if (before.audienceOn !== after.audienceOn) out.audienceOn = after.audienceOn || null;
  if (before.createdOn !== after.createdOn) out.createdOn = after.createdOn || null;
  if (before.lastActivityOn !== after.lastActivityOn) out.lastActivityOn = after.lastActivityOn || null;
  if (before.mfa !== after.mfa) out.mfa = after.mfa;
  if (before.recoveryContact !== after.recoveryContact) out.recoveryContact = after.recoveryContact;
  if (!same(before.tags, after.tags)) out.tags = after.tags;
  if (text(before.notes) !== text(after.notes)) out.notes = text(after.notes);
  return out;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb="sm" style={{ letterSpacing: '0.05em' }}>
        {title}
      </Text>
      {children}
    </Box>
  );
}

function PresenceForm({ presence }: { presence: Presence }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshAll();
  const navigate = useNavigate();
  const units = useUnits();
  const directory = usePlatformDirectory();
  const fieldLabel = useFieldLabel();
  const fetchPresence = useFetchPresence();
  // The record the person's edits are made on: saved with its version, so that an edit made after
  // someone else's is refused (409) instead of silently replacing it.
  const [base, setBase] = useState<Presence>(presence);
  const initial = useMemo(() => toDraft(base), [base]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [reloading, setReloading] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const tree = useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
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

  const save = useMutation({
    mutationFn: (body: PresencePatch) => savePresence(presence.id, body),
    onSuccess: (saved) => {
      notify.success(t('presence.saved'));
      setBase(saved);
      setDraft(toDraft(saved));
      setReason('');
      void refresh();
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

  const remove = useMutation({
    mutationFn: () => api<unknown>(`/presences/${presence.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      notify.success(t('presence.deleted'));
      void refresh();
      navigate('/presences');
    },
    onError: (err) => notify.error(err),
  });

  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...draft.languages])].map((code) => ({
    value: code,
    label: `${f.languageName(code)} (${code})`,
  }));
  const platform = directory.get(presence.platform);

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
                      {presence.handle ? `@${presence.handle.replace(/^@/, '')}` : t('history.empty')}
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
                    tree={tree}
                    value={draft.unitId}
                    onChange={(v) => set('unitId', v)}
                    searchable
                    clearable
                    nothingFoundMessage={t('common.nothingFound')}
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

              {save.isError && !stale && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
                  {errorMessage(save.error)}
                  {save.error instanceof ApiError && save.error.issues.length > 0 && (
                    <List size="sm" mt={4}>
                      {save.error.issues.map((i) => (
                        <List.Item key={`${i.field}-${i.code}`}>
                          {i.field ? `${fieldLabel(i.field)} · ` : ''}
                          {i.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Alert>
              )}

              {canEdit && (
                <Paper
                  withBorder
                  p="md"
                  bg={dirty ? 'var(--mantine-color-vigie-0)' : 'gray.0'}
                  style={{ position: 'sticky', bottom: 12, zIndex: 3 }}
                >
                  <Stack gap="sm">
                    <TextInput
                      label={t('field.reason')}
                      description={t('presence.reasonHelp')}
                      value={reason}
                      onChange={(e) => setReason(e.currentTarget.value)}
                      maxLength={1000}
                      disabled={!dirty}
                      name="reason"
                    />
                    <Group justify="flex-end" gap="sm">
                      <Button
                        variant="default"
                        disabled={!dirty}
                        onClick={() => {
                          setDraft(initial);
                          save.reset();
                        }}
                      >
                        {t('common.reset')}
                      </Button>
                      <Button
                        type="submit"
                        disabled={!dirty}
                        loading={save.isPending}
                        leftSection={<IconDeviceFloppy size={16} />}
                      >
                        {dirty
                          ? t('presence.saveCount', {
                              count: Object.keys(patch).length,
                              value: f.number(Object.keys(patch).length),
                            })
                          : t('presence.noChanges')}
                      </Button>
                    </Group>
                  </Stack>
                </Paper>
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
        {canDelete && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            leftSection={<IconTrash size={14} />}
            onClick={() => setConfirmDelete(true)}
          >
            {t('presence.delete')}
          </Button>
        )}
      </Group>

      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('presence.deleteTitle')}>
        <Stack>
          <Text size="sm">
            {t('presence.deleteText', {
              name: presence.name ?? presence.handle ?? presence.url,
              platform: platform?.name ?? presence.platform,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('presence.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Risks({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  const directory = usePlatformDirectory();
  const platform = directory.get(presence.platform);
  const risks: string[] = [];
  if (!presence.ownerId) risks.push(t('risk.no_owner.title'));
  if (presence.ownerLeft) risks.push(t('risk.owner_left.title'));
  if (!presence.custodianId) risks.push(t('risk.no_custodian.title'));
  if (presence.recoveryContact === 'personal') risks.push(t('risk.personal_recovery.title'));
  if (presence.mfa === 'off') risks.push(t('risk.mfa_off.title'));
  if (platform && !platform.alive) risks.push(t('risk.dead_platform.title'));
  if (risks.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('presence.attention')}
      mb="lg"
    >
      <Text size="sm">{risks.join(' · ')}</Text>
    </Alert>
  );
}

const TABS = ['record', 'activity'] as const;
type Tab = (typeof TABS)[number];

export function PresencePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const params = useParams();
  const presenceId = Number(params.id);
  const presence = usePresence(presenceId);
  const history = useHistory(presenceId);
  const activity = usePresenceActivity(presenceId);
  // The tab is in the address, so that an import's outcome can link straight to the activity.
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'activity' ? 'activity' : 'record';
  const p = presence.data;
  useDocumentTitle(p ? (p.name ?? p.handle ?? p.url) : t('nav.presences'));

  if (presence.isPending && Number.isInteger(presenceId)) return <Loading />;
  if (presence.isError || !p) {
    return (
      <>
        <Breadcrumbs mb="md">
          <Anchor component={Link} to="/presences" size="sm">
            {t('nav.presences')}
          </Anchor>
        </Breadcrumbs>
        <QueryError error={presence.error} />
      </>
    );
  }

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/presences" size="sm">
          {t('nav.presences')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={400}>
          {p.name ?? p.handle ?? p.url}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" wrap="nowrap" align="center">
            <Title order={2} fz={26} lineClamp={1}>
              {p.name ?? p.handle ?? p.url}
            </Title>
            <StatusBadge status={p.status} size="md" />
          </Group>
          <Group gap="md" mt={6} wrap="wrap">
            <PlatformLabel id={p.platform} size={20} />
            {p.handle && (
              <Text size="sm" c="dimmed" ff="monospace">
                @{p.handle.replace(/^@/, '')}
              </Text>
            )}
            {p.unit && (
              <Text size="sm" c="dimmed">
                {p.unit}
              </Text>
            )}
          </Group>
          {p.bio && (
            <Text size="sm" c="dimmed" mt={6} maw={720} lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
              {p.bio}
            </Text>
          )}
        </Box>
        <Button
          component="a"
          href={p.url}
          target="_blank"
          rel="noopener noreferrer"
          variant="default"
          rightSection={<IconExternalLink size={16} />}
        >
          {t('presence.open')}
        </Button>
      </Group>
      <Risks presence={p} />
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = TABS.find((x) => x === v) ?? 'record';
          setSearch(next === 'record' ? {} : { tab: next }, { replace: true });
        }}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="record" leftSection={<IconForms size={16} />}>
            {t('activity.tabRecord')}
          </Tabs.Tab>
          <Tabs.Tab
            value="activity"
            leftSection={<IconChartBar size={16} />}
            rightSection={
              activity.data && activity.data.posts > 0 ? (
                <Badge size="sm" variant="light" circle={activity.data.posts < 10}>
                  {f.compact(activity.data.posts)}
                </Badge>
              ) : undefined
            }
            data-testid="tab-activity"
          >
            {t('activity.tabActivity')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="record">
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <PresenceForm key={p.id} presence={p} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <CustodyPanel presenceId={p.id} />
                <Card>
                  <Title order={3} fz="lg" mb={4}>
                    {t('history.title')}
                  </Title>
                  <Text size="sm" c="dimmed" mb="md">
                    {t('history.hint')}
                  </Text>
                  {history.isPending ? (
                    <Loading height={120} />
                  ) : history.isError ? (
                    <QueryError error={history.error} onRetry={() => void history.refetch()} />
                  ) : (
                    <History changes={history.data} />
                  )}
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          {/* Drawn only when shown (a chart needs its size); the form stays mounted with its edits. */}
          {tab === 'activity' && <PresenceActivity presenceId={p.id} />}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
