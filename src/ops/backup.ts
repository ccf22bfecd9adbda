// `vigie backup`: the whole database in one file, consistent while the server runs. SQLite through
// its online backup API (page by page, restarting if another connection writes meanwhile), then
// turned into a self-contained file (rollback journal, no -wal beside it); PostgreSQL through
// `pg_dump --format=custom`. The file is written under a temporary name in the destination's folder,
// created 0600 (it holds password hashes and sealed secrets), read back as `restore` would read it,
// then renamed: a failed backup leaves no half file. The master key is never in it.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { nowIso } from '../core/clock';
import type { Db, Dialect } from '../core/db';
import { Conflict, Unavailable, VigieError } from '../core/errors';
import { fill } from '../core/i18n';
import { appendChanges } from '../core/log';
import { describeSource, devKeyFileFor, loadMasterKey } from '../trust/vault/keys';
import * as vaultStore from '../trust/vault/store';
import { fileError, inspectBackup } from './inspect';
import { opsMessages as M } from './messages';
import { findPgTool, runTool, splitPassword, toolDetail } from './tools';

export const BACKUP_FILE_MODE = 0o600;

export interface BackupOptions {
  out: string;
  /** Replace the destination when it exists. */
  force?: boolean;
  /** Who took it, for the change log. */
  actor: string;
  /** SQLite: pages copied of the total; PostgreSQL: tables dumped of the total. */
  onProgress?: (done: number, total: number, unit: 'pages' | 'tables') => void;
  env?: NodeJS.ProcessEnv;
  /** The CLI: a Ctrl+C (or SIGTERM) during the backup removes the temporary file, then ends the process. */
  cleanupOnSignal?: boolean;
}

export interface BackupResult {
  file: string;
  kind: Dialect;
  size: number;
  schema: string;
  tables: number;
  /** SQLite: rows in the file; PostgreSQL: null (an archive does not count them). */
  rows: number | null;
  sha256: string;
  seconds: number;
  /** Where the vault's master key comes from now (never the key) and how many secrets it seals. */
  key: { source: string | null; secrets: number };
}

/** The SHA-256 of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A temporary name beside a file, hidden, unique to this process. */
export function besideTemp(target: string, what: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${what}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Removes a file and SQLite's companions of it, ignoring what is not there. */
export function removeWithCompanions(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** Checks the destination and creates the temporary file (empty, 0600) the backup is written to. */
function prepareDestination(out: string, force: boolean): { target: string; tmp: string } {
  const target = path.resolve(out);
  const dir = path.dirname(target);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw fileError('ops.out_denied', target, { dir });
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
  }
  if (st?.isDirectory()) throw fileError('ops.out_is_folder', target);
  if (st && !force) {
    throw new Conflict('ops.out_exists', fill(M['ops.out_exists'].en, { file: target }), { file: target });
  }
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    throw fileError('ops.out_dir_missing', target, { dir });
  }
  if (!dirStat.isDirectory()) throw fileError('ops.out_dir_missing', target, { dir });
  const tmp = besideTemp(target, 'backup');
  try {
    fs.closeSync(fs.openSync(tmp, 'wx', BACKUP_FILE_MODE));
    fs.chmodSync(tmp, BACKUP_FILE_MODE);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw fileError('ops.out_denied', target, { dir });
    throw fileError('ops.out_failed', target, { reason: code ?? (e as Error).message });
  }
  return { target, tmp };
}

/** Flushes a file and its folder's entry to the disk (best effort for the folder). */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems cannot sync a folder; the rename is still atomic.
  }
}

async function backupSqlite(h: Db, tmp: string, opts: BackupOptions): Promise<void> {
  if (!h.sqlite) throw new Error('an SQLite handle without its connection');
  const done = await h.sqlite.backup(tmp, {
    progress: ({ totalPages, remainingPages }) => {
      opts.onProgress?.(totalPages - remainingPages, totalPages, 'pages');
      // Pages per step: large steps, so a busy server restarts the copy rarely.
      return 1024;
    },
  });
  opts.onProgress?.(done.totalPages, done.totalPages, 'pages');
  // A self-contained file: no -wal or -shm beside it, whatever mode the source database was in.
  const copy = new SQLite(tmp);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

async function backupPostgres(h: Db, tmp: string, opts: BackupOptions): Promise<void> {
  if (!h.connectionUrl) throw new Error('a PostgreSQL handle without its URL');
  const bin = findPgTool('pg_dump', opts.env);
  const { url, password } = splitPassword(h.connectionUrl());
  const total = Number(
    (
      await sql<{ n: number }>`select count(*) as n from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(h.db)
    ).rows[0]?.n ?? 0,
  );
  let done = 0;
  opts.onProgress?.(0, total, 'tables');
  const r = await runTool(
    bin,
    ['--format=custom', '--no-password', '--verbose', `--file=${tmp}`, `--dbname=${url}`],
    {
      password,
      stdout: 'ignore',
      onStderrLine: (line) => {
        if (/dumping contents of table/.test(line))
          opts.onProgress?.(++done, Math.max(total, done), 'tables');
      },
    },
  );
  if (r.code !== 0) {
    const params = { tool: 'pg_dump', file: h.describe, code: r.code, detail: toolDetail(r.stderr) };
    throw new Unavailable('ops.tool_failed', fill(M['ops.tool_failed'].en, params), params);
  }
}

/** Backs the database up to `opts.out`; see the file's header for how. */
export async function backupDatabase(h: Db, opts: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const env = opts.env ?? process.env;
  const { target, tmp } = prepareDestination(opts.out, Boolean(opts.force));
  let info: Awaited<ReturnType<typeof inspectBackup>>;
  let sha256: string;
  const onSignal = (signal: NodeJS.Signals) => {
    removeWithCompanions(tmp);
    // The handler was called once and is gone: the signal now does what it does by default.
    process.kill(process.pid, signal);
  };
  if (opts.cleanupOnSignal) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    if (h.dialect === 'sqlite') await backupSqlite(h, tmp, opts);
    else await backupPostgres(h, tmp, opts);
    fs.chmodSync(tmp, BACKUP_FILE_MODE);
    // Read back as a restore would: a backup that would not restore is not kept.
    info = await inspectBackup(tmp);
    sha256 = await sha256File(tmp);
    syncFile(tmp);
    fs.renameSync(tmp, target);
    syncDir(path.dirname(target));
  } catch (e) {
    removeWithCompanions(tmp);
    // The backup's own errors pass; what reading the written file back found is the backup failing.
    if (e instanceof VigieError && e.params.file !== tmp) throw e;
    const reason =
      e instanceof VigieError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw fileError('ops.out_failed', target, { reason });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const secrets = (await vaultStore.counts(h.db)).secrets;
  let source: string | null = null;
  try {
    const key = loadMasterKey(env, { devKeyFile: devKeyFileFor(h) });
    source = key ? describeSource(key) : null;
  } catch {
    // A key that does not load is reported by `vigie vault status` and at start; the backup is made.
  }
  const result: BackupResult = {
    file: target,
    kind: h.dialect,
    size: info.size,
    schema: info.schema,
    tables: info.tables,
    rows: info.rows,
    sha256,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    key: { source, secrets },
  };
  // On record: who took a copy of everything, where, and which file (its hash).
  await appendChanges(h.db, [
    {
      at: nowIso(),
      actor: opts.actor,
      entity: 'database',
      entity_id: 0,
      action: 'backup',
      diff: {
        file: [null, target],
        sha256: [null, sha256],
        size: [null, info.size],
        schema: [null, info.schema],
      },
      batch: null,
      reason: null,
    },
  ]);
  return result;
}
