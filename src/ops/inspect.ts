// What a backup file is, read before anything is replaced: an SQLite database (its 16-byte header,
// its length against the page count the header records, SQLite's own check, Vigie's migration table)
// or a pg_dump custom-format archive ('PGDMP'; its table of contents and every byte of its data read
// through by pg_restore), and the schema version it was made at, which this Vigie must know.
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Dialect } from '../core/db';
import { Invalid } from '../core/errors';
import { fill } from '../core/i18n';
import { MIGRATIONS } from '../core/migrations';
import { opsMessages as M, type OpsMessageKey } from './messages';
import { findPgTool, runTool, streamTool, toolDetail } from './tools';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PG_MAGIC = Buffer.from('PGDMP', 'latin1');
export const MIGRATION_TABLE = 'kysely_migration';

export interface BackupInfo {
  file: string;
  kind: Dialect;
  size: number;
  /** The migrations the backup's schema has, oldest first. */
  migrations: string[];
  /** The last of them: the schema version. */
  schema: string;
  tables: number;
  /** Every table of the backup, Vigie's migration tables included. */
  tableNames: string[];
  /** Rows in all tables (SQLite only: a pg_dump archive does not record them). */
  rows: number | null;
}

type Params = Record<string, string | number>;

/** An Invalid error for a file, in English, with the file in its parameters and as its issue's place. */
export function fileError(code: OpsMessageKey, file: string, params: Params = {}): Invalid {
  const all: Params = { file, ...params };
  const message = fill(M[code].en, all);
  return new Invalid(code, message, all, [{ file, code, params: all, message }]);
}

export const kindName = (kind: Dialect) => (kind === 'sqlite' ? 'SQLite' : 'PostgreSQL');

/** Reads the start of a file, with an error naming it when it is missing, a folder or unreadable. */
function readStart(file: string, bytes: number): { head: Buffer; size: number } {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw fileError('ops.file_is_folder', file);
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(Math.min(bytes, st.size));
      fs.readSync(fd, head, 0, head.length, 0);
      return { head, size: st.size };
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof Invalid) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileError('ops.file_missing', file);
    if (code === 'EACCES' || code === 'EPERM') throw fileError('ops.file_denied', file);
    if (code === 'EISDIR') throw fileError('ops.file_is_folder', file);
    throw fileError('ops.file_unreadable', file, { reason: code ?? (e as Error).message });
  }
}

/** The kind of backup a file holds, from its first bytes (null: neither). */
export function sniffKind(head: Buffer): Dialect | null {
  if (head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC)) return 'sqlite';
  if (head.length >= 5 && head.subarray(0, 5).equals(PG_MAGIC)) return 'postgres';
  return null;
}

/** Checks the migrations are a beginning of this Vigie's list (so `migrate` can bring them up to date). */
export function checkSchema(file: string, migrations: string[]): void {
  const known = MIGRATIONS.map((m) => m.name);
  const schema = migrations.at(-1) ?? '—';
  const latest = known.at(-1) ?? '—';
  if (migrations.every((m, i) => known[i] === m)) return;
  // Every migration this Vigie has, then more it has never heard of: a newer Vigie made the backup.
  if (known.every((m, i) => migrations[i] === m))
    throw fileError('ops.schema_newer', file, { schema, latest });
  throw fileError('ops.schema_unknown', file, { schema: migrations.join(', ') });
}

/** The kind of backup a file is, or an error naming it (missing, a folder, unreadable, neither kind). */
export function sniffFile(file: string): Dialect {
  const kind = sniffKind(readStart(file, 16).head);
  if (!kind) throw fileError('ops.not_a_backup', file);
  return kind;
}

export async function inspectBackup(file: string): Promise<BackupInfo> {
  const { head, size } = readStart(file, 100);
  const kind = sniffKind(head);
  if (!kind) throw fileError('ops.not_a_backup', file);
  return kind === 'sqlite' ? inspectSqlite(file, head, size) : inspectPostgres(file, size);
}

function inspectSqlite(file: string, head: Buffer, size: number): BackupInfo {
  if (head.length < 100) throw fileError('ops.truncated', file, { expected: 100, size });
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  // The page count in the header is valid when the "version valid for" number matches the change counter.
  const pages = head.readUInt32BE(92) === head.readUInt32BE(24) ? head.readUInt32BE(28) : 0;
  const expected = pages * pageSize;
  if (pageSize < 512 || (pages > 0 && size < expected) || size % pageSize !== 0) {
    throw fileError('ops.truncated', file, { expected: Math.max(expected, pageSize), size });
  }
  // A raw copy of a database in WAL mode makes SQLite create -wal and -shm files beside it, even
  // read-only: those it created (empty) are removed afterwards, the file is left as it was found.
  const companions = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw fileError('ops.damaged', file, { detail: (e as Error).message });
  }
  try {
    let check: string;
    try {
      check = (db.pragma('quick_check(1)', { simple: true }) as string) ?? 'no answer';
    } catch (e) {
      throw fileError('ops.damaged', file, { detail: (e as Error).message });
    }
    if (check !== 'ok') throw fileError('ops.damaged', file, { detail: check });
    const tables = (
      db
        .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
        .all() as { name: string }[]
    ).map((r) => r.name);
    if (!tables.includes(MIGRATION_TABLE)) throw fileError('ops.not_vigie', file, { kind_name: 'SQLite' });
    const migrations = (
      db.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]
    ).map((r) => r.name);
    if (!migrations.length) throw fileError('ops.not_vigie', file, { kind_name: 'SQLite' });
    const data = tables.filter((t) => !t.startsWith('kysely_'));
    let rows = 0;
    for (const t of data) {
      rows += Number(
        (db.prepare(`select count(*) as n from "${t.replace(/"/g, '""')}"`).get() as { n: number }).n,
      );
    }
    return {
      file,
      kind: 'sqlite',
      size,
      migrations,
      schema: migrations.at(-1)!,
      tables: data.length,
      tableNames: tables,
      rows,
    };
  } finally {
    db.close();
    for (const f of companions) {
      try {
        if (fs.statSync(f).size === 0 || f.endsWith('-shm')) fs.rmSync(f, { force: true });
      } catch {}
    }
  }
}

/** The tables a pg_dump archive's table of contents lists (`TABLE public name owner`). */
export function tocTables(toc: string): { tables: string[]; withData: string[] } {
  const tables: string[] = [];
  const withData: string[] = [];
  for (const line of toc.split('\n')) {
    if (line.startsWith(';')) continue;
    const m = /^\d+;\s+\d+\s+\d+\s+(TABLE DATA|TABLE)\s+(\S+)\s+(\S+)\s/.exec(line);
    if (!m) continue;
    if (m[1] === 'TABLE') tables.push(m[3]!);
    else withData.push(m[3]!);
  }
  return { tables, withData };
}

async function inspectPostgres(file: string, size: number): Promise<BackupInfo> {
  const bin = findPgTool('pg_restore');
  const list = await runTool(bin, ['--list', file]);
  if (list.code !== 0) throw fileError('ops.damaged', file, { detail: toolDetail(list.stderr) });
  const { tables } = tocTables(list.stdout);
  if (!tables.includes(MIGRATION_TABLE)) throw fileError('ops.not_vigie', file, { kind_name: 'PostgreSQL' });
  // Every byte of the archive read through (a truncated one fails here, before anything is dropped);
  // the migration table's rows picked out of the SQL on the way.
  const migrations: string[] = [];
  let inCopy = false;
  const read = await streamTool(bin, ['--data-only', '--file=-', file], (line) => {
    if (!inCopy) {
      inCopy = /^COPY (public\.)?"?kysely_migration"? \(/.test(line);
      return;
    }
    if (line === '\\.') {
      inCopy = false;
      return;
    }
    const name = line.split('\t')[0];
    if (name) migrations.push(name);
  });
  if (read.code !== 0) throw fileError('ops.damaged', file, { detail: toolDetail(read.stderr) });
  migrations.sort();
  if (!migrations.length) throw fileError('ops.not_vigie', file, { kind_name: 'PostgreSQL' });
  const data = tables.filter((t) => !t.startsWith('kysely_'));
  return {
    file,
    kind: 'postgres',
    size,
    migrations,
    schema: migrations.at(-1)!,
    tables: data.length,
    tableNames: tables,
    rows: null,
  };
}
