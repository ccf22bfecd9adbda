// Two people at once (issue #11): edits carry the version they saw; a stale one is refused with what
// changed, never applied over someone else's; concurrent imports and edits finish whole, on both
// databases, without deadlock.
import { expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { Conflict, VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { verifyLog } from '../trust/log/verify';
import { insertUserRow } from '../trust/store';
import { importInventory } from './inventory/service';
import { RegistryService } from './service';

const enc = (s: string) => new TextEncoder().encode(s);
const as = operatorAccess;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
}

forEachDialect((t) => {
  const svc = () => new RegistryService(t.h);

  it('answers a stale edit with 409 naming what changed, by whom and when, and stores nothing', async () => {
    const s = svc();
    const claire = await s.createPerson(as('admin'), { name: 'Claire Martin' });
    const p = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_energie', name: 'Avenor' });
    expect(p.version).toBe(1);

    // Alice and Bob both open version 1; Alice saves first.
    const alice = await s.updatePresence(as('alice'), p.id, {
      ownerId: claire.id,
      name: 'Avenor Énergie',
      version: 1,
    });
    expect(alice.version).toBe(2);
    const historyBefore = await s.history(as('admin'), p.id);

    const err = await rejection(
      s.updatePresence(as('bob'), p.id, { status: 'dormant', name: 'Avenor (Bob)', version: 1 }),
    );
    expect(err).toBeInstanceOf(Conflict);
    const c = err as Conflict;
    expect(c.status).toBe(409);
    expect(c.exitCode).toBe(4);
    expect(c.code).toBe('presence.stale');
    expect(c.params).toMatchObject({ id: p.id, seen: 1, current: 2 });
    const byField = Object.fromEntries(c.issues.map((i) => [i.field, i]));
    expect(Object.keys(byField).sort()).toEqual(['name', 'owner']);
    expect(byField.owner!.params).toMatchObject({
      actor: 'alice',
      seenValue: 'null',
      currentValue: '"Claire Martin"',
      current: 'Claire Martin',
      seen: '(empty)',
      seen_fr: '(vide)',
    });
    expect(byField.name!.message).toContain('“Avenor” when you opened it, now “Avenor Énergie”');
    expect(byField.name!.message).toContain('changed by alice');

    // Nothing of Bob's edit is stored, and nothing is added to the history.
    const now = await s.presence(as('admin'), p.id);
    expect(now).toMatchObject({
      status: 'active',
      name: 'Avenor Énergie',
      owner: 'Claire Martin',
      version: 2,
    });
    expect(await s.history(as('admin'), p.id)).toEqual(historyBefore);

    // Bob reloads (version 2) and applies his change again: accepted, Alice's kept.
    const bob = await s.updatePresence(as('bob'), p.id, { status: 'dormant', version: 2 });
    expect(bob).toMatchObject({ status: 'dormant', owner: 'Claire Martin', version: 3 });

    // Without a version (scripts), an edit applies to the current record, as before.
    const script = await s.updatePresence(as('script'), p.id, { notes: 'vu' });
    expect(script).toMatchObject({ notes: 'vu', status: 'dormant', version: 4 });
    // An edit that changes nothing leaves the version (and the history) alone.
    expect((await s.updatePresence(as('script'), p.id, { notes: 'vu', version: 4 })).version).toBe(4);
  });

  it('names who changed a field since, when they are a user (the login stays in `actor`)', async () => {
    const s = svc();
    await insertUserRow(
      t.h.db,
      { login: 'alice', name: 'Alice Durand', passwordHash: null },
      '2026-01-01T00:00:00Z',
    );
    const p = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_energie', name: 'Avenor' });
    await s.updatePresence(as('alice'), p.id, { name: 'Avenor Énergie', version: 1 });
    await s.updatePresence(as('script'), p.id, { notes: 'vu', version: 2 });
    const err = (await rejection(
      s.updatePresence(as('bob'), p.id, { status: 'dormant', version: 1 }),
    )) as Conflict;
    const byField = Object.fromEntries(err.issues.map((i) => [i.field, i.params]));
    expect(byField.name).toMatchObject({ actor: 'alice', actorName: 'Alice Durand' });
    // Not a user: no name, the client falls back on the actor.
    expect(byField.notes).toMatchObject({ actor: 'script' });
    expect(byField.notes).not.toHaveProperty('actorName');
  });

  it('lets exactly one of two simultaneous edits from the same version win', async () => {
    const s = svc();
    const p = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_energie' });
    for (let round = 0; round < 5; round++) {
      const { version } = await s.presence(as('admin'), p.id);
      const outcomes = await Promise.allSettled([
        new RegistryService(t.h).updatePresence(as('alice'), p.id, { name: `Alice ${round}`, version }),
        new RegistryService(t.h).updatePresence(as('bob'), p.id, { name: `Bob ${round}`, version }),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o) => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
      const after = await s.presence(as('admin'), p.id);
      expect(after.version).toBe(version + 1);
      expect(after.name).toBe((won[0] as PromiseFulfilledResult<{ name: string }>).value.name);
    }
    const updates = (await s.history(as('admin'), p.id)).filter((c) => c.action === 'update');
    expect(updates).toHaveLength(5);
  });

  it('tells an editor what an inventory import changed since they opened the presence', async () => {
    const s = svc();
    const p = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_energie' });
    await importInventory(t.h, 'importer', {
      name: 'inventaire.csv',
      bytes: enc('Réseau;URL;Statut;Abonnés\nx;https://x.com/avenor_energie;en sommeil;1200'),
    });
    const err = (await rejection(s.updatePresence(as('bob'), p.id, { notes: 'x', version: 1 }))) as Conflict;
    expect(err.code).toBe('presence.stale');
    const status = err.issues.find((i) => i.field === 'status');
    expect(status?.params).toMatchObject({ actor: 'importer', seen: 'active', current: 'dormant' });
    expect(status?.params?.current_fr).toBe('en sommeil');
    expect(err.issues.map((i) => i.field)).toContain('audience');
  });

  it('refuses a bulk edit made from a list that changed since, and changes none of it', async () => {
    const s = svc();
    const a = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_a' });
    const b = await s.createPresence(as('admin'), { url: 'https://x.com/avenor_b' });
    await s.updatePresence(as('alice'), b.id, { status: 'dormant', version: 1 });
    const err = (await rejection(
      s.bulkEdit(as('bob'), {
        ids: [a.id, b.id],
        set: { status: 'closing' },
        versions: { [a.id]: 1, [b.id]: 1 },
      }),
    )) as Conflict;
    expect(err).toBeInstanceOf(Conflict);
    expect(err.code).toBe('bulk.stale');
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]!.params).toMatchObject({ id: b.id, actor: 'alice' });
    const list = (await s.listPresences()).items;
    expect(list.map((p) => p.status).sort()).toEqual(['active', 'dormant']);
    // With current versions it applies, and each presence's version goes up.
    const r = await s.bulkEdit(as('bob'), {
      ids: [a.id, b.id],
      set: { status: 'closing' },
      versions: { [a.id]: 1, [b.id]: 2 },
    });
    expect(r.updated).toBe(2);
    expect((await s.listPresences()).items.map((p) => p.version).sort()).toEqual([2, 3]);
  });

  it('checks the version of units and people too', async () => {
    const s = svc();
    const u = await s.createUnit(as('admin'), { name: 'Énergie', kind: 'business_unit' });
    const pe = await s.createPerson(as('admin'), { name: 'Paul Roy' });
    expect(u.version).toBe(1);
    await s.updateUnit(as('alice'), u.id, { country: 'FR', version: 1 });
    const ue = (await rejection(s.updateUnit(as('bob'), u.id, { name: 'Energie', version: 1 }))) as Conflict;
    expect(ue.code).toBe('unit.stale');
    expect(ue.issues[0]).toMatchObject({ field: 'country', params: { actor: 'alice', current: 'FR' } });
    expect((await s.getUnit(u.id)).name).toBe('Énergie');
    await s.updatePerson(as('alice'), pe.id, { jobTitle: 'CM', version: 1 });
    const pr = (await rejection(
      s.updatePerson(as('bob'), pe.id, { name: 'P. Roy', version: 1 }),
    )) as Conflict;
    expect(pr.code).toBe('person.stale');
    expect(pr.issues[0]).toMatchObject({ field: 'job_title', params: { actor: 'alice', current: 'CM' } });
    expect((await s.getPerson(pe.id)).version).toBe(2);
  });

  it('runs 20 concurrent imports and edits of overlapping presences without deadlock or partial rows', {
    timeout: 120_000,
  }, async () => {
    const s = svc();
    // Ten presences everyone touches, registered before.
    const shared: { id: number; handle: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const p = await s.createPresence(as('admin'), { platform: 'x', handle: `partage_${i}` });
      shared.push({ id: p.id, handle: `partage_${i}` });
    }
    const presencesBefore = (await s.listPresences()).total;
    // Each import: the shared presences (in its own order, so that row locks would be taken in
    // different orders), presences of its own, and units and people that do not exist yet, some
    // named by every file (two imports creating the same unit at once).
    const file = (n: number) => {
      const rows = ['Réseau;URL;Nom;Entité;Responsable;Statut;Abonnés'];
      const order = [...shared].sort((x, y) => ((x.id * 7 + n) % 10) - ((y.id * 7 + n) % 10));
      for (const p of order) {
        rows.push(
          `x;https://x.com/${p.handle};Partagé ${p.handle} (import ${n});Direction commune;Responsable commun;actif;${1000 + n}`,
        );
      }
      for (let i = 0; i < 15; i++) {
        rows.push(
          `Instagram;https://www.instagram.com/import${n}_${i};Compte ${n}.${i};Entité ${n % 3};Personne ${n}-${i % 4};en sommeil;${n * 100 + i}`,
        );
      }
      return enc(rows.join('\n'));
    };
    const imports = 8;
    const edits = 12;
    const ops: { kind: 'import' | 'edit'; run: () => Promise<unknown> }[] = [];
    let staleAnswers = 0;
    for (let n = 0; n < imports; n++) {
      ops.push({
        kind: 'import',
        run: () => importInventory(t.h, `importer${n}`, { name: `inventaire-${n}.csv`, bytes: file(n) }),
      });
    }
    for (let e = 0; e < edits; e++) {
      const target = shared[e % shared.length]!;
      ops.push({
        kind: 'edit',
        run: async () => {
          // An editor opens the presence, takes a moment, and saves with the version they saw; told
          // it changed (409), they reload and apply their change again, as the web app offers.
          for (let attempt = 1; ; attempt++) {
            const seen = await new RegistryService(t.h).presence(as('admin'), target.id);
            await new Promise((r) => setTimeout(r, (e * 37 + attempt * 11) % 50));
            try {
              return await new RegistryService(t.h).updatePresence(as(`editor${e}`), target.id, {
                notes: `note ${e}`,
                tags: [`t${e}`],
                version: seen.version,
              });
            } catch (err) {
              if (!(err instanceof Conflict) || attempt >= 30) throw err;
              staleAnswers++;
            }
          }
        },
      });
    }
    // Interleave imports and edits: import, edit, import, edit…, the extra edits last.
    const importOps = ops.filter((o) => o.kind === 'import');
    const editOps = ops.filter((o) => o.kind === 'edit');
    ops.length = 0;
    for (let i = 0; i < Math.max(importOps.length, editOps.length); i++) {
      if (importOps[i]) ops.push(importOps[i]!);
      if (editOps[i]) ops.push(editOps[i]!);
    }

    const started = performance.now();
    const outcomes = await Promise.allSettled(ops.map((o) => o.run()));
    const ms = Math.round(performance.now() - started);

    const tally: Record<string, number> = {};
    const unexpected: unknown[] = [];
    outcomes.forEach((o, i) => {
      const kind = ops[i]!.kind;
      const what =
        o.status === 'fulfilled'
          ? 'ok'
          : o.reason instanceof VigieError && o.reason.kind === 'conflict'
            ? 'conflict'
            : 'error';
      tally[`${kind}:${what}`] = (tally[`${kind}:${what}`] ?? 0) + 1;
      if (what === 'error') unexpected.push(o.status === 'rejected' ? o.reason : null);
      // Imports have no version to be stale against: each one must succeed.
      if (kind === 'import' && what !== 'ok') unexpected.push(o.status === 'rejected' ? o.reason : null);
    });
    console.log(
      `[stress ${t.dialect}] ${ops.length} operations (${imports} imports of 25 rows, ${edits} edits) in ${ms} ms:`,
      JSON.stringify(tally),
      `; ${staleAnswers} stale edits answered 409, reloaded and applied again`,
    );
    expect(unexpected).toEqual([]);
    expect(tally['import:ok']).toBe(imports);
    // Every editor's change is saved in the end: none lost, none applied over a change unseen.
    expect(tally['edit:ok']).toBe(edits);

    // No partial rows: every import recorded is whole (its batch in the log matches its counts),
    // and every registry row written has its entry in the log.
    const db = t.h.db;
    const recorded = await db.selectFrom('inventory_imports').selectAll().execute();
    expect(recorded).toHaveLength(imports);
    for (const r of recorded) {
      const batch = await db
        .selectFrom('changes')
        .select(['entity', 'action'])
        .where('batch', '=', `import:${r.id}`)
        .execute();
      const count = (entity: string, action: string) =>
        batch.filter((c) => c.entity === entity && c.action === action).length;
      expect(count('presence', 'create')).toBe(r.created);
      expect(count('presence', 'update')).toBe(r.updated);
      expect(count('unit', 'create')).toBe(r.units_created);
      expect(count('person', 'create')).toBe(r.people_created);
      expect(r.created + r.updated + r.unchanged + r.merged).toBe(r.rows);
    }
    const total = (await s.listPresences()).total;
    expect(total).toBe(presencesBefore + imports * 15);
    const created = recorded.reduce((n, r) => n + r.created, 0);
    expect(created).toBe(imports * 15);
    // Units and people named by several files exist once.
    const units = await s.listUnits();
    expect(units.filter((u) => u.name === 'Direction commune')).toHaveLength(1);
    expect((await s.listPeople()).filter((p) => p.name === 'Responsable commun')).toHaveLength(1);
    // Each version is one entry of the history: no write went unrecorded.
    for (const p of (await s.listPresences()).items) {
      const updates = (await s.history(as('admin'), p.id)).filter((c) => c.action === 'update');
      expect(p.version).toBe(1 + updates.length);
    }
    // Every edit that was told "saved" is in the history, with its note.
    const saved = outcomes.filter((o, i) => ops[i]!.kind === 'edit' && o.status === 'fulfilled').length;
    const editEntries = await db
      .selectFrom('changes')
      .select('id')
      .where('actor', 'like', 'editor%')
      .execute();
    expect(editEntries).toHaveLength(saved);
    const chain = await verifyLog(db);
    expect(chain.ok).toBe(true);
  });
});
