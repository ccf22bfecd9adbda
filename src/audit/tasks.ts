// The action plan (method steps d, f, g, h): the tasks a decision makes for its presence, the plan
// as people follow it (status, owner, due date, message), and its progress per unit.
import type { Access } from '../core/access';
import { nowIso, today } from '../core/clock';
import type { Db } from '../core/db';
import { Invalid, NotFound } from '../core/errors';
import { appendChanges } from '../core/log';
import type { Presence } from '../registry/model';
import { descendantIds } from '../registry/rules';
import { visiblePeopleOf } from '../registry/service';
import * as registry from '../registry/store';
import { requireOnAudit, taskTargetOf } from './access';
import { type AuditContext, auditRow, en } from './context';
import type { DecideInput, RuleSettings, Task, TaskKind, TaskPatch, TaskStatus } from './model';
import { planFor } from './plan';
import { readSettings, readTemplates } from './settings';
import * as store from './store';

export interface TaskFilter {
  unitId?: number;
  status?: TaskStatus;
  presenceId?: number;
}

/** The language of the messages a presence publishes: its own, else the charter's first, else French. */
function messageLanguage(p: Presence, settings: RuleSettings): 'fr' | 'en' {
  for (const l of [...p.languages, ...settings.charter.languages]) {
    const base = l.slice(0, 2).toLowerCase();
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

/** The presence's tasks for the decision taken (steps d, f, g, h), in the decision's transaction. */
export async function makeTasks(
  trx: registry.Q,
  h: Db,
  actor: string,
  auditId: number,
  presence: Presence,
  input: DecideInput,
): Promise<void> {
  const settings = await readSettings(trx);
  const target = input.into
    ? (await registry.listPresences(trx, h.dialect, { ids: [input.into] }))[0]
    : undefined;
  const people = await registry.allPeopleRows(trx);
  const left = new Set(people.filter((p) => p.status === 'left').map((p) => p.id));
  const templates = await readTemplates(trx);
  const organisation = (await registry.getOrganisationName(trx)) ?? '';
  const drafts = planFor({
    decision: input.decision,
    decidedOn: today(),
    settings,
    presence: {
      id: presence.id,
      platform: presence.platform,
      handle: presence.handle,
      name: presence.name,
      ownerId: presence.ownerId,
      ownerLeft: presence.ownerLeft,
      custodianId: presence.custodianId,
      custodianLeft: presence.custodianId !== null && left.has(presence.custodianId),
      mfa: presence.mfa,
      recovery: presence.recoveryContact,
      objective: presence.objective,
    },
    target: target
      ? {
          id: target.id,
          platform: target.platform,
          handle: target.handle,
          name: target.name,
          url: target.url,
        }
      : null,
    organisation,
    language: messageLanguage(presence, settings),
    templates,
  });
  const at = nowIso();
  await store.insertTasks(
    trx,
    drafts.map((d) => ({
      audit_id: auditId,
      presence_id: presence.id,
      kind: d.kind,
      step: d.step,
      params: JSON.stringify(d.params),
      message: d.message,
      owner_id: d.ownerId,
      due_on: d.dueOn,
      status: 'todo',
      created_at: at,
      updated_at: at,
      updated_by: actor,
    })),
  );
}

/** An audit's tasks, without an access check (the callers made theirs). */
export async function listTasks(h: Db, auditId: number, filter: TaskFilter = {}): Promise<Task[]> {
  await auditRow(h.db, auditId);
  let unitIds: number[] | undefined;
  if (filter.unitId !== undefined) unitIds = descendantIds(await registry.listUnits(h.db), filter.unitId);
  const rows = await store.taskRows(h.db, {
    auditId,
    unitIds,
    status: filter.status,
    presenceId: filter.presenceId,
  });
  return rows.map(toTask);
}

export async function tasks(ctx: AuditContext, access: Access, auditId: number, filter: TaskFilter = {}) {
  await requireOnAudit(ctx.h, access, 'audit.read', auditId);
  return listTasks(ctx.h, auditId, filter);
}

export async function updateTask(
  ctx: AuditContext,
  access: Access,
  id: number,
  patch: TaskPatch,
): Promise<Task> {
  const { db, dialect } = ctx.h;
  const actor = access.actor;
  const [row] = await store.taskRows(db, { id });
  if (!row) throw new NotFound('audit.task_not_found', en('audit.task_not_found', { id }), { id });
  access.require('plan.update');
  access.requireOn('plan.update', (await taskTargetOf(db, id)) ?? { id }, 'audit.task_not_found');
  const visible = await visiblePeopleOf(db, dialect, access);
  if (patch.ownerId != null && visible && !visible.has(patch.ownerId))
    throw new NotFound('person.not_found', `No person with id ${patch.ownerId}.`, { id: patch.ownerId });
  if (patch.ownerId != null && !(await registry.getPersonRow(db, patch.ownerId)))
    throw new Invalid(
      'audit.bad_reference',
      en('audit.bad_reference', { what: 'person', id: patch.ownerId }),
      {
        what: 'person',
        id: patch.ownerId,
      },
    );
  const at = nowIso();
  const set: Partial<store.TaskValues> = { updated_at: at, updated_by: actor };
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.ownerId !== undefined) set.owner_id = patch.ownerId;
  if (patch.dueOn !== undefined) set.due_on = patch.dueOn;
  if (patch.message !== undefined) set.message = patch.message;
  const after = await db.transaction().execute(async (trx) => {
    await store.updateTaskRow(trx, id, set);
    const [now] = await store.taskRows(trx, { id });
    // What changed, people by name.
    const diff: Record<string, [unknown, unknown]> = {};
    if (set.status !== undefined && set.status !== row.status) diff.status = [row.status, set.status];
    if (set.owner_id !== undefined && set.owner_id !== row.owner_id)
      diff.owner = [row.owner_name ?? row.owner_id, now?.owner_name ?? set.owner_id];
    if (set.due_on !== undefined && set.due_on !== row.due_on) diff.dueOn = [row.due_on, set.due_on];
    if (set.message !== undefined && set.message !== row.message) diff.message = [row.message, set.message];
    if (Object.keys(diff).length)
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'audit_task',
          entity_id: id,
          action: 'update',
          diff,
          batch: `audit:${row.audit_id}`,
          reason: null,
        },
      ]);
    return now;
  });
  return toTask(after!);
}

export interface UnitProgress {
  unitId: number | null;
  unit: string | null;
  total: number;
  done: number;
  byStatus: Record<TaskStatus, number>;
}

/** Plan progress per unit of the presences concerned. */
export async function progress(ctx: AuditContext, access: Access, auditId: number): Promise<UnitProgress[]> {
  const byUnit = new Map<string, UnitProgress>();
  for (const t of await tasks(ctx, access, auditId)) {
    const key = String(t.unitId);
    let u = byUnit.get(key);
    if (!u) {
      u = {
        unitId: t.unitId,
        unit: t.presence.unit,
        total: 0,
        done: 0,
        byStatus: { todo: 0, doing: 0, done: 0, skipped: 0 },
      };
      byUnit.set(key, u);
    }
    u.total++;
    u.byStatus[t.status]++;
    if (t.status === 'done' || t.status === 'skipped') u.done++;
  }
  return [...byUnit.values()].sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? ''));
}

function toTask(r: Awaited<ReturnType<typeof store.taskRows>>[number]): Task {
  return {
    id: r.id,
    auditId: r.audit_id,
    presenceId: r.presence_id,
    presence: {
      platform: r.platform ?? '',
      handle: r.handle ?? null,
      name: r.presence_name ?? null,
      unit: r.unit_name ?? null,
    },
    unitId: r.unit_id ?? null,
    kind: r.kind as TaskKind,
    step: r.step,
    params: JSON.parse(r.params) as Task['params'],
    message: r.message,
    ownerId: r.owner_id,
    owner: r.owner_name ?? null,
    dueOn: r.due_on,
    status: r.status as TaskStatus,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
