// Rolling back an inventory import (issue #12), on both databases: the registry comes back exactly
// as the import found it, a later change refuses the rollback and changes nothing.
import { expect, it } from 'vitest';
import { operatorAccess } from '../../core/access';
import { Conflict, type VigieError } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { RegistryService } from '../service';
import * as store from '../store';
import { rollbackInventoryImport } from './rollback';
import { importInventory } from './service';

const enc = (s: string) => new TextEncoder().encode(s);

/** Changes the existing presence (new unit, new owner, status, audience) and adds two presences. */
const CSV = [
  'Réseau;Lien;Nom du compte;Entité;Responsable;Statut;Abonnés',
  'x;https://x.com/avenor_energie;Avenor Énergie;Logistique;Zoé Arnaud <zoe.arnaud@avenor.example>;en sommeil;5 000',
  'instagram;https://www.instagram.com/avenor.logistique;Avenor Logistique;Logistique;zoe.arnaud@avenor.example;actif;',
  'linkedin;https://www.linkedin.com/company/avenor-fret;Avenor Fret;Énergie;Claire Martin;actif;',
].join('\n');

forEachDialect((t) => {
  const admin = operatorAccess('alice');

  async function world() {
    const s = new RegistryService(t.h);
    const energy = await s.createUnit(admin, { name: 'Énergie', kind: 'business_unit' });
    const claire = await s.createPerson(admin, { name: 'Claire Martin', unitId: energy.id });
    const x = await s.createPresence(admin, {
      platform: 'x',
      handle: 'avenor_energie',
      name: 'Avenor Énergie',
      unitId: energy.id,
      ownerId: claire.id,
      audience: 1200,
      audienceOn: '2026-01-05',
      tags: ['marque'],
    });
    return { s, energy, claire, x };
  }

  /** The registry's rows, without what every change moves (version, update time). */
  const registry = async () => {
    const db = t.h.db;
    const strip = <T extends { version: unknown; updated_at: unknown }>({
      version: _v,
      updated_at: _u,
      ...r
    }: T) => r;
    return {
      presences: (await db.selectFrom('presences').selectAll().orderBy('id').execute()).map(strip),
      units: (await db.selectFrom('units').selectAll().orderBy('id').execute()).map(strip),
      people: (await db.selectFrom('people').selectAll().orderBy('id').execute()).map(strip),
    };
  };
  const logCount = async () =>
    Number(
      (await t.h.db.selectFrom('changes').select(t.h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    );

  it('puts the registry back exactly as the import found it, and records how', async () => {
    const w = await world();
    const before = await registry();
    const done = await importInventory(t.h, 'bob', { name: 'inventaire.csv', bytes: enc(CSV) });
    expect(done).toMatchObject({ created: 2, updated: 1, unitsCreated: 1, peopleCreated: 1 });
    expect((await w.s.getPresence(w.x.id)).unit).toBe('Logistique');

    const r = await rollbackInventoryImport(w.s, admin, done.importId!);
    expect(r).toMatchObject({
      presencesRestored: 1,
      presencesDeleted: 2,
      presencesArchived: 0,
      unitsDeleted: 1,
      peopleDeleted: 1,
      unitsKept: [],
      peopleKept: [],
      batch: `undo:import:${done.importId}`,
    });
    expect(await registry()).toEqual(before);
    // The presence changed and changed back: two versions more, the last one under the rollback.
    expect((await w.s.getPresence(w.x.id)).version).toBe(w.x.version + 2);
    expect((await w.s.history(admin, w.x.id))[0]).toMatchObject({
      actor: 'alice',
      batch: `undo:import:${done.importId}`,
      diff: expect.objectContaining({ unit: ['Logistique', 'Énergie'], status: ['dormant', 'active'] }),
    });
    const logged = await t.h.db
      .selectFrom('changes')
      .select(['entity', 'action'])
      .where('batch', '=', `undo:import:${done.importId}`)
      .orderBy('id')
      .execute();
    expect(logged.map((c) => `${c.entity} ${c.action}`)).toEqual([
      'presence update',
      'presence delete',
      'presence delete',
      'person delete',
      'unit delete',
      'inventory_import rollback',
    ]);
    expect((await store.listImports(t.h.db))[0]).toMatchObject({
      rolledBackBy: 'alice',
      rolledBackAt: expect.any(String),
    });
    // Once.
    const again = (await rollbackInventoryImport(w.s, admin, done.importId!).catch(
      (e: unknown) => e,
    )) as VigieError;
    expect(again).toBeInstanceOf(Conflict);
    expect(again.code).toBe('inventory.already_rolled_back');
  });

  it('refuses after a later edit of a presence it created or changed, and changes nothing', async () => {
    const w = await world();
    const done = await importInventory(t.h, 'bob', { name: 'inventaire.csv', bytes: enc(CSV) });
    const created = (await w.s.listPresences({ platform: 'instagram' })).items[0]!;
    await w.s.updatePresence(operatorAccess('carol'), created.id, {
      status: 'active',
      objective: 'Recrutement',
    });
    const state = await registry();
    const logged = await logCount();
    const e = (await rollbackInventoryImport(w.s, admin, done.importId!).catch(
      (x: unknown) => x,
    )) as VigieError;
    expect(e).toBeInstanceOf(Conflict);
    expect(e.code).toBe('inventory.rollback_changed');
    expect(e.message).toContain('Avenor Logistique');
    expect(e.issues[0]?.params).toMatchObject({ id: created.id, fields: 'Objective', actor: 'carol' });
    expect(await registry()).toEqual(state);
    expect(await logCount()).toBe(logged);
    expect((await store.listImports(t.h.db))[0]!.rolledBackAt).toBeNull();
  });

  it('archives a presence it created that posts hang from, and keeps a unit someone else uses now', async () => {
    const w = await world();
    const done = await importInventory(t.h, 'bob', { name: 'inventaire.csv', bytes: enc(CSV) });
    const ig = (await w.s.listPresences({ platform: 'instagram' })).items[0]!;
    const logistics = ig.unitId!;
    // A post imported onto it (without touching the presence), and someone placed in the new unit.
    const imp = await t.h.db
      .insertInto('data_imports')
      .values({
        at: '2026-12-07T10:00:00.000Z',
        actor: 'bob',
        file_name: 'export.zip',
        size: 1,
        sha256: 'x',
        platform: 'instagram',
        presence_id: ig.id,
        presence_created: 0,
        posts: 1,
        added: 1,
        updated: 0,
        interactions: 0,
        metrics: 0,
        unknown_fields: '[]',
        duration_ms: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.h.db
      .insertInto('posts')
      .values({
        presence_id: ig.id,
        external_id: 'p1',
        published_at: '2026-12-01T10:00:00.000Z',
        text: 'Bonjour',
        language: 'fr',
        kind: 'post',
        url: null,
        links: '[]',
        media: '[]',
        likes: 1,
        shares: null,
        replies: null,
        quotes: null,
        views: null,
        saves: null,
        clicks: null,
        import_id: imp.id,
      })
      .execute();
    await w.s.createPerson(admin, { name: 'Paul Roy', unitId: logistics });
    const r = await rollbackInventoryImport(w.s, admin, done.importId!);
    expect(r).toMatchObject({
      presencesDeleted: 1,
      presencesArchived: 1,
      unitsKept: ['Logistique'],
      unitsDeleted: 0,
    });
    expect((await w.s.getPresence(ig.id)).status).toBe('archived');
    expect((await w.s.getPresence(w.x.id)).unitId).toBe(w.energy.id);
  });

  it('says an import made before rollbacks existed cannot be rolled back', async () => {
    const w = await world();
    const done = await importInventory(t.h, 'bob', { name: 'inventaire.csv', bytes: enc(CSV) });
    await t.h.db.deleteFrom('batch_snapshots').where('batch', '=', `import:${done.importId}`).execute();
    await expect(rollbackInventoryImport(w.s, admin, done.importId!)).rejects.toMatchObject({
      code: 'inventory.rollback_unavailable',
    });
    await expect(rollbackInventoryImport(w.s, admin, 999_999)).rejects.toMatchObject({
      code: 'inventory.import_not_found',
    });
  });
});
