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
import { foldForSearch, SEARCH_FOLDS } from './text';

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
  // SQLite folds ASCII case only: searches compare text folded by foldForSearch (see containsText).
  database.function(SQLITE_FOLD, { deterministic: true }, (v: unknown) =>
    typeof v === 'string' ? foldForSearch(v) : v,
  );
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

/** The SQLite function, registered on each connection, that folds text as foldForSearch does. */
const SQLITE_FOLD = 'vigie_fold';

/**
 * "Column contains text" as every Vigie search means it: case- and accent-insensitive (é = e = É,
 * œ = oe, ’ = '), by foldForSearch (src/core/text.ts), LIKE's `%`, `_` and `\` taken literally.
 * SQLite compares the folded column (a function of the connection). PostgreSQL would take seconds
 * to fold every row of a large list (translate() looks each character up in the whole table), so
 * it matches the column as stored against a regular expression that the folded text becomes, every
 * spelling that folds to it (`[eéèêëÉ…]`); that is the exact same test, derived from the same table.
 */
export function containsText(dialect: Dialect, column: string, text: string) {
  const folded = foldForSearch(text);
  if (dialect === 'postgres') {
    const regex = searchRegex(folded);
    if (regex !== null) return sql<boolean>`${sql.ref(column)} ~* ${regex}`;
    return sql<boolean>`${pgFolded(column)} like ${containsPattern(folded)} escape ${'\\'}`;
  }
  return sql<boolean>`${sql.raw(SQLITE_FOLD)}(${sql.ref(column)}) like ${containsPattern(folded)} escape ${'\\'}`;
}

// What each folded letter may have been, from SEARCH_FOLDS: the characters that fold to it, those
// that fold to two letters (œ → oe), by their pair, first and second letter, and those that fold to
// nothing (combining accents), which may stand between any two.
const spellings = (() => {
  const add = (m: Map<string, string[]>, key: string, ch: string) => m.set(key, [...(m.get(key) ?? []), ch]);
  const one = new Map<string, string[]>();
  const two = new Map<string, string[]>();
  const first = new Map<string, string[]>();
  const second = new Map<string, string[]>();
  const silent: string[] = [];
  for (const [ch, plain] of SEARCH_FOLDS) {
    if (plain.length === 0) silent.push(ch);
    else if (plain.length === 1) add(one, plain, ch);
    else if (plain.length === 2) {
      add(two, plain, ch);
      add(first, plain[0]!, ch);
      add(second, plain[1]!, ch);
    } else throw new Error(`search folds of more than two letters are not supported: ${ch} → ${plain}`);
  }
  return { one, two, first, second, silent };
})();

/** A bracket expression of PostgreSQL's regular expressions, runs of code points as ranges. */
function bracket(chars: Iterable<string>): string {
  // In PostgreSQL's regular expressions a backslash before any other character than a letter or a
  // digit stands for that character, inside brackets too.
  const esc = (ch: string) => (ch.charCodeAt(0) < 0x80 && !/[a-z0-9]/i.test(ch) ? `\\${ch}` : ch);
  const cps = [...new Set(chars)].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    const from = esc(String.fromCodePoint(cps[i]!));
    if (j - i >= 2) out += `${from}-${esc(String.fromCodePoint(cps[j]!))}`;
    else for (let k = i; k <= j; k++) out += esc(String.fromCodePoint(cps[k]!));
    i = j + 1;
  }
  return `[${out}]`;
}

const SILENT = spellings.silent.length ? `${bracket(spellings.silent)}*` : '';
/** Past this size (a long run of overlapping pairs: "ssssssssssssssss"), each row is folded instead. */
const MAX_REGEX = 20_000;

/**
 * The regular expression (for `~*`) that text as stored matches when its fold contains `folded`
 * (already folded): each letter by any character that folds to it, a two-letter run (oe) also by
 * the one character that folds to both (œ), the first letter also by the second half of such a
 * character and the last by its first half ("eu" is in "œuvre"), accents that fold to nothing
 * allowed between letters. Null when the expression would be too large.
 */
export function searchRegex(folded: string): string | null {
  const n = [...folded];
  const k = n.length;
  const { one, two, first, second } = spellings;
  const letter = (i: number) => {
    const c = n[i]!;
    const chars = [c, ...(one.get(c) ?? [])];
    if (i === 0) chars.push(...(second.get(c) ?? []));
    if (i === k - 1) chars.push(...(first.get(c) ?? []));
    return bracket(chars);
  };
  const pairAt = (i: number) => (i + 1 < k ? two.get(n[i]! + n[i + 1]!) : undefined);
  let size = 0;
  // Letters i to end, where no pair crosses `end`: a letter alone, or a pair as one character.
  // Only runs of overlapping pairs ("sss": s+ß or ß+s) branch more than once.
  const run = (i: number, end: number): string => {
    size += 1;
    if (size > MAX_REGEX) throw new RangeError('too large');
    const alone = `${letter(i)}${i + 1 < end ? `${SILENT}${run(i + 1, end)}` : ''}`;
    const pair = i + 1 < end ? pairAt(i) : undefined;
    if (!pair) return alone;
    return `(?:${alone}|${bracket(pair)}${i + 2 < end ? `${SILENT}${run(i + 2, end)}` : ''})`;
  };
  const runs: string[] = [];
  try {
    for (let start = 0, end = 1; end <= k; end++)
      if (end === k || !pairAt(end - 1)) {
        runs.push(run(start, end));
        start = end;
      }
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
  const regex = runs.join(SILENT);
  return regex.length > MAX_REGEX ? null : regex;
}

/**
 * A column folded by PostgreSQL as foldForSearch folds text, from the same table: translate() for
 * the characters that fold to one letter or to nothing, replace() for those that fold to two. Exact
 * but slow on many rows (see containsText): for needles whose regular expression is too large.
 */
export function pgFolded(column: string) {
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  let from = '';
  let to = '';
  let gone = '';
  const pairs: [string, string][] = [];
  for (const [ch, plain] of SEARCH_FOLDS) {
    if (plain.length === 1) {
      from += ch;
      to += plain;
    } else if (plain.length === 0) gone += ch;
    else pairs.push([ch, plain]);
  }
  // translate() drops the characters of its second argument that have none in the third.
  let expr = sql`translate(lower(${sql.ref(column)}), ${sql.raw(quote(from + gone))}, ${sql.raw(quote(to))})`;
  for (const [ch, plain] of pairs)
    expr = sql`replace(${expr}, ${sql.raw(quote(ch))}, ${sql.raw(quote(plain))})`;
  return expr;
}
