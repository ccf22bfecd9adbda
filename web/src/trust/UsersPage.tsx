// Users and their roles (users.manage): who may sign in, with which roles and where, whether they are
// disabled or their sign-in is slowed down after failed attempts (no account is ever locked); new
// users and password resets get a temporary password shown once.
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  List,
  Menu,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconDots,
  IconEdit,
  IconKey,
  IconLockOpen,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlus,
  IconSearch,
  IconTrash,
  IconUserPlus,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPE, ROLES, type Role } from '../../../src/core/access';
import type { GrantInput, User } from '../../../src/trust/model';
import { ApiError, api } from '../app/api';
import { useFormat } from '../app/format';
import {
  Dash,
  Loading,
  PageHeader,
  QueryError,
  useDocumentTitle,
  useErrorMessage,
  useNotify,
} from '../app/ui';
import { useActivePeopleOptions } from '../registry/people';
import { usePlatformDirectory } from '../registry/platforms';
import { usePeople, usePresences, useUnits } from '../registry/queries';
import { UnitSelect } from '../registry/UnitSelect';
import { unitTree } from '../registry/units';
import { RoleBadge, useGrantScope } from './bits';
import { draftProblem, emptyDraft, type GrantDraft, sameGrants, toDrafts, toGrantInputs } from './grants';
import { useMe } from './session';

const USERS_KEY = ['users'] as const;

function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api<User[]>('/users') });
}

/** Sign-in from browsers the user has not signed in with waits, after failed attempts. */
function isThrottled(u: User): boolean {
  return Boolean(u.throttledUntil && Date.parse(u.throttledUntil) > Date.now());
}

// ---------- the temporary password, shown once

interface Temporary {
  login: string;
  password: string;
  reason: 'created' | 'reset';
}

function TemporaryPasswordModal({ value, onClose }: { value: Temporary | null; onClose: () => void }) {
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

// ---------- the grants editor

function usePresenceOptions(keep: Map<number, string>) {
  const presences = usePresences({});
  const directory = usePlatformDirectory();
  return useMemo(() => {
    const out = new Map<string, string>();
    for (const p of presences.data?.items ?? []) {
      out.set(
        String(p.id),
        [directory.name(p.platform), p.name ?? p.url, p.handle ? `@${p.handle.replace(/^@/, '')}` : null]
          .filter(Boolean)
          .join(' · '),
      );
    }
    // Presences already granted keep their name while the list loads (or if they left the list).
    for (const [id, name] of keep) if (!out.has(String(id))) out.set(String(id), name);
    return [...out].map(([value, label]) => ({ value, label }));
  }, [presences.data, directory, keep]);
}

function GrantsEditor({
  drafts,
  onChange,
  known,
  showProblems,
}: {
  drafts: GrantDraft[];
  onChange: (drafts: GrantDraft[]) => void;
  /** Names of the presences already granted, from the user's grants. */
  known: Map<number, string>;
  showProblems: boolean;
}) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
  const presenceOptions = usePresenceOptions(known);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`trust.roles.${r}`) }));
  const update = (key: string, patch: Partial<GrantDraft>) =>
    onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  return (
    <Stack gap="xs" data-testid="grants-editor">
      {drafts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('trust.grants.none')}
        </Text>
      )}
      {drafts.map((d, i) => {
        const scope = d.role ? ROLE_SCOPE[d.role] : null;
        const problem = showProblems ? draftProblem(d) : null;
        return (
          <Group key={d.key} gap="xs" align="flex-start" wrap="nowrap" data-testid={`grant-${i}`}>
            <Select
              aria-label={t('trust.grants.role')}
              placeholder={t('trust.grants.chooseRole')}
              data={roleOptions}
              value={d.role}
              onChange={(v) =>
                update(d.key, { role: (v as Role | null) ?? null, unitId: null, presenceIds: [] })
              }
              allowDeselect={false}
              error={problem === 'role' ? t('trust.grants.needsRole') : undefined}
              w={210}
              style={{ flex: 'none' }}
              name={`grant-${i}-role`}
            />
            <Box style={{ flex: 1, minWidth: 0 }}>
              {scope === 'organisation' && (
                <Text size="sm" c="dimmed" pt={7}>
                  {t('trust.grants.organisation')}
                </Text>
              )}
              {scope === 'unit' && (
                <UnitSelect
                  aria-label={t('trust.grants.unit')}
                  placeholder={t('trust.grants.chooseUnit')}
                  tree={tree}
                  value={d.unitId === null ? null : String(d.unitId)}
                  onChange={(v) => update(d.key, { unitId: v ? Number(v) : null })}
                  searchable
                  nothingFoundMessage={t('common.nothingFound')}
                  error={problem === 'unit' ? t('trust.grants.needsUnit') : undefined}
                  description={t('trust.grants.unitHelp')}
                  name={`grant-${i}-unit`}
                />
              )}
              {scope === 'presence' && (
                <MultiSelect
                  aria-label={t('trust.grants.presences')}
                  placeholder={d.presenceIds.length ? undefined : t('trust.grants.choosePresences')}
                  data={presenceOptions}
                  value={d.presenceIds.map(String)}
                  onChange={(v) => update(d.key, { presenceIds: v.map(Number) })}
                  searchable
                  limit={100}
                  hidePickedOptions
                  nothingFoundMessage={t('common.nothingFound')}
                  error={problem === 'presences' ? t('trust.grants.needsPresences') : undefined}
                  name={`grant-${i}-presences`}
                />
              )}
            </Box>
            <Tooltip label={t('trust.grants.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                onClick={() => onChange(drafts.filter((x) => x.key !== d.key))}
                aria-label={t('trust.grants.remove')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...drafts, emptyDraft()])}
          data-testid="grant-add"
        >
          {t('trust.grants.add')}
        </Button>
      </Group>
    </Stack>
  );
}

// ---------- creating and editing a user

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User };

function ServerIssues({ error }: { error: unknown }) {
  const message = useErrorMessage();
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      {message(error)}
      {issues.length > 1 && (
        <List size="sm" mt={4}>
          {issues.map((i) => (
            <List.Item key={`${i.field}-${i.code}`}>{i.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

function UserModal({
  dialog,
  onClose,
  onCreated,
}: {
  dialog: Dialog;
  onClose: () => void;
  onCreated: (temporary: Temporary | null) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const notify = useNotify();
  const people = usePeople();
  const editing = dialog.kind === 'edit' ? dialog.user : null;
  const [login, setLogin] = useState('');
  const [name, setName] = useState(editing?.name ?? '');
  const [email, setEmail] = useState(editing?.email ?? '');
  const [personId, setPersonId] = useState<string | null>(
    editing?.personId ? String(editing.personId) : null,
  );
  const [drafts, setDrafts] = useState<GrantDraft[]>(() =>
    editing ? toDrafts(editing.grants) : [emptyDraft()],
  );
  const [tried, setTried] = useState(false);
  const personOptions = useActivePeopleOptions([editing?.personId]);
  const known = useMemo(
    () =>
      new Map(
        (editing?.grants ?? [])
          .filter((g) => g.presenceId !== null)
          .map((g) => [g.presenceId as number, g.presence ?? `#${g.presenceId}`]),
      ),
    [editing],
  );

  const grants = toGrantInputs(drafts);
  const incomplete = drafts.some((d) => draftProblem(d) !== null);

  const save = useMutation({
    mutationFn: async (): Promise<Temporary | null> => {
      const cleanEmail = email.trim() || null;
      const person = personId ? Number(personId) : null;
      if (!editing) {
        const r = await api<{ user: User; temporaryPassword?: string }>('/users', {
          method: 'POST',
          body: {
            login: login.trim(),
            name: name.trim(),
            ...(cleanEmail ? { email: cleanEmail } : {}),
            personId: person,
            grants,
          },
        });
        return r.temporaryPassword
          ? { login: r.user.login, password: r.temporaryPassword, reason: 'created' }
          : null;
      }
      const patch: Record<string, unknown> = {};
      if (name.trim() !== editing.name) patch.name = name.trim();
      if (cleanEmail !== editing.email) patch.email = cleanEmail;
      if (person !== editing.personId) patch.personId = person;
      const before: GrantInput[] = editing.grants.map((g) => ({
        role: g.role,
        unitId: g.unitId,
        presenceId: g.presenceId,
      }));
      if (!sameGrants(before, grants)) patch.grants = grants;
      if (Object.keys(patch).length > 0) {
        await api<User>(`/users/${editing.id}`, { method: 'PATCH', body: patch });
      }
      return null;
    },
    onSuccess: (temporary) => {
      void client.invalidateQueries({ queryKey: USERS_KEY });
      if (editing) notify.success(t('trust.users.saved', { name: name.trim() }));
      onCreated(temporary);
    },
  });

  const choosePerson = (v: string | null) => {
    setPersonId(v);
    const p = v ? people.data?.find((x) => x.id === Number(v)) : undefined;
    if (p && !name.trim()) setName(p.name);
    if (p?.email && !email.trim()) setEmail(p.email);
  };

  const ready = (editing || login.trim()) && name.trim() && !incomplete;

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('trust.users.editTitle', { name: editing.name }) : t('trust.users.createTitle')}
      size="xl"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (ready) save.mutate();
        }}
      >
        <Stack gap="md">
          {editing ? (
            <Text size="sm">
              {t('trust.signin.login')}{' '}
              <Text span ff="monospace" fw={600}>
                {editing.login}
              </Text>
            </Text>
          ) : (
            <TextInput
              label={t('trust.signin.login')}
              description={t('trust.users.loginHelp')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              maxLength={120}
              autoCapitalize="none"
              spellCheck={false}
              autoComplete="off"
              required
              data-autofocus
              name="login"
              data-testid="user-login"
            />
          )}
          <Select
            label={t('trust.users.person')}
            description={t('trust.users.personHelp')}
            placeholder={t('trust.users.personNone')}
            data={personOptions}
            value={personId}
            onChange={choosePerson}
            searchable
            clearable
            limit={200}
            nothingFoundMessage={t('common.nothingFound')}
            name="person"
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('trust.users.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              required
              name="name"
              data-testid="user-name"
            />
            <TextInput
              label={t('trust.users.email')}
              description={t('trust.users.emailHelp')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              maxLength={320}
              name="email"
            />
          </Group>
          <Box>
            <Text size="sm" fw={500}>
              {t('trust.grants.title')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('trust.grants.hint')}
            </Text>
            <GrantsEditor drafts={drafts} onChange={setDrafts} known={known} showProblems={tried} />
          </Box>
          {!editing && (
            <Text size="xs" c="dimmed">
              {t('trust.users.temporaryHint')}
            </Text>
          )}
          <ServerIssues error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="user-save">
              {editing ? t('common.save') : t('trust.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// ---------- the table

function StatusCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group gap={4} wrap="wrap">
      {user.status === 'disabled' ? (
        <Badge color="gray" variant="filled" tt="none" size="sm">
          {t('trust.users.status.disabled')}
        </Badge>
      ) : (
        <Badge color="teal" variant="light" tt="none" size="sm">
          {t('trust.users.status.active')}
        </Badge>
      )}
      {isThrottled(user) ? (
        <Tooltip label={t('trust.users.throttledUntil', { time: f.dateTime(user.throttledUntil) })}>
          <Badge color="orange" variant="light" tt="none" size="sm" data-testid="throttled">
            {t('trust.users.throttled')}
          </Badge>
        </Tooltip>
      ) : (
        user.failedSignIns > 0 && (
          <Tooltip label={t('trust.users.failedSignInsHint')}>
            <Badge color="gray" variant="light" tt="none" size="sm" data-testid="failed-sign-ins">
              {t('trust.users.failedSignIns', {
                count: user.failedSignIns,
                value: f.number(user.failedSignIns),
              })}
            </Badge>
          </Tooltip>
        )
      )}
      {user.mustChangePassword && (
        <Tooltip label={t('trust.users.mustChangeHint')}>
          <Badge color="orange" variant="outline" tt="none" size="sm">
            {t('trust.users.mustChange')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

function GrantsCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const scope = useGrantScope();
  if (user.grants.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('trust.roles.none')}
      </Text>
    );
  }
  const byRole = new Map<Role, string[]>();
  for (const g of user.grants) byRole.set(g.role, [...(byRole.get(g.role) ?? []), scope(g)]);
  return (
    <Group gap={4} wrap="wrap">
      {[...byRole].map(([role, scopes]) => (
        <Tooltip key={role} label={scopes.join(' · ')} multiline maw={420}>
          <Box component="span">
            <RoleBadge role={role} size="sm" />
          </Box>
        </Tooltip>
      ))}
    </Group>
  );
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const client = useQueryClient();
  const me = useMe();
  const users = useUsers();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [temporary, setTemporary] = useState<Temporary | null>(null);
  const [confirmReset, setConfirmReset] = useState<User | null>(null);
  useDocumentTitle(t('nav.users'));

  const refresh = () => client.invalidateQueries({ queryKey: USERS_KEY });
  const status = useMutation({
    mutationFn: (v: { user: User; status: 'active' | 'disabled' }) =>
      api<User>(`/users/${v.user.id}`, { method: 'PATCH', body: { status: v.status } }),
    onSuccess: (u) => {
      notify.success(
        u.status === 'disabled'
          ? t('trust.users.disabled', { name: u.name })
          : t('trust.users.enabled', { name: u.name }),
      );
      void refresh();
    },
    onError: (err) => notify.error(err),
  });
  const unlock = useMutation({
    mutationFn: (u: User) => api<User>(`/users/${u.id}/unlock`, { method: 'POST' }),
    onSuccess: (u) => {
      notify.success(t('trust.users.unlocked', { name: u.name }));
      void refresh();
    },
    onError: (err) => notify.error(err),
  });
  const reset = useMutation({
    mutationFn: (u: User) =>
      api<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`, { method: 'POST' }),
    onSuccess: (r, u) => {
      setConfirmReset(null);
      setTemporary({ login: u.login, password: r.temporaryPassword, reason: 'reset' });
      void refresh();
    },
    onError: (err) => {
      setConfirmReset(null);
      notify.error(err);
    },
  });

  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base' }), [i18n.language]);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return [...(users.data ?? [])]
      .filter(
        (u) =>
          !q ||
          u.login.includes(q) ||
          u.name.toLowerCase().includes(q) ||
          (u.email ?? '').toLowerCase().includes(q),
      )
      .filter((u) => !role || u.grants.some((g) => g.role === role))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [users.data, search, role, collator]);

  return (
    <>
      <PageHeader
        title={t('trust.users.title')}
        description={t('trust.users.description')}
        actions={
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="user-create"
          >
            {t('trust.users.new')}
          </Button>
        }
      />
      <Card padding={0}>
        <Group gap="sm" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <TextInput
            aria-label={t('trust.users.search')}
            placeholder={t('trust.users.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={280}
          />
          <Select
            aria-label={t('trust.grants.role')}
            placeholder={t('trust.users.allRoles')}
            data={ROLES.map((r) => ({ value: r, label: t(`trust.roles.${r}`) }))}
            value={role}
            onChange={setRole}
            clearable
            w={220}
          />
          <Text size="sm" c="dimmed" ml="auto">
            {t('trust.users.count', { count: rows.length, value: f.number(rows.length) })}
          </Text>
        </Group>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <Box p="md">
            <QueryError error={users.error} onRetry={() => void users.refetch()} />
          </Box>
        ) : (
          <Table.ScrollContainer minWidth={980}>
            <Table highlightOnHover horizontalSpacing="md" verticalSpacing="sm" data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trust.users.name')}</Table.Th>
                  <Table.Th miw={240}>{t('trust.grants.roles')}</Table.Th>
                  <Table.Th w={200}>{t('trust.users.statusLabel')}</Table.Th>
                  <Table.Th w={170}>{t('trust.users.lastSignIn')}</Table.Th>
                  <Table.Th w={70}>{t('trust.users.sso')}</Table.Th>
                  <Table.Th w={50} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text size="sm" c="dimmed" ta="center" py="lg">
                        {t('trust.users.none')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {rows.map((u) => {
                  const self = u.id === me?.user.id;
                  return (
                    <Table.Tr
                      key={u.id}
                      data-testid={`user-${u.login}`}
                      opacity={u.status === 'disabled' ? 0.6 : 1}
                    >
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {u.name}
                          {self && (
                            <Text span size="xs" c="dimmed" fw={400}>
                              {' '}
                              {t('trust.users.you')}
                            </Text>
                          )}
                        </Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {u.login}
                          {u.email && u.email !== u.login ? ` · ${u.email}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <GrantsCell user={u} />
                      </Table.Td>
                      <Table.Td>
                        <StatusCell user={u} />
                      </Table.Td>
                      <Table.Td>
                        {u.lastSignInAt ? (
                          <Tooltip label={f.dateTime(u.lastSignInAt)}>
                            <Text size="sm" span>
                              {f.relative(u.lastSignInAt)}
                            </Text>
                          </Tooltip>
                        ) : (
                          <Text size="sm" c="dimmed" fs="italic">
                            {t('trust.users.never')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {u.sso ? (
                          <Badge variant="light" color="gray" tt="none" size="sm">
                            {t('trust.users.ssoLinkedShort')}
                          </Badge>
                        ) : (
                          <Dash />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" shadow="md" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('trust.users.actions', { name: u.name })}
                              data-testid={`user-actions-${u.login}`}
                            >
                              <IconDots size={16} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconEdit size={15} />}
                              onClick={() => setDialog({ kind: 'edit', user: u })}
                            >
                              {t('trust.users.edit')}
                            </Menu.Item>
                            <Menu.Item leftSection={<IconKey size={15} />} onClick={() => setConfirmReset(u)}>
                              {t('trust.users.resetPassword')}
                            </Menu.Item>
                            {(isThrottled(u) || u.failedSignIns > 0) && (
                              <Menu.Item
                                leftSection={<IconLockOpen size={15} />}
                                onClick={() => unlock.mutate(u)}
                              >
                                {t('trust.users.unlock')}
                              </Menu.Item>
                            )}
                            <Menu.Divider />
                            {u.status === 'active' ? (
                              <Menu.Item
                                color="red"
                                leftSection={<IconPlayerPause size={15} />}
                                disabled={self}
                                onClick={() => status.mutate({ user: u, status: 'disabled' })}
                              >
                                {t('trust.users.disable')}
                              </Menu.Item>
                            ) : (
                              <Menu.Item
                                leftSection={<IconPlayerPlay size={15} />}
                                onClick={() => status.mutate({ user: u, status: 'active' })}
                              >
                                {t('trust.users.enable')}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {dialog && (
        <UserModal
          key={dialog.kind === 'edit' ? dialog.user.id : 'new'}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onCreated={(temp) => {
            setDialog(null);
            if (temp) setTemporary(temp);
          }}
        />
      )}

      <Modal
        opened={confirmReset !== null}
        onClose={() => setConfirmReset(null)}
        title={t('trust.users.resetTitle')}
      >
        {confirmReset && (
          <Stack>
            <Text size="sm">{t('trust.users.resetText', { name: confirmReset.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmReset(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                loading={reset.isPending}
                onClick={() => reset.mutate(confirmReset)}
                data-testid="reset-confirm"
              >
                {t('trust.users.resetPassword')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <TemporaryPasswordModal value={temporary} onClose={() => setTemporary(null)} />
    </>
  );
}
