// Signing in, sessions and the attacks the issue lists: wrong passwords in a loop, forged and expired
// cookies, missing CSRF tokens, requests from other sites, injection in every text field, and no
// password ever written to the log or an answer.
import { expect, it } from 'vitest';
import { forEachDialect } from '../core/testing/dialects';
import { createApp } from '../server/app';
import { signIn, TEST_PASSWORD } from './testing';
import { FREE_FAILURES } from './throttle';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

forEachDialect((t) => {
  it('signs in with a password, sets a safe cookie, and signs out for good', async () => {
    const admin = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const app = admin.app;
    const res = await app.request(
      '/api/auth/signin',
      json({ login: 'Claire@Ombreval.example ', password: TEST_PASSWORD }),
    );
    expect(res.status).toBe(200);
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^vigie_session=[A-Za-z0-9_-]{40,}/);
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    expect(set).toMatch(/Path=\//);
    const me = (await res.json()) as { csrf: string; user: { login: string }; permissions: string[] };
    expect(me.user.login).toBe('claire@ombreval.example');
    expect(me.permissions).toContain('users.manage');
    const cookie = cookieOf(res);
    // The database keeps a hash of the token, never the token.
    const token = cookie.split('=')[1]!;
    const stored = await t.h.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    const out = await app.request('/api/auth/signout', {
      method: 'POST',
      headers: { cookie, 'x-vigie-csrf': me.csrf },
    });
    expect(out.status).toBe(204);
    expect((await app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    // The app's first question answers without a 401: nobody, or who.
    const nobody = await app.request('/api/auth/session', { headers: { cookie } });
    expect(nobody.status).toBe(200);
    expect(await nobody.json()).toEqual({ me: null });
    expect(nobody.headers.get('cache-control')).toBe('no-store');
    const who = (await (await admin.request('/api/auth/session')).json()) as { me: { user: { id: number } } };
    expect(who.me.user.id).toBe(admin.user.id);
    // Signing out everywhere ends the user's other sessions too (a lost laptop).
    expect((await admin.request('/api/me')).status).toBe(200);
    const again = await app.request(
      '/api/auth/signin',
      json({ login: 'claire@ombreval.example', password: TEST_PASSWORD }),
    );
    const csrf = ((await again.json()) as { csrf: string }).csrf;
    const all = await app.request('/api/auth/signout?everywhere=true', {
      method: 'POST',
      headers: { cookie: cookieOf(again), 'x-vigie-csrf': csrf },
    });
    expect(all.status).toBe(204);
    expect((await admin.request('/api/me')).status).toBe(401);
    expect(
      await t.h.db.selectFrom('sessions').select('id').where('user_id', '=', admin.user.id).execute(),
    ).toEqual([]);
  });

  it('slows down repeated wrong passwords without locking the account or telling unknown logins apart', async () => {
    // No account is locked any more (penetration test, issue #10, finding 6): the attempts of a
    // login from browsers that never signed in as it wait, the same for a login that does not exist.
    const admin = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const app = admin.app;
    const mine = await app.request(
      '/api/auth/signin',
      json({ login: 'claire@ombreval.example', password: TEST_PASSWORD }),
    );
    const device = /vigie_device=([^;]+)/.exec(mine.headers.getSetCookie().join('\n'))?.[1] ?? '';
    expect(device).not.toBe('');
    const wrong = json({ login: 'claire@ombreval.example', password: 'not the password at all' });
    const unknown = await app.request(
      '/api/auth/signin',
      json({ login: 'nobody@ombreval.example', password: 'x'.repeat(12) }),
    );
    expect(unknown.status).toBe(401);
    const failed = (await (await app.request('/api/auth/signin', wrong)).json()) as {
      error: { code: string };
    };
    expect(failed.error.code).toBe(((await unknown.json()) as { error: { code: string } }).error.code);
    for (let i = 2; i <= FREE_FAILURES; i++)
      expect((await app.request('/api/auth/signin', wrong)).status).toBe(401);
    const waiting = await app.request('/api/auth/signin', wrong);
    expect(waiting.status).toBe(429);
    const body = (await waiting.json()) as { error: { code: string; params: { seconds: number } } };
    expect(body.error.code).toBe('auth.throttled');
    expect(body.error.params.seconds).toBeGreaterThan(0);
    expect(Number(waiting.headers.get('retry-after'))).toBe(body.error.params.seconds);
    // A browser that never signed in as Claire waits, even with the right password…
    const right = json({ login: 'claire@ombreval.example', password: TEST_PASSWORD });
    expect((await app.request('/api/auth/signin', right)).status).toBe(429);
    // …but hers, with its device cookie, signs in: the account itself is never locked.
    const withDevice = json(
      { login: 'claire@ombreval.example', password: TEST_PASSWORD },
      { cookie: `vigie_device=${device}` },
    );
    expect((await app.request('/api/auth/signin', withDevice)).status).toBe(200);
    // An admin clears the slow-down; then any browser signs in again.
    const other = await signIn(t.h, undefined, { app });
    const unlocked = await other.request(`/api/users/${admin.user.id}/unlock`, { method: 'POST' });
    expect(unlocked.status).toBe(200);
    expect(((await unlocked.json()) as { throttledUntil: string | null }).throttledUntil).toBeNull();
    expect((await app.request('/api/auth/signin', right)).status).toBe(200);
    // A real user's failed attempts are on record, none with the password tried; a login that does
    // not exist leaves nothing (it is not a change to anyone).
    const log = await t.h.db.selectFrom('changes').selectAll().where('entity', '=', 'user').execute();
    expect(log.filter((l) => l.action === 'sign_in_failed').length).toBe(FREE_FAILURES);
    expect(log.some((l) => l.action === 'sign_in_throttled')).toBe(true);
    expect(log.some((l) => l.action === 'unlock')).toBe(true);
    const everything = JSON.stringify(await t.h.db.selectFrom('changes').selectAll().execute());
    expect(everything).not.toContain('not the password at all');
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain('nobody@ombreval.example');
  });

  it('limits sign-in attempts from one address', async () => {
    const { app } = createApp({ db: t.h });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await app.request(
        '/api/auth/signin',
        json({ login: `spray${i}@ombreval.example`, password: 'p'.repeat(12) }),
      );
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('refuses forged, expired and idle sessions, and changes without the CSRF token or from another site', async () => {
    const c = await signIn(t.h);
    const app = c.app;
    for (const cookie of [
      'vigie_session=forged',
      `vigie_session=${'A'.repeat(43)}`,
      "vigie_session=' OR 1=1 --",
    ]) {
      expect((await app.request('/api/presences', { headers: { cookie } })).status).toBe(401);
    }
    const post = (headers: Record<string, string>) =>
      app.request('/api/units', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: c.cookie, ...headers },
        body: JSON.stringify({ name: 'X', kind: 'other' }),
      });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'x-vigie-csrf': 'wrong' })).status).toBe(403);
    expect((await post({ 'x-vigie-csrf': c.csrf, origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'x-vigie-csrf': c.csrf, origin: 'http://localhost' })).status).toBe(201);
    expect(await t.h.db.selectFrom('units').select('name').execute()).toEqual([{ name: 'X' }]);
    // Expired: the absolute limit passed.
    await t.h.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    const expired = await app.request('/api/me', { headers: { cookie: c.cookie } });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('auth.expired');
    const ended = await app.request('/api/auth/session', { headers: { cookie: c.cookie } });
    expect(await ended.json()).toEqual({ me: null });
    expect(ended.headers.getSetCookie().join()).toMatch(/vigie_session=;/);
    expect(await t.h.db.selectFrom('sessions').select('id').execute()).toEqual([]);
    // Idle: not used for more than 8 hours.
    const d = await signIn(t.h, undefined, { app });
    await t.h.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 9 * 3600_000).toISOString() })
      .execute();
    expect((await d.request('/api/me')).status).toBe(401);
  });

  it('keeps injected SQL and script as text in every field, and answers with security headers', async () => {
    const c = await signIn(t.h);
    const hostile = `Robert'); DROP TABLE users;-- <script>alert(1)</script>`;
    const injected = await c.app.request(
      '/api/auth/signin',
      json({ login: `' OR '1'='1`, password: `' OR '1'='1' --` }),
    );
    expect(injected.status).toBe(401);
    const created = await c.request('/api/users', {
      method: 'POST',
      json: { login: 'robert@ombreval.example', name: hostile, grants: [{ role: 'analyst' }] },
    });
    expect(created.status).toBe(201);
    const { user, temporaryPassword } = (await created.json()) as {
      user: { id: number; name: string };
      temporaryPassword: string;
    };
    expect(user.name).toBe(hostile);
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect((await c.request('/api/users')).headers.get('content-type')).toMatch(/application\/json/);
    const bad = await c.request('/api/users', {
      method: 'POST',
      json: { login: "x' OR 1=1; --", name: 'x' },
    });
    expect(bad.status).toBe(422);
    const users = await t.h.db.selectFrom('users').select('login').execute();
    expect(users.length).toBe(2);
    const page = await c.request('/api/me');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBeTruthy();
    // The temporary password works once, and must be changed.
    const first = await c.app.request(
      '/api/auth/signin',
      json({ login: 'robert@ombreval.example', password: temporaryPassword }),
    );
    const me = (await first.json()) as { user: { mustChangePassword: boolean } };
    expect(me.user.mustChangePassword).toBe(true);
    // Nothing of it is in the log.
    expect(JSON.stringify(await t.h.db.selectFrom('changes').selectAll().execute())).not.toContain(
      temporaryPassword,
    );
  });

  it('changes a password (other sessions end), resets one as an admin, and keeps one admin at least', async () => {
    const a = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const other = await signIn(t.h, undefined, { login: 'claire2@ombreval.example', app: a.app });
    const short = await a.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, next: 'short' },
    });
    expect(short.status).toBe(422);
    const personal = await a.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, next: 'claire@ombreval.example!!' },
    });
    expect(personal.status).toBe(422);
    const wrongCurrent = await a.request('/api/auth/password', {
      method: 'POST',
      json: { current: 'nope-nope-nope', next: 'a new long passphrase' },
    });
    expect(wrongCurrent.status).toBe(422);
    // A second session of the same user, opened elsewhere.
    const elsewhere = cookieOf(
      await a.app.request(
        '/api/auth/signin',
        json({ login: 'claire@ombreval.example', password: TEST_PASSWORD }),
      ),
    );
    const changed = await a.request('/api/auth/password', {
      method: 'POST',
      json: { current: TEST_PASSWORD, next: 'a new long passphrase' },
    });
    expect(changed.status).toBe(204);
    expect((await a.request('/api/me')).status).toBe(200);
    expect((await a.app.request('/api/me', { headers: { cookie: elsewhere } })).status).toBe(401);
    // An admin resets another's password: their sessions end.
    const reset = await a.request(`/api/users/${other.user.id}/reset-password`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await other.request('/api/me')).status).toBe(401);
    // The last active admin cannot disable themselves, nor be stripped of the role.
    const demote = await other.app.request(
      '/api/auth/signin',
      json({ login: 'claire2@ombreval.example', password: 'x'.repeat(12) }),
    );
    expect(demote.status).toBe(401);
    await a.request(`/api/users/${other.user.id}`, { method: 'PATCH', json: { status: 'disabled' } });
    const self = await a.request(`/api/users/${a.user.id}`, {
      method: 'PATCH',
      json: { grants: [{ role: 'analyst' }] },
    });
    expect(self.status).toBe(409);
    const grants = await t.h.db
      .selectFrom('grants')
      .select('role')
      .where('user_id', '=', a.user.id)
      .execute();
    expect(grants).toEqual([{ role: 'admin' }]);
  });

  it('creates the first admin once, with the code the server printed', async () => {
    const { app } = createApp({ db: t.h, setupCode: 'abcde-fghij-klmno-pqrst' });
    expect(
      ((await (await app.request('/api/auth/status')).json()) as { needsSetup: boolean }).needsSetup,
    ).toBe(true);
    const input = { login: 'admin@ombreval.example', name: 'Admin', password: 'a long enough passphrase' };
    const wrong = await app.request('/api/auth/setup', json({ ...input, code: 'abcde-fghij-klmno-pqrsX' }));
    expect(wrong.status).toBe(422);
    const ok = await app.request('/api/auth/setup', json({ ...input, code: 'abcde-fghij-klmno-pqrst' }));
    expect(ok.status).toBe(200);
    expect(cookieOf(ok)).toMatch(/^vigie_session=/);
    const again = await app.request(
      '/api/auth/setup',
      json({ ...input, login: 'other@ombreval.example', code: 'abcde-fghij-klmno-pqrst' }),
    );
    expect(again.status).toBe(409);
    expect(
      ((await (await app.request('/api/auth/status')).json()) as { needsSetup: boolean }).needsSetup,
    ).toBe(false);
  });
});
