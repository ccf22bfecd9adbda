// Single sign-on against a real OpenID Connect provider (oidc-provider on loopback): the whole
// flow through Vigie's routes, on both databases, and the refusals.
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../core/db';
import type { AppEnv, Services } from '../../core/http';
import { createLogger, type Logger } from '../../core/logger';
import { forEachDialect } from '../../core/testing/dialects';
import { findSession, SESSION_COOKIE } from '../sessions';
import { type OidcConfig, oidcConfigFrom } from './config';
import { OIDC_ERROR_CODES } from './messages';
import { oidcRoutes, STATE_COOKIE } from './routes';
import { startTestProvider, type TestProvider } from './test-provider';

const ORIGIN = 'http://127.0.0.1:5170';
const REDIRECT = `${ORIGIN}/api/auth/oidc/callback`;

let op: TestProvider;

beforeAll(async () => {
  op = await startTestProvider({
    redirectUri: REDIRECT,
    accounts: [
      { sub: 'u-alice', email: 'Alice@Example.org' },
      { sub: 'u-bob', email: 'bob@example.org' },
      { sub: 'u-carol', email: 'carol@example.org' },
      { sub: 'u-eve', email: 'eve@example.org' },
      { sub: 'u-mallory', email: 'alice@example.org', emailVerified: false },
      { sub: 'u-noemail', email: null },
    ],
  });
});

afterAll(async () => {
  await op?.close();
});

beforeEach(() => {
  // Refusals are reported on the server's log; the tests read them from the redirects.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

function configFor(provider: TestProvider): OidcConfig {
  const config = oidcConfigFrom(provider.env());
  if (!config) throw new Error('not configured');
  return config;
}

/** Vigie's routes as the server mounts them: under /api, with the services in the context. */
function vigie(h: Db, config: OidcConfig | null, logger?: Logger) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/*', async (c, next) => {
    c.set('services', { db: h } as unknown as Services);
    c.set('locale', 'en');
    c.set('actor', 'web');
    if (logger) c.set('logger', logger);
    await next();
  });
  app.route('/api', oidcRoutes(config));
  return app;
}

async function addUser(
  h: Db,
  u: { login: string; email?: string | null; status?: 'active' | 'disabled'; oidcSubject?: string | null },
): Promise<number> {
  const now = new Date().toISOString();
  const row = await h.db
    .insertInto('users')
    .values({
      login: u.login,
      name: u.login,
      email: u.email ?? null,
      password_hash: null,
      status: u.status ?? 'active',
      oidc_subject: u.oidcSubject ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

function cookieFrom(res: Response, name: string): string | null {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return null;
}

type App = ReturnType<typeof vigie>;

/** Start at Vigie, go through the provider as `account`, and come back with what it redirected to. */
async function startAndAuthorize(app: App, account: string | { cancel: true }, next?: string) {
  const query = next === undefined ? '' : `?next=${encodeURIComponent(next)}`;
  const start = await app.request(`${ORIGIN}/api/auth/oidc/start${query}`);
  expect(start.status).toBe(302);
  const location = start.headers.get('location') ?? '';
  expect(location.startsWith(`${op.issuer}/`)).toBe(true);
  const auth = new URL(location);
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
  expect(auth.searchParams.get('state')).toBeTruthy();
  expect(auth.searchParams.get('nonce')).toBeTruthy();
  expect(auth.searchParams.get('redirect_uri')).toBe(REDIRECT);
  const setCookie = start.headers.getSetCookie().find((l) => l.startsWith(`${STATE_COOKIE}=`)) ?? '';
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  expect(setCookie).toMatch(/Path=\/api\/auth\/oidc/);
  const state = cookieFrom(start, STATE_COOKIE) ?? '';
  expect(state).not.toBe('');
  const back = await op.authorize(location, account);
  return { back, state };
}

function callback(app: App, url: URL | string, state: string | null) {
  return app.request(String(url), { headers: state === null ? {} : { cookie: `${STATE_COOKIE}=${state}` } });
}

/** The whole flow; the response of Vigie's callback. */
async function signInAs(app: App, account: string): Promise<Response> {
  const { back, state } = await startAndAuthorize(app, account);
  return callback(app, back, state);
}

function refusedWith(res: Response, code: string): void {
  expect(res.status).toBe(302);
  expect(res.headers.get('location')).toBe(`/signin?error=${code}`);
  expect(cookieFrom(res, SESSION_COOKIE)).toBeNull();
}

async function sessionCount(h: Db): Promise<number> {
  const r = await h.db.selectFrom('sessions').select(h.db.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

forEachDialect((t) => {
  it('signs a known user in by verified e-mail, links the identity and opens a working session', async () => {
    const id = await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    const res = await signInAs(app, 'u-alice');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    const token = cookieFrom(res, SESSION_COOKIE);
    expect(token).toBeTruthy();
    const session = await findSession(t.h.db, token as string);
    expect(session).toMatchObject({ userId: id, via: 'oidc' });
    // The one-use state cookie is cleared.
    const cleared = res.headers.getSetCookie().find((l) => l.startsWith(`${STATE_COOKIE}=`)) ?? '';
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);

    const user = await t.h.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(user.oidc_subject).toBe(`${op.issuer} u-alice`);
    expect(user.last_sign_in_at).toBeTruthy();
    const log = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where('entity', '=', 'user')
      .orderBy('id')
      .execute();
    expect(log.map((l) => [l.actor, l.entity_id, l.action, JSON.parse(l.diff)])).toEqual([
      ['alice', id, 'update', { oidcSubject: [null, `${op.issuer} u-alice`] }],
      ['alice', id, 'sign_in', { via: [null, 'oidc'] }],
    ]);
  });

  it('opens the page the person was going to, and only a page of the app', async () => {
    await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    const landing = async (next: string) => {
      const { back, state } = await startAndAuthorize(app, 'u-alice', next);
      const res = await callback(app, back, state);
      expect(res.status).toBe(302);
      expect(cookieFrom(res, SESSION_COOKIE)).toBeTruthy();
      return res.headers.get('location');
    };
    expect(await landing('/presences?status=active#top')).toBe('/presences?status=active#top');
    for (const away of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      '/signin',
      '/api/me',
      '/é',
    ])
      expect(await landing(away), away).toBe('/');
  });

  it('matches the login when the user has no e-mail, and later by the linked identity alone', async () => {
    const id = await addUser(t.h, { login: 'bob@example.org' });
    const app = vigie(t.h, configFor(op));
    expect((await signInAs(app, 'u-bob')).headers.get('location')).toBe('/');
    // The address changes at the provider: the linked identity still finds the account.
    op.setAccount({ sub: 'u-bob', email: 'robert@elsewhere.example' });
    try {
      const again = await signInAs(app, 'u-bob');
      expect(again.headers.get('location')).toBe('/');
      const token = cookieFrom(again, SESSION_COOKIE) as string;
      expect((await findSession(t.h.db, token))?.userId).toBe(id);
    } finally {
      op.setAccount({ sub: 'u-bob', email: 'bob@example.org' });
    }
    expect(await sessionCount(t.h)).toBe(2);
  });

  it('refuses an e-mail address no user has, and creates no account', async () => {
    await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    refusedWith(await signInAs(app, 'u-eve'), 'sso_unknown_user');
    expect(await sessionCount(t.h)).toBe(0);
    const users = await t.h.db.selectFrom('users').select('login').execute();
    expect(users.map((u) => u.login)).toEqual(['alice']);
    const failed = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where('action', '=', 'sign_in_failed')
      .execute();
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]?.diff ?? '{}')).toEqual({
      via: [null, 'oidc'],
      email: [null, 'eve@example.org'],
      refused: [null, 'sso_unknown_user'],
    });
  });

  it('refuses a disabled user, by e-mail or by a linked identity', async () => {
    await addUser(t.h, { login: 'carol', email: 'carol@example.org', status: 'disabled' });
    await addUser(t.h, {
      login: 'alice',
      email: 'alice@example.org',
      status: 'disabled',
      oidcSubject: `${op.issuer} u-alice`,
    });
    const app = vigie(t.h, configFor(op));
    refusedWith(await signInAs(app, 'u-carol'), 'sso_unknown_user');
    refusedWith(await signInAs(app, 'u-alice'), 'sso_unknown_user');
    expect(await sessionCount(t.h)).toBe(0);
    const carol = await t.h.db
      .selectFrom('users')
      .selectAll()
      .where('login', '=', 'carol')
      .executeTakeFirstOrThrow();
    expect(carol.oidc_subject).toBeNull();
  });

  it('refuses an address the provider does not vouch for, or no address at all', async () => {
    const id = await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    refusedWith(await signInAs(app, 'u-mallory'), 'sso_email_unverified');
    refusedWith(await signInAs(app, 'u-noemail'), 'sso_unknown_user');
    const alice = await t.h.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(alice.oidc_subject).toBeNull();
  });

  it('refuses a user already linked to another identity, and an address shared by two users', async () => {
    await addUser(t.h, {
      login: 'alice',
      email: 'alice@example.org',
      oidcSubject: 'https://other.example u-1',
    });
    await addUser(t.h, { login: 'bob', email: 'bob@example.org' });
    await addUser(t.h, { login: 'bob@example.org' });
    const app = vigie(t.h, configFor(op));
    refusedWith(await signInAs(app, 'u-alice'), 'sso_conflict');
    refusedWith(await signInAs(app, 'u-bob'), 'sso_conflict');
    expect(await sessionCount(t.h)).toBe(0);
  });

  it('refuses a forged state, a missing or tampered state cookie, and an expired one', async () => {
    await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));

    const forged = await startAndAuthorize(app, 'u-alice');
    const url = new URL(forged.back);
    url.searchParams.set('state', 'forged-state-value-0123456789');
    refusedWith(await callback(app, url, forged.state), 'sso_state');

    const noCookie = await startAndAuthorize(app, 'u-alice');
    refusedWith(await callback(app, noCookie.back, null), 'sso_state');

    const tampered = await startAndAuthorize(app, 'u-alice');
    const [value = '', signature = ''] = decodeURIComponent(tampered.state).split('.');
    const fields = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    fields[0] = new URL(url).searchParams.get('state'); // the attacker's own state
    const reforged = `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
    refusedWith(await callback(app, url, encodeURIComponent(reforged)), 'sso_state');

    // A state cookie from another sign-in (another browser) does not fit this callback.
    const a = await startAndAuthorize(app, 'u-alice');
    const b = await startAndAuthorize(app, 'u-alice');
    refusedWith(await callback(app, a.back, b.state), 'sso_state');

    const late = await startAndAuthorize(app, 'u-alice');
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 11 * 60_000);
    refusedWith(await callback(app, late.back, late.state), 'sso_state');
    clock.mockRestore();

    expect(await sessionCount(t.h)).toBe(0);
  });

  it('refuses a replayed code and a tampered one', async () => {
    await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    const { back, state } = await startAndAuthorize(app, 'u-alice');
    const first = await callback(app, back, state);
    expect(first.headers.get('location')).toBe('/');
    // The same callback again, cookie included (an attacker who captured both): the provider
    // refuses the used code.
    refusedWith(await callback(app, back, state), 'sso_failed');
    expect(await sessionCount(t.h)).toBe(1);

    const other = await startAndAuthorize(app, 'u-alice');
    const tampered = new URL(other.back);
    tampered.searchParams.set('code', `${tampered.searchParams.get('code')}x`);
    refusedWith(await callback(app, tampered, other.state), 'sso_failed');
    expect(await sessionCount(t.h)).toBe(1);
  });

  it('reports a cancellation at the provider', async () => {
    await addUser(t.h, { login: 'alice', email: 'alice@example.org' });
    const app = vigie(t.h, configFor(op));
    const { back, state } = await startAndAuthorize(app, { cancel: true });
    expect(back.searchParams.get('error')).toBe('access_denied');
    refusedWith(await callback(app, back, state), 'sso_denied');
  });
});

forEachDialect((t) => {
  describe('single sign-on, edges, with a database', () => {
    it('never puts a code, a token or a stack in the redirect or the server log', async () => {
      const h = t.h;
      const lines: string[] = [];
      const logger = createLogger({
        level: 'debug',
        format: 'json',
        destination: { write: (l) => lines.push(l) },
      });
      const app = vigie(h, configFor(op), logger);
      await addUser(h, { login: 'alice', email: 'alice@example.org' });
      const { back, state } = await startAndAuthorize(app, 'u-alice');
      await callback(app, back, state);
      const replay = await callback(app, back, state);
      const location = replay.headers.get('location') ?? '';
      expect(location).toMatch(/^\/signin\?error=sso_[a-z_]+$/);
      const printed = lines.join('\n');
      expect(printed).toContain('sso_failed');
      expect(printed).not.toContain(back.searchParams.get('code') as string);
      expect(printed).not.toContain(op.clientSecret);
      expect(printed).not.toMatch(/\n\s+at /);
    });

    it('says the provider is unavailable when it cannot be reached', async () => {
      const h = t.h;
      const down = await startTestProvider({ redirectUri: REDIRECT, accounts: [] });
      const config = configFor(down);
      await down.close();
      const res = await vigie(h, config).request(`${ORIGIN}/api/auth/oidc/start`);
      refusedWith(res, 'sso_unavailable');
      expect(cookieFrom(res, STATE_COOKIE)).toBeNull();
    });

    it('answers sso_not_configured when single sign-on is off', async () => {
      const h = t.h;
      const app = vigie(h, null);
      refusedWith(await app.request(`${ORIGIN}/api/auth/oidc/start`), 'sso_not_configured');
      refusedWith(await app.request(`${ORIGIN}/api/auth/oidc/callback?code=x&state=y`), 'sso_not_configured');
    });

    it('reads the e-mail from the ID token when the provider puts it there', async () => {
      const h = t.h;
      const other = await startTestProvider({
        redirectUri: REDIRECT,
        accounts: [{ sub: 'x-1', email: 'dan@example.org' }],
        emailInIdToken: true,
      });
      try {
        const id = await addUser(h, { login: 'dan', email: 'dan@example.org' });
        const app = vigie(h, configFor(other));
        const start = await app.request(`${ORIGIN}/api/auth/oidc/start`);
        const back = await other.authorize(start.headers.get('location') ?? '', 'x-1');
        const res = await callback(app, back, cookieFrom(start, STATE_COOKIE));
        expect(res.headers.get('location')).toBe('/');
        expect((await findSession(h.db, cookieFrom(res, SESSION_COOKIE) as string))?.userId).toBe(id);
      } finally {
        await other.close();
      }
    });
  });
});

describe('single sign-on, edges', () => {
  it('publishes both routes in the OpenAPI document', () => {
    const app = new OpenAPIHono<AppEnv>();
    app.route('/api', oidcRoutes(null));
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Vigie', version: '0' } });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/api/auth/oidc/callback', '/api/auth/oidc/start']);
    expect(doc.paths?.['/api/auth/oidc/start']?.get?.responses?.['302']).toBeTruthy();
  });

  it('has a message for every refusal code', async () => {
    const { oidcMessages } = await import('./messages');
    for (const code of OIDC_ERROR_CODES) {
      const m = (oidcMessages as Record<string, { en: string; fr: string }>)[`oidc.error.${code}`];
      expect(m?.en, code).toBeTruthy();
      expect(m?.fr, code).toBeTruthy();
    }
  });
});
