// The relying party: Vigie's side of OpenID Connect, on openid-client (no OAuth written here).
// Authorization code flow with PKCE (S256), state and nonce; openid-client checks the response's
// state and issuer, exchanges the code, and validates the ID token (signature, issuer, audience,
// expiry, nonce). What comes out is who the provider says the person is: issuer, subject, e-mail.
import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { OidcConfig } from './config';
import type { OidcErrorCode } from './messages';

/** What the start of a sign-in must remember until its callback (kept in a signed cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

/** Who the provider says signed in. */
export interface OidcIdentity {
  issuer: string;
  sub: string;
  /** `iss sub`: what `users.oidc_subject` holds once linked. */
  subject: string;
  /** Lower-cased; null when the provider gave none. */
  email: string | null;
  /** The provider vouches for the address (`email_verified` true). */
  emailVerified: boolean;
}

/** A sign-in that cannot go on: the code for `/signin?error=…`, and what the server log may say. */
export class OidcFailure extends Error {
  constructor(
    readonly code: OidcErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'OidcFailure';
  }
}

export interface OidcClientOptions {
  /** Seconds before a request to the provider is given up. */
  timeoutSeconds?: number;
  /** How long discovered metadata is reused before being fetched again. */
  metadataTtlMs?: number;
}

export const SCOPE = 'openid email';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function verifiedFlag(v: unknown): boolean {
  // Some providers send the JSON string "true" rather than the boolean.
  return v === true || v === 'true';
}

export class OidcClient {
  private discovered: { at: number; config: Promise<oidc.Configuration> } | null = null;
  private readonly timeout: number;
  private readonly ttl: number;

  constructor(
    readonly config: OidcConfig,
    options: OidcClientOptions = {},
  ) {
    this.timeout = options.timeoutSeconds ?? 10;
    this.ttl = options.metadataTtlMs ?? 3600_000;
  }

  /** The provider's metadata and Vigie's client, discovered once and reused for an hour. */
  configuration(): Promise<oidc.Configuration> {
    const now = Date.now();
    if (this.discovered && now - this.discovered.at < this.ttl) return this.discovered.config;
    const config = this.discover();
    const entry = { at: now, config };
    this.discovered = entry;
    // A failed discovery (provider down) is not kept: the next sign-in tries again.
    config.catch(() => {
      if (this.discovered === entry) this.discovered = null;
    });
    return config;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp } = this.config;
    const execute = allowHttp ? [oidc.allowInsecureRequests] : [];
    const found = await oidc.discovery(issuer, clientId, clientSecret, undefined, {
      execute,
      timeout: this.timeout,
    });
    // The client authenticates the way the provider supports, client_secret_basic first (the
    // default of OpenID Connect's registration when a provider says nothing).
    const server = found.serverMetadata();
    const methods = server.token_endpoint_auth_methods_supported;
    const basic =
      !methods || methods.includes('client_secret_basic') || !methods.includes('client_secret_post');
    const auth = basic ? oidc.ClientSecretBasic(clientSecret) : oidc.ClientSecretPost(clientSecret);
    const config = new oidc.Configuration(server, clientId, { client_secret: clientSecret }, auth);
    config.timeout = this.timeout;
    for (const run of execute) run(config);
    return config;
  }

  /** The provider's authorization address for a new sign-in, and what to remember until its callback. */
  async begin(): Promise<{ url: URL; pending: PendingSignIn }> {
    const config = await this.configuration();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.config.redirectUrl.href,
      scope: SCOPE,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /**
   * Completes a sign-in from the callback's query: checks the state, exchanges the code (with the
   * PKCE verifier) and validates the ID token; asks the UserInfo endpoint for the e-mail address
   * when the ID token carries none.
   */
  async finish(query: URLSearchParams, pending: PendingSignIn): Promise<OidcIdentity> {
    const state = query.get('state');
    if (!state || query.getAll('state').length !== 1 || !sameText(state, pending.state)) {
      throw new OidcFailure(
        'sso_state',
        'the state parameter does not match the one this browser started with',
      );
    }
    const config = await this.configuration();
    // The address the provider redirected to, as registered (not as a proxy may have rewritten it).
    const current = new URL(this.config.redirectUrl.href);
    current.search = query.toString();
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcFailure('sso_failed', 'the token response has no ID token');
    let email: unknown = claims.email;
    let verified: unknown = claims.email_verified;
    if (typeof email !== 'string' && tokens.access_token) {
      // Providers that follow the specification to the letter put scope claims in UserInfo only.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = info.email;
      verified = info.email_verified;
    }
    const address = typeof email === 'string' ? email.trim().toLowerCase() : '';
    return {
      issuer: claims.iss,
      sub: claims.sub,
      subject: `${claims.iss} ${claims.sub}`,
      email: address && address.length <= 320 ? address : null,
      emailVerified: Boolean(address) && verifiedFlag(verified),
    };
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

/**
 * Sorts any error of a sign-in into a refusal code and a one-line description for the server log:
 * names, codes and the provider's error code only (no stack, no token, no URL with a code in it).
 */
export function classifyFailure(e: unknown): { code: OidcErrorCode; detail: string } {
  if (e instanceof OidcFailure) return { code: e.code, detail: e.message };
  if (e instanceof oidc.AuthorizationResponseError) {
    const code: OidcErrorCode =
      e.error === 'access_denied'
        ? 'sso_denied'
        : e.error === 'temporarily_unavailable' || e.error === 'server_error'
          ? 'sso_unavailable'
          : 'sso_failed';
    return { code, detail: `the provider answered the authorization request with "${safe(e.error)}"` };
  }
  if (e instanceof oidc.ResponseBodyError) {
    const code: OidcErrorCode = e.status >= 500 ? 'sso_unavailable' : 'sso_failed';
    return { code, detail: `the provider refused the request (HTTP ${e.status}, "${safe(e.error)}")` };
  }
  const err = e as { name?: string; code?: string; message?: string; cause?: unknown };
  const cause = err?.cause as { code?: string; status?: number } | undefined;
  if (
    err?.code === 'OAUTH_TIMEOUT' ||
    err?.name === 'TimeoutError' ||
    (e instanceof TypeError && /fetch failed/i.test(err.message ?? '')) ||
    (cause?.code !== undefined && UNAVAILABLE_CODES.has(cause.code)) ||
    (typeof cause?.status === 'number' && cause.status >= 500)
  ) {
    return {
      code: 'sso_unavailable',
      detail: `the provider could not be reached (${safe(cause?.code ?? err?.code ?? err?.name)})`,
    };
  }
  if (e instanceof oidc.ClientError) {
    return { code: 'sso_failed', detail: `${safe(e.code)}: ${safe(e.message)}` };
  }
  return { code: 'sso_failed', detail: `${safe(err?.name)}: ${safe(err?.message)}` };
}

/** A short, single-line, printable excerpt of a value for the server log. */
function safe(v: unknown): string {
  return String(v ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .slice(0, 200);
}
