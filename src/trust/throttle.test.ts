// Finding 6 of the penetration test (issue #10): five wrong passwords locked a real account (429
// with the unlock time) while an unknown login kept answering 401, so accounts could be enumerated
// and anyone could lock the admin out. These tests replay the attack: the answers for a real login
// and an unknown one are the same after 1 to 20 failures, the real person keeps signing in from
// their browser while the attacker waits, the wait grows, the per-address limit holds, and an
// admin's unlock (API and CLI) clears the slow-down.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { run } from '../cli/testing';
import { setClock } from '../core/clock';
import { forEachDialect } from '../core/testing/dialects';
import { createApp } from '../server/app';
import { FAILED_ANSWER_MIN_MS } from './service';
import { signIn, TEST_PASSWORD } from './testing';
import { DEVICE_COOKIE, FIRST_WAIT_MS, FREE_FAILURES, MAX_WAIT_MS, waitMs } from './throttle';

type App = ReturnType<typeof createApp>['app'];

const CLAIRE = 'claire@ombreval.example';

async function attempt(
  app: App,
  login: string,
  password: string,
  opts: { ip?: string; device?: string | null; lang?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.ip) headers['x-forwarded-for'] = opts.ip;
  if (opts.device) headers.cookie = `${DEVICE_COOKIE}=${opts.device}`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  return await app.request('/api/auth/signin', {
    method: 'POST',
    headers,
    body: JSON.stringify({ login, password }),
  });
}

function deviceOf(res: Response): string | null {
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
  return set ? (set.split(';')[0]?.slice(DEVICE_COOKIE.length + 1) ?? null) : null;
}

/** Everything a client can see of an answer (a CSP nonce is random in every answer: set aside). */
async function seen(res: Response) {
  // Per-response values (the CSP nonce, the request id) differ for every answer, known login or not.
  const headers = [...res.headers.entries()]
    .filter(([k]) => k !== 'x-request-id')
    .map(([k, v]) => [k, v.replace(/'nonce-[^']*'/g, "'nonce'")]);
  return { status: res.status, headers: headers.sort(), body: await res.text() };
}

let at = 0;
const tick = (ms: number) => {
  at += ms;
  setClock(new Date(at));
};

beforeEach(() => {
  // Each "client" below has its own address (behind a proxy), so the per-address limit is apart.
  vi.stubEnv('VIGIE_TRUST_PROXY', '1');
  at = Date.now();
  setClock(new Date(at));
});

afterEach(() => {
  setClock(null);
  vi.unstubAllEnvs();
});

it('waits 30 s after five failures, doubling up to 15 minutes', () => {
  expect([1, 4, 5, 6, 7, 8, 9, 10, 11, 40].map(waitMs)).toEqual([
    0,
    0,
    FIRST_WAIT_MS,
    60_000,
    120_000,
    240_000,
    480_000,
    MAX_WAIT_MS,
    MAX_WAIT_MS,
    MAX_WAIT_MS,
  ]);
});

forEachDialect((t) => {
  it('answers a real login and an unknown one the same, after 1 to 20 failures', async () => {
    const admin = await signIn(t.h, undefined, { login: CLAIRE });
    const app = admin.app;
    const statuses: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const known = await seen(await attempt(app, CLAIRE, `guess number ${i}`, { ip: '203.0.113.1' }));
      const unknown = await seen(
        await attempt(app, 'nobody@ombreval.example', `guess number ${i}`, { ip: '203.0.113.2' }),
      );
      expect(unknown, `attempt ${i}`).toEqual(known);
      statuses.push(known.status);
      tick(1000);
    }
    expect(statuses).toEqual([...Array(FREE_FAILURES).fill(401), ...Array(20 - FREE_FAILURES).fill(429)]);
    // The counts themselves do not differ, and neither login is stored as typed.
    const rows = await t.h.db
      .selectFrom('sign_in_throttle')
      .select(['failures', 'last_failure_at', 'blocked_until'])
      .execute();
    expect(rows.length).toBe(2);
    expect(rows[0]).toEqual(rows[1]);
    const table = JSON.stringify(await t.h.db.selectFrom('sign_in_throttle').selectAll().execute());
    expect(table).not.toContain('claire');
    expect(table).not.toContain('nobody');
    // The account was never locked: its owner's browser (see below) and the right password still work.
    const users = await t.h.db.selectFrom('users').select(['failed_attempts', 'locked_until']).execute();
    expect(users.every((u) => u.failed_attempts === 0 && u.locked_until === null)).toBe(true);
  });

  it('takes as long to refuse a real login as an unknown one', async () => {
    const admin = await signIn(t.h, undefined, { login: CLAIRE });
    const timed = async (login: string, ip: string) => {
      const started = performance.now();
      const res = await attempt(admin.app, login, 'not the password', { ip });
      expect(res.status).toBe(401);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) {
      // Both checked against an argon2id hash (a decoy for the unknown login), both answered after
      // the same floor, whether a failure was logged (Claire's) or not (nobody's).
      expect(await timed(CLAIRE, '203.0.113.1')).toBeGreaterThanOrEqual(FAILED_ANSWER_MIN_MS - 1);
      expect(await timed('nobody@ombreval.example', '203.0.113.2')).toBeGreaterThanOrEqual(
        FAILED_ANSWER_MIN_MS - 1,
      );
    }
  });

  it('lets the real person sign in from their browser while an attacker waits', async () => {
    const admin = await signIn(t.h, undefined, { login: CLAIRE });
    const app = admin.app;
    const home = '192.0.2.10';
    const first = await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home });
    expect(first.status).toBe(200);
    const device = deviceOf(first);
    expect(device).toMatch(/^v1\./);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`)) ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/signin/);
    expect(cookie).toMatch(/Max-Age=15552000/);
    // The attacker, from many addresses, tries 30 passwords.
    const answers: number[] = [];
    for (let i = 1; i <= 30; i++) {
      answers.push((await attempt(app, CLAIRE, `guess number ${i}`, { ip: `198.51.100.${i}` })).status);
    }
    expect(answers.filter((s) => s === 401).length).toBe(FREE_FAILURES);
    expect(answers.slice(FREE_FAILURES).every((s) => s === 429)).toBe(true);
    // Even the right password waits from a browser that never signed in as Claire…
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home })).status).toBe(429);
    // …and from hers, she signs in (again and again: each success gives a fresh cookie).
    const mine = await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device });
    expect(mine.status).toBe(200);
    const next = deviceOf(mine);
    expect(next).not.toBe(device);
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: next })).status).toBe(200);
    // A forged cookie, or another login's, is no better than none.
    const [v, issued, nonce, sig = ''] = (device ?? '').split('.');
    const forged = [v, issued, nonce, `${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`].join('.');
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: forged })).status).toBe(429);
    const bob = await signIn(t.h, undefined, { login: 'bob@ombreval.example', app });
    const bobs = deviceOf(await attempt(app, bob.user.login, TEST_PASSWORD, { ip: '192.0.2.20' }));
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: '192.0.2.20', device: bobs })).status).toBe(429);
    // Wrong passwords typed on her own browser count on that browser alone: it waits in turn, the
    // attacker gains nothing, and her other browser still signs in.
    const laptop = deviceOf(await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: next }));
    for (let i = 1; i <= FREE_FAILURES; i++) {
      expect((await attempt(app, CLAIRE, `typo ${i}`, { ip: home, device: laptop })).status).toBe(401);
    }
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: laptop })).status).toBe(429);
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: next })).status).toBe(200);
    // An expired cookie (180 days) is no better than none either.
    tick(181 * 24 * 3600_000);
    for (let i = 1; i <= FREE_FAILURES; i++)
      await attempt(app, CLAIRE, `later ${i}`, { ip: `198.51.100.${i}` });
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: home, device: next })).status).toBe(429);
  });

  it('makes each further failure wait longer, up to 15 minutes, saying how long in both languages', async () => {
    const admin = await signIn(t.h, undefined, { login: CLAIRE });
    const app = admin.app;
    let n = 0;
    const guess = () => attempt(app, CLAIRE, `guess number ${++n}`, { ip: `198.51.100.${n}` });
    for (let i = 1; i <= FREE_FAILURES; i++) expect((await guess()).status).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 7; round++) {
      const res = await guess();
      expect(res.status).toBe(429);
      const seconds = Number(res.headers.get('retry-after'));
      waits.push(seconds);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('auth.throttled');
      expect(body.error.message).toContain('Too many attempts for this login from this device or address');
      // Half-way through the wait, still waiting, and told the rest.
      tick((seconds / 2) * 1000);
      const half = await guess();
      expect(half.status).toBe(429);
      expect(Number(half.headers.get('retry-after'))).toBe(seconds / 2);
      tick((seconds / 2) * 1000);
      expect((await guess()).status).toBe(401);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    const fr = await attempt(app, CLAIRE, 'encore une', { ip: '198.51.100.200', lang: 'fr-FR' });
    expect(((await fr.json()) as { error: { message: string } }).error.message).toBe(
      'Trop de tentatives pour cet identifiant depuis cet appareil ou cette adresse : réessayez dans 15 minutes.',
    );
    // A day without failures, and the count starts again.
    tick(24 * 3600_000 + 1000);
    expect((await guess()).status).toBe(401);
    expect((await guess()).status).toBe(401);
  });

  it('still limits attempts per address, on many logins', async () => {
    const { app } = createApp({ db: t.h });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await attempt(app, `spray${i}@ombreval.example`, 'p'.repeat(12), { ip: '203.0.113.9' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.rate_limited');
      }
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Another address is not concerned.
    expect(
      (await attempt(app, 'spray0@ombreval.example', 'p'.repeat(12), { ip: '203.0.113.10' })).status,
    ).toBe(401);
  });

  it('clears the slow-down when an admin unlocks, from the API or the CLI, and on a password reset', async () => {
    const admin = await signIn(t.h, undefined, { login: 'admin@ombreval.example' });
    const claire = await signIn(t.h, undefined, { login: CLAIRE, app: admin.app });
    const app = admin.app;
    const throttle = async () => {
      for (let i = 1; i <= FREE_FAILURES; i++)
        await attempt(app, CLAIRE, `guess ${i}`, { ip: `198.51.100.${i}` });
      expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: '192.0.2.1' })).status).toBe(429);
    };
    const listed = async () => {
      const users = (await (await admin.request('/api/users')).json()) as {
        login: string;
        throttledUntil: string | null;
        failedSignIns: number;
      }[];
      return users.find((u) => u.login === CLAIRE);
    };
    await throttle();
    // The users page says so: since when it waits, how many failures; no "locked" any more.
    const before = await listed();
    expect(before?.failedSignIns).toBe(FREE_FAILURES + 0);
    expect(Date.parse(before?.throttledUntil ?? '')).toBe(at + FIRST_WAIT_MS);
    expect(before).not.toHaveProperty('lockedUntil');
    const unlocked = await admin.request(`/api/users/${claire.user.id}/unlock`, { method: 'POST' });
    expect(unlocked.status).toBe(200);
    expect(await listed()).toMatchObject({ throttledUntil: null, failedSignIns: 0 });
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: '192.0.2.1' })).status).toBe(200);
    const logged = await t.h.db
      .selectFrom('changes')
      .select(['actor', 'diff'])
      .where('action', '=', 'unlock')
      .executeTakeFirstOrThrow();
    expect(logged.actor).toBe('admin@ombreval.example');
    expect(JSON.parse(logged.diff)).toEqual({
      failedSignIns: [FREE_FAILURES, 0],
      throttledUntil: [new Date(at + FIRST_WAIT_MS).toISOString(), null],
    });
    // The CLI, another process with its own memory, clears it too: the counts are in the database.
    await throttle();
    const list = await run(t.h, ['--as', 'admin@ombreval.example', 'user', 'list']);
    expect(list.out).toMatch(new RegExp(`${CLAIRE}.*throttled`));
    expect((await run(t.h, ['--as', 'admin@ombreval.example', 'user', 'unlock', CLAIRE])).kind).toBeNull();
    expect((await attempt(app, CLAIRE, TEST_PASSWORD, { ip: '192.0.2.1' })).status).toBe(200);
    // A password reset lets the temporary password in from any browser.
    await throttle();
    const reset = await admin.request(`/api/users/${claire.user.id}/reset-password`, { method: 'POST' });
    const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };
    expect((await attempt(app, CLAIRE, temporaryPassword, { ip: '192.0.2.1' })).status).toBe(200);
  });

  it('logs a real user’s failures and slow-downs, never an unknown login or a password', async () => {
    const admin = await signIn(t.h, undefined, { login: CLAIRE });
    const app = admin.app;
    for (let i = 1; i <= FREE_FAILURES + 2; i++) {
      await attempt(app, CLAIRE, `secret guess ${i}`, { ip: '203.0.113.1' });
      await attempt(app, 'ghost@ombreval.example', `secret guess ${i}`, { ip: '203.0.113.2' });
    }
    const log = await t.h.db
      .selectFrom('changes')
      .select(['actor', 'entity_id', 'action', 'diff', 'reason'])
      .where('entity', '=', 'user')
      .orderBy('id')
      .execute();
    const failed = log.filter((l) => l.action === 'sign_in_failed');
    expect(failed.map((l) => [l.actor, l.entity_id, JSON.parse(l.diff)])).toEqual(
      Array.from({ length: FREE_FAILURES }, (_, i) => [
        CLAIRE,
        admin.user.id,
        { failures: [i, i + 1], ip: [null, '203.0.113.1'] },
      ]),
    );
    // The address is a field of the change; the reason stays for what a person writes.
    expect(failed[0]?.reason).toBeNull();
    const slowed = log.filter((l) => l.action === 'sign_in_throttled');
    expect(slowed.length).toBe(1);
    expect(JSON.parse(slowed[0]?.diff ?? '{}')).toEqual({
      until: [null, new Date(at + FIRST_WAIT_MS).toISOString()],
      browser: [null, 'unknown'],
      ip: [null, '203.0.113.1'],
    });
    const everything = JSON.stringify(await t.h.db.selectFrom('changes').selectAll().execute());
    expect(everything).not.toContain('ghost');
    expect(everything).not.toContain('secret guess');
  });
});
