// One's own account: who one is, the roles held and where they apply, what they allow, the password
// (a temporary one must be changed before anything else), and signing out.
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  PasswordInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { PERMISSIONS } from '../../../src/core/access';
import type { Me } from '../../../src/trust/model';
import { useFormat } from '../app/format';
import { CardTitle, Dash, PageHeader, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { RoleBadge, RoleBadges, useGrantScope } from './bits';
import { issuesByField, PASSWORD_MAX, passwordProblem } from './forms';
import { NewPasswordFields } from './NewPasswordFields';
import { useChangePassword } from './queries';
import { useSession } from './session';

function PasswordForm({ me, first }: { me: Me; first: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const message = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);

  const change = useChangePassword({
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setTouched(false);
      notify.success(t('trust.password.changed'));
      void session.refresh();
    },
  });

  const problem = passwordProblem(next, confirm);
  const server = issuesByField(change.error);

  return (
    <Card>
      <CardTitle
        title={first ? t('trust.password.firstTitle') : t('trust.password.title')}
        hint={t('trust.password.hint')}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (current && problem === null) change.mutate({ current, next });
        }}
      >
        <Stack gap="sm" maw={440}>
          {/* Lets password managers tie the new password to this account. */}
          <input type="hidden" name="username" autoComplete="username" value={me.user.login} readOnly />
          <PasswordInput
            label={first ? t('trust.password.temporary') : t('trust.password.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={server.current}
            autoComplete="current-password"
            maxLength={PASSWORD_MAX}
            required
            name="current"
            data-testid="password-current"
          />
          <NewPasswordFields
            value={next}
            onChange={setNext}
            confirm={confirm}
            onConfirm={setConfirm}
            touched={touched}
            serverError={server.next}
            name="next"
            testIds={{ value: 'password-next', confirm: 'password-confirm' }}
          />
          {change.isError && Object.keys(server).length === 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {message(change.error)}
            </Alert>
          )}
          <Group>
            <Button
              type="submit"
              loading={change.isPending}
              leftSection={<IconKey size={16} />}
              data-testid="password-submit"
            >
              {t('trust.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Grants({ me }: { me: Me }) {
  const { t } = useTranslation();
  const scope = useGrantScope();
  return (
    <Card>
      <CardTitle title={t('trust.account.rolesTitle')} hint={t('trust.account.rolesHint')} />
      {me.user.grants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trust.account.noRole')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="my-grants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trust.grants.role')}</Table.Th>
              <Table.Th>{t('trust.grants.scope')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {me.user.grants.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <RoleBadge role={g.role} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{scope(g)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" fw={600} mt="lg" mb={6}>
        {t('trust.account.allows')}
      </Text>
      {me.permissions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trust.account.allowsNothing')}
        </Text>
      ) : (
        <List size="sm" spacing={2} data-testid="my-permissions">
          {PERMISSIONS.filter((p) => me.permissions.includes(p)).map((p) => (
            <List.Item key={p}>{t(`trust.permissions.${p}`)}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const session = useSession();
  useDocumentTitle(t('trust.account.title'));
  const me = session.me;
  if (!me) return null;
  const u = me.user;
  const first = u.mustChangePassword;

  const rows: [string, ReactNode][] = [
    [t('trust.users.name'), u.name],
    [
      t('trust.signin.login'),
      <Text key="login" size="sm" ff="monospace" span>
        {u.login}
      </Text>,
    ],
    [t('trust.users.email'), u.email ?? <Dash key="email" />],
    [t('trust.account.via'), me.via === 'oidc' ? t('trust.account.viaSso') : t('trust.account.viaPassword')],
    [t('trust.users.lastSignIn'), u.lastSignInAt ? f.dateTime(u.lastSignInAt) : <Dash key="last" />],
  ];

  return (
    <>
      <PageHeader title={t('trust.account.title')} description={t('trust.account.description')} />
      {first && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconLock size={18} />}
          title={t('trust.password.mustTitle')}
          mb="lg"
          data-testid="must-change-password"
        >
          {t('trust.password.mustText')}
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        {first && u.hasPassword && (
          <Grid.Col span={12}>
            <PasswordForm me={me} first />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Card>
              <Group justify="space-between" mb="md" wrap="nowrap" align="flex-start">
                <Title order={3} fz="lg">
                  {t('trust.account.who')}
                </Title>
                {u.sso && (
                  <Badge variant="light" color="gray" tt="none">
                    {t('trust.users.ssoLinked')}
                  </Badge>
                )}
              </Group>
              <Table variant="vertical" withRowBorders={false} verticalSpacing={6} layout="fixed">
                <Table.Tbody>
                  {rows.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th w={150} bg="transparent" c="dimmed" fw={500}>
                        {label}
                      </Table.Th>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group mt="md" gap="xs">
                <RoleBadges roles={me.roles} />
              </Group>
            </Card>
            <Card>
              <CardTitle title={t('trust.account.sessionsTitle')} hint={t('trust.account.sessionsHint')} />
              <Group gap="sm">
                <Button
                  variant="default"
                  leftSection={<IconLogout size={16} />}
                  onClick={() => void session.signOut()}
                >
                  {t('trust.account.signOutHere')}
                </Button>
                <Button
                  variant="light"
                  color="red"
                  leftSection={<IconLogout size={16} />}
                  onClick={() => void session.signOut(true)}
                  data-testid="signout-everywhere"
                >
                  {t('trust.account.signOutEverywhere')}
                </Button>
              </Group>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {!first && u.hasPassword && <PasswordForm me={me} first={false} />}
            {!u.hasPassword && (
              <Card>
                <CardTitle title={t('trust.password.title')} hint={t('trust.password.ssoOnly')} mb={0} />
              </Card>
            )}
            <Grants me={me} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
