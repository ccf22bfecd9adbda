// Kysely queries for the registry, and nothing else: no rules, no HTTP. Every function takes the
// database or a transaction, so a service can compose them inside one transaction.
import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import { containsText, type Dialect } from '../core/db';
import type { Database, PresenceTable } from '../core/schema';
import type {
  Change,
  MfaState,
  Person,
  PersonStatus,
  Presence,
  PresenceQuery,
  PresenceStatus,
  RecoveryKind,
  Unit,
  UnitKind,
} from './model';
import type { FrozenItemRow } from './trend';

export type Q = Kysely<Database>;
export type PresenceRow = Selectable<PresenceTable>;

// ---------- organisation

export async function getOrganisationName(db: Q): Promise<string | null> {
  const row = await db.selectFrom('organisation').select('name').orderBy('id').limit(1).executeTakeFirst();
  return row?.name ?? null;
}

export async function setOrganisationName(db: Q, name: string, at: string): Promise<void> {
  const row = await db.selectFrom('organisation').select('id').orderBy('id').limit(1).executeTakeFirst();
  if (row) await db.updateTable('organisation').set({ name }).where('id', '=', row.id).execute();
  else await db.insertInto('organisation').values({ name, created_at: at }).execute();
}

// ---------- units

/**
 * Every unit, with how many presences and people it holds: all of them, or with `scope` only those
 * the user sees (the presences of the scope, and the people of its units or named on its presences).
 */
export async function listUnits(db: Q, scope: PresenceScope | null = null): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units as u')
    .select((eb) => [
      'u.id',
      'u.parent_id',
      'u.name',
      'u.kind',
      'u.country',
      'u.aliases',
      'u.version',
      eb
        .selectFrom('presences as p')
        .whereRef('p.unit_id', '=', 'u.id')
        .$if(scope !== null, (q) => q.where(presenceInScope(scope)))
        .select(eb.fn.countAll<number>().as('n'))
        .as('presences'),
      eb
        .selectFrom('people as pe')
        .whereRef('pe.unit_id', '=', 'u.id')
        .$if(scope !== null, (q) =>
          q.where((w) =>
            w.or([
              w('pe.unit_id', 'in', idsOrNone(scope?.unitIds)),
              w.exists(
                w
                  .selectFrom('presences as p')
                  .select('p.id')
                  .where(presenceInScope(scope))
                  .where((n) =>
                    n.or([
                      n('p.owner_id', '=', n.ref('pe.id')),
                      n('p.deputy_id', '=', n.ref('pe.id')),
                      n('p.custodian_id', '=', n.ref('pe.id')),
                    ]),
                  ),
              ),
            ]),
          ),
        )
        .select(eb.fn.countAll<number>().as('n'))
        .as('people'),
    ])
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    kind: r.kind as UnitKind,
    country: r.country,
    aliases: parseAliases(r.aliases),
    version: Number(r.version),
    presences: Number(r.presences ?? 0),
    people: Number(r.people ?? 0),
  }));
}

/** A unit's other names as stored (a JSON array); anything else reads as none. */
export function parseAliases(stored: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export async function getUnitRow(db: Q, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByKey(db: Q, key: string) {
  return db.selectFrom('units').selectAll().where('name_key', '=', key).executeTakeFirst();
}

export async function insertUnit(
  db: Q,
  v: {
    name: string;
    name_key: string;
    kind: string;
    parent_id: number | null;
    country: string | null;
    /** Other names (see parseAliases); none when not given. */
    aliases?: string[];
    at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({
      name: v.name,
      name_key: v.name_key,
      kind: v.kind,
      parent_id: v.parent_id,
      country: v.country,
      aliases: JSON.stringify(v.aliases ?? []),
      created_at: v.at,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnitRow(
  db: Q,
  id: number,
  set: Partial<{
    name: string;
    name_key: string;
    kind: string;
    parent_id: number | null;
    country: string | null;
    /** JSON array, as parseAliases reads it. */
    aliases: string;
  }>,
  at: string,
  expectVersion?: number,
): Promise<boolean> {
  return versionedUpdate(db, 'units', id, { ...set, updated_at: at }, expectVersion);
}

export async function deleteUnitRow(db: Q, id: number): Promise<void> {
  await db.deleteFrom('units').where('id', '=', id).execute();
}

export async function countUnitDependants(db: Q, id: number) {
  const [p, c, pe] = await Promise.all([
    db
      .selectFrom('presences')
      .select(db.fn.countAll<number>().as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('units')
      .select(db.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('people')
      .select(db.fn.countAll<number>().as('n'))
      .where('unit_id', '=', id)
      .executeTakeFirst(),
  ]);
  return { presences: Number(p?.n ?? 0), children: Number(c?.n ?? 0), people: Number(pe?.n ?? 0) };
}

// ---------- people

/**
 * People, with how many presences each owns, deputises and holds the credentials of: all of them,
 * or with `scope` only the presences the user sees (which people are listed is the service's call).
 */
export async function listPeople(
  db: Q,
  filter: { unitId?: number; status?: PersonStatus } = {},
  scope: PresenceScope | null = null,
): Promise<Person[]> {
  let q = db
    .selectFrom('people as pe')
    .leftJoin('units as u', 'u.id', 'pe.unit_id')
    .select((eb) => [
      'pe.id',
      'pe.name',
      'pe.email',
      'pe.unit_id',
      'u.name as unit',
      'pe.job_title',
      'pe.status',
      'pe.left_on',
      'pe.version',
      eb
        .selectFrom('presences as p')
        .whereRef('p.owner_id', '=', 'pe.id')
        .$if(scope !== null, (q) => q.where(presenceInScope(scope)))
        .select(eb.fn.countAll<number>().as('n'))
        .as('owns'),
      eb
        .selectFrom('presences as p')
        .whereRef('p.deputy_id', '=', 'pe.id')
        .$if(scope !== null, (q) => q.where(presenceInScope(scope)))
        .select(eb.fn.countAll<number>().as('n'))
        .as('deputises'),
      eb
        .selectFrom('presences as p')
        .whereRef('p.custodian_id', '=', 'pe.id')
        .$if(scope !== null, (q) => q.where(presenceInScope(scope)))
        .select(eb.fn.countAll<number>().as('n'))
        .as('holds'),
    ]);
  if (filter.unitId) q = q.where('pe.unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('pe.status', '=', filter.status);
  const rows = await q.orderBy('pe.name_key').orderBy('pe.id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    unitId: r.unit_id,
    unit: r.unit,
    jobTitle: r.job_title,
    status: r.status as PersonStatus,
    leftOn: r.left_on,
    version: Number(r.version),
    owns: Number(r.owns ?? 0),
    deputises: Number(r.deputises ?? 0),
    holds: Number(r.holds ?? 0),
  }));
}

export async function getPersonRow(db: Q, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function allPeopleRows(db: Q) {
  return db.selectFrom('people').selectAll().orderBy('id').execute();
}

export async function allUnitRows(db: Q) {
  return db.selectFrom('units').selectAll().orderBy('id').execute();
}

export async function insertPerson(
  db: Q,
  v: {
    name: string;
    name_key: string;
    email: string | null;
    unit_id: number | null;
    job_title: string | null;
    status: string;
    left_on: string | null;
    at: string;
  },
): Promise<number> {
  const { at, ...rest } = v;
  const row = await db
    .insertInto('people')
    .values({ ...rest, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePersonRow(
  db: Q,
  id: number,
  set: Partial<{
    name: string;
    name_key: string;
    email: string | null;
    unit_id: number | null;
    job_title: string | null;
    status: string;
    left_on: string | null;
  }>,
  at: string,
  expectVersion?: number,
): Promise<boolean> {
  return versionedUpdate(db, 'people', id, { ...set, updated_at: at }, expectVersion);
}

// ---------- versions (optimistic concurrency: migration 007)

/** The registry tables whose rows carry a version. */
export type VersionedTable = 'presences' | 'units' | 'people';

/**
 * The one way a registry row is updated: the version goes up by one in the same statement, and with
 * `expectVersion` the row is changed only if it is still at that version. PostgreSQL re-reads a row
 * another transaction changed before applying the condition, so of two updates from the same
 * version exactly one changes a row. Returns whether a row changed.
 */
export async function versionedUpdate(
  db: Q,
  table: VersionedTable,
  id: number,
  set: Record<string, unknown>,
  expectVersion?: number,
): Promise<boolean> {
  let q = db
    .updateTable(table)
    .set({ ...set, version: sql<number>`version + 1` } as never)
    .where('id', '=', id);
  if (expectVersion !== undefined) q = q.where('version', '=', expectVersion);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The `update` entries of a record's history, newest first, at most `limit` of them. */
export async function lastUpdates(
  db: Q,
  entity: 'presence' | 'unit' | 'person',
  entityId: number,
  limit: number,
): Promise<Change[]> {
  if (limit <= 0) return [];
  const rows = await db
    .selectFrom('changes')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('action', '=', 'update')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toChange);
}

// ---------- presences

/** Presences of some units, or named ones (a user's scope; src/core/access.ts). */
export interface PresenceScope {
  unitIds: number[];
  presenceIds: number[];
}

/** An `in` list that matches nothing when empty (SQL has no empty list). */
const idsOrNone = (ids: readonly number[] | undefined) => (ids?.length ? [...ids] : [-1]);

/**
 * The presence aliased `p` is within the scope (null: every presence): the one definition the list
 * and the counts of units and people filter by.
 */
function presenceInScope(scope: PresenceScope | null): Expression<SqlBool> {
  if (!scope) return sql<SqlBool>`1 = 1`;
  const units = sql.join(idsOrNone(scope.unitIds));
  const ids = sql.join(idsOrNone(scope.presenceIds));
  return sql<SqlBool>`(p.unit_id in (${units}) or p.id in (${ids}))`;
}

/**
 * The presence list with names joined in; filters that are plain columns are done in SQL. Risks are
 * not: the service filters by src/registry/risks.ts, the one definition the overview and the audit use.
 */
export async function listPresences(
  db: Q,
  dialect: Dialect,
  query: Omit<PresenceQuery, 'risk'> & {
    unitIds?: number[];
    ids?: number[];
    /** What the asking user may see: presences of these units or these ids (null: everything). */
    scope?: PresenceScope | null;
  },
): Promise<Presence[]> {
  let q = db
    .selectFrom('presences as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('people as o', 'o.id', 'p.owner_id')
    .leftJoin('people as d', 'd.id', 'p.deputy_id')
    .leftJoin('people as c', 'c.id', 'p.custodian_id')
    .selectAll('p')
    .select([
      'u.name as unit_name',
      'o.name as owner_name',
      'o.status as owner_status',
      'd.name as deputy_name',
      'c.name as custodian_name',
      'c.status as custodian_status',
    ]);
  if (query.ids) q = q.where('p.id', 'in', query.ids.length ? query.ids : [-1]);
  if (query.scope) q = q.where(presenceInScope(query.scope));
  if (query.platform) q = q.where('p.platform', '=', query.platform);
  if (query.status) q = q.where('p.status', '=', query.status);
  if (query.ownerId) q = q.where('p.owner_id', '=', query.ownerId);
  if (query.unitIds) q = q.where('p.unit_id', 'in', query.unitIds.length ? query.unitIds : [-1]);
  else if (query.unitId) q = q.where('p.unit_id', '=', query.unitId);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) =>
      eb.or(
        ['p.handle', 'p.name', 'p.url', 'p.notes', 'p.tags', 'u.name', 'o.name'].map((column) =>
          containsText(dialect, column, text),
        ),
      ),
    );
  }
  const dir = query.dir ?? 'asc';
  const order = {
    platform: 'p.platform',
    handle: 'p.handle_key',
    name: 'p.name',
    unit: 'u.name',
    owner: 'o.name',
    status: 'p.status',
    audience: 'p.audience',
    last_activity: 'p.last_activity_on',
    updated: 'p.updated_at',
  } as const;
  if (query.sort)
    q = q.orderBy(order[query.sort], (ob) => (dir === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast()));
  q = q.orderBy('p.platform').orderBy('p.handle_key').orderBy('p.id');
  const rows = await q.execute();
  return rows.map(toPresence);
}

type JoinedRow = PresenceRow & {
  unit_name: string | null;
  owner_name: string | null;
  owner_status: string | null;
  deputy_name: string | null;
  custodian_name: string | null;
  custodian_status: string | null;
};

function toPresence(r: JoinedRow): Presence {
  return {
    id: r.id,
    platform: r.platform,
    handle: r.handle,
    url: r.url,
    name: r.name,
    unitId: r.unit_id,
    unit: r.unit_name,
    ownerId: r.owner_id,
    owner: r.owner_name,
    ownerLeft: r.owner_status === 'left',
    deputyId: r.deputy_id,
    deputy: r.deputy_name,
    custodianId: r.custodian_id,
    custodian: r.custodian_name,
    custodianLeft: r.custodian_status === 'left',
    objective: r.objective,
    status: r.status as PresenceStatus,
    languages: parseList(r.languages),
    audience: r.audience === null ? null : Number(r.audience),
    audienceOn: r.audience_on,
    createdOn: r.created_on,
    lastActivityOn: r.last_activity_on,
    mfa: r.mfa as MfaState,
    recoveryContact: r.recovery_contact as RecoveryKind,
    tags: parseList(r.tags),
    notes: r.notes,
    bio: r.bio,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

function parseList(text: string): string[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export async function getPresenceRow(db: Q, id: number) {
  return db.selectFrom('presences').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPresenceByKey(db: Q, platform: string, key: string) {
  return db
    .selectFrom('presences')
    .selectAll()
    .where('platform', '=', platform)
    .where('handle_key', '=', key)
    .executeTakeFirst();
}

export async function allPresenceRows(db: Q) {
  return db.selectFrom('presences').selectAll().orderBy('id').execute();
}

export type PresenceValues = Omit<PresenceRow, 'id' | 'created_at' | 'updated_at' | 'bio' | 'version'> & {
  bio?: string | null;
};

export async function insertPresences(db: Q, rows: PresenceValues[], at: string): Promise<number[]> {
  const ids: number[] = [];
  // Chunked multi-row inserts: fast on both engines, under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200).map((r) => ({ bio: null, ...r, created_at: at, updated_at: at }));
    const out = await db.insertInto('presences').values(chunk).returning('id').execute();
    for (const o of out) ids.push(o.id);
  }
  return ids;
}

/**
 * Changes a presence and adds one to its version. With `expectVersion`, only if the row is still at
 * that version (compare-and-set in one statement): false when another change came first.
 */
export async function updatePresenceRow(
  db: Q,
  id: number,
  set: Partial<PresenceValues>,
  at: string,
  expectVersion?: number,
): Promise<boolean> {
  return versionedUpdate(db, 'presences', id, { ...set, updated_at: at }, expectVersion);
}

export async function deletePresenceRow(db: Q, id: number): Promise<void> {
  await db.deleteFrom('presences').where('id', '=', id).execute();
}

export async function countPresences(db: Q): Promise<number> {
  const r = await db.selectFrom('presences').select(db.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

// ---------- changes

export type { ChangeValues } from '../core/log';
/** Every change goes through the one chained writer (src/core/log.ts). */
export { appendChanges as insertChanges } from '../core/log';

export async function listChanges(db: Q, entity: Change['entity'], entityId: number): Promise<Change[]> {
  const rows = await db
    .selectFrom('changes')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toChange);
}

function toChange(r: Selectable<Database['changes']>): Change {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity as Change['entity'],
    entityId: r.entity_id,
    action: r.action as Change['action'],
    diff: JSON.parse(r.diff) as Change['diff'],
    batch: r.batch,
    reason: r.reason,
  };
}

// ---------- inventory imports

export interface ImportRecord {
  id: number;
  at: string;
  actor: string;
  fileName: string;
  format: string;
  size: number;
  sha256: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  unitsCreated: number;
  peopleCreated: number;
  /** When it was rolled back and by whom (src/registry/inventory/rollback.ts); null while it stands. */
  rolledBackAt: string | null;
  rolledBackBy: string | null;
}

export async function insertImport(
  db: Q,
  r: Omit<ImportRecord, 'id' | 'rolledBackAt' | 'rolledBackBy'>,
): Promise<number> {
  const row = await db
    .insertInto('inventory_imports')
    .values({
      at: r.at,
      actor: r.actor,
      file_name: r.fileName,
      format: r.format,
      size: r.size,
      sha256: r.sha256,
      rows: r.rows,
      created: r.created,
      updated: r.updated,
      unchanged: r.unchanged,
      merged: r.merged,
      rejected: r.rejected,
      units_created: r.unitsCreated,
      people_created: r.peopleCreated,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listImports(db: Q): Promise<ImportRecord[]> {
  const rows = await db.selectFrom('inventory_imports').selectAll().orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    fileName: r.file_name,
    format: r.format,
    size: Number(r.size),
    sha256: r.sha256,
    rows: r.rows,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    merged: r.merged,
    rejected: r.rejected,
    unitsCreated: r.units_created,
    peopleCreated: r.people_created,
    rolledBackAt: r.rolled_back_at ?? null,
    rolledBackBy: r.rolled_back_by ?? null,
  }));
}

// ---------- the last audit, as the overview compares with it

/**
 * The newest audit of the whole organisation (the one a new audit would be compared with), read
 * only for the figures it froze: the overview's trend (trend.ts). Its items' JSON is parsed here;
 * trend.ts checks what it holds.
 */
export async function lastOrganisationAudit(db: Q): Promise<{ id: number; asOf: string } | null> {
  const row = await db
    .selectFrom('audits')
    .select(['id', 'as_of'])
    .where('unit_id', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, asOf: row.as_of } : null;
}

export async function frozenItems(db: Q, auditId: number): Promise<FrozenItemRow[]> {
  const rows = await db
    .selectFrom('audit_items')
    .select(['presence_id', 'snapshot', 'facts'])
    .where('audit_id', '=', auditId)
    .orderBy('presence_id')
    .execute();
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  };
  return rows.map((r) => ({ presenceId: r.presence_id, snapshot: parse(r.snapshot), facts: parse(r.facts) }));
}
