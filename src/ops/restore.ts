// `vigie restore FILE`: puts a backup made by `vigie backup` back as the configured database.
// Checked first, before anything is replaced: the file is a backup of the configured database's kind,
// whole, of a schema this Vigie can migrate, and the database holds no data (or --force). Then:
// - SQLite: nobody else may have the file open (a running server would keep writing to the file
//   it opened, and lose everything it wrote); the backup is copied beside the database, checked with
//   `integrity_check`, migrated, and renamed over it — the database is the old one or the new one,
//   never half of each;
// - PostgreSQL: nobody else may be connected; `pg_restore --clean --if-exists --single-transaction`
//   replaces every table of the backup in one transaction (tables the backup does not have, from a
//   newer schema, are dropped first, so that migrating recreates them), then the schema is migrated.
// Afterwards the master key is checked against the restored vault and the change log's chain is
// verified; both are reported, not thrown: the data is back either way, and what is wrong is said.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { nowIso } from '../core/clock';
import { createDb, type Db, type Dialect, migrate } from '../core/db';
import { Conflict, Invalid, Unavailable, VigieError } from '../core/errors';
import { fill } from '../core/i18n';
import { appendChanges, type Q } from '../core/log';
import { MIGRATIONS } from '../core/migrations';
import { verifyLog } from '../trust/log/verify';
import { describeSource, devKeyFileFor, loadMasterKey } from '../trust/vault/keys';
import * as vaultStore from '../trust/vault/store';
import { checkMasterKey } from '../trust/vault/vault';
import { besideTemp, removeWithCompanions, sha256File, syncDir } from './backup';
import { type BackupInfo, checkSchema, fileError, inspectBackup, kindName, sniffFile } from './inspect';
import { opsMessages as M } from './messages';
import { findPgTool, runTool, splitPassword, toolDetail } from './tools';

/** What a database holds, in the tables people know (the summary's and the refusal's words). */
export const HOLDINGS = [
  'presences',
  'units',
  'people',
  'users',
  'posts',
  'audits',
  'secrets',
  'changes',
] as const;
export type Holdings = Record<(typeof HOLDINGS)[number], number>;

export async function holdings(db: Q): Promise<Holdings> {
  const out = {} as Holdings;
  for (const table of HOLDINGS) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    out[table] = Number(r?.n ?? 0);
  }
  return out;
}

/** "182 presences, 9 users" (English, for errors; the CLI localises its own). */
export function describeHoldings(h: Holdings, locale: 'en' | 'fr' = 'en'): string {
  const parts = HOLDINGS.filter((k) => h[k] > 0).map((k) =>
    fill(M[`ops.holds.${k}`][locale], { count: h[k] }, locale),
  );
  return parts.length ? parts.join(', ') : M['ops.cli.nothing'][locale];
}

export interface RestoreOptions {
  file: string;
  /** Replace a database that holds data. */
  force?: boolean;
  /** Who restored, for the change log. */
  actor: string;
  /** Closes the caller's own connections to the database before it is replaced. */
  release?: () => Promise<void>;
  env?: NodeJS.ProcessEnv;
}

export type KeyReport =
  | { ok: true; source: string | null; secrets: number }
  | { ok: false; code: string; message: string; params: Record<string, string | number>; secrets: number };

export interface RestoreResult {
  file: string;
  target: string;
  kind: Dialect;
  sha256: string;
  /** The backup's schema version, and the one it was migrated to. */
  from: string;
  to: string;
  migrated: string[];
  replaced: Holdings;
  holds: Holdings;
  key: KeyReport;
  log: { ok: boolean; count: number; brokenId: number | null; problem: string | null };
  seconds: number;
}

/** Whether another connection holds the SQLite file (an exclusive lock cannot be taken at once). */
export function sqliteInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  let probe: SQLite.Database | null = null;
  try {
    probe = new SQLite(file, { fileMustExist: true, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    if ((e as { code?: string }).code?.startsWith('SQLITE_LOCKED')) return true;
    throw e;
  } finally {
    probe?.close();
  }
}

function inUse(target: string): Unavailable {
  return new Unavailable('ops.sqlite_in_use', fill(M['ops.sqlite_in_use'].en, { target }), { target });
}

/** Copies, checks, migrates and renames the backup over the database file; returns the migrations run. */
async function restoreSqlite(file: string, target: string): Promise<string[]> {
  if (sqliteInUse(target)) throw inUse(target);
  const tmp = besideTemp(target, 'restore');
  try {
    fs.copyFileSync(file, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, 0o600);
    const h = createDb(`sqlite:${tmp}`);
    let migrated: string[];
    try {
      const check = h.sqlite?.pragma('integrity_check(1)', { simple: true });
      if (check !== 'ok') throw fileError('ops.damaged', file, { detail: String(check) });
      migrated = await migrate(h);
      h.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await h.close();
    }
    // The copy is whole and current: the old database goes, with its -wal and -shm (a -wal left
    // beside the new file would be replayed into it).
    if (sqliteInUse(target)) throw inUse(target);
    for (const f of [`${tmp}-wal`, `${tmp}-shm`, `${target}-wal`, `${target}-shm`, `${target}-journal`]) {
      fs.rmSync(f, { force: true });
    }
    fs.renameSync(tmp, target);
    syncDir(path.dirname(target));
    return migrated;
  } catch (e) {
    removeWithCompanions(tmp);
    throw e;
  }
}

/** Vigie's own tables, as this Vigie's migrations create them (on a scratch in-memory database). */
async function vigieTables(): Promise<string[]> {
  const scratch = createDb('sqlite::memory:');
  try {
    await migrate(scratch);
    const rows = await sql<{ name: string }>`select name from sqlite_master
      where type = 'table' and name not like 'sqlite_%'`.execute(scratch.db);
    return rows.rows.map((r) => r.name);
  } finally {
    await scratch.close();
  }
}

/** Other sessions on the PostgreSQL database (a server, a console): a restore under them is refused. */
async function pgOthers(url: string): Promise<{ count: number; clients: string }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ n: string; clients: string | null }>(
      `select count(*) as n, string_agg(distinct coalesce(nullif(application_name, ''), client_addr::text, 'local'), ', ') as clients
         from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    return { count: Number(r.rows[0]?.n ?? 0), clients: r.rows[0]?.clients ?? '' };
  } finally {
    await c.end();
  }
}

async function restorePostgres(file: string, url: string, info: BackupInfo, describe: string): Promise<void> {
  const bin = findPgTool('pg_restore');
  const others = await pgOthers(url);
  if (others.count > 0) {
    const params = { target: describe, count: others.count, clients: others.clients || '?' };
    throw new Unavailable('ops.pg_in_use', fill(M['ops.pg_in_use'].en, params), params);
  }
  // Vigie's tables of a newer schema than the backup's: dropped, so that migrating recreates them
  // empty. Tables that are not Vigie's (another application's, in the same schema) are left alone.
  const ours = await vigieTables();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const existing = (
      await c.query<{ name: string }>(
        `select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`,
      )
    ).rows.map((r) => r.name);
    const extra = existing.filter((t) => ours.includes(t) && !info.tableNames.includes(t));
    if (extra.length) {
      await c.query(
        `drop table if exists ${extra.map((t) => `"${t.replace(/"/g, '""')}"`).join(', ')} cascade`,
      );
    }
  } finally {
    await c.end();
  }
  const { url: bare, password } = splitPassword(url);
  const r = await runTool(
    bin,
    [
      '--clean',
      '--if-exists',
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      '--no-password',
      `--dbname=${bare}`,
      file,
    ],
    { password },
  );
  if (r.code !== 0) {
    const params = { file, target: describe, detail: toolDetail(r.stderr) };
    throw new Unavailable('ops.restore_failed', fill(M['ops.restore_failed'].en, params), params);
  }
}

async function keyReport(h: Db, env: NodeJS.ProcessEnv): Promise<KeyReport> {
  const secrets = (await vaultStore.counts(h.db)).secrets;
  try {
    const key = loadMasterKey(env, { devKeyFile: devKeyFileFor(h) });
    const source = key ? describeSource(key) : null;
    await checkMasterKey(h.db, key?.key ?? null, describeSource(key));
    return { ok: true, source, secrets };
  } catch (e) {
    if (!(e instanceof VigieError)) throw e;
    return { ok: false, code: e.code, message: e.message, params: e.params, secrets };
  }
}

/** Restores the database `h` is open on from `opts.file`; see the file's header for how. */
export async function restoreDatabase(h: Db, opts: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const env = opts.env ?? process.env;
  const file = path.resolve(opts.file);
  if (h.dialect === 'sqlite' && (h.describe === ':memory:' || !h.describe)) {
    throw new Invalid('ops.memory_database', M['ops.memory_database'].en);
  }
  // The kind first (from the file's first bytes), so that a backup of the other kind is named as such.
  const kind = sniffFile(file);
  if (kind !== h.dialect) {
    throw fileError('ops.wrong_kind', file, {
      kind_name: kindName(kind),
      target_name: kindName(h.dialect),
      target: h.describe,
    });
  }
  const info = await inspectBackup(file);
  checkSchema(file, info.migrations);
  const replaced = await holdings(h.db);
  if (HOLDINGS.some((k) => replaced[k] > 0) && !opts.force) {
    const params = {
      file,
      target: h.describe,
      holdings: describeHoldings(replaced),
      holdings_fr: describeHoldings(replaced, 'fr'),
    };
    throw new Conflict('ops.not_empty', fill(M['ops.not_empty'].en, params), params);
  }
  const sha256 = await sha256File(file);
  const target = h.describe;
  const url = h.connectionUrl?.();
  await opts.release?.();
  let migrated: string[];
  if (h.dialect === 'sqlite') {
    migrated = await restoreSqlite(file, target);
  } else {
    if (!url) throw new Error('a PostgreSQL handle without its URL');
    await restorePostgres(file, url, info, target);
    migrated = [];
  }
  const after = createDb(h.dialect === 'sqlite' ? `sqlite:${target}` : url!);
  try {
    if (h.dialect === 'postgres') migrated = await migrate(after);
    const holds = await holdings(after.db);
    const key = await keyReport(after, env);
    const verified = await verifyLog(after.db);
    const to = MIGRATIONS.at(-1)?.name ?? info.schema;
    // On record, after the restored log's own last entry: who put this backup back, and which file.
    await appendChanges(after.db, [
      {
        at: nowIso(),
        actor: opts.actor,
        entity: 'database',
        entity_id: 0,
        action: 'restore',
        diff: {
          file: [null, file],
          sha256: [null, sha256],
          schema: [info.schema, to],
          replaced: [describeHoldings(replaced), describeHoldings(holds)],
        },
        batch: null,
        reason: null,
      },
    ]);
    return {
      file,
      target,
      kind: h.dialect,
      sha256,
      from: info.schema,
      to,
      migrated,
      replaced,
      holds,
      key,
      log: {
        ok: !verified.broken,
        count: verified.checked,
        brokenId: verified.broken ? Number(verified.broken.id) : null,
        problem: verified.broken?.problem ?? null,
      },
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    await after.close();
  }
}
