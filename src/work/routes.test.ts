// "My work" over HTTP, behind the real sign-in: 401 to nobody; a community manager reads and moves
// her own tasks (which the audit's routes refuse her); someone else's task, one out of her sight, one
// that does not exist and an id that is not one all get the same 404.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setClock } from '../core/clock';
import { forEachDialect } from '../core/testing/dialects';
import { createApp } from '../server/app';
import { signIn } from '../trust/testing';
import type { Work, WorkTask } from './model';
import { camilleGrants, TODAY, workWorld } from './testing';

beforeEach(() => setClock(`${TODAY}T09:00:00.000Z`));
afterEach(() => setClock(null));

forEachDialect((t) => {
  it('lets a person read and move their own tasks, and nothing else', async () => {
    const w = await workWorld(t.h);
    const { app } = createApp({ db: t.h });
    expect((await app.request('/api/work')).status).toBe(401);
    expect((await app.request(`/api/work/tasks/${w.tasks.overdue}`, { method: 'POST' })).status).toBe(401);

    const camille = await signIn(t.h, camilleGrants(w), { app, personId: w.people.camille });
    const res = await camille.request('/api/work');
    expect(res.status).toBe(200);
    const work = (await res.json()) as Work;
    expect(work.tasks.map((x) => x.id)).toEqual([w.tasks.overdue, w.tasks.soon, w.tasks.later, w.tasks.done]);

    // The plan's own route needs more than her grant (an audit of a unit is not hers to read)…
    expect((await camille.request(`/api/audits/${w.auditId}/tasks`)).status).toBe(404);
    // …this one is enough for her own task.
    const moved = await camille.request(`/api/work/tasks/${w.tasks.soon}`, {
      method: 'POST',
      json: { status: 'done' },
    });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as WorkTask).status).toBe('done');

    const refused = async (id: string, json: unknown = { status: 'done' }) => {
      const r = await camille.request(`/api/work/tasks/${id}`, { method: 'POST', json });
      const body = (await r.json()) as { error: { code: string; message: string } };
      return { status: r.status, code: body.error.code, message: body.error.message.replace(id, '#') };
    };
    const answers = [
      await refused(String(w.tasks.othersTask)),
      await refused(String(w.tasks.outOfScope)),
      await refused('999999'),
    ];
    expect(answers[0]).toEqual({ status: 404, code: 'work.task_not_found', message: expect.any(String) });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    for (const bad of ['01', '1e0', 'abc', '-1', String(w.tasks.overdue).padStart(4, '0')])
      expect((await refused(bad)).status, bad).toBe(404);
    // Her own task, a status that is not one: 422.
    expect((await refused(String(w.tasks.overdue), { status: 'finished' })).status).toBe(422);
    expect((await refused(String(w.tasks.overdue), { status: 'done', dueOn: '2027-01-01' })).status).toBe(
      422,
    );
    const after = await t.h.db
      .selectFrom('audit_tasks')
      .select(['id', 'status', 'due_on'])
      .where('id', 'in', [w.tasks.othersTask, w.tasks.outOfScope, w.tasks.overdue])
      .orderBy('id')
      .execute();
    expect(after.map((r) => r.status)).toEqual(['todo', 'todo', 'todo']);
  });

  it('answers an empty list, never others’ tasks, to a user without a person', async () => {
    const w = await workWorld(t.h);
    const { app } = createApp({ db: t.h });
    const admin = await signIn(t.h, [{ role: 'admin', unitId: null, presenceId: null }], { app });
    const work = (await (await admin.request('/api/work')).json()) as Work;
    expect(work).toMatchObject({ personId: null, tasks: [], policies: [] });
    expect(work.handovers).toEqual({ open: 0, items: [] });
    const r = await admin.request(`/api/work/tasks/${w.tasks.overdue}`, {
      method: 'POST',
      json: { status: 'done' },
    });
    expect(r.status).toBe(404);
  });

  it('refuses a change without the session’s CSRF token', async () => {
    const w = await workWorld(t.h);
    const { app } = createApp({ db: t.h });
    const camille = await signIn(t.h, camilleGrants(w), { app, personId: w.people.camille });
    const r = await app.request(`/api/work/tasks/${w.tasks.overdue}`, {
      method: 'POST',
      headers: { cookie: camille.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'done' }),
    });
    expect(r.status).toBe(403);
  });
});
