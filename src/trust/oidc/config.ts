// Single sign-on's configuration, from the environment. Off unless the four required variables are
// set; a partial configuration is an error at start that names what is missing, never a silent
// fallback to passwords only.
import { Invalid } from '../../core/errors';

export const OIDC_ENV = {
  issuer: 'VIGIE_OIDC_ISSUER',
  clientId: 'VIGIE_OIDC_CLIENT_ID',
  clientSecret: 'VIGIE_OIDC_CLIENT_SECRET',
  redirectUrl: 'VIGIE_OIDC_REDIRECT_URL',
  label: 'VIGIE_OIDC_LABEL',
  allowHttp: 'VIGIE_OIDC_ALLOW_HTTP',
} as const;

/** Where the callback route lives under the server (the redirect URL must end with it). */
export const CALLBACK_PATH = '/api/auth/oidc/callback';

export interface OidcConfig {
  /** The provider's Issuer Identifier; its metadata is discovered from it. */
  issuer: URL;
  clientId: string;
  /** Never printed: the configuration's `toJSON` hides it. */
  clientSecret: string;
  /** Vigie's public callback address, registered at the provider. */
  redirectUrl: URL;
  /** The sign-in page's button text; null: the page's default. */
  label: string | null;
  /** Plain http towards a loopback provider (tests only). */
  allowHttp: boolean;
}

export interface OidcStatus {
  enabled: boolean;
  label: string | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopback(u: URL): boolean {
  return LOOPBACK.has(u.hostname) || u.hostname.endsWith('.localhost');
}

function configError(code: string, message: string, variable: string, params: Record<string, string> = {}) {
  return new Invalid(code, message, { variable, ...params }, [
    { field: variable, code, params: { variable, ...params }, message },
  ]);
}

function parseUrl(variable: string, value: string): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw configError(
      'oidc.config_url',
      `${variable} must be an absolute http(s) address without a fragment; "${value}" is not.`,
      variable,
      { value },
    );
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.hash || u.username || u.password) {
    throw configError(
      'oidc.config_url',
      `${variable} must be an absolute http(s) address without a fragment; "${value}" is not.`,
      variable,
      { value },
    );
  }
  return u;
}

/**
 * Reads single sign-on's settings: null when none of the required variables is set (single sign-on
 * off), the configuration when all are, and an `Invalid` error naming the first missing or wrong one
 * otherwise.
 */
export function oidcConfigFrom(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const read = (name: string) => env[name]?.trim() ?? '';
  const required = [OIDC_ENV.issuer, OIDC_ENV.clientId, OIDC_ENV.clientSecret, OIDC_ENV.redirectUrl];
  const set = required.filter((v) => read(v) !== '');
  if (set.length === 0) return null;
  const missing = required.find((v) => read(v) === '');
  if (missing) {
    throw configError(
      'oidc.config_missing',
      `${missing} is not set: single sign-on needs ${required.join(', ')} (or none of them to turn it off).`,
      missing,
    );
  }
  const allowHttp = read(OIDC_ENV.allowHttp) === '1' || read(OIDC_ENV.allowHttp).toLowerCase() === 'true';

  const issuer = parseUrl(OIDC_ENV.issuer, read(OIDC_ENV.issuer));
  if (issuer.search) {
    throw configError(
      'oidc.config_url',
      `${OIDC_ENV.issuer} must be an absolute http(s) address without a fragment; "${issuer.href}" is not.`,
      OIDC_ENV.issuer,
      { value: issuer.href },
    );
  }
  if (issuer.protocol === 'http:' && !(allowHttp && isLoopback(issuer))) {
    throw configError(
      'oidc.config_https',
      `${OIDC_ENV.issuer} must use https ("${issuer.href}"); plain http is accepted only on a loopback address with ${OIDC_ENV.allowHttp}=1 (tests).`,
      OIDC_ENV.issuer,
      { value: issuer.href },
    );
  }

  const redirectUrl = parseUrl(OIDC_ENV.redirectUrl, read(OIDC_ENV.redirectUrl));
  // Vigie's own address may be plain http on the machine itself (development), never elsewhere.
  if (redirectUrl.protocol === 'http:' && !isLoopback(redirectUrl)) {
    throw configError(
      'oidc.config_https',
      `${OIDC_ENV.redirectUrl} must use https ("${redirectUrl.href}"); plain http is accepted only on a loopback address.`,
      OIDC_ENV.redirectUrl,
      { value: redirectUrl.href },
    );
  }
  if (!redirectUrl.pathname.endsWith(CALLBACK_PATH) || redirectUrl.search) {
    throw configError(
      'oidc.config_redirect_path',
      `${OIDC_ENV.redirectUrl} must end with ${CALLBACK_PATH}, Vigie’s callback ("${redirectUrl.href}").`,
      OIDC_ENV.redirectUrl,
      { value: redirectUrl.href },
    );
  }

  const clientSecret = read(OIDC_ENV.clientSecret);
  const config: OidcConfig = {
    issuer,
    clientId: read(OIDC_ENV.clientId),
    clientSecret,
    redirectUrl,
    label: read(OIDC_ENV.label).slice(0, 80) || null,
    allowHttp,
  };
  // A configuration printed by mistake (a debug log, an error report) does not show the secret.
  const shown = () => ({ ...config, clientSecret: '***' });
  Object.defineProperty(config, 'toJSON', { enumerable: false, value: shown });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), {
    enumerable: false,
    value: shown,
  });
  return config;
}

/** What GET /api/auth/status says about single sign-on. */
export function oidcStatus(config: OidcConfig | null): OidcStatus {
  return config ? { enabled: true, label: config.label } : { enabled: false, label: null };
}
