// Graceful shutdown: a server with an import running is asked to stop. Within the deadline the import
// finishes and is stored whole; past it, the import is left uncommitted and the process may go.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startVigie } from '../cli/start-testing';
import { operatorAccess } from '../core/access';
import { createDb, type Db, migrate } from '../core/db';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { signIn } from '../trust/testing';
import { testVault } from '../trust/vault/testing';
import { startServer } from './main';
import { DEFAULT_SHUTDOWN_TIMEOUT_S, shutdownTimeoutFromEnv } from './shutdown';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-shutdown-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A generic CSV of `n` posts (docs/generic-csv.md). */
function postsCsv(n: number): Buffer {
  const lines = ['post_id,published_at,text,likes'];
  for (let i = 1; i <= n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${1_000_000 + i},2025-03-${day}T10:00:00Z,Post number ${i} about the group,${i % 97}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** A user signed in and a presence to import into, in a database the server will open. */
async function prepare(h: Db) {
  const admin = await signIn(h);
  const presence = await new RegistryService(h).createPresence(operatorAccess('t'), {
    platform: 'x',
    handle: 'ombreval',
    status: 'active',
  });
  const headers = { cookie: admin.cookie, 'x-vigie-csrf': admin.csrf };
  return { presenceId: presence.id, headers };
}

async function upload(url: string, p: Awaited<ReturnType<typeof prepare>>, csv: Buffer): Promise<string> {
  const res = await fetch(`${url}/api/data-imports?name=posts.csv&platform=csv&presenceId=${p.presenceId}`, {
    method: 'PUT',
    headers: { ...p.headers, 'content-type': 'text/csv' },
    body: new Uint8Array(csv),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { jobId: string }).jobId;
}

async function stored(h: Db) {
  const count = async (table: 'posts' | 'data_imports') =>
    Number((await h.db.selectFrom(table).select(h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { posts: await count('posts'), imports: await count('data_imports') };
}

describe('VIGIE_SHUTDOWN_TIMEOUT', () => {
  it('is whole seconds from 0 to 3600, 30 by default, and names itself when wrong', () => {
    expect(shutdownTimeoutFromEnv({})).toBe(DEFAULT_SHUTDOWN_TIMEOUT_S * 1000);
    expect(shutdownTimeoutFromEnv({ VIGIE_SHUTDOWN_TIMEOUT: '0' })).toBe(0);
    expect(shutdownTimeoutFromEnv({ VIGIE_SHUTDOWN_TIMEOUT: ' 120 ' })).toBe(120_000);
    for (const bad of ['-1', '1.5', '30s', 'abc', '3601', '1e3']) {
      expect(() => shutdownTimeoutFromEnv({ VIGIE_SHUTDOWN_TIMEOUT: bad })).toThrow(
        /VIGIE_SHUTDOWN_TIMEOUT must be a whole number of seconds from 0 to 3600/,
      );
    }
  });
});

forEachDialect((t) => {
  it('lets a running import finish, then stops taking connections', async () => {
    const p = await prepare(t.h);
    const server = await startServer({ db: t.h, port: 0, host: '127.0.0.1', vault: testVault().vault });
    await upload(server.url, p, postsCsv(20_000));
    expect(server.runningImports).toBe(1);
    const r = await server.shutdown(60_000);
    expect(r).toEqual({ running: 1, abandoned: 0 });
    expect(await stored(t.h)).toEqual({ posts: 20_000, imports: 1 });
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('past the deadline, returns with the import unfinished and nothing of it committed', async () => {
    const p = await prepare(t.h);
    const server = await startServer({ db: t.h, port: 0, host: '127.0.0.1', vault: testVault().vault });
    await upload(server.url, p, postsCsv(20_000));
    const r = await server.shutdown(0);
    expect(r).toEqual({ running: 1, abandoned: 1 });
    if (t.dialect === 'postgres') {
      // Seen from another connection, the import's transaction has written nothing yet.
      const other = createDb(t.h.connectionUrl!());
      expect(await stored(other)).toEqual({ posts: 0, imports: 0 });
      await other.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // (In a real stop the process ends here; the test lets the import end before its database goes.)
    while (server.runningImports) await new Promise((r) => setTimeout(r, 50));
  });
});

describe('vigie start, stopped by SIGTERM while an import runs', () => {
  const N = 60_000;
  const csv = postsCsv(N);

  for (const [name, timeout, outcome] of [
    ['waits for the import, stores it whole, exits 0', '60', { code: 0, posts: N, imports: 1 }],
    [
      'past VIGIE_SHUTDOWN_TIMEOUT, exits 1 and leaves nothing of the import',
      '0',
      { code: 1, posts: 0, imports: 0 },
    ],
  ] as const) {
    it(name, { timeout: 120_000 }, async () => {
      const file = path.join(dir, `stop-${timeout}.db`);
      const h = createDb(`sqlite:${file}`);
      await migrate(h);
      const p = await prepare(h);
      await h.close();

      const vigie = startVigie(`sqlite:${file}`, { VIGIE_SHUTDOWN_TIMEOUT: timeout });
      const url = (await vigie.waitFor('listening')).url as string;
      const jobId = await upload(url, p, csv);
      const job = await fetch(`${url}/api/data-imports/jobs/${jobId}`, { headers: p.headers });
      expect(((await job.json()) as { state: string }).state).toBe('running');
      expect(await vigie.stop()).toBe(outcome.code);
      expect(vigie.events.find((e) => e.event === 'stopping')).toMatchObject({
        signal: 'SIGTERM',
        imports: 1,
      });
      expect(vigie.events.find((e) => e.event === 'stopped')).toMatchObject({
        abandoned: outcome.code === 0 ? 0 : 1,
      });

      const after = createDb(`sqlite:${file}`);
      expect(await stored(after)).toEqual({ posts: outcome.posts, imports: outcome.imports });
      await after.close();
    });
  }
});
