// Leavers: when a person is marked `left`, every presence they own, deputise, hold the credentials
// of, or whose secrets they (as a user) last wrote gets a reassignment task. Completing a task hands
// the role to another person in the same transaction, and both changes are logged.
import { type Access, descendants, scopeFilter } from '../../core/access';
import { nowIso } from '../../core/clock';
import type { Db } from '../../core/db';
import { Conflict, Invalid, type Issue, NotFound } from '../../core/errors';
import { parseInput } from '../../core/http';
import { appendChanges, type ChangeValues, lockChangeLog, type Q } from '../../core/log';
import { checkAssignment, presenceTarget } from '../../registry/access';
import { visiblePeopleOf } from '../../registry/service';
import { getPresenceRow } from '../../registry/store';
import { type Reassignment, reassignmentPatchSchema } from '../model';
import type { Leaver, ReassignmentQuery } from './model';
import * as store from './store';

type Role = Reassignment['role'];
const HELD: store.HeldRole[] = ['owner', 'deputy', 'custodian'];

/** What the person holds, presence by presence. */
async function holdings(db: Q, personId: number): Promise<{ presence: store.HeldPresence; roles: Role[] }[]> {
  const held = await store.presencesHeldBy(db, personId);
  const byId = new Map<number, { presence: store.HeldPresence; roles: Role[] }>();
  for (const p of held) {
    const roles = HELD.filter((r) => p[store.ROLE_COLUMN[r]] === personId);
    byId.set(p.id, { presence: p, roles });
  }
  const wrote = await store.presencesWithSecretsBy(db, await store.loginsOf(db, personId));
  const missing = wrote.filter((id) => !byId.has(id));
  for (const p of await store.presencesByIds(db, missing)) byId.set(p.id, { presence: p, roles: [] });
  for (const id of wrote) byId.get(id)?.roles.push('secret_holder');
  return [...byId.values()].filter((h) => h.roles.length).sort((a, b) => a.presence.id - b.presence.id);
}

/**
 * Opens a task for every presence a leaver holds, in the caller's transaction (call it where the
 * person is marked `left`). Idempotent: an open task for the same person, presence and role is not
 * opened twice. Does nothing for a person who is not marked `left`. Returns the new tasks' ids.
 */
export async function openReassignments(trx: Q, personId: number, actor: string): Promise<number[]> {
  const person = await store.personRow(trx, personId);
  if (person?.status !== 'left') return [];
  const open = await store.openTaskKeys(trx, personId);
  const at = nowIso();
  const ids: number[] = [];
  const changes: ChangeValues[] = [];
  for (const { presence, roles } of await holdings(trx, personId)) {
    for (const role of roles) {
      if (open.has(`${presence.id}:${role}`)) continue;
      const id = await store.insertTask(trx, { person_id: personId, presence_id: presence.id, role, at });
      ids.push(id);
      changes.push({
        at,
        actor,
        entity: 'reassignment',
        entity_id: id,
        action: 'create',
        diff: {
          person: [null, person.name],
          presence: [null, presence.label],
          role: [null, role],
          status: [null, 'open'],
        },
        batch: null,
        reason: null,
      });
    }
  }
  await appendChanges(trx, changes);
  return ids;
}

/** Cancels a person's open tasks (call it where someone marked `left` is marked active again). */
export async function cancelReassignments(trx: Q, personId: number, actor: string): Promise<number[]> {
  const tasks = await store.openTasksOf(trx, personId);
  const at = nowIso();
  for (const t of tasks)
    await store.closeTask(trx, t.id, { status: 'cancelled', to_person_id: null, at, by: actor });
  await appendChanges(
    trx,
    tasks.map((t) => ({
      at,
      actor,
      entity: 'reassignment' as const,
      entity_id: t.id,
      action: 'update',
      diff: { status: ['open', 'cancelled'] as [unknown, unknown] },
      batch: null,
      reason: null,
    })),
  );
  return tasks.map((t) => t.id);
}

/** Opens the tasks of everyone already marked `left` (data from before this existed, the demo). */
export async function openAllReassignments(db: Db['db'], actor: string): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const out: number[] = [];
    for (const id of await store.leftPeople(trx)) out.push(...(await openReassignments(trx, id, actor)));
    return out;
  });
}

function invalid(field: string, code: string, message: string, params: Record<string, string | number> = {}) {
  const issue: Issue = { field, code, params: { field, ...params }, message };
  return new Invalid(code, message, { field, ...params }, [issue]);
}

export class LeaverService {
  constructor(readonly handle: Db) {}

  private get db() {
    return this.handle.db;
  }

  private scope(access: Access) {
    access.require('reassign.manage');
    return scopeFilter(access.scope('reassign.manage'));
  }

  async list(access: Access, query: ReassignmentQuery = {}): Promise<Reassignment[]> {
    const scope = this.scope(access);
    let unitIds: number[] | undefined;
    if (query.unitId) {
      const units = await this.db.selectFrom('units').select(['id', 'parent_id']).execute();
      unitIds = [
        ...descendants(
          units.map((u) => ({
            id: Number(u.id),
            parentId: u.parent_id === null ? null : Number(u.parent_id),
          })),
          [query.unitId],
        ),
      ];
    }
    return store.listTasks(this.db, {
      status: query.status,
      personId: query.personId,
      unitIds,
      scope,
    });
  }

  async get(access: Access, id: number, db: Q = this.db): Promise<Reassignment> {
    const [task] = await store.listTasks(db, { ids: [id] });
    if (!task) throw notFound(id);
    if (!access.covers('reassign.manage', { presenceId: task.presenceId, unitId: task.unitId })) {
      access.require('reassign.manage');
      throw notFound(id);
    }
    return task;
  }

  /** Completes (done: the role goes to `toPersonId`) or cancels an open task. */
  async update(access: Access, id: number, input: unknown): Promise<Reassignment> {
    const patch = parseInput(reassignmentPatchSchema, input);
    const at = nowIso();
    return this.db.transaction().execute(async (trx) => {
      // The log's lock before any presence row: one lock order for every registry writer.
      await lockChangeLog(trx);
      const task = await this.get(access, id, trx);
      if (task.status !== 'open') {
        throw new Conflict('reassignment.closed', `Task #${id} is already ${task.status}.`, {
          id: String(id),
          status: task.status,
        });
      }
      if (patch.status === 'open') return task;
      const to = patch.status === 'done' ? (patch.toPersonId ?? null) : null;
      const held = task.role !== 'secret_holder';
      if (patch.status === 'done' && held && to === null) {
        throw invalid(
          'toPersonId',
          'reassignment.to_required',
          `Say who takes over as ${task.role} (toPersonId).`,
          { role: task.role },
        );
      }
      let toName: string | null = null;
      if (to !== null) {
        const person = await store.personRow(trx, to);
        if (!person)
          throw invalid('toPersonId', 'reassignment.to_unknown', `No person with id ${to}.`, {
            id: String(to),
          });
        if (person.status === 'left')
          throw invalid('toPersonId', 'reassignment.to_left', `${person.name} has left the organisation.`, {
            name: person.name,
          });
        if (person.id === task.personId)
          throw invalid(
            'toPersonId',
            'reassignment.to_same',
            'Choose someone other than the person who left.',
          );
        toName = person.name;
      }
      const changes: ChangeValues[] = [];
      if (patch.status === 'done' && held && to !== null) {
        const role = task.role as store.HeldRole;
        const [presence] = await store.presencesByIds(trx, [task.presenceId]);
        const before = presence ? presence[store.ROLE_COLUMN[role]] : null;
        // The same rules as any other change of the presence's people: the new custodian is chosen
        // by someone who may (never by themselves), among the people the user may see.
        const now = await getPresenceRow(trx, task.presenceId);
        if (now) {
          checkAssignment(
            access,
            'reassign.manage',
            {
              ...presenceTarget({ id: now.id, unitId: now.unit_id, custodianId: now.custodian_id }),
              ownerId: now.owner_id,
              deputyId: now.deputy_id,
            },
            { [`${role}Id`]: to },
            await visiblePeopleOf(trx, this.handle.dialect, access),
          );
        }
        if (before !== to) {
          await store.setPresencePerson(trx, task.presenceId, role, to, at);
          changes.push({
            at,
            actor: access.actor,
            entity: 'presence',
            entity_id: task.presenceId,
            action: 'update',
            diff: { [role]: [await store.personName(trx, before ?? null), toName] },
            batch: null,
            // The reason the person gave, or none: the reassignment's own entry, logged beside this one
            // at the same time, says what it was (an id in words here would be English, and a number).
            reason: patch.reason || null,
          });
        }
      }
      await store.closeTask(trx, id, { status: patch.status, to_person_id: to, at, by: access.actor });
      const diff: Record<string, [unknown, unknown]> = { status: ['open', patch.status] };
      if (to !== null) diff.toPerson = [null, toName];
      changes.push({
        at,
        actor: access.actor,
        entity: 'reassignment',
        entity_id: id,
        action: 'update',
        diff,
        batch: null,
        reason: patch.reason || null,
      });
      await appendChanges(trx, changes);
      return this.get(access, id, trx);
    });
  }

  /** A person as a leaver: what they hold (within the reader's scope) and their tasks. */
  async leaver(access: Access, personId: number): Promise<Leaver> {
    const scope = this.scope(access);
    const person = await store.personRow(this.db, personId);
    if (!person)
      throw new NotFound('person.not_found', `No person with id ${personId}.`, { id: String(personId) });
    const inScope = (p: { id: number; unit_id: number | null }) =>
      access.covers('reassign.manage', { presenceId: p.id, unitId: p.unit_id });
    const presences = (await holdings(this.db, personId))
      .filter((h) => inScope(h.presence))
      .map(({ presence: p, roles }) => ({
        id: p.id,
        presence: p.label,
        platform: p.platform,
        unitId: p.unit_id,
        unit: p.unit,
        roles,
      }));
    return {
      person: { id: person.id, name: person.name, status: person.status, leftOn: person.left_on },
      presences,
      reassignments: await store.listTasks(this.db, { personId, scope }),
    };
  }
}

function notFound(id: number) {
  return new NotFound('reassignment.not_found', `No reassignment task #${id}.`, { id: String(id) });
}
