// `vigie start` and `vigie demo` as an operator runs them: the demo organisation (published passwords)
// only where it is asked for or harmless, and a production start that offers the first-admin setup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db, migrate } from '../core/db';
import { pgAvailable } from '../core/testing/dialects';
import { signIn } from '../trust/testing';
import { newKey } from '../trust/vault/crypto';
import { runVigie, startVigie } from './start-testing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const KEY = { VIGIE_MASTER_KEY: newKey().toString('base64') };
const PROD = { NODE_ENV: 'production', ...KEY };

async function counts(url: string) {
  const h: Db = createDb(url);
  try {
    const n = async (table: 'users' | 'presences') =>
      Number((await h.db.selectFrom(table).select(h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { users: await n('users'), presences: await n('presences') };
  } finally {
    await h.close();
  }
}

async function ready(url: string) {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: await res.json() };
}

describe('vigie start on SQLite', () => {
  it('loads the demo into a new development database (the README’s npm start)', {
    timeout: 180_000,
  }, async () => {
    const db = `sqlite:${path.join(dir, 'dev.db')}`;
    const vigie = startVigie(db, { NODE_ENV: '' });
    try {
      expect(await vigie.waitFor('demo-loaded')).toMatchObject({ organisation: expect.any(String) });
      await vigie.waitFor('demo-logins');
      const { url } = (await vigie.waitFor('listening')) as { url: string };
      expect(await ready(url)).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      expect(await vigie.stop()).toBe(0);
    }
    expect((await counts(db)).presences).toBeGreaterThan(100);
  });

  it('in production, loads no demo and offers the first-admin setup', { timeout: 120_000 }, async () => {
    const db = `sqlite:${path.join(dir, 'prod.db')}`;
    const vigie = startVigie(db, PROD);
    try {
      expect(await vigie.waitFor('demo-skipped')).toEqual({ event: 'demo-skipped', reason: 'production' });
      const { url } = (await vigie.waitFor('listening')) as { url: string };
      const setup = (await vigie.waitFor('setup')) as { url: string };
      expect(setup.url).toMatch(new RegExp(`^${url}/setup\\?code=\\S+$`));
      expect(await ready(url)).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      expect(await vigie.stop()).toBe(0);
    }
    expect(vigie.events.some((e) => e.event === 'demo-loaded' || e.event === 'demo-logins')).toBe(false);
    expect(await counts(db)).toEqual({ users: 0, presences: 0 });
  });

  it('refuses --demo and VIGIE_DEMO=1 in production before opening anything, naming why', {
    timeout: 180_000,
  }, () => {
    const file = path.join(dir, 'refused.db');
    for (const [env, args] of [
      [PROD, ['start', '--demo']],
      [{ ...PROD, VIGIE_DEMO: '1' }, ['start']],
      [PROD, ['demo']],
    ] as const) {
      const r = runVigie(['--db', `sqlite:${file}`, ...args], env);
      expect(r.code).toBe(2);
      expect(r.err).toContain('never loaded when NODE_ENV=production');
    }
    expect(fs.existsSync(file)).toBe(false);
    const fr = runVigie(['--db', `sqlite:${file}`, '--lang', 'fr', 'start', '--demo'], PROD);
    expect(fr.err).toContain('n’est jamais chargée quand NODE_ENV=production');
  });

  it('stops on a bad environment value, naming the variable', { timeout: 180_000 }, () => {
    const file = path.join(dir, 'bad-env.db');
    for (const [name, value] of [
      // (Each reader is tested on its own, with every variable: here, that the start uses them.)
      ['VIGIE_SHUTDOWN_TIMEOUT', '30s'],
      ['VIGIE_LOG_LEVEL', 'loud'],
    ] as const) {
      const r = runVigie(['--db', `sqlite:${file}`, 'start'], { [name]: value });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${name} must be`);
    }
    expect(fs.existsSync(file)).toBe(false);
  });

  it('`vigie demo` never loads beside an organisation’s own users', { timeout: 60_000 }, async () => {
    const url = `sqlite:${path.join(dir, 'own-users.db')}`;
    const h = createDb(url);
    await migrate(h);
    const admin = await signIn(h, undefined, { login: 'real.admin@example.org' });
    await h.close();
    const r = runVigie(['--db', url, '--as', admin.user.login, 'demo', '--reset']);
    expect(r.code).toBe(4);
    expect(r.err).toContain('users of its own (1)');
    // A start with --demo loads nothing there either.
    const vigie = startVigie(url, { ...KEY }, ['--demo']);
    try {
      expect(await vigie.waitFor('demo-skipped')).toEqual({ event: 'demo-skipped', reason: 'has_users' });
      await vigie.waitFor('listening');
    } finally {
      expect(await vigie.stop()).toBe(0);
    }
    expect(await counts(url)).toEqual({ users: 1, presences: 0 });
  });
});

describe.skipIf(!pgAvailable())('vigie start on PostgreSQL', () => {
  async function newDatabase(): Promise<string> {
    const base = inject('pgUrl')!;
    const name = `vigie_start_${Math.random().toString(36).slice(2, 10)}`;
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    return u.toString();
  }

  it('loads no demo unless asked, and offers the setup', { timeout: 120_000 }, async () => {
    const url = await newDatabase();
    const vigie = startVigie(url, { NODE_ENV: '', ...KEY });
    try {
      expect(await vigie.waitFor('demo-skipped')).toEqual({ event: 'demo-skipped', reason: 'postgres' });
      await vigie.waitFor('setup');
    } finally {
      expect(await vigie.stop()).toBe(0);
    }
    expect(await counts(url)).toEqual({ users: 0, presences: 0 });
  });

  it('loads it when asked with VIGIE_DEMO=1', { timeout: 240_000 }, async () => {
    const url = await newDatabase();
    const vigie = startVigie(url, { NODE_ENV: '', VIGIE_DEMO: '1', ...KEY });
    try {
      await vigie.waitFor('demo-loaded');
      const { url: web } = (await vigie.waitFor('listening')) as { url: string };
      expect(await ready(web)).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      expect(await vigie.stop()).toBe(0);
    }
    expect((await counts(url)).presences).toBeGreaterThan(100);
  });

  it('in production, refuses --demo', { timeout: 60_000 }, () => {
    const r = runVigie(['--db', inject('pgUrl')!, 'start', '--demo'], PROD);
    expect(r.code).toBe(2);
    expect(r.err).toContain('NODE_ENV=production');
  });
});
