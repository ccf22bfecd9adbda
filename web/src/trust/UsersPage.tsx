// Users and their roles (users.manage): who may sign in, with which roles and where, whether they are
// disabled or their sign-in is slowed down after failed attempts (no account is ever locked); new
// users and password resets get a temporary password shown once.
import {
  Badge,
  Box,
  Button,
  Card,
  Group,
  Menu,
  Select,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconEdit,
  IconKey,
  IconLockOpen,
  IconPlayerPause,
  IconPlayerPlay,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ROLES } from '../../../src/core/access';
import type { User } from '../../../src/trust/model';
import { EmptyRow, RowMenu, TableHead } from '../app/DataTable';
import { useFormat } from '../app/format';
import { ConfirmModal } from '../app/forms';
import { searchMatcher } from '../app/search';
import { Dash, Loading, PageHeader, QueryError, useDocumentTitle, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useResetPassword, useSetUserStatus, useUnlockUser, useUsers } from './queries';
import { useMe } from './session';
import { type Temporary, TemporaryPasswordModal } from './users/TemporaryPasswordModal';
import { GrantsCell, isThrottled, StatusCell } from './users/UserCells';
import { type UserDialog, UserModal } from './users/UserModal';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const me = useMe();
  const users = useUsers();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [temporary, setTemporary] = useState<Temporary | null>(null);
  const [confirmReset, setConfirmReset] = useState<User | null>(null);
  useDocumentTitle(t('nav.users'));

  const status = useSetUserStatus({
    onSuccess: (u) =>
      notify.success(
        u.status === 'disabled'
          ? t('trust.users.disabled', { name: u.name })
          : t('trust.users.enabled', { name: u.name }),
      ),
    onError: (err) => notify.error(err),
  });
  const unlock = useUnlockUser({
    onSuccess: (u) => notify.success(t('trust.users.unlocked', { name: u.name })),
    onError: (err) => notify.error(err),
  });
  const reset = useResetPassword({
    onSuccess: (r, u) => {
      setConfirmReset(null);
      setTemporary({ login: u.login, password: r.temporaryPassword, reason: 'reset' });
    },
    onError: (err) => {
      setConfirmReset(null);
      notify.error(err);
    },
  });

  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base' }), [i18n.language]);
  const rows = useMemo(() => {
    const matches = searchMatcher(search);
    return [...(users.data ?? [])]
      .filter((u) => matches(u.login, u.name, u.email))
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
              <TableHead
                cells={[
                  { label: t('trust.users.name') },
                  { label: t('trust.grants.roles'), miw: 240 },
                  { label: t('trust.users.statusLabel'), w: 200 },
                  { label: t('trust.users.lastSignIn'), w: 170 },
                  { label: t('trust.users.sso'), w: 70 },
                  { w: 50 },
                ]}
              />
              <Table.Tbody>
                {rows.length === 0 && <EmptyRow colSpan={6}>{t('trust.users.none')}</EmptyRow>}
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
                        <RowMenu
                          label={t('trust.users.actions', { name: u.name })}
                          testId={`user-actions-${u.login}`}
                        >
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
                        </RowMenu>
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

      <ConfirmModal
        opened={confirmReset !== null}
        onClose={() => setConfirmReset(null)}
        title={t('trust.users.resetTitle')}
        confirm={t('trust.users.resetPassword')}
        onConfirm={() => confirmReset && reset.mutate(confirmReset)}
        loading={reset.isPending}
        color="orange"
        confirmTestId="reset-confirm"
      >
        {confirmReset && <Text size="sm">{t('trust.users.resetText', { name: confirmReset.name })}</Text>}
      </ConfirmModal>

      <TemporaryPasswordModal value={temporary} onClose={() => setTemporary(null)} />
    </>
  );
}
