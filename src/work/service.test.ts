// "My work" on both databases: a person sees and moves their own tasks only, within their scope;
// someone else's task, one out of sight and one that does not exist are refused alike; an account
// without a person has no task; pending policies and handovers are the user's own.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { setClock } from '../core/clock';
import { NotFound } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { PolicyService } from '../trust/policies/service';
import { WorkService } from './service';
import { accessFor, TODAY, workWorld } from './testing';

beforeEach(() => setClock(`${TODAY}T09:00:00.000Z`));
afterEach(() => setClock(null));

forEachDialect((t) => {
  it('lists the person’s own tasks in their scope, open ones first by due date, then closed ones', async () => {
    const w = await workWorld(t.h);
    const access = await accessFor(t.h, w);
    const work = await new WorkService(t.h).mine(access);
    expect(work.personId).toBe(w.people.camille);
    expect(work.today).toBe(TODAY);
    // Not Dominique's task, nor Camille's own on a presence her grant does not name.
    expect(work.tasks.map((x) => x.id)).toEqual([w.tasks.overdue, w.tasks.soon, w.tasks.later, w.tasks.done]);
    const soon = work.tasks[1]!;
    expect(soon).toMatchObject({
      kind: 'post_redirect',
      status: 'doing',
      params: { target: '@nord_principal' },
      message: expect.stringContaining('@nord_principal'),
      presenceId: w.presences.mine,
      presence: { platform: 'x', handle: 'nord_officiel', name: 'Compte nord_officiel', unit: 'Nord' },
    });
    expect(work.handovers).toBeNull();
  });

  it('gives the task of a presence in scope once the grant covers it (unit manager of both units)', async () => {
    const w = await workWorld(t.h);
    const access = await accessFor(t.h, w, {
      grants: [
        { role: 'unit_manager', unitId: w.units.north, presenceId: null },
        { role: 'unit_manager', unitId: w.units.south, presenceId: null },
      ],
    });
    const work = await new WorkService(t.h).mine(access);
    expect(work.tasks.map((x) => x.id)).toContain(w.tasks.outOfScope);
    expect(work.tasks.map((x) => x.id)).not.toContain(w.tasks.othersTask);
    // Unit managers complete handovers: the section is there, empty.
    expect(work.handovers).toEqual({ open: 0, items: [] });
  });

  it('fails closed: no person linked, no task (never anyone else’s), even for an admin', async () => {
    const w = await workWorld(t.h);
    const admin = await accessFor(t.h, w, {
      personId: null,
      grants: [{ role: 'admin', unitId: null, presenceId: null }],
    });
    const s = new WorkService(t.h);
    expect((await s.mine(admin)).tasks).toEqual([]);
    await expect(s.setStatus(admin, w.tasks.overdue, { status: 'done' })).rejects.toBeInstanceOf(NotFound);
    // The local operator (a CLI on a database without users) is nobody either.
    expect((await s.mine(operatorAccess('cli:test'))).tasks).toEqual([]);
  });

  it('marks an own task done and back to do, logging each change; refuses others’ as not found', async () => {
    const w = await workWorld(t.h);
    const access = await accessFor(t.h, w);
    const s = new WorkService(t.h);
    const done = await s.setStatus(access, w.tasks.overdue, { status: 'done' });
    expect(done).toMatchObject({ id: w.tasks.overdue, status: 'done' });
    expect((await s.setStatus(access, w.tasks.overdue, { status: 'todo' })).status).toBe('todo');
    expect((await s.setStatus(access, w.tasks.soon, { status: 'skipped' })).status).toBe('skipped');
    const logged = await t.h.db
      .selectFrom('changes')
      .select(['entity', 'entity_id', 'actor', 'diff', 'batch'])
      .where('entity', '=', 'audit_task')
      .orderBy('id')
      .execute();
    expect(logged.map((l) => [l.entity_id, JSON.parse(l.diff), l.actor, l.batch])).toEqual([
      [w.tasks.overdue, { status: ['todo', 'done'] }, access.actor, `audit:${w.auditId}`],
      [w.tasks.overdue, { status: ['done', 'todo'] }, access.actor, `audit:${w.auditId}`],
      [w.tasks.soon, { status: ['doing', 'skipped'] }, access.actor, `audit:${w.auditId}`],
    ]);

    // Someone else's task, one out of scope and one that does not exist: the same refusal.
    const refusals = [];
    for (const id of [w.tasks.othersTask, w.tasks.outOfScope, 999_999]) {
      const e = await s.setStatus(access, id, { status: 'done' }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NotFound);
      const { code, message, params } = e as NotFound;
      refusals.push({ code, message: message.replace(String(id), '#'), keys: Object.keys(params) });
    }
    expect(new Set(refusals.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(refusals[0]?.code).toBe('work.task_not_found');
    const untouched = await t.h.db
      .selectFrom('audit_tasks')
      .select(['id', 'status'])
      .where('id', 'in', [w.tasks.othersTask, w.tasks.outOfScope])
      .execute();
    expect(untouched.map((r) => r.status)).toEqual(['todo', 'todo']);
  });

  it('refuses a status that is not one, naming the field', async () => {
    const w = await workWorld(t.h);
    const access = await accessFor(t.h, w);
    const e = await new WorkService(t.h)
      .setStatus(access, w.tasks.overdue, { status: 'finished' })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: 'invalid', issues: [expect.objectContaining({ field: 'status' })] });
    const extra = await new WorkService(t.h)
      .setStatus(access, w.tasks.overdue, { status: 'done', ownerId: 3 })
      .catch((x: unknown) => x);
    expect(extra).toMatchObject({ kind: 'invalid' });
  });

  it('lists the current policies the user has not accepted, and drops one once accepted', async () => {
    const w = await workWorld(t.h);
    const access = await accessFor(t.h, w);
    const publisher = operatorAccess('cli:test');
    const policies = new PolicyService(t.h);
    const body = { language: 'fr', body: '# Règles\n\nUne règle.' } as const;
    await policies.publish(publisher, { kind: 'policy', title: 'Politique v1', ...body });
    const v2 = await policies.publish(publisher, { kind: 'policy', title: 'Politique v2', ...body });
    const charter = await policies.publish(publisher, { kind: 'charter', title: 'Charte', ...body });
    const s = new WorkService(t.h);
    // Only the current version of each kind asks to be accepted.
    expect((await s.mine(access)).policies.map((p) => [p.id, p.version]).sort()).toEqual(
      [
        [v2.id, 2],
        [charter.id, 1],
      ].sort(),
    );
    await policies.acknowledge(access, v2.id);
    expect((await s.mine(access)).policies.map((p) => p.id)).toEqual([charter.id]);
  });
});
