import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../core/migrations';
import { forEachDialect } from '../core/testing/dialects';
import { testVault } from '../trust/vault/testing';
import { createApp } from './app';
import { readiness } from './health';

const known = ['001', '002'];
const fine = { draining: false, databaseReachable: true, applied: known, known, vaultKeyLoaded: true };

describe('readiness', () => {
  it('is ready when the database answers, is migrated, and the vault has its key', () => {
    expect(readiness(fine)).toEqual({ ready: true });
    // A migration the database knows and this version does not (a newer instance ran) is no reason.
    expect(readiness({ ...fine, applied: [...known, '003'] })).toEqual({ ready: true });
  });

  it('gives the first reason not to be ready, in the order an operator fixes them', () => {
    expect(readiness({ ...fine, draining: true, databaseReachable: false })).toEqual({
      ready: false,
      reason: 'shutting_down',
    });
    expect(readiness({ ...fine, databaseReachable: false, vaultKeyLoaded: false })).toEqual({
      ready: false,
      reason: 'database_unreachable',
    });
    expect(readiness({ ...fine, applied: ['001'] })).toEqual({ ready: false, reason: 'migrations_pending' });
    expect(readiness({ ...fine, applied: null })).toEqual({ ready: false, reason: 'migrations_pending' });
    expect(readiness({ ...fine, vaultKeyLoaded: false })).toEqual({
      ready: false,
      reason: 'vault_key_missing',
    });
  });
});

forEachDialect((t) => {
  const body = async (res: Response) => ({ status: res.status, body: await res.json() });

  it('answers /healthz and /readyz without a session, without version or secrets, never cached', async () => {
    const { app } = createApp({ db: t.h, oidc: null, vault: testVault().vault });
    for (const path of ['/healthz', '/readyz']) {
      const res = await app.request(path);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.clone().text();
      expect(text).not.toMatch(/version|0\.1\.0|sqlite|postgres|node|vigie/i);
      expect(res.headers.get('server')).toBeNull();
    }
    expect(await body(await app.request('/healthz'))).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await body(await app.request('/readyz'))).toEqual({ status: 200, body: { status: 'ready' } });
    // The web app's own probe says no more: not which database the server runs on.
    expect(await body(await app.request('/api/health'))).toEqual({ status: 200, body: { ok: true } });
  });

  it('is not ready without the vault’s key, with a migration missing, or while shutting down', async () => {
    const noKey = createApp({ db: t.h, oidc: null });
    expect(await body(await noKey.app.request('/readyz'))).toEqual({
      status: 503,
      body: { status: 'not_ready', reason: 'vault_key_missing' },
    });
    // Alive all the same: /healthz touches nothing.
    expect((await noKey.app.request('/healthz')).status).toBe(200);

    const { app, lifecycle } = createApp({ db: t.h, oidc: null, vault: testVault().vault });
    const last = MIGRATIONS.at(-1)!.name;
    await t.h.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', last as never)
      .execute();
    expect(await body(await app.request('/readyz'))).toEqual({
      status: 503,
      body: { status: 'not_ready', reason: 'migrations_pending' },
    });
    lifecycle.draining = true;
    expect(await body(await app.request('/readyz'))).toEqual({
      status: 503,
      body: { status: 'not_ready', reason: 'shutting_down' },
    });
  });

  it('is not ready when the database does not answer, and says no more than that', async () => {
    const { app } = createApp({ db: t.h, oidc: null, vault: testVault().vault });
    await t.h.close();
    const res = await app.request('/readyz');
    expect(await body(res)).toEqual({
      status: 503,
      body: { status: 'not_ready', reason: 'database_unreachable' },
    });
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
