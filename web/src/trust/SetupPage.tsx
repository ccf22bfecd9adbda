// The first start: no user exists yet. The server printed a setup address with a one-time code; the
// page takes it from the address, and creates the first administrator, who is then signed in.
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading, useDocumentTitle, useErrorMessage } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { issuesByField, passwordProblem } from './forms';
import { NewPasswordFields } from './NewPasswordFields';
import { PublicFrame } from './PublicFrame';
import { useAuthStatus, useSetup } from './queries';
import { useSession } from './session';

export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const status = useAuthStatus();
  const message = useErrorMessage();
  const [search] = useSearchParams();
  const [code, setCode] = useState(() => search.get('code') ?? '');
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  useDocumentTitle(t('trust.setup.title'));

  const setup = useSetup({
    onSuccess: (me) => {
      session.signedIn(me);
      void navigate('/', { replace: true });
    },
  });

  if (session.state === 'loading' || status.isPending) return <Loading height={400} />;
  if (session.me && !setup.isPending) return <Navigate to="/" replace />;

  if (status.data && !status.data.needsSetup) {
    return (
      <PublicFrame title={t('trust.setup.title')}>
        <Stack gap="md">
          <Text size="sm">{t('trust.setup.done')}</Text>
          <Button component={Link} to="/signin" fullWidth>
            {t('trust.setup.toSignIn')}
          </Button>
        </Stack>
      </PublicFrame>
    );
  }

  const problem = passwordProblem(password, confirm);
  const server = issuesByField(setup.error);
  const ready = code.trim() && login.trim() && name.trim() && problem === null;

  return (
    <PublicFrame title={t('trust.setup.title')} description={t('trust.setup.description')} width={480}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (ready) setup.mutate({ code: code.trim(), login: login.trim(), name: name.trim(), password });
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('trust.setup.code')}
            description={t('trust.setup.codeHelp')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={server.code}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            required
            name="code"
            data-testid="setup-code"
          />
          <TextInput
            label={t('trust.setup.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={server.name}
            maxLength={200}
            autoComplete="name"
            required
            name="name"
            data-testid="setup-name"
          />
          <TextInput
            label={t('trust.signin.login')}
            description={t('trust.users.loginHelp')}
            value={login}
            onChange={(e) => setLogin(e.currentTarget.value)}
            error={server.login}
            maxLength={120}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            name="login"
            data-testid="setup-login"
          />
          <NewPasswordFields
            value={password}
            onChange={setPassword}
            confirm={confirm}
            onConfirm={setConfirm}
            touched={touched}
            serverError={server.password}
            name="password"
            testIds={{ value: 'setup-password', confirm: 'setup-confirm' }}
          />
          {setup.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {message(setup.error)}
            </Alert>
          )}
          <Button
            type="submit"
            fullWidth
            loading={setup.isPending}
            leftSection={<IconShieldCheck size={16} />}
            data-testid="setup-submit"
          >
            {t('trust.setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
