// The vault's master key: kept outside the database, read from the environment (VIGIE_MASTER_KEY,
// base64 or hex of 32 bytes) or from a file (VIGIE_MASTER_KEY_FILE). Nothing here ever writes a key
// into a message or a log: errors name where the key was looked for, never what it holds.
//
// Development: with an SQLite database file and no key given, `openVault` (vault.ts) may create a key
// file beside the database (`data/vigie.db` → `data/vigie.master.key`, mode 0600), and only while the
// vault holds no secret — so `npm start` works out of the box and nothing sealed can be lost by it.
// That file is then read on every start. Production sets VIGIE_MASTER_KEY or VIGIE_MASTER_KEY_FILE
// (a file kept apart from the database and its backups); NODE_ENV=production or
// VIGIE_MASTER_KEY_AUTO=off turns the development key off.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../core/db';
import { Unavailable } from '../../core/errors';
import { KEY_BYTES, newKey } from './crypto';

export const MASTER_KEY_ENV = 'VIGIE_MASTER_KEY';
export const MASTER_KEY_FILE_ENV = 'VIGIE_MASTER_KEY_FILE';
export const MASTER_KEY_AUTO_ENV = 'VIGIE_MASTER_KEY_AUTO';

export type MasterKeySource = 'env' | 'file' | 'dev-file';

export interface MasterKey {
  key: Buffer;
  source: MasterKeySource;
  /** The file it was read from (file and dev-file sources). */
  file: string | null;
  /** The file can be read by other users of the machine (its mode allows group or others). */
  looseMode: boolean;
}

export interface LoadMasterKeyOptions {
  /** Where a development key file would be (see `devKeyFileFor`); read when no key is configured. */
  devKeyFile?: string | null;
}

/** Where the key came from, for messages: the variable's name or the file's path, never the key. */
export function describeSource(k: Pick<MasterKey, 'source' | 'file'> | null): string {
  if (!k) return 'none';
  if (k.source === 'env') return MASTER_KEY_ENV;
  if (k.source === 'file') return `${MASTER_KEY_FILE_ENV}=${k.file}`;
  return `${k.file}`;
}

/** 32 bytes written in hex (64 digits) or base64 / base64url (43 or 44 characters). */
export function parseMasterKey(text: string, where: string): Buffer {
  const s = text.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(s)) key = Buffer.from(s, 'hex');
  else if (/^[A-Za-z0-9+/]{43}=?$/.test(s)) key = Buffer.from(s, 'base64');
  else if (/^[A-Za-z0-9_-]{43}$/.test(s)) key = Buffer.from(s, 'base64url');
  if (!key || key.length !== KEY_BYTES) {
    throw new Unavailable(
      'vault.key_malformed',
      `The master key in ${where} is not 32 bytes written in base64 or hex (generate one with \`openssl rand -base64 32\`).`,
      { where },
    );
  }
  return key;
}

function readKeyFile(file: string, source: MasterKeySource): MasterKey {
  let text: string;
  let mode = 0;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    mode = st.mode;
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Unavailable(
      'vault.key_file_unreadable',
      `Cannot read the master key file ${file} (${reason}); set ${MASTER_KEY_FILE_ENV} to a readable file or ${MASTER_KEY_ENV} to the key.`,
      { file, reason },
    );
  }
  return {
    key: parseMasterKey(text, file),
    source,
    file,
    looseMode: process.platform !== 'win32' && (mode & 0o077) !== 0,
  };
}

/**
 * The configured master key, or null when none is configured (and no development key file exists).
 * A key that is given but unreadable or malformed is an error (Unavailable), never silently ignored.
 */
export function loadMasterKey(
  env: NodeJS.ProcessEnv = process.env,
  opts: LoadMasterKeyOptions = {},
): MasterKey | null {
  const inline = env[MASTER_KEY_ENV]?.trim();
  if (inline)
    return { key: parseMasterKey(inline, MASTER_KEY_ENV), source: 'env', file: null, looseMode: false };
  const file = env[MASTER_KEY_FILE_ENV]?.trim();
  if (file) return readKeyFile(path.resolve(file), 'file');
  if (opts.devKeyFile && fs.existsSync(opts.devKeyFile)) return readKeyFile(opts.devKeyFile, 'dev-file');
  return null;
}

/** Reads a key file given on the command line (rotation's new key). */
export function readMasterKeyFile(file: string): Buffer {
  return readKeyFile(path.resolve(file), 'file').key;
}

/** The development key file beside an SQLite database file; null for PostgreSQL and in-memory databases. */
export function devKeyFileFor(h: Pick<Db, 'dialect' | 'describe'>): string | null {
  if (h.dialect !== 'sqlite' || h.describe === ':memory:' || !h.describe) return null;
  const dir = path.dirname(h.describe);
  const base = path.basename(h.describe).replace(/\.(db|sqlite3?)$/i, '');
  return path.join(dir, `${base}.master.key`);
}

/** Whether a development key may be created (not in production, not turned off). */
export function devKeyAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV === 'production') return false;
  const auto = env[MASTER_KEY_AUTO_ENV]?.trim().toLowerCase();
  return !(auto === 'off' || auto === '0' || auto === 'false' || auto === 'no');
}

/** Writes a key as base64 to a new file readable by its owner only; refuses to overwrite. */
export function writeNewKeyFile(file: string, key: Buffer = newKey()): Buffer {
  // A folder created for it is its owner's only, like the key (src/core/db.ts does the same).
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** Replaces a key file's content atomically (a new file renamed over it), readable by its owner only. */
export function replaceKeyFile(file: string, key: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(tmp, file);
}
