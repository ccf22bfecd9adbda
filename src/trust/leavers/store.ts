// Leavers' reassignment tasks (Kysely only, both dialects), and what a leaver holds.
import type { Q } from '../../core/log';
import { userNames } from '../../registry/names';
import { versionedUpdate } from '../../registry/store';
import type { Reassignment } from '../model';

export type { Q };

export const ROLE_COLUMN = {
  owner: 'owner_id',
  deputy: 'deputy_id',
  custodian: 'custodian_id',
} as const;
export type HeldRole = keyof typeof ROLE_COLUMN;

export interface PersonRow {
  id: number;
  name: string;
  status: string;
  left_on: string | null;
  unit_id: number | null;
}

export async function personRow(db: Q, id: number): Promise<PersonRow | null> {
  const r = await db
    .selectFrom('people')
    .select(['id', 'name', 'status', 'left_on', 'unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { ...r, id: Number(r.id), unit_id: r.unit_id === null ? null : Number(r.unit_id) } : null;
}

export async function leftPeople(db: Q): Promise<number[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('status', '=', 'left')
    .orderBy('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

export interface HeldPresence {
  id: number;
  label: string;
  platform: string;
  unit_id: number | null;
  unit: string | null;
  owner_id: number | null;
  deputy_id: number | null;
  custodian_id: number | null;
}

const presenceLabel = (p: { name: string | null; handle: string | null; url: string }) =>
  p.name ?? (p.handle ? `@${p.handle.replace(/^@/, '')}` : p.url);

function presenceQuery(db: Q) {
  return db
    .selectFrom('presences as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.name',
      'p.handle',
      'p.url',
      'p.platform',
      'p.unit_id',
      'u.name as unit',
      'p.owner_id',
      'p.deputy_id',
      'p.custodian_id',
    ]);
}

function normPresence(r: {
  id: number;
  name: string | null;
  handle: string | null;
  url: string;
  platform: string;
  unit_id: number | null;
  unit: string | null;
  owner_id: number | null;
  deputy_id: number | null;
  custodian_id: number | null;
}): HeldPresence {
  const n = (v: number | null) => (v === null ? null : Number(v));
  return {
    id: Number(r.id),
    label: presenceLabel(r),
    platform: r.platform,
    unit_id: n(r.unit_id),
    unit: r.unit ?? null,
    owner_id: n(r.owner_id),
    deputy_id: n(r.deputy_id),
    custodian_id: n(r.custodian_id),
  };
}

/** Presences a person owns, deputises or holds the credentials of. */
export async function presencesHeldBy(db: Q, personId: number): Promise<HeldPresence[]> {
  const rows = await presenceQuery(db)
    .where((eb) =>
      eb.or([
        eb('p.owner_id', '=', personId),
        eb('p.deputy_id', '=', personId),
        eb('p.custodian_id', '=', personId),
      ]),
    )
    .orderBy('p.id')
    .execute();
  return rows.map(normPresence);
}

export async function presencesByIds(db: Q, ids: number[]): Promise<HeldPresence[]> {
  if (!ids.length) return [];
  const rows = await presenceQuery(db).where('p.id', 'in', ids).orderBy('p.id').execute();
  return rows.map(normPresence);
}

/** Sign-in names of the users who are this person. */
export async function loginsOf(db: Q, personId: number): Promise<string[]> {
  const rows = await db.selectFrom('users').select('login').where('person_id', '=', personId).execute();
  return rows.map((r) => r.login);
}

/** Whether a log's actor is this user: their login, as the web signs it or as the CLI does. */
export function actorIsLogin(actor: string, login: string): boolean {
  return (
    actor === login ||
    actor === `cli:${login}` ||
    actor.startsWith(`${login} `) ||
    actor.startsWith(`${login}:`) ||
    actor.startsWith(`${login}@cli`)
  );
}

/** Presences whose secrets were last written by one of these logins. */
export async function presencesWithSecretsBy(db: Q, logins: string[]): Promise<number[]> {
  if (!logins.length) return [];
  const rows = await db.selectFrom('secrets').select(['presence_id', 'updated_by']).execute();
  const ids = new Set<number>();
  for (const r of rows) if (logins.some((l) => actorIsLogin(r.updated_by, l))) ids.add(Number(r.presence_id));
  return [...ids].sort((a, b) => a - b);
}

// ---------- tasks

export interface TaskRow {
  id: number;
  person_id: number;
  presence_id: number;
  role: string;
  status: string;
  to_person_id: number | null;
  created_at: string;
  done_at: string | null;
  done_by: string | null;
}

export async function openTaskKeys(db: Q, personId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('reassignments')
    .select(['presence_id', 'role'])
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .execute();
  return new Set(rows.map((r) => `${Number(r.presence_id)}:${r.role}`));
}

export async function insertTask(
  db: Q,
  v: { person_id: number; presence_id: number; role: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto('reassignments')
    .values({
      person_id: v.person_id,
      presence_id: v.presence_id,
      role: v.role,
      status: 'open',
      to_person_id: null,
      created_at: v.at,
      done_at: null,
      done_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function getTaskRow(db: Q, id: number): Promise<TaskRow | null> {
  const r = await db.selectFrom('reassignments').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? normTask(r) : null;
}

export async function openTasksOf(db: Q, personId: number): Promise<TaskRow[]> {
  const rows = await db
    .selectFrom('reassignments')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  return rows.map(normTask);
}

export async function closeTask(
  db: Q,
  id: number,
  v: { status: 'done' | 'cancelled'; to_person_id: number | null; at: string; by: string },
): Promise<void> {
  await db
    .updateTable('reassignments')
    .set({ status: v.status, to_person_id: v.to_person_id, done_at: v.at, done_by: v.by })
    .where('id', '=', id)
    .execute();
}

function normTask(r: TaskRow): TaskRow {
  return {
    ...r,
    id: Number(r.id),
    person_id: Number(r.person_id),
    presence_id: Number(r.presence_id),
    to_person_id: r.to_person_id === null ? null : Number(r.to_person_id),
  };
}

export interface TaskFilter {
  ids?: number[];
  status?: string;
  personId?: number;
  /** Presences in these units (already expanded to sub-units). */
  unitIds?: number[];
  /** The reader's scope: presences in these units or these presences (null: everything). */
  scope?: { unitIds: number[]; presenceIds: number[] } | null;
}

export async function listTasks(db: Q, f: TaskFilter = {}): Promise<Reassignment[]> {
  let q = db
    .selectFrom('reassignments as r')
    .innerJoin('people as pe', 'pe.id', 'r.person_id')
    .innerJoin('presences as p', 'p.id', 'r.presence_id')
    .leftJoin('people as t', 't.id', 'r.to_person_id')
    .select([
      'r.id',
      'r.person_id',
      'pe.name as person',
      'r.presence_id',
      'p.name as presence_name',
      'p.handle',
      'p.url',
      'p.unit_id',
      'r.role',
      'r.status',
      'r.to_person_id',
      't.name as to_person',
      'r.created_at',
      'r.done_at',
      'r.done_by',
    ]);
  if (f.ids) q = f.ids.length ? q.where('r.id', 'in', f.ids) : q.where((eb) => eb.val(false));
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.personId !== undefined) q = q.where('r.person_id', '=', f.personId);
  if (f.unitIds)
    q = f.unitIds.length ? q.where('p.unit_id', 'in', f.unitIds) : q.where((eb) => eb.val(false));
  if (f.scope) {
    const { unitIds, presenceIds } = f.scope;
    q = q.where((eb) => {
      const ors = [];
      if (unitIds.length) ors.push(eb('p.unit_id', 'in', unitIds));
      if (presenceIds.length) ors.push(eb('p.id', 'in', presenceIds));
      return ors.length ? eb.or(ors) : eb.val(false);
    });
  }
  const rows = await q.orderBy('pe.name').orderBy('r.person_id').orderBy('r.id').execute();
  // Who closed each task, by name (the row keeps the login).
  const names = await userNames(db, [...new Set(rows.flatMap((r) => (r.done_by ? [r.done_by] : [])))]);
  return rows.map((r) => ({
    id: Number(r.id),
    personId: Number(r.person_id),
    person: r.person,
    presenceId: Number(r.presence_id),
    presence: presenceLabel({ name: r.presence_name, handle: r.handle, url: r.url }),
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    role: r.role as Reassignment['role'],
    status: r.status as Reassignment['status'],
    toPersonId: r.to_person_id === null ? null : Number(r.to_person_id),
    toPerson: r.to_person ?? null,
    createdAt: r.created_at,
    doneAt: r.done_at,
    doneBy: r.done_by,
    doneByName: r.done_by ? (names.get(r.done_by) ?? null) : null,
  }));
}

export async function setPresencePerson(
  db: Q,
  presenceId: number,
  role: HeldRole,
  personId: number,
  at: string,
): Promise<void> {
  const set =
    role === 'owner'
      ? { owner_id: personId }
      : role === 'deputy'
        ? { deputy_id: personId }
        : { custodian_id: personId };
  // Through the registry's one versioned update: the presence's version goes up (migration 007).
  await versionedUpdate(db, 'presences', presenceId, { ...set, updated_at: at });
}

export async function personName(db: Q, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const r = await db.selectFrom('people').select('name').where('id', '=', id).executeTakeFirst();
  return r?.name ?? null;
}
