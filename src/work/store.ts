// "My work" and the reminders: Kysely queries only, the same on SQLite and PostgreSQL. The audit
// tasks are read here by their owner (a registry person) rather than through the audit's store,
// whose queries are by audit; the reminders' table is this capability's own (migration 012).
import type { Q } from '../core/log';

export type TaskRow = Awaited<ReturnType<typeof taskRows>>[number];

function taskQuery(db: Q) {
  return db
    .selectFrom('audit_tasks as t')
    .innerJoin('presences as p', 'p.id', 't.presence_id')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      't.id',
      't.audit_id',
      't.presence_id',
      't.kind',
      't.step',
      't.params',
      't.message',
      't.owner_id',
      't.due_on',
      't.status',
      't.updated_at',
      'p.platform',
      'p.handle',
      'p.name as presence_name',
      'p.url',
      'p.unit_id',
      'u.name as unit_name',
    ]);
}

/**
 * The tasks assigned to these people: every open one, and the `closedLimit` most recently changed
 * closed ones of each call. With `ids`, only those tasks.
 */
export async function taskRows(
  db: Q,
  filter: { ownerIds: number[]; open?: boolean; ids?: number[]; closedLimit?: number; dueBy?: string },
) {
  if (!filter.ownerIds.length || (filter.ids && !filter.ids.length)) return [];
  let q = taskQuery(db).where('t.owner_id', 'in', filter.ownerIds);
  if (filter.ids) q = q.where('t.id', 'in', filter.ids);
  if (filter.dueBy !== undefined) q = q.where('t.due_on', '<=', filter.dueBy);
  const open = await q
    .where('t.status', 'in', ['todo', 'doing'])
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
  if (filter.open) return open;
  const closed = await q
    .where('t.status', 'not in', ['todo', 'doing'])
    .orderBy('t.updated_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(filter.closedLimit ?? 50)
    .execute();
  return [...open, ...closed];
}

/** One task with its owner and where it lives (the gate's and the service's ownership check). */
export async function taskOwnership(db: Q, id: number) {
  return db
    .selectFrom('audit_tasks as t')
    .innerJoin('presences as p', 'p.id', 't.presence_id')
    .select(['t.id', 't.owner_id', 't.presence_id', 'p.unit_id', 't.status', 't.audit_id'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function setTaskStatus(
  db: Q,
  id: number,
  status: string,
  at: string,
  by: string,
): Promise<void> {
  await db
    .updateTable('audit_tasks')
    .set({ status, updated_at: at, updated_by: by })
    .where('id', '=', id)
    .execute();
}

/** Who may receive reminders: active users linked to a registry person, with an address. */
export async function reminderRecipients(db: Q) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select(['u.id', 'u.login', 'u.name', 'u.email', 'u.person_id', 'p.email as person_email'])
    .where('u.status', '=', 'active')
    .orderBy('u.id')
    .execute();
  return rows
    .map((r) => ({
      userId: Number(r.id),
      login: r.login,
      name: r.name,
      personId: Number(r.person_id),
      email: (r.email ?? r.person_email ?? '').trim(),
    }))
    .filter((r) => r.email.includes('@'));
}

/**
 * Takes these tasks for today's reminder, each at most once a day whoever asks: answers the ids this
 * call took (those already taken by an earlier or concurrent run are left out).
 */
export async function claimReminders(
  db: Q,
  taskIds: number[],
  claim: { day: string; userId: number; email: string; at: string },
): Promise<number[]> {
  const taken: number[] = [];
  for (const id of taskIds) {
    const r = await db
      .insertInto('task_reminders')
      .values({ task_id: id, day: claim.day, user_id: claim.userId, email: claim.email, sent_at: claim.at })
      .onConflict((oc) => oc.columns(['task_id', 'day']).doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) taken.push(id);
  }
  return taken;
}

/** Gives the claims back (the mail could not be sent: the next run tries again). */
export async function releaseReminders(db: Q, taskIds: number[], day: string): Promise<void> {
  if (!taskIds.length) return;
  await db.deleteFrom('task_reminders').where('day', '=', day).where('task_id', 'in', taskIds).execute();
}

/** The tasks already reminded on that day. */
export async function remindedOn(db: Q, day: string, taskIds: number[]): Promise<Set<number>> {
  if (!taskIds.length) return new Set();
  const rows = await db
    .selectFrom('task_reminders')
    .select('task_id')
    .where('day', '=', day)
    .where('task_id', 'in', taskIds)
    .execute();
  return new Set(rows.map((r) => Number(r.task_id)));
}
