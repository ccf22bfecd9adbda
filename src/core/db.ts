// Opens the database named by a URL: SQLite (a file, the default) or PostgreSQL.
// Everything above this file sees one Kysely<Database>; the few differences between the two
// engines are answered here (`dialect`), in one place.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from './config';
import { Unavailable } from './errors';
import { MIGRATIONS } from './migrations';
import { CopyablePostgresDialect } from './pg-driver';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without any password, for messages. */
  describe: string;
  /**
   * The SQLite connection itself, for the few bulk writes where prepared statements matter
   * (millions of posts). It is Kysely's connection: statements run inside Kysely's transactions.
   */
  sqlite?: SQLite.Database;
  /**
   * PostgreSQL: the URL it was opened with, password included, for the tools that connect on their
   * own (pg_dump, pg_restore). A function, so that it is never printed or serialised with the handle.
   */
  connectionUrl?: () => string;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) and numeric as strings; Vigie's counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function createDb(url: string): Db {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection closed by the server (restart, dropped database) must not crash the
    // process; the pool replaces it and the next query reports any real problem.
    pool.on('error', () => {});
    // Kysely's dialect with each connection's client reachable, for COPY (withPgClient).
    const db = new Kysely<Database>({ dialect: new CopyablePostgresDialect(pool) });
    return {
      db,
      dialect: 'postgres',
      describe: redact(target.url),
      connectionUrl: () => target.url,
      close: () => db.destroy(),
    };
  }
  let database: SQLite.Database;
  try {
    if (target.file !== ':memory:') prepareSqliteFile(target.file);
    database = new SQLite(target.file);
  } catch (e) {
    throw new Unavailable(
      'db.open_failed',
      `Cannot open the SQLite database ${target.file}: ${(e as Error).message}`,
      {
        target: target.file,
      },
    );
  }
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', describe: target.file, sqlite: database, close: () => db.destroy() };
}

/** Owner only: the folder Vigie creates for the database, and the database's files. */
export const SQLITE_DIR_MODE = 0o700;
export const SQLITE_FILE_MODE = 0o600;

const setMode = (file: string, mode: number) => {
  try {
    fs.chmodSync(file, mode);
  } catch (e) {
    // A file of another owner cannot be changed; it is opened as it is.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
  }
};

/**
 * The database holds password hashes, sessions and sealed secrets, so it is readable by Vigie's user
 * only, whatever the umask: a missing folder is created 0700 (an existing one is left as it is: it
 * may be a shared folder such as /tmp); a new database file is created 0600 before SQLite opens it,
 * and SQLite gives its -wal and -shm files the database's own mode. Files left group- or
 * world-readable by older versions are narrowed to their owner's permissions on open.
 */
export function prepareSqliteFile(file: string): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true, mode: SQLITE_DIR_MODE });
    setMode(dir, SQLITE_DIR_MODE);
  }
  try {
    fs.closeSync(fs.openSync(file, 'wx', SQLITE_FILE_MODE));
    setMode(file, SQLITE_FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    let mode: number;
    try {
      mode = fs.statSync(f).mode & 0o777;
    } catch {
      continue;
    }
    if (mode & 0o077) setMode(f, mode & 0o700);
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Brings the schema up to date. Safe to call on every start. */
export async function migrate(handle: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider: {
      async getMigrations() {
        return Object.fromEntries(
          MIGRATIONS.map((m) => [m.name, { up: (db: Kysely<unknown>) => m.up(db, handle.dialect) }]),
        );
      },
    },
  });
  let results: Awaited<ReturnType<Migrator['migrateToLatest']>>;
  try {
    results = await migrator.migrateToLatest();
  } catch (e) {
    throw connectionError(handle, e);
  }
  if (results.error) throw connectionError(handle, results.error);
  return (results.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function connectionError(handle: Db, e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  if (
    e instanceof Error &&
    /ECONNREFUSED|ENOTFOUND|password authentication|does not exist|timeout/i.test(msg)
  ) {
    return new Unavailable('db.unreachable', `Cannot reach the database ${handle.describe}: ${msg}`, {
      target: handle.describe,
      reason: msg,
    });
  }
  return e instanceof Error ? e : new Error(msg);
}

/** `%text%` with LIKE's own characters (`%`, `_`, `\`) taken literally, for `escape '\'`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * Case-insensitive "column contains text", the same on both databases: ILIKE on PostgreSQL, LIKE
 * on SQLite (which ignores ASCII case), with an explicit escape character (SQLite has none by default).
 */
export function containsText(dialect: Dialect, column: string, text: string) {
  const op = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  return sql<boolean>`${sql.ref(column)} ${op} ${containsPattern(text)} escape ${'\\'}`;
}
