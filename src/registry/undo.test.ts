// Undoing a bulk edit (issue #12), on both databases: values and versions come back through the
// edit path, a later change refuses the whole undo and changes nothing, an undo is done once.
import { afterEach, expect, it } from 'vitest';
import { buildAccess, operatorAccess } from '../core/access';
import { setClock } from '../core/clock';
import { Conflict, type VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from './service';

afterEach(() => setClock(null));

forEachDialect((t) => {
  const admin = operatorAccess('alice');

  /** Three presences in two units with two owners, as they were before any bulk edit. */
  async function world() {
    const s = new RegistryService(t.h);
    const north = await s.createUnit(admin, { name: 'Nord', kind: 'region' });
    const south = await s.createUnit(admin, { name: 'Sud', kind: 'region' });
    // Two people with the same name: the log (by name) could not tell them apart; the undo must.
    const jean1 = await s.createPerson(admin, { name: 'Jean Martin', unitId: north.id });
    const jean2 = await s.createPerson(admin, { name: 'Jean Martin', unitId: south.id });
    const a = await s.createPresence(admin, {
      platform: 'x',
      handle: 'nord_a',
      unitId: north.id,
      ownerId: jean1.id,
    });
    const b = await s.createPresence(admin, {
      platform: 'x',
      handle: 'nord_b',
      unitId: north.id,
      ownerId: jean1.id,
      status: 'dormant',
    });
    const c = await s.createPresence(admin, {
      platform: 'x',
      handle: 'sud_c',
      unitId: south.id,
      ownerId: null,
    });
    return { s, north, south, jean1, jean2, a, b, c };
  }

  const logCount = async () =>
    Number(
      (await t.h.db.selectFrom('changes').select(t.h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    );

  it('puts back every value a bulk edit changed, through the edit path (versions, history)', async () => {
    const w = await world();
    const before = (await w.s.listPresences()).items;
    const done = await w.s.bulkEdit(admin, {
      ids: [w.a.id, w.b.id, w.c.id],
      set: { unitId: w.south.id, ownerId: w.jean2.id, status: 'closing' },
    });
    expect(done).toMatchObject({ updated: 3, batch: expect.stringMatching(/^bulk:/) });
    const edited = (await w.s.listPresences()).items;
    expect(edited.every((p) => p.ownerId === w.jean2.id && p.status === 'closing')).toBe(true);

    const undone = await w.s.undoBulk(operatorAccess('bob'), done.batch!);
    expect(undone).toEqual({ restored: 3, batch: `undo:${done.batch}` });
    const after = (await w.s.listPresences()).items;
    const fields = (p: (typeof after)[number]) => ({
      id: p.id,
      unitId: p.unitId,
      ownerId: p.ownerId,
      status: p.status,
      notes: p.notes,
      audienceOn: p.audienceOn,
    });
    expect(after.map(fields)).toEqual(before.map(fields));
    // The owner is the same Jean Martin as before, not his namesake.
    expect(after.find((p) => p.id === w.a.id)!.ownerId).toBe(w.jean1.id);
    // One version for the edit, one for its undo.
    expect(after.map((p) => p.version)).toEqual(before.map((p) => p.version + 2));
    const history = await w.s.history(admin, w.b.id);
    expect(history[0]).toMatchObject({
      actor: 'bob',
      action: 'update',
      batch: `undo:${done.batch}`,
      diff: { unit: ['Sud', 'Nord'], status: ['closing', 'dormant'] },
    });
  });

  it('refuses when a presence was changed since, naming it and the field, and changes nothing', async () => {
    const w = await world();
    const done = await w.s.bulkEdit(admin, { ids: [w.a.id, w.b.id], set: { status: 'closing' } });
    await w.s.updatePresence(operatorAccess('carol'), w.b.id, { notes: 'Vue par le service juridique' });
    const listed = (await w.s.listPresences()).items;
    const logged = await logCount();
    const e = (await w.s.undoBulk(admin, done.batch!).catch((x: unknown) => x)) as VigieError;
    expect(e).toBeInstanceOf(Conflict);
    expect(e.code).toBe('bulk.undo_changed');
    expect(e.message).toContain('@nord_b');
    expect(e.issues).toEqual([
      expect.objectContaining({
        field: `presences.${w.b.id}`,
        code: 'undo.changed_presence',
        params: expect.objectContaining({ id: w.b.id, fields: 'Notes', actor: 'carol' }),
      }),
    ]);
    // Nothing changed: not even the presence nobody touched since.
    expect((await w.s.listPresences()).items).toEqual(listed);
    expect(await logCount()).toBe(logged);
    // Deleted since: refused as well.
    await w.s.updatePresence(admin, w.b.id, { notes: null });
    await w.s.deletePresence(admin, w.a.id);
    const gone = (await w.s.undoBulk(admin, done.batch!).catch((x: unknown) => x)) as VigieError;
    expect(gone.issues.map((i) => i.code)).toContain('undo.deleted_presence');
  });

  it('undoes a bulk edit once', async () => {
    const w = await world();
    const done = await w.s.bulkEdit(admin, { ids: [w.a.id], set: { status: 'archived' } });
    await w.s.undoBulk(admin, done.batch!);
    const logged = await logCount();
    const again = (await w.s.undoBulk(admin, done.batch!).catch((x: unknown) => x)) as VigieError;
    expect(again).toBeInstanceOf(Conflict);
    expect(again.code).toBe('bulk.already_undone');
    expect(await logCount()).toBe(logged);
    expect((await w.s.getPresence(w.a.id)).status).toBe('active');
  });

  it('names bulk edits of the same millisecond apart, and undoes an earlier one once a later one is undone', async () => {
    setClock('2026-12-07T10:15:00.000Z');
    const w = await world();
    const first = await w.s.bulkEdit(admin, { ids: [w.a.id, w.b.id], set: { status: 'closing' } });
    const second = await w.s.bulkEdit(admin, { ids: [w.a.id], set: { ownerId: w.jean2.id } });
    expect(first.batch).toBe('bulk:2026-12-07T10:15:00.000Z');
    expect(second.batch).toBe('bulk:2026-12-07T10:15:00.000Z-2');
    // The second stands on presence a: undoing the first would overwrite it.
    await expect(w.s.undoBulk(admin, first.batch!)).rejects.toMatchObject({ code: 'bulk.undo_changed' });
    await w.s.undoBulk(admin, second.batch!);
    await w.s.undoBulk(admin, first.batch!);
    const a = await w.s.getPresence(w.a.id);
    expect([a.status, a.ownerId]).toEqual(['active', w.jean1.id]);
  });

  it('reads the batch strictly, and hides a bulk edit of presences out of the user’s scope', async () => {
    const w = await world();
    const done = await w.s.bulkEdit(admin, { ids: [w.a.id, w.c.id], set: { status: 'dormant' } });
    for (const bad of ['bulk:2026-12-07', `${done.batch} `, `x${done.batch}`, 'import:1'])
      await expect(w.s.undoBulk(admin, bad)).rejects.toMatchObject({ code: 'bulk.not_found' });
    const units = (await w.s.listUnits()).map((u) => ({ id: u.id, parentId: u.parentId }));
    const northManager = buildAccess({
      userId: 7,
      actor: 'nord@example.test',
      personId: null,
      grants: [{ role: 'unit_manager', unitId: w.north.id, presenceId: null }],
      units,
    });
    await expect(w.s.undoBulk(northManager, done.batch!)).rejects.toMatchObject({ code: 'bulk.not_found' });
    const analyst = buildAccess({
      userId: 8,
      actor: 'analyst@example.test',
      personId: null,
      grants: [{ role: 'analyst', unitId: null, presenceId: null }],
      units,
    });
    await expect(w.s.undoBulk(analyst, done.batch!)).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await w.s.getPresence(w.c.id)).status).toBe('dormant');
  });
  it('tells a user nothing of a bulk edit out of their scope: not who undid it, nor a presence deleted since', async () => {
    const w = await world();
    const northManager = buildAccess({
      userId: 7,
      actor: 'nord@example.test',
      personId: null,
      grants: [{ role: 'unit_manager', unitId: w.north.id, presenceId: null }],
      units: (await w.s.listUnits()).map((u) => ({ id: u.id, parentId: u.parentId })),
    });
    /** The refusal's code, and all it says. */
    const refusal = async (batch: string) => {
      const e = (await w.s.undoBulk(northManager, batch).catch((x: unknown) => x)) as VigieError;
      return [e.code, `${e.message} ${JSON.stringify(e.params)} ${JSON.stringify(e.issues ?? [])}`];
    };
    // Undone by the admin: as unknown as before, not "already undone by alice on …".
    const undone = await w.s.bulkEdit(admin, { ids: [w.a.id, w.c.id], set: { status: 'dormant' } });
    await w.s.undoBulk(admin, undone.batch!);
    expect(await refusal(undone.batch!)).toEqual(['bulk.not_found', expect.not.stringContaining('alice')]);
    // A presence out of scope deleted since: unknown, not "deleted" under its name.
    const deleted = await w.s.bulkEdit(admin, { ids: [w.a.id, w.c.id], set: { status: 'closing' } });
    await w.s.deletePresence(admin, w.c.id);
    const logged = await logCount();
    expect(await refusal(deleted.batch!)).toEqual(['bulk.not_found', expect.not.stringContaining('sud_c')]);
    expect(await logCount()).toBe(logged);
    expect((await w.s.getPresence(w.a.id)).status).toBe('closing');
    // Whoever sees everything is still told what became of it; the manager still undoes their own edits.
    await expect(w.s.undoBulk(admin, deleted.batch!)).rejects.toMatchObject({ code: 'bulk.undo_changed' });
    const own = await w.s.bulkEdit(northManager, { ids: [w.a.id, w.b.id], set: { status: 'active' } });
    expect(await w.s.undoBulk(northManager, own.batch!)).toMatchObject({ restored: 2 });
  });
});
