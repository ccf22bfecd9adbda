// Single sign-on's two public routes under /api. Start: remember state, nonce and PKCE verifier in
// a short-lived signed cookie and send the browser to the provider. Callback: check that cookie,
// let openid-client exchange the code and validate the ID token, find the user, open a session.
// Every failure ends on `/signin?error=<code>`: no stack, no token, no provider message in the URL.
import { createHash, hkdfSync } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { publicRoute } from '../../core/guard';
import { type AppEnv, apiApp } from '../../core/http';
import { safeNext } from '../next';
import { setSessionCookie } from '../sessions';
import { classifyFailure, OidcClient, type OidcClientOptions, type PendingSignIn } from './client';
import type { OidcConfig } from './config';
import type { OidcErrorCode } from './messages';
import { type ClientMeta, signInWithOidc } from './service';

export const STATE_COOKIE = 'vigie_oidc';
/** How long a sign-in may take at the provider (password, second factor) before it must start again. */
export const STATE_TTL_MS = 10 * 60_000;

export interface OidcRoutesOptions extends OidcClientOptions {
  /** A client to share (tests, or a server that also reports the provider's health). */
  client?: OidcClient;
  /** Where the browser lands after signing in. */
  home?: string;
  /** Where it lands when refused (the code is added as `?error=`). */
  signinPage?: string;
  /** The client's address, when the server knows it (e.g. from @hono/node-server's connection info). */
  clientIp?: (c: Context) => string | null;
}

/** What the server log says about a refused identity (the page shows the catalogue's text). */
const REFUSALS: Partial<Record<OidcErrorCode, string>> = {
  sso_unknown_user: 'no active user is linked to it or has its e-mail address',
  sso_email_unverified: 'the provider does not vouch for its e-mail address and it is not linked yet',
  sso_conflict: 'its e-mail address is ambiguous or belongs to a user linked to another identity',
};

interface StateCookie extends PendingSignIn {
  /** Expiry, in milliseconds since the epoch. */
  exp: number;
  /** The page of the app to open once signed in ('/' for the home page). */
  next: string;
}

/** The key that signs the state cookie, derived from the client secret (never the secret itself). */
function cookieKey(config: OidcConfig): string {
  const salt = createHash('sha256').update(config.clientId).digest();
  return Buffer.from(hkdfSync('sha256', config.clientSecret, salt, 'vigie oidc state cookie', 32)).toString(
    'hex',
  );
}

function cookiePath(config: OidcConfig): string {
  // The directory of the public callback address: the start and callback routes, nothing else.
  const p = config.redirectUrl.pathname;
  return p.slice(0, p.lastIndexOf('/')) || '/';
}

function encodeState(s: StateCookie): string {
  return Buffer.from(JSON.stringify([s.state, s.nonce, s.verifier, s.exp, s.next])).toString('base64url');
}

function decodeState(raw: string): StateCookie | null {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 5) return null;
    const [state, nonce, verifier, exp, next] = v;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string') return null;
    if (typeof exp !== 'number' || typeof next !== 'string') return null;
    return { state, nonce, verifier, exp, next: safeNext(next) };
  } catch {
    return null;
  }
}

function defaultClientIp(c: Context): string | null {
  // @hono/node-server puts the Node request in the environment; other callers (tests) do not.
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

/**
 * GET /auth/oidc/start and GET /auth/oidc/callback, public (no guard). With no configuration, both
 * answer with `/signin?error=sso_not_configured`, so a stale button fails cleanly.
 */
export function oidcRoutes(config: OidcConfig | null, options: OidcRoutesOptions = {}) {
  const app = apiApp();
  const client = config ? (options.client ?? new OidcClient(config, options)) : null;
  const home = options.home ?? '/';
  const signinPage = options.signinPage ?? '/signin';
  const clientIp = options.clientIp ?? defaultClientIp;
  const key = config ? cookieKey(config) : null;
  const cookieOptions = config
    ? {
        path: cookiePath(config),
        httpOnly: true,
        sameSite: 'Lax' as const,
        secure: config.redirectUrl.protocol === 'https:',
      }
    : null;

  const refuse = (c: Context, code: OidcErrorCode, detail?: string) => {
    if (detail) (c as Context<AppEnv>).get('logger')?.warn({ code, detail }, 'single sign-on refused');
    c.header('Cache-Control', 'no-store');
    return c.redirect(`${signinPage}?error=${code}`, 302);
  };

  const redirects = (description: string) => ({
    302: { description, headers: { Location: { schema: { type: 'string' as const } } } },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/oidc/start',
      middleware: [publicRoute()],
      tags: ['auth'],
      summary: 'Start a single sign-on: redirects to the identity provider',
      description:
        'Sets a short-lived signed cookie (state, nonce, PKCE verifier, and `next`: a page of the app to ' +
        'open once signed in, e.g. `?next=/presences`) and redirects to the provider; ' +
        'redirects to `/signin?error=<code>` when single sign-on is off or the provider is unreachable.',
      responses: redirects('To the provider, or to the sign-in page with an error code'),
    }),
    async (c) => {
      if (!client || !key || !cookieOptions) return refuse(c, 'sso_not_configured');
      let url: URL;
      let pending: PendingSignIn;
      try {
        ({ url, pending } = await client.begin());
      } catch (e) {
        const { code, detail } = classifyFailure(e);
        return refuse(c, code === 'sso_failed' ? 'sso_unavailable' : code, detail);
      }
      // Only a page of this app, checked again on the way back (the cookie is signed, but one rule).
      const next = safeNext(c.req.query('next')?.slice(0, 2000));
      const value = encodeState({ ...pending, exp: Date.now() + STATE_TTL_MS, next });
      await setSignedCookie(c, STATE_COOKIE, value, key, { ...cookieOptions, maxAge: STATE_TTL_MS / 1000 });
      c.header('Cache-Control', 'no-store');
      return c.redirect(url.href, 302);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/oidc/callback',
      middleware: [publicRoute()],
      tags: ['auth'],
      summary: 'Where the identity provider sends the browser back (code, state)',
      description:
        'Checks the state against the cookie set at start, exchanges the code, validates the ID token, ' +
        'finds the user (linked identity, else verified e-mail) and opens a session; redirects to `next` ' +
        '(or `/`), or ' +
        'to `/signin?error=<code>`.',
      responses: redirects(
        'To the app with the session cookie set, or to the sign-in page with an error code',
      ),
    }),
    async (c) => {
      if (!client || !key || !cookieOptions) return refuse(c, 'sso_not_configured');
      const raw = await getSignedCookie(c, key, STATE_COOKIE);
      // One use only: whatever happens next, this browser must start again for another attempt.
      deleteCookie(c, STATE_COOKIE, cookieOptions);
      const pending = typeof raw === 'string' ? decodeState(raw) : null;
      if (!pending)
        return refuse(c, 'sso_state', 'no valid state cookie (missing, forged or from another browser)');
      if (pending.exp <= Date.now()) return refuse(c, 'sso_state', 'the sign-in started too long ago');

      const query = new URL(c.req.url).searchParams;
      let identity: Awaited<ReturnType<OidcClient['finish']>>;
      try {
        identity = await client.finish(query, pending);
      } catch (e) {
        const { code, detail } = classifyFailure(e);
        return refuse(c, code, detail);
      }

      const meta: ClientMeta = { ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null };
      try {
        const outcome = await signInWithOidc(c.get('services').db.db, identity, meta);
        if (!outcome.ok) {
          return refuse(
            c,
            outcome.code,
            `identity "${identity.subject.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, 300)}": ${REFUSALS[outcome.code] ?? outcome.code}${outcome.userId ? ` (user #${outcome.userId})` : ''}`,
          );
        }
        setSessionCookie(c, outcome.session.token, outcome.session.expiresAt);
      } catch (e) {
        const err = e as { name?: string; code?: string };
        return refuse(
          c,
          'sso_failed',
          `the sign-in could not be recorded (${err?.name ?? 'Error'} ${err?.code ?? ''})`,
        );
      }
      c.header('Cache-Control', 'no-store');
      return c.redirect(pending.next === '/' ? home : pending.next, 302);
    },
  );

  return app;
}
