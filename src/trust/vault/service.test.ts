import { describe, expect, it } from 'vitest';
import { nowIso } from '../../core/clock';
import type { Db } from '../../core/db';
import { Forbidden, Invalid, NotFound, Unavailable, VigieError } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { insertUserRow } from '../store';
import { newKey, seal } from './crypto';
import { MASTER_KEY_ENV, MASTER_KEY_FILE_ENV } from './keys';
import { VaultService } from './service';
import * as store from './store';
import { accessAs, admin, person, presence, testVault, unit } from './testing';
import { checkMasterKey, Vault } from './vault';

const HOSTILE = [
  "'; drop table secrets; --",
  '<script>alert(document.cookie)</script>',
  'pässwörd ✓ 🔑\n\tline two\u0000after-nul',
  '   spaces kept   ',
];

async function thrown(p: Promise<unknown>): Promise<VigieError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VigieError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

/** Everything the vault and the log hold, to prove a failure changed nothing. */
async function snapshot(h: Db) {
  return {
    secrets: await h.db.selectFrom('secrets').selectAll().orderBy('id').execute(),
    keys: await h.db.selectFrom('vault_keys').selectAll().orderBy('id').execute(),
    meta: await h.db.selectFrom('vault_meta').selectAll().execute(),
    changes: await h.db.selectFrom('changes').select('id').execute(),
  };
}

async function changesText(h: Db): Promise<string> {
  return JSON.stringify(await h.db.selectFrom('changes').selectAll().execute());
}

forEachDialect((t) => {
  const setup = async () => {
    const { vault, key } = testVault();
    const u1 = await unit(t.h, 'Communication');
    const u2 = await unit(t.h, 'Tourism');
    const alice = await person(t.h, 'Alice Martin');
    const bob = await person(t.h, 'Bob Durand');
    const p1 = await presence(t.h, { unitId: u1, custodianId: alice });
    const p2 = await presence(t.h, { unitId: u2, custodianId: bob });
    const root = await accessAs(t.h, 'root@test', admin);
    return { vault, key, u1, u2, alice, bob, p1, p2, root, service: new VaultService(t.h, vault) };
  };

  it('seals the first secrets of a new unit all at once: one key for the unit, every secret opens', async () => {
    const s = await setup();
    const u = await unit(t.h, 'Nouvelle entité');
    const ps: number[] = [];
    for (let i = 1; i <= 6; i++) ps.push(await presence(t.h, { unitId: u, name: `Compte ${i}` }));
    // On PostgreSQL these run in separate connections and race for the unit's first key.
    await Promise.all(ps.map((p) => s.service.write(s.root, p, 'password', { value: `valeur-${p}` })));
    const keys = await t.h.db.selectFrom('vault_keys').select('id').where('unit_id', '=', u).execute();
    expect(keys).toHaveLength(1);
    for (const p of ps)
      expect((await s.service.reveal(s.root, p, 'password', { reason: 'check' })).value).toBe(`valeur-${p}`);
  });

  it('stores, lists and reveals a secret; custody never carries a value', async () => {
    const s = await setup();
    const custody = await s.service.write(s.root, s.p1, 'password', {
      value: 'Tr0ub4dor&3',
      reason: 'initial',
    });
    expect(custody.secrets.map((x) => x.kind)).toEqual(['password']);
    expect(custody.secrets[0]?.updatedBy).toBe('root@test');
    expect(custody.secrets[0]?.updatedByName).toBeNull(); // root@test is no user
    expect(JSON.stringify(custody)).not.toContain('Tr0ub4dor');
    expect(custody).toMatchObject({ custodian: 'Alice Martin', mfa: 'on', recoveryContact: 'corporate' });
    expect(custody.canReveal && custody.canWrite).toBe(true);
    const row = await t.h.db.selectFrom('secrets').selectAll().executeTakeFirstOrThrow();
    expect(row.sealed).not.toContain('Tr0ub4dor');
    expect(Buffer.from(row.sealed, 'base64').toString('latin1')).not.toContain('Tr0ub4dor');
    const r = await s.service.reveal(s.root, s.p1, 'password', { reason: 'yearly check' });
    expect(r).toEqual({ kind: 'password', value: 'Tr0ub4dor&3' });
    // Replacing keeps one row, logs an update showing only that the value changed.
    await s.service.write(s.root, s.p1, 'password', { value: 'n3w-0ne' });
    expect((await s.service.reveal(s.root, s.p1, 'password', { reason: 'after change' })).value).toBe(
      'n3w-0ne',
    );
    const log = await t.h.db
      .selectFrom('changes')
      .select(['action', 'entity', 'entity_id', 'diff', 'reason'])
      .where('entity', '=', 'secret')
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.action)).toEqual(['create', 'reveal', 'update', 'reveal']);
    expect(JSON.parse(log[2]!.diff)).toEqual({ password: ['(sealed)', '(sealed)'] });
    expect(log.every((l) => Number(l.entity_id) === s.p1)).toBe(true);
    const text = await changesText(t.h);
    expect(text).not.toContain('Tr0ub4dor');
    expect(text).not.toContain('n3w-0ne');
    // Delete.
    const after = await s.service.remove(s.root, s.p1, 'password', 'account closed');
    expect(after.secrets).toEqual([]);
    expect((await thrown(s.service.reveal(s.root, s.p1, 'password', { reason: 'gone now' }))).code).toBe(
      'vault.secret_not_found',
    );
  });

  it('keeps hostile values exactly as given', async () => {
    const s = await setup();
    for (const [i, value] of HOSTILE.entries()) {
      const kind = (['login', 'password', 'recovery_codes', 'note'] as const)[i]!;
      await s.service.write(s.root, s.p1, kind, { value });
      expect((await s.service.reveal(s.root, s.p1, kind, { reason: 'round trip' })).value).toBe(value);
    }
    expect(await t.h.db.selectFrom('secrets').select('id').execute()).toHaveLength(4);
    expect(await changesText(t.h)).not.toContain('drop table');
  });

  it('refuses a ciphertext moved to another row (presence or kind)', async () => {
    const s = await setup();
    await s.service.write(s.root, s.p1, 'password', { value: 'first-secret' });
    await s.service.write(s.root, s.p2, 'password', { value: 'second-secret' });
    await s.service.write(s.root, s.p1, 'login', { value: 'first-login' });
    const a = await store.getSecret(t.h.db, s.p1, 'password');
    const b = await store.getSecret(t.h.db, s.p2, 'password');
    const l = await store.getSecret(t.h.db, s.p1, 'login');
    // Swap the two presences' passwords (with their keys, as an attacker with the database would).
    await t.h.db
      .updateTable('secrets')
      .set({ sealed: b!.sealed, key_id: b!.key_id })
      .where('id', '=', a!.id)
      .execute();
    await t.h.db
      .updateTable('secrets')
      .set({ sealed: a!.sealed, key_id: a!.key_id })
      .where('id', '=', b!.id)
      .execute();
    const before = await snapshot(t.h);
    for (const p of [s.p1, s.p2]) {
      const e = await thrown(s.service.reveal(s.root, p, 'password', { reason: 'swapped rows' }));
      expect(e).toBeInstanceOf(Unavailable);
      expect(e.code).toBe('vault.secret_unreadable');
      expect(e.message).not.toMatch(/first-secret|second-secret/);
    }
    // The login sealed for the same presence does not open as its password either.
    await t.h.db
      .updateTable('secrets')
      .set({ sealed: l!.sealed, key_id: l!.key_id })
      .where('id', '=', a!.id)
      .execute();
    expect((await thrown(s.service.reveal(s.root, s.p1, 'password', { reason: 'kind swap' }))).code).toBe(
      'vault.secret_unreadable',
    );
    // A failed reveal logs nothing and changes nothing else.
    const after = await snapshot(t.h);
    expect(after.changes).toEqual(before.changes);
    expect(after.keys).toEqual(before.keys);
  });

  it('a wrong master key is a clear error at start, and nothing is decrypted or changed', async () => {
    const s = await setup();
    await s.service.write(s.root, s.p1, 'password', { value: 'kept-safe' });
    expect((await checkMasterKey(t.h.db, s.key)).secrets).toBe(1);
    const before = await snapshot(t.h);
    const wrong = newKey();
    const e = await thrown(checkMasterKey(t.h.db, wrong, MASTER_KEY_ENV));
    expect(e).toBeInstanceOf(Unavailable);
    expect(e.code).toBe('vault.key_wrong');
    expect(e.message).toContain(MASTER_KEY_ENV);
    expect(e.message).toContain(MASTER_KEY_FILE_ENV);
    expect(e.message).not.toContain(wrong.toString('base64'));
    expect(e.exitCode).toBe(6);
    // A vault that was never checked still opens nothing and seals nothing with the wrong key.
    const bad = new VaultService(t.h, new Vault(wrong, 'test'));
    expect((await thrown(bad.reveal(s.root, s.p1, 'password', { reason: 'wrong key' }))).code).toBe(
      'vault.key_unreadable',
    );
    expect((await thrown(bad.write(s.root, s.p2, 'password', { value: 'x' }))).code).toBe('vault.key_wrong');
    expect(await snapshot(t.h)).toEqual(before);
    // The right key still opens everything.
    expect((await s.service.reveal(s.root, s.p1, 'password', { reason: 'still there' })).value).toBe(
      'kept-safe',
    );
  });

  it('a missing master key with secrets stored is a clear error; with none it is fine', async () => {
    const s = await setup();
    await expect(checkMasterKey(t.h.db, null)).resolves.toMatchObject({ secrets: 0 });
    await s.service.write(s.root, s.p1, 'password', { value: 'kept-safe' });
    const e = await thrown(checkMasterKey(t.h.db, null));
    expect(e).toBeInstanceOf(Unavailable);
    expect(e.code).toBe('vault.key_missing');
    expect(e.message).toContain(MASTER_KEY_ENV);
    expect(e.message).toContain(MASTER_KEY_FILE_ENV);
    // Without a key custody still reads; revealing and storing say why they cannot.
    const none = new VaultService(t.h, Vault.none());
    expect((await none.custody(s.root, s.p1)).secrets).toHaveLength(1);
    expect((await thrown(none.reveal(s.root, s.p1, 'password', { reason: 'no key' }))).code).toBe(
      'vault.no_key',
    );
    expect((await thrown(none.write(s.root, s.p1, 'login', { value: 'x' }))).code).toBe('vault.no_key');
  });

  it('reveal needs a reason, and is for admins and the custodian only', async () => {
    const s = await setup();
    await s.service.write(s.root, s.p1, 'password', { value: 'only-for-alice' });
    for (const reason of [undefined, '', '   ', 'why']) {
      const e = await thrown(s.service.reveal(s.root, s.p1, 'password', { reason }));
      expect(e).toBeInstanceOf(Invalid);
      expect(e.status).toBe(422);
      expect(e.issues[0]?.field).toBe('reason');
    }
    // A unit manager of the presence's unit holds vault.reveal but is not the custodian.
    const manager = await accessAs(t.h, 'manager@test', [
      { role: 'unit_manager', unitId: s.u1, presenceId: null },
    ]);
    const e = await thrown(s.service.reveal(manager, s.p1, 'password', { reason: 'I manage the unit' }));
    expect(e).toBeInstanceOf(Forbidden);
    expect(e.status).toBe(403);
    expect((await s.service.custody(manager, s.p1)).canReveal).toBe(false);
    // Another unit's manager does not even learn that the presence exists.
    const other = await accessAs(t.h, 'other@test', [
      { role: 'unit_manager', unitId: s.u2, presenceId: null },
    ]);
    expect(await thrown(s.service.reveal(other, s.p1, 'password', { reason: 'curious' }))).toBeInstanceOf(
      NotFound,
    );
    expect(await thrown(s.service.custody(other, s.p1))).toBeInstanceOf(NotFound);
    // The custodian (an agency user linked to Alice) may, and the reveal is logged once, with its reason.
    const logged = (await t.h.db.selectFrom('changes').select('id').execute()).length;
    const alice = await accessAs(
      t.h,
      'alice@agency',
      [{ role: 'agency', unitId: null, presenceId: s.p1 }],
      s.alice,
    );
    const custody = await s.service.custody(alice, s.p1);
    expect(custody.canReveal).toBe(true);
    const r = await s.service.reveal(alice, s.p1, 'password', { reason: 'posting the campaign' });
    expect(r.value).toBe('only-for-alice');
    const rows = await t.h.db.selectFrom('changes').selectAll().where('id', '>', logged).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity: 'secret',
      action: 'reveal',
      actor: 'alice@agency',
      reason: 'posting the campaign',
    });
    expect(Number(rows[0]!.entity_id)).toBe(s.p1);
    expect(await changesText(t.h)).not.toContain('only-for-alice');
  });

  it('writes: a role allowing it over the presence, or the custodian', async () => {
    const s = await setup();
    const cm = await accessAs(t.h, 'cm@test', [
      { role: 'community_manager', unitId: null, presenceId: s.p2 },
    ]);
    expect(await thrown(s.service.write(cm, s.p1, 'password', { value: 'nope' }))).toBeInstanceOf(NotFound);
    await expect(s.service.write(cm, s.p2, 'password', { value: 'ok' })).resolves.toBeTruthy();
    const auditor = await accessAs(t.h, 'auditor@test', [
      { role: 'auditor', unitId: null, presenceId: null },
    ]);
    expect(await thrown(s.service.write(auditor, s.p1, 'password', { value: 'nope' }))).toBeInstanceOf(
      Forbidden,
    );
    expect((await s.service.custody(auditor, s.p1)).canWrite).toBe(false);
    // An analyst who is the custodian may store the credentials they hold.
    const alice = await accessAs(
      t.h,
      'alice@test',
      [{ role: 'analyst', unitId: null, presenceId: null }],
      s.alice,
    );
    await insertUserRow(t.h.db, { login: 'alice@test', name: 'Alice Martin', passwordHash: null }, nowIso());
    const c = await s.service.write(alice, s.p1, 'recovery_codes', { value: '1111 2222 3333' });
    // Who wrote it, by name for the people reading it, and by login.
    expect(c.secrets[0]).toMatchObject({ updatedBy: 'alice@test', updatedByName: 'Alice Martin' });
    expect(await thrown(s.service.write(s.root, s.p1, 'pin' as string, { value: 'x' }))).toBeInstanceOf(
      Invalid,
    );
    expect(await thrown(s.service.write(s.root, s.p1, 'login', { value: '' }))).toBeInstanceOf(Invalid);
    expect(await thrown(s.service.write(s.root, 999_999, 'login', { value: 'x' }))).toBeInstanceOf(NotFound);
  });

  it('a presence moved to another unit keeps its secrets readable; replacing seals with the new unit key', async () => {
    const s = await setup();
    await s.service.write(s.root, s.p1, 'password', { value: 'moves-along' });
    const first = await store.getSecret(t.h.db, s.p1, 'password');
    await t.h.db.updateTable('presences').set({ unit_id: s.u2 }).where('id', '=', s.p1).execute();
    expect((await s.service.reveal(s.root, s.p1, 'password', { reason: 'after move' })).value).toBe(
      'moves-along',
    );
    await s.service.write(s.root, s.p1, 'password', { value: 'replaced' });
    const second = await store.getSecret(t.h.db, s.p1, 'password');
    expect(second!.key_id).not.toBe(first!.key_id);
    expect((await store.getKey(t.h.db, second!.key_id))?.unit_id).toBe(s.u2);
    // A unit about to be deleted releases its key: secrets sealed with it still open.
    await s.service.write(s.root, s.p2, 'login', { value: 'in-unit-two' });
    await t.h.db.updateTable('presences').set({ unit_id: null }).execute();
    await store.releaseUnitKey(t.h.db, s.u2);
    await t.h.db.deleteFrom('units').where('id', '=', s.u2).execute();
    expect((await s.service.reveal(s.root, s.p2, 'login', { reason: 'unit gone' })).value).toBe(
      'in-unit-two',
    );
    expect((await s.service.reveal(s.root, s.p1, 'password', { reason: 'unit gone' })).value).toBe(
      'replaced',
    );
  });

  it('rotating the master key keeps everything readable; a failed rotation changes nothing', async () => {
    const s = await setup();
    const p3 = await presence(t.h, {});
    await s.service.write(s.root, s.p1, 'password', { value: 'one' });
    await s.service.write(s.root, s.p2, 'password', { value: 'two' });
    await s.service.write(s.root, p3, 'note', { value: 'three' });
    // A rotation that meets a key it cannot open stops, and nothing is changed.
    const bad = await t.h.db.selectFrom('vault_keys').selectAll().orderBy('id').execute();
    await t.h.db
      .updateTable('vault_keys')
      .set({ wrapped: seal(newKey(), newKey(), 'x') })
      .where('id', '=', bad[2]!.id)
      .execute();
    const broken = await snapshot(t.h);
    const next = newKey();
    expect((await thrown(s.vault.rotate(t.h.db, next, 'root@test'))).code).toBe('vault.key_unreadable');
    expect(await snapshot(t.h)).toEqual(broken);
    await checkMasterKey(t.h.db, s.key);
    expect(
      (await s.service.reveal(s.root, s.p1, 'password', { reason: 'after failed rotation' })).value,
    ).toBe('one');
    // Repair the row, then rotate for real.
    await t.h.db
      .updateTable('vault_keys')
      .set({ wrapped: bad[2]!.wrapped })
      .where('id', '=', bad[2]!.id)
      .execute();
    const r = await s.vault.rotate(t.h.db, next, 'root@test');
    expect(r).toEqual({ keys: 3, secrets: 3, unreadable: 0 });
    expect((await thrown(checkMasterKey(t.h.db, s.key))).code).toBe('vault.key_wrong');
    await checkMasterKey(t.h.db, next);
    const rotated = new VaultService(t.h, s.vault.withKey(next, 'test'));
    for (const [p, kind, v] of [
      [s.p1, 'password', 'one'],
      [s.p2, 'password', 'two'],
      [p3, 'note', 'three'],
    ] as const) {
      expect((await rotated.reveal(s.root, p, kind, { reason: 'after rotation' })).value).toBe(v);
    }
    expect((await thrown(s.service.reveal(s.root, s.p1, 'password', { reason: 'old key' }))).kind).toBe(
      'unavailable',
    );
    expect((await thrown(s.vault.rotate(t.h.db, newKey(), 'x'))).code).toBe('vault.key_wrong');
    expect(await thrown(rotated.vault.rotate(t.h.db, next, 'x'))).toBeInstanceOf(Invalid);
    const logged = await t.h.db
      .selectFrom('changes')
      .select('action')
      .where('action', '=', 'rotate_master')
      .execute();
    expect(logged).toHaveLength(1);
  });

  it('status counts without opening anything', async () => {
    const s = await setup();
    await s.service.write(s.root, s.p1, 'password', { value: 'a' });
    await s.service.write(s.root, s.p1, 'login', { value: 'b' });
    await s.service.write(s.root, s.p2, 'login', { value: 'c' });
    expect(await s.service.status()).toEqual({
      keyAvailable: true,
      source: 'test',
      secrets: 3,
      presences: 2,
      keys: 2,
      byKind: { login: 2, password: 1 },
    });
  });
});

describe('Vault object', () => {
  it('never shows its key when printed or serialised', async () => {
    const key = newKey();
    const v = new Vault(key, 'VIGIE_MASTER_KEY');
    const { inspect } = await import('node:util');
    for (const text of [JSON.stringify(v), inspect(v, { showHidden: true, depth: 5 }), String(v)]) {
      expect(text).not.toContain(key.toString('base64'));
      expect(text).not.toContain(key.toString('hex'));
    }
  });
});
