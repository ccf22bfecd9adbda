// A backup of the demo organisation, restored into another database of the same kind, on SQLite and
// on PostgreSQL: every table holds the same rows, the change log's chain still verifies, the vault
// opens with the key of the backup's day; a database with data is replaced only with `force`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { createDb, type Db, type Dialect, migrate } from '../core/db';
import { VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { loadDemo } from '../demo/loader';
import { verifyLog } from '../trust/log/verify';
import { newKey } from '../trust/vault/crypto';
import { VaultService } from '../trust/vault/service';
import { openVault } from '../trust/vault/vault';
import { backupDatabase } from './backup';
import { inspectBackup } from './inspect';
import { holdings, restoreDatabase } from './restore';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ops-'));
const key = newKey().toString('base64');
const env = { VIGIE_MASTER_KEY: key };
beforeAll(() => fs.chmodSync(dir, 0o700));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every table's rows, as plain values, in a stable order (the whole database, to compare). */
async function everything(h: Db, skip: string[] = []): Promise<Record<string, unknown[]>> {
  const tables =
    h.dialect === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table'
            and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(h.db)
        ).rows
      : (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'
            and table_name not like 'kysely_%' order by table_name`.execute(h.db)
        ).rows;
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(h.db)).rows;
    // Values as text (drivers differ on dates, booleans and bigints), rows sorted.
    out[name] = rows
      .map((r) => JSON.stringify(Object.values(r).map((v) => (v === null ? null : String(v)))))
      .sort();
  }
  return out;
}

/** A new empty database of the dialect that the test owns (not dropped by closing a handle). */
async function emptyTarget(dialect: Dialect, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const file = path.join(dir, `${name}.db`);
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(file, { force: true }) };
  }
  const base = inject('pgUrl')!;
  const db = `vigie_ops_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${db}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Opens the target, restores into it (its own connection released first), and closes. */
async function restoreInto(
  url: string,
  file: string,
  opts: { force?: boolean; env?: NodeJS.ProcessEnv } = {},
) {
  const h = createDb(url);
  await migrate(h);
  let open = true;
  try {
    return await restoreDatabase(h, {
      file,
      force: opts.force,
      actor: 'test',
      env: opts.env ?? env,
      release: async () => {
        open = false;
        await h.close();
      },
    });
  } finally {
    if (open) await h.close();
  }
}

async function withDb<T>(url: string, fn: (h: Db) => Promise<T>): Promise<T> {
  const h = createDb(url);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

forEachDialect((t) => {
  it('backs up the demo organisation and restores it exactly, replacing data only with force', async () => {
    const h = t.h;
    await loadDemo(h);
    const opened = await openVault(h, env, { createDevKey: false });
    const presence = (await h.db.selectFrom('presences').select('id').orderBy('id').executeTakeFirstOrThrow())
      .id;
    await new VaultService(h, opened.vault).write(operatorAccess('test'), presence, 'password', {
      value: 'mot-de-passe-de-test',
    });
    const saved = await everything(h);
    const savedLog = await verifyLog(h.db);
    expect(savedLog.broken).toBeNull();

    const file = path.join(dir, `demo-${t.dialect}.vigie`);
    const progress: number[] = [];
    const b = await backupDatabase(h, { out: file, actor: 'test', env, onProgress: (d) => progress.push(d) });
    expect(b.kind).toBe(t.dialect);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(b.size).toBe(fs.statSync(file).size);
    expect(b.key).toEqual({ source: 'VIGIE_MASTER_KEY', secrets: 1 });
    expect(progress.length).toBeGreaterThan(0);
    // Nothing is left beside it (no temporary file, no -wal).
    expect(fs.readdirSync(dir).filter((f) => f.includes(`demo-${t.dialect}`))).toEqual([
      `demo-${t.dialect}.vigie`,
    ]);
    const info = await inspectBackup(file);
    expect(info.schema).toBe(b.schema);
    // The backup is on record in the database it was taken from.
    const last = await h.db.selectFrom('changes').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect([last.entity, last.action]).toEqual(['database', 'backup']);

    const target = await emptyTarget(t.dialect, `restored-${t.dialect}`);
    try {
      // Into an empty database: no force needed.
      const first = await restoreInto(target.url, file);
      expect(first.key.ok).toBe(true);
      expect(first.log.ok).toBe(true);
      expect(first.holds.presences).toBeGreaterThan(100);
      expect(first.holds.secrets).toBe(1);

      // Change things, then restore again: refused while it holds data, done with force.
      await withDb(target.url, async (x) => {
        await x.db.updateTable('presences').set({ name: 'Renommée après la sauvegarde' }).execute();
        await x.db.deleteFrom('posts').execute();
        await x.db.deleteFrom('secrets').execute();
      });
      const refused = await restoreInto(target.url, file).catch((e: VigieError) => e);
      expect(refused).toBeInstanceOf(VigieError);
      expect((refused as VigieError).code).toBe('ops.not_empty');
      expect((refused as VigieError).message).toContain('presences');
      expect((refused as VigieError).message).not.toContain('posts');

      const again = await restoreInto(target.url, file, { force: true });
      expect(again.replaced.posts).toBe(0);
      expect(again.holds.posts).toBe(saved.posts!.length);
      expect(again.key).toEqual({ ok: true, source: 'VIGIE_MASTER_KEY', secrets: 1 });
      // The backup's own entry is in the source, after the copy: the restored log is the saved one.
      expect(again.log).toEqual({ ok: true, count: savedLog.checked, brokenId: null, problem: null });

      await withDb(target.url, async (x) => {
        // Every table as it was saved; the log is the saved one, then this restore's entry.
        const now = await everything(x, ['changes', 'log_head']);
        const { changes: _c, log_head: _l, ...rest } = saved;
        expect(now).toEqual(rest);
        const log = await verifyLog(x.db);
        expect(log.broken).toBeNull();
        expect(log.checked).toBe(savedLog.checked + 1);
        const tail = await x.db.selectFrom('changes').selectAll().orderBy('id', 'desc').limit(2).execute();
        expect(tail.map((c) => [c.entity, c.action, c.actor])).toEqual([
          ['database', 'restore', 'test'],
          ['secret', 'create', 'test'],
        ]);
        // The secret opens with the key of the backup's day.
        const vault = (await openVault(x, env, { createDevKey: false })).vault;
        const row = await x.db.selectFrom('secrets').selectAll().executeTakeFirstOrThrow();
        expect(await vault.openSecret(x.db, row)).toBe('mot-de-passe-de-test');
        // New rows take new ids (PostgreSQL's sequences came back with the data).
        await x.db
          .insertInto('units')
          .values({
            parent_id: null,
            name: 'Après',
            name_key: 'après',
            kind: 'team',
            country: null,
            created_at: 'x',
            updated_at: 'x',
          })
          .execute();
      });

      // Another master key: the data is back, and the key is reported wrong, not thrown.
      const wrong = await restoreInto(target.url, file, {
        force: true,
        env: { VIGIE_MASTER_KEY: newKey().toString('base64') },
      });
      expect(wrong.key.ok).toBe(false);
      expect(wrong.key.ok === false && wrong.key.code).toBe('vault.key_wrong');
      // No key at all, with a secret in the vault: missing.
      const none = await restoreInto(target.url, file, {
        force: true,
        env: { VIGIE_MASTER_KEY_AUTO: 'off' },
      });
      expect(none.key.ok === false && none.key.code).toBe('vault.key_missing');
    } finally {
      await target.drop();
    }
    expect(await holdings(h.db)).toMatchObject({ secrets: 1 });
  });
});
