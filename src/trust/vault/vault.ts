// The vault: one random 256-bit data key per unit (and one for presences without a unit), each
// wrapped with AES-256-GCM by the master key, which never enters the database. A secret is sealed
// with its presence's unit key and names that key by id, so moving a presence to another unit keeps
// it readable; replacing it seals it under the new unit's key. `vault_meta.key_check` holds a known
// value sealed by the master key: a wrong key is detected at start, before anything is opened.
import type { Kysely } from 'kysely';
import { nowIso } from '../../core/clock';
import type { Db } from '../../core/db';
import { Invalid, Unavailable } from '../../core/errors';
import { fill } from '../../core/i18n';
import { appendChanges, type Q } from '../../core/log';
import type { Database } from '../../core/schema';
import {
  KEY_CHECK_AAD,
  KEY_CHECK_TEXT,
  newKey,
  open,
  SealBroken,
  sameBytes,
  seal,
  secretAad,
  wrapAad,
} from './crypto';
import {
  describeSource,
  devKeyAllowed,
  devKeyFileFor,
  loadMasterKey,
  MASTER_KEY_ENV,
  MASTER_KEY_FILE_ENV,
  type MasterKey,
  writeNewKeyFile,
} from './keys';
import { vaultMessages as M } from './messages';
import * as store from './store';

const HOW = `set ${MASTER_KEY_ENV} (32 bytes in base64 or hex) or ${MASTER_KEY_FILE_ENV} (a file holding it)`;

function keyMissing(secrets: number): Unavailable {
  const params = { count: secrets, env: MASTER_KEY_ENV, fileEnv: MASTER_KEY_FILE_ENV };
  return new Unavailable('vault.key_missing', fill(M['vault.key_missing'].en, params), params);
}

function keyWrong(source: string): Unavailable {
  return new Unavailable(
    'vault.key_wrong',
    `The master key from ${source} is not the key this vault was sealed with: ${HOW} with the right key. Nothing was decrypted or changed.`,
    { source, env: MASTER_KEY_ENV, fileEnv: MASTER_KEY_FILE_ENV },
  );
}

/** Whether the key opens the check value (or, when the check row is gone, the first wrapped key). */
async function keyOpens(db: Q, key: Buffer): Promise<boolean | null> {
  const check = await store.getKeyCheck(db);
  if (check !== null) {
    try {
      return open(key, check, KEY_CHECK_AAD).toString('utf8') === KEY_CHECK_TEXT;
    } catch (e) {
      if (e instanceof SealBroken) return false;
      throw e;
    }
  }
  const first = (await store.listKeys(db)).find((k) => k.wrapped);
  if (!first) return null;
  try {
    open(key, first.wrapped, wrapAad(first.id));
    return true;
  } catch (e) {
    if (e instanceof SealBroken) return false;
    throw e;
  }
}

export interface KeyCheck {
  /** The key is present and opens the vault (or the vault is still empty). */
  ok: true;
  secrets: number;
  keys: number;
  presences: number;
}

/**
 * Checks the master key against the database before anything is opened; reads only.
 * No key: fine while no secret is sealed, else `vault.key_missing`. A key that does not open the
 * check value: `vault.key_wrong`. Both are Unavailable errors naming the cause and the variables.
 */
export async function checkMasterKey(db: Q, key: Buffer | null, source = MASTER_KEY_ENV): Promise<KeyCheck> {
  const c = await store.counts(db);
  if (!key) {
    if (c.secrets > 0) throw keyMissing(c.secrets);
    return { ok: true, ...c };
  }
  if ((await keyOpens(db, key)) === false) throw keyWrong(source);
  return { ok: true, ...c };
}

export interface OpenedVault {
  vault: Vault;
  key: MasterKey | null;
  /** A development key file created by this start (see keys.ts). */
  createdKeyFile: string | null;
  check: KeyCheck;
}

/**
 * What the server and the CLI call at start: loads the master key (environment, key file, or the
 * development key file beside an SQLite database, created while the vault holds no secret), checks it,
 * and returns the vault. Throws Unavailable (missing or wrong key) without opening or changing anything.
 */
export async function openVault(
  h: Db,
  env: NodeJS.ProcessEnv = process.env,
  opts: { createDevKey?: boolean } = {},
): Promise<OpenedVault> {
  const devFile = devKeyFileFor(h);
  let key = loadMasterKey(env, { devKeyFile: devFile });
  let createdKeyFile: string | null = null;
  if (!key && devFile && (opts.createDevKey ?? true) && devKeyAllowed(env)) {
    const c = await store.counts(h.db);
    if (c.secrets === 0) {
      // Nothing is sealed: a fresh development key loses nothing. Keys wrapped by a lost key go.
      if (c.keys > 0 || (await store.getKeyCheck(h.db)) !== null) {
        await h.db.transaction().execute((trx) => store.resetEmptyVault(trx));
      }
      const k = writeNewKeyFile(devFile);
      key = { key: k, source: 'dev-file', file: devFile, looseMode: false };
      createdKeyFile = devFile;
    }
  }
  const check = await checkMasterKey(h.db, key?.key ?? null, describeSource(key));
  return { vault: new Vault(key?.key ?? null, describeSource(key)), key, createdKeyFile, check };
}

export interface RotateResult {
  keys: number;
  secrets: number;
  /** Secrets that did not open before the rotation either (altered rows); left as they were. */
  unreadable: number;
}

/** Holds the master key (in a private field: never serialised or printed) and seals and opens. */
export class Vault {
  readonly #master: Buffer | null;
  /** Where the key came from (a variable's name or a file's path), for messages. */
  readonly source: string;

  constructor(master: Buffer | null, source = MASTER_KEY_ENV) {
    this.#master = master ? Buffer.from(master) : null;
    this.source = master ? source : 'none';
  }

  /** A vault without a key: custody reads work, sealing and opening say why they cannot. */
  static none(): Vault {
    return new Vault(null);
  }

  get available(): boolean {
    return this.#master !== null;
  }

  toJSON() {
    return { available: this.available, source: this.source };
  }

  private master(): Buffer {
    if (!this.#master) {
      throw new Unavailable('vault.no_key', `The vault has no master key: ${HOW}, then restart Vigie.`, {
        env: MASTER_KEY_ENV,
        fileEnv: MASTER_KEY_FILE_ENV,
      });
    }
    return this.#master;
  }

  /** The check value exists and this key opens it (written with the first key the vault uses). */
  private async ensureCheck(db: Q): Promise<void> {
    const key = this.master();
    const opens = await keyOpens(db, key);
    if (opens === false) throw keyWrong(this.source);
    if ((await store.getKeyCheck(db)) === null) {
      await store.setKeyCheck(db, seal(key, KEY_CHECK_TEXT, KEY_CHECK_AAD), nowIso());
    }
  }

  private unwrap(row: store.KeyRow): Buffer {
    try {
      return open(this.master(), row.wrapped, wrapAad(row.id));
    } catch (e) {
      if (!(e instanceof SealBroken)) throw e;
      throw new Unavailable(
        'vault.key_unreadable',
        `Data key #${row.id} does not open with the master key from ${this.source}: the key is wrong or the row was altered. Nothing was decrypted.`,
        { id: String(row.id), source: this.source },
      );
    }
  }

  /** The data key for a unit, created (and wrapped) on first use; in the caller's transaction. */
  private async unitKey(trx: Q, unitId: number | null): Promise<{ id: number; key: Buffer }> {
    const row = await store.keyForUnit(trx, unitId);
    if (row) return { id: row.id, key: this.unwrap(row) };
    const key = newKey();
    const id = await store.insertKey(trx, unitId, nowIso());
    if (id === null) {
      // Created meanwhile by another secret of the same unit: use that one.
      const created = await store.keyForUnit(trx, unitId);
      if (!created) throw new Error(`the key of unit ${unitId} vanished while it was created`);
      return { id: created.id, key: this.unwrap(created) };
    }
    await store.setWrapped(trx, id, seal(this.master(), key, wrapAad(id)));
    return { id, key };
  }

  /** Seals a value for a presence's secret under its unit's key; returns what the row stores. */
  async sealSecret(
    trx: Q,
    target: { presenceId: number; unitId: number | null; kind: string },
    value: string,
  ): Promise<{ keyId: number; sealed: string }> {
    await this.ensureCheck(trx);
    const { id, key } = await this.unitKey(trx, target.unitId);
    return { keyId: id, sealed: seal(key, value, secretAad(target.presenceId, target.kind)) };
  }

  /** Opens a stored secret with the key it names. */
  async openSecret(
    db: Q,
    row: Pick<store.SecretRow, 'presence_id' | 'kind' | 'key_id' | 'sealed'>,
  ): Promise<string> {
    const keyRow = await store.getKey(db, row.key_id);
    if (!keyRow) throw secretUnreadable(row.presence_id, row.kind);
    const key = this.unwrap(keyRow);
    try {
      return open(key, row.sealed, secretAad(row.presence_id, row.kind)).toString('utf8');
    } catch (e) {
      if (e instanceof SealBroken) throw secretUnreadable(row.presence_id, row.kind);
      throw e;
    }
  }

  /**
   * Re-wraps every data key with a new master key, and the check value, in one transaction: if any
   * key does not open, nothing is changed. Secrets are not touched (their data keys stay the same).
   * The rotation is logged (entity `secret`, entity_id 0: the vault itself). Returns the counts; use
   * `withKey(next)` afterwards.
   */
  async rotate(db: Kysely<Database>, next: Buffer, actor: string): Promise<RotateResult> {
    const current = this.master();
    if (sameBytes(current, next)) {
      throw new Invalid('vault.rotate_same', 'The new master key is the current one.', {});
    }
    return db.transaction().execute(async (trx) => {
      if ((await keyOpens(trx, current)) === false) throw keyWrong(this.source);
      const keys = await store.listKeys(trx);
      const opened = new Map<number, Buffer>();
      for (const row of keys) {
        const key = this.unwrap(row);
        opened.set(row.id, key);
        await store.setWrapped(trx, row.id, seal(next, key, wrapAad(row.id)));
      }
      await store.setKeyCheck(trx, seal(next, KEY_CHECK_TEXT, KEY_CHECK_AAD), nowIso());
      // Every secret must still open with its (same) data key, now wrapped by the new master key.
      let secrets = 0;
      let unreadable = 0;
      let after = 0;
      for (;;) {
        const page = await store.secretsAfter(trx, after, 500);
        if (!page.length) break;
        for (const s of page) {
          secrets++;
          after = s.id;
          const key = opened.get(s.key_id);
          try {
            if (!key) throw new SealBroken();
            open(key, s.sealed, secretAad(s.presence_id, s.kind));
          } catch (e) {
            if (!(e instanceof SealBroken)) throw e;
            unreadable++;
          }
        }
      }
      await appendChanges(trx, [
        {
          at: nowIso(),
          actor,
          entity: 'secret',
          entity_id: 0,
          action: 'rotate_master',
          diff: { masterKey: ['(sealed)', '(rotated)'], unitKeys: [keys.length, keys.length] },
          batch: null,
          reason: null,
        },
      ]);
      return { keys: keys.length, secrets, unreadable };
    });
  }

  withKey(next: Buffer, source: string): Vault {
    return new Vault(next, source);
  }
}

function secretUnreadable(presenceId: number, kind: string): Unavailable {
  return new Unavailable(
    'vault.secret_unreadable',
    `The stored ${kind} of presence #${presenceId} does not open: it was altered or copied from another row. Store it again.`,
    { id: String(presenceId), kind },
  );
}
