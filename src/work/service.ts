// "My work" for one user: the audit tasks assigned to the registry person their account is linked to
// (and only those, within what their roles let them see), the policies they have not accepted, and
// the handovers they may complete. A person reads and moves THEIR OWN tasks here whatever their role:
// the plan's pages need audit permissions, this does not. It fails closed: an account without a
// person has no task; a task of someone else, or out of the user's sight, is "not found", exactly as
// a task that does not exist.
import type { Access } from '../core/access';
import { nowIso, today } from '../core/clock';
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import { parseInput } from '../core/http';
import { appendChanges, type Q, writeTransaction } from '../core/log';
import { LeaverService } from '../trust/leavers/service';
import * as policies from '../trust/policies/store';
import {
  CLOSED_SHOWN,
  compareTasks,
  HANDOVERS_SHOWN,
  type PendingPolicy,
  type Work,
  type WorkTask,
  workTaskPatchSchema,
} from './model';
import * as store from './store';

/** A task of this user's person, within the presences their roles let them see. */
function isTheirs(
  access: Access,
  row: { owner_id: number | null; presence_id: number; unit_id: number | null },
) {
  return (
    access.personId !== null &&
    row.owner_id === access.personId &&
    access.covers('registry.read', { presenceId: row.presence_id, unitId: row.unit_id })
  );
}

export function toWorkTask(r: store.TaskRow): WorkTask {
  return {
    id: Number(r.id),
    auditId: Number(r.audit_id),
    presenceId: Number(r.presence_id),
    presence: {
      platform: r.platform,
      handle: r.handle,
      name: r.presence_name,
      url: r.url,
      unit: r.unit_name ?? null,
    },
    kind: r.kind as WorkTask['kind'],
    step: Number(r.step),
    params: JSON.parse(r.params) as WorkTask['params'],
    message: r.message,
    dueOn: r.due_on,
    status: r.status as WorkTask['status'],
    updatedAt: r.updated_at,
  };
}

export function taskNotFound(id: number | string): NotFound {
  return new NotFound('work.task_not_found', `No task #${id} of yours.`, { id: String(id) });
}

/**
 * Where one of the user's own tasks lives, for the route's gate; null (404) when it does not exist,
 * is someone else's or out of sight: the three answer alike.
 */
export async function ownTaskTarget(db: Q, access: Access | undefined, id: number) {
  if (!access) return null;
  const row = await store.taskOwnership(db, id);
  if (!row || !isTheirs(access, row)) return null;
  return { id, presenceId: row.presence_id, unitId: row.unit_id };
}

/** The user's open tasks (and the most recent closed ones), open first by due date. */
export async function tasksOf(db: Q, access: Access, opts: { open?: boolean; dueBy?: string } = {}) {
  if (access.personId === null) return [];
  const rows = await store.taskRows(db, {
    ownerIds: [access.personId],
    open: opts.open,
    dueBy: opts.dueBy,
    closedLimit: CLOSED_SHOWN,
  });
  return rows
    .filter((r) => isTheirs(access, r))
    .map(toWorkTask)
    .sort(compareTasks);
}

/** The current versions this user has not accepted (none for an actor that is not a user). */
export async function pendingPoliciesOf(db: Q, access: Access): Promise<PendingPolicy[]> {
  if (access.userId === null) return [];
  const current = await policies.currentRows(db);
  const done = await policies.acknowledgedAt(
    db,
    access.userId,
    current.map((p) => p.id),
  );
  return current
    .filter((p) => !done.has(p.id))
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      version: p.version,
      title: p.title,
      language: p.language,
      publishedAt: p.publishedAt,
    }));
}

export class WorkService {
  constructor(private readonly h: Db) {}

  /** Everything the user has to do. */
  async mine(access: Access): Promise<Work> {
    const db = this.h.db;
    let handovers: Work['handovers'] = null;
    if (access.can('reassign.manage')) {
      const open = await new LeaverService(this.h).list(access, { status: 'open' });
      handovers = { open: open.length, items: open.slice(0, HANDOVERS_SHOWN) };
    }
    return {
      personId: access.personId,
      today: today(),
      tasks: await tasksOf(db, access),
      policies: await pendingPoliciesOf(db, access),
      handovers,
    };
  }

  /**
   * Marks one of the user's own tasks done, not needed (skipped), in progress or to do again;
   * logged like any change of the plan (entity `audit_task`, batch `audit:<id>`).
   */
  async setStatus(access: Access, id: number, input: unknown): Promise<WorkTask> {
    const patch = parseInput(workTaskPatchSchema, input);
    return writeTransaction(this.h.db, async (trx) => {
      const row = await store.taskOwnership(trx, id);
      if (!row || !isTheirs(access, row)) throw taskNotFound(id);
      if (row.status !== patch.status) {
        const at = nowIso();
        await store.setTaskStatus(trx, id, patch.status, at, access.actor);
        await appendChanges(trx, [
          {
            at,
            actor: access.actor,
            entity: 'audit_task',
            entity_id: id,
            action: 'update',
            diff: { status: [row.status, patch.status] },
            batch: `audit:${row.audit_id}`,
            reason: null,
          },
        ]);
      }
      const [task] = await store.taskRows(trx, { ownerIds: [row.owner_id as number], ids: [id] });
      return toWorkTask(task as store.TaskRow);
    });
  }
}
