// Signing in: a login and a password, or the organisation's single sign-on when it is configured.
// The server's refusals are shown as they come (wrong password, too many attempts for this login
// from this browser and until when, too many from this address), and the single sign-on's own
// refusals arrive as `?error=<code>`.
import { Alert, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconKey, IconLogin } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { OidcErrorCode } from '../../../src/trust/oidc/messages';
import { ApiError } from '../app/api';
import { useFormat } from '../app/format';
import { Loading, useDocumentTitle, useErrorMessage } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { landingPath } from '../work/home';
import { PublicFrame } from './PublicFrame';
import { safeNext, waitUntil } from './paths';
import { ssoStartUrl, useAuthStatus, useSignIn } from './queries';
import { useSession } from './session';

const SSO_ERRORS: readonly OidcErrorCode[] = [
  'sso_not_configured',
  'sso_unavailable',
  'sso_state',
  'sso_denied',
  'sso_failed',
  'sso_email_unverified',
  'sso_unknown_user',
  'sso_conflict',
];

function isSsoError(code: string): code is OidcErrorCode {
  return (SSO_ERRORS as readonly string[]).includes(code);
}

/** The refusal in words: too many attempts says until when to wait. */
function useSignInError() {
  const { t } = useTranslation();
  const f = useFormat();
  const message = useErrorMessage();
  return (err: unknown): string => {
    if (err instanceof ApiError) {
      const until = waitUntil(err.params, err.retryAfter);
      if (err.code === 'auth.throttled' && until) {
        return t('trust.signin.throttled', { time: f.dateTime(until) });
      }
      if (err.code === 'auth.rate_limited' && until) {
        return t('trust.signin.rateLimited', { time: f.dateTime(until) });
      }
    }
    return message(err);
  };
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const status = useAuthStatus();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const ssoError = search.get('error');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const describe = useSignInError();
  useDocumentTitle(t('trust.signin.title'));

  const signIn = useSignIn({
    onSuccess: (me) => {
      session.signedIn(me);
      setPassword('');
      // No page asked for: each persona's home (src/work/home.ts).
      void navigate(me.user.mustChangePassword ? '/account' : landingPath(me, next), { replace: true });
    },
    onError: () => setPassword(''),
  });

  if (session.state === 'loading' || status.isPending) return <Loading height={400} />;
  if (session.me && !signIn.isPending) {
    return (
      <Navigate
        to={session.me.user.mustChangePassword ? '/account' : landingPath(session.me, next)}
        replace
      />
    );
  }
  if (status.data?.needsSetup) return <Navigate to="/setup" replace />;

  const oidc = status.data?.oidc;
  const ssoHref = ssoStartUrl(next);

  return (
    <PublicFrame title={t('trust.signin.title')} description={t('trust.signin.description')}>
      <Stack gap="md">
        {ssoError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="sso-error">
            {isSsoError(ssoError)
              ? t(`trust.signin.ssoErrors.${ssoError}`)
              : t('trust.signin.ssoErrors.other')}
          </Alert>
        )}
        {status.isError && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('errors.network')}
          </Alert>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (login.trim() && password) signIn.mutate({ login: login.trim(), password });
          }}
        >
          <Stack gap="md">
            <TextInput
              label={t('trust.signin.login')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={120}
              required
              data-autofocus
              autoFocus
              name="login"
              data-testid="signin-login"
            />
            <PasswordInput
              label={t('trust.signin.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              maxLength={200}
              required
              name="password"
              data-testid="signin-password"
            />
            {signIn.isError && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                role="alert"
                data-testid="signin-error"
              >
                {describe(signIn.error)}
              </Alert>
            )}
            <Button
              type="submit"
              fullWidth
              loading={signIn.isPending}
              disabled={!login.trim() || !password}
              leftSection={<IconLogin size={16} />}
              data-testid="signin-submit"
            >
              {t('trust.signin.submit')}
            </Button>
          </Stack>
        </form>
        {oidc?.enabled && (
          <>
            <Divider label={t('trust.signin.or')} labelPosition="center" />
            <Button
              component="a"
              href={ssoHref}
              variant="default"
              fullWidth
              leftSection={<IconKey size={16} />}
              data-testid="signin-sso"
            >
              {t('trust.signin.sso', { label: oidc.label || t('trust.signin.ssoDefault') })}
            </Button>
          </>
        )}
        <Text size="xs" c="dimmed" ta="center">
          {t('trust.signin.help')}
        </Text>
      </Stack>
    </PublicFrame>
  );
}
