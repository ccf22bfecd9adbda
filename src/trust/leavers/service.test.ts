import { expect, it } from 'vitest';
import { nowIso } from '../../core/clock';
import { Conflict, Forbidden, Invalid, NotFound, VigieError } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { insertUserRow } from '../store';
import { VaultService } from '../vault/service';
import { accessAs, admin, person, presence, routesApp, testVault, unit, user } from '../vault/testing';
import { leaverRoutes } from './routes';
import { cancelReassignments, LeaverService, openAllReassignments, openReassignments } from './service';

async function thrown(p: Promise<unknown>): Promise<VigieError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VigieError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

forEachDialect((t) => {
  const setup = async () => {
    const u1 = await unit(t.h, 'Communication');
    const u2 = await unit(t.h, 'Tourism');
    const leaver = await person(t.h, 'Léa Leaver');
    const carl = await person(t.h, 'Carl Keeper');
    const gone = await person(t.h, 'Gina Gone', 'left');
    const pOwn = await presence(t.h, { unitId: u1, ownerId: leaver, deputyId: carl, name: 'Owned' });
    const pDep = await presence(t.h, { unitId: u2, ownerId: carl, deputyId: leaver, name: 'Deputised' });
    const pCust = await presence(t.h, { unitId: u1, custodianId: leaver, name: 'Held' });
    const pWrote = await presence(t.h, { unitId: u2, ownerId: carl, name: 'Written' });
    const pNone = await presence(t.h, { unitId: u1, ownerId: carl, name: 'Unrelated' });
    // Léa is also a user, and last wrote the secrets of "Written".
    await user(t.h, 'lea@example.org', leaver);
    const { vault } = testVault();
    const lea = await accessAs(t.h, 'lea@example.org', admin, leaver);
    await new VaultService(t.h, vault).write(lea, pWrote, 'password', { value: 'lea-knew-it' });
    const root = await accessAs(t.h, 'root', admin);
    const markLeft = () =>
      t.h.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('people')
          .set({ status: 'left', left_on: '2026-03-01' })
          .where('id', '=', leaver)
          .execute();
        return openReassignments(trx, leaver, 'root');
      });
    return {
      u1,
      u2,
      leaver,
      carl,
      gone,
      pOwn,
      pDep,
      pCust,
      pWrote,
      pNone,
      root,
      markLeft,
      service: new LeaverService(t.h),
    };
  };

  it('opens one task per presence and role a leaver holds, once', async () => {
    const s = await setup();
    // Not marked left: nothing.
    expect(await t.h.db.transaction().execute((trx) => openReassignments(trx, s.leaver, 'root'))).toEqual([]);
    const ids = await s.markLeft();
    expect(ids).toHaveLength(4);
    const tasks = await s.service.list(s.root, { status: 'open' });
    expect(tasks.map((x) => [x.presence, x.role]).sort()).toEqual(
      [
        ['Deputised', 'deputy'],
        ['Held', 'custodian'],
        ['Owned', 'owner'],
        ['Written', 'secret_holder'],
      ].sort(),
    );
    expect(tasks.every((x) => x.person === 'Léa Leaver' && x.status === 'open')).toBe(true);
    // Idempotent.
    expect(await s.markLeft()).toEqual([]);
    expect(await t.h.db.transaction().execute((trx) => openReassignments(trx, s.leaver, 'root'))).toEqual([]);
    expect(await s.service.list(s.root)).toHaveLength(4);
    const logged = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where('entity', '=', 'reassignment')
      .execute();
    expect(logged).toHaveLength(4);
    expect(logged.every((l) => l.action === 'create')).toBe(true);
    // The leaver view.
    const view = await s.service.leaver(s.root, s.leaver);
    expect(view.person).toMatchObject({ name: 'Léa Leaver', status: 'left', leftOn: '2026-03-01' });
    expect(view.presences.map((p) => [p.presence, p.roles])).toEqual([
      ['Owned', ['owner']],
      ['Deputised', ['deputy']],
      ['Held', ['custodian']],
      ['Written', ['secret_holder']],
    ]);
    expect(view.reassignments).toHaveLength(4);
  });

  it('completing a task hands the role over in the same transaction, logged', async () => {
    const s = await setup();
    await s.markLeft();
    const tasks = await s.service.list(s.root);
    const own = tasks.find((x) => x.role === 'owner')!;
    // Refusals name the field and change nothing.
    const missing = await thrown(s.service.update(s.root, own.id, { status: 'done' }));
    expect(missing).toBeInstanceOf(Invalid);
    expect(missing.issues[0]?.field).toBe('toPersonId');
    expect(
      (await thrown(s.service.update(s.root, own.id, { status: 'done', toPersonId: s.gone }))).code,
    ).toBe('reassignment.to_left');
    expect(
      (await thrown(s.service.update(s.root, own.id, { status: 'done', toPersonId: s.leaver }))).code,
    ).toBe('reassignment.to_left');
    expect(
      (await thrown(s.service.update(s.root, own.id, { status: 'done', toPersonId: 99_999 }))).code,
    ).toBe('reassignment.to_unknown');
    expect(await thrown(s.service.update(s.root, own.id, { status: 'finished' }))).toBeInstanceOf(Invalid);
    expect(await thrown(s.service.update(s.root, 99_999, { status: 'cancelled' }))).toBeInstanceOf(NotFound);
    const before = await t.h.db.selectFrom('changes').select('id').execute();
    // Closed by a user: the task names them, the login beside it.
    await insertUserRow(t.h.db, { login: 'root', name: 'Rémi Racine', passwordHash: null }, nowIso());
    const done = await s.service.update(s.root, own.id, {
      status: 'done',
      toPersonId: s.carl,
      reason: 'Carl takes over',
    });
    expect(done).toMatchObject({
      status: 'done',
      toPersonId: s.carl,
      toPerson: 'Carl Keeper',
      doneBy: 'root',
      doneByName: 'Rémi Racine',
    });
    expect((await s.service.list(s.root, { status: 'open' })).every((x) => x.doneByName === null)).toBe(true);
    const p = await t.h.db
      .selectFrom('presences')
      .select('owner_id')
      .where('id', '=', s.pOwn)
      .executeTakeFirstOrThrow();
    expect(Number(p.owner_id)).toBe(s.carl);
    const rows = await t.h.db
      .selectFrom('changes')
      .selectAll()
      .where(
        'id',
        'not in',
        before.map((b) => b.id),
      )
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.entity, r.action])).toEqual([
      ['presence', 'update'],
      ['reassignment', 'update'],
    ]);
    expect(JSON.parse(rows[0]!.diff)).toEqual({ owner: ['Léa Leaver', 'Carl Keeper'] });
    expect(rows[0]!.reason).toBe('Carl takes over');
    expect(JSON.parse(rows[1]!.diff)).toEqual({ status: ['open', 'done'], toPerson: [null, 'Carl Keeper'] });
    // A closed task stays closed.
    expect(await thrown(s.service.update(s.root, own.id, { status: 'cancelled' }))).toBeInstanceOf(Conflict);
    // Custodian: the new custodian is recorded on the presence.
    const cust = tasks.find((x) => x.role === 'custodian')!;
    await s.service.update(s.root, cust.id, { status: 'done', toPersonId: s.carl });
    // Without a reason given, the presence's change carries none (the reassignment's entry says what it was).
    const handed = await t.h.db
      .selectFrom('changes')
      .select(['reason'])
      .where('entity', '=', 'presence')
      .where('entity_id', '=', s.pCust)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(handed.reason).toBeNull();
    const held = await t.h.db
      .selectFrom('presences')
      .select('custodian_id')
      .where('id', '=', s.pCust)
      .executeTakeFirstOrThrow();
    expect(Number(held.custodian_id)).toBe(s.carl);
    // Secret holder: done without a person (the credentials were changed).
    const sec = tasks.find((x) => x.role === 'secret_holder')!;
    expect((await s.service.update(s.root, sec.id, { status: 'done' })).status).toBe('done');
    // Cancel.
    const dep = tasks.find((x) => x.role === 'deputy')!;
    expect((await s.service.update(s.root, dep.id, { status: 'cancelled' })).status).toBe('cancelled');
    expect(await s.service.list(s.root, { status: 'open' })).toEqual([]);
    // Marked left again later: what she still holds is reopened, what was handed over is not.
    const reopened = await s.markLeft();
    expect(reopened).toHaveLength(2);
    const open = await s.service.list(s.root, { status: 'open' });
    expect(open.map((x) => x.role).sort()).toEqual(['deputy', 'secret_holder']);
  });

  it('scopes tasks to the reader’s units', async () => {
    const s = await setup();
    await s.markLeft();
    const m1 = await accessAs(t.h, 'm1', [{ role: 'unit_manager', unitId: s.u1, presenceId: null }]);
    const mine = await s.service.list(m1);
    expect(mine.map((x) => x.presence).sort()).toEqual(['Held', 'Owned']);
    expect((await s.service.list(s.root, { unitId: s.u2 })).map((x) => x.presence).sort()).toEqual([
      'Deputised',
      'Written',
    ]);
    expect((await s.service.leaver(m1, s.leaver)).presences.map((p) => p.presence)).toEqual([
      'Owned',
      'Held',
    ]);
    const other = (await s.service.list(s.root)).find((x) => x.presence === 'Deputised')!;
    expect(await thrown(s.service.update(m1, other.id, { status: 'cancelled' }))).toBeInstanceOf(NotFound);
    const cm = await accessAs(t.h, 'cm', [{ role: 'community_manager', unitId: null, presenceId: s.pOwn }]);
    expect(await thrown(s.service.list(cm))).toBeInstanceOf(Forbidden);
  });

  it('cancels open tasks of someone back, and opens those of everyone already left', async () => {
    const s = await setup();
    await s.markLeft();
    await t.h.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('people')
        .set({ status: 'active', left_on: null })
        .where('id', '=', s.leaver)
        .execute();
      expect(await cancelReassignments(trx, s.leaver, 'root')).toHaveLength(4);
    });
    expect(await s.service.list(s.root, { status: 'open' })).toEqual([]);
    const gonePresence = await presence(t.h, { ownerId: s.gone, name: 'Forgotten' });
    const opened = await openAllReassignments(t.h.db, 'root');
    expect(opened).toHaveLength(1);
    expect((await s.service.list(s.root, { status: 'open' }))[0]).toMatchObject({
      presenceId: gonePresence,
      role: 'owner',
      person: 'Gina Gone',
    });
    expect(await openAllReassignments(t.h.db, 'root')).toEqual([]);
  });

  it('over HTTP: list, complete, leaver view; refused without reassign.manage', async () => {
    const s = await setup();
    await s.markLeft();
    const api = routesApp(t.h, undefined, [leaverRoutes()]).as(s.root);
    const list = (await (
      await api.request(`/api/reassignments?status=open&personId=${s.leaver}`)
    ).json()) as {
      id: number;
      role: string;
    }[];
    expect(list).toHaveLength(4);
    const own = list.find((x) => x.role === 'owner')!;
    const bad = await api.request(`/api/reassignments/${own.id}`, 'PATCH', { status: 'done' });
    expect(bad.status).toBe(422);
    const ok = await api.request(`/api/reassignments/${own.id}`, 'PATCH', {
      status: 'done',
      toPersonId: s.carl,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'done', toPerson: 'Carl Keeper' });
    expect((await api.request(`/api/reassignments/${own.id}`, 'PATCH', { status: 'cancelled' })).status).toBe(
      409,
    );
    const view = await api.request(`/api/people/${s.leaver}/leaver`);
    expect(view.status).toBe(200);
    expect(((await view.json()) as { presences: unknown[] }).presences).toHaveLength(3);
    expect((await api.request('/api/people/99999/leaver')).status).toBe(404);
    expect((await api.request('/api/reassignments?status=later')).status).toBe(422);
    api.as(await accessAs(t.h, 'analyst', [{ role: 'analyst', unitId: null, presenceId: null }]));
    expect((await api.request('/api/reassignments')).status).toBe(403);
    expect((await api.request(`/api/reassignments/${own.id}`, 'PATCH', { status: 'cancelled' })).status).toBe(
      403,
    );
    api.as(null);
    expect((await api.request('/api/reassignments')).status).toBe(401);
  });
});
