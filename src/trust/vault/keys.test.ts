import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db, migrate } from '../../core/db';
import { Unavailable, VigieError } from '../../core/errors';
import { newKey } from './crypto';
import { devKeyFileFor, loadMasterKey, parseMasterKey } from './keys';
import { VaultService } from './service';
import { accessAs, admin, presence } from './testing';
import { openVault } from './vault';

function caught(f: () => unknown): VigieError {
  try {
    f();
  } catch (e) {
    if (e instanceof VigieError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

async function rejected(p: Promise<unknown>): Promise<VigieError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VigieError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('master key', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-keys-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads hex, base64 and base64url, from the environment or a file', () => {
    const key = newKey();
    for (const text of [
      key.toString('hex'),
      key.toString('base64'),
      key.toString('base64url'),
      ` ${key.toString('base64')}\n`,
    ]) {
      expect(parseMasterKey(text, 'x').equals(key)).toBe(true);
    }
    expect(loadMasterKey({ VIGIE_MASTER_KEY: key.toString('hex') })).toMatchObject({
      source: 'env',
      file: null,
    });
    const file = path.join(dir, 'master.key');
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
    const fromFile = loadMasterKey({ VIGIE_MASTER_KEY_FILE: file });
    expect(fromFile?.key.equals(key)).toBe(true);
    expect(fromFile).toMatchObject({ source: 'file', looseMode: false });
    // The variable wins over the file; nothing configured is null.
    const other = newKey();
    expect(
      loadMasterKey({ VIGIE_MASTER_KEY: other.toString('hex'), VIGIE_MASTER_KEY_FILE: file })?.key.equals(
        other,
      ),
    ).toBe(true);
    expect(loadMasterKey({})).toBeNull();
    fs.chmodSync(file, 0o644);
    if (process.platform !== 'win32')
      expect(loadMasterKey({ VIGIE_MASTER_KEY_FILE: file })?.looseMode).toBe(true);
  });

  it('refuses a malformed or unreadable key, naming where and never echoing it', () => {
    for (const bad of [
      'short',
      'z'.repeat(64),
      newKey().toString('hex').slice(2),
      Buffer.alloc(31).toString('base64'),
    ]) {
      const e = caught(() => loadMasterKey({ VIGIE_MASTER_KEY: bad }));
      expect(e).toBeInstanceOf(Unavailable);
      expect(e.code).toBe('vault.key_malformed');
      expect(e.message).toContain('VIGIE_MASTER_KEY');
      expect(e.message).not.toContain(bad);
    }
    const e = caught(() => loadMasterKey({ VIGIE_MASTER_KEY_FILE: path.join(dir, 'missing.key') }));
    expect(e.code).toBe('vault.key_file_unreadable');
    expect(e.message).toContain('missing.key');
  });

  it('places the development key beside an SQLite file only', () => {
    expect(devKeyFileFor({ dialect: 'sqlite', describe: '/srv/vigie/data/vigie.db' })).toBe(
      '/srv/vigie/data/vigie.master.key',
    );
    expect(devKeyFileFor({ dialect: 'sqlite', describe: ':memory:' })).toBeNull();
    expect(devKeyFileFor({ dialect: 'postgres', describe: 'postgres://h/db' })).toBeNull();
  });
});

describe('opening the vault at start (SQLite file)', () => {
  let dir: string;
  let h: Db;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-vault-'));
    h = createDb(`sqlite:${path.join(dir, 'vigie.db')}`);
    await migrate(h);
  });
  afterEach(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates a development key while the vault is empty, then reads it on every start', async () => {
    const first = await openVault(h, {});
    const file = path.join(dir, 'vigie.master.key');
    expect(first.createdKeyFile).toBe(file);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const root = await accessAs(h, 'root', admin);
    const p = await presence(h);
    await new VaultService(h, first.vault).write(root, p, 'password', { value: 'dev-secret' });
    const second = await openVault(h, {});
    expect(second.createdKeyFile).toBeNull();
    expect(second.key?.source).toBe('dev-file');
    expect(
      (await new VaultService(h, second.vault).reveal(root, p, 'password', { reason: 'restart' })).value,
    ).toBe('dev-secret');
    // The key file lost while secrets exist: a clear error, no new key, nothing changed.
    fs.rmSync(file);
    const before = await h.db.selectFrom('vault_keys').selectAll().execute();
    const e = await rejected(openVault(h, {}));
    expect(e.code).toBe('vault.key_missing');
    expect(fs.existsSync(file)).toBe(false);
    expect(await h.db.selectFrom('vault_keys').selectAll().execute()).toEqual(before);
    // A wrong key given in the environment: a clear error naming the variable.
    const wrong = await rejected(openVault(h, { VIGIE_MASTER_KEY: newKey().toString('base64') }));
    expect(wrong.code).toBe('vault.key_wrong');
    expect(wrong.message).toContain('VIGIE_MASTER_KEY');
  });

  it('creates no development key in production or when turned off', async () => {
    for (const env of [{ NODE_ENV: 'production' }, { VIGIE_MASTER_KEY_AUTO: 'off' }]) {
      const o = await openVault(h, env);
      expect(o.createdKeyFile).toBeNull();
      expect(o.vault.available).toBe(false);
    }
    expect(fs.existsSync(path.join(dir, 'vigie.master.key'))).toBe(false);
    expect((await openVault(h, {}, { createDevKey: false })).vault.available).toBe(false);
  });
});
