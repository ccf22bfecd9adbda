// Names for what the change log stores as ids and logins: a presence, a unit, a user, an audit…
// read from their tables; one that is gone, by the last name the log recorded for it. The one place
// that turns ids into names for a presence's history (here) and for the change log's page
// (src/trust/log), so people read names, never "#26" or a login. It reads the tables of every
// capability that writes to the log (users, audits, policies…), for display only: the registry is
// the capability every other one builds on, so they can all call it.
import { auditName } from '../audit/name';
import type { Locale } from '../core/i18n';
import type { Q } from '../core/log';
import type { EntryNames, NamedKind, NameRef } from './model';

/** What the names of an entry are taken from (a Change or a LogEntry). */
export interface NamedLine {
  actor: string;
  entity: string;
  entityId: number;
  diff: Record<string, unknown>;
  batch: string | null;
}

/** What each kind of entry is about, by its `entity_id` (an audit item and a secret: their presence). */
const SUBJECT: Record<string, NamedKind> = {
  presence: 'presence',
  secret: 'presence',
  audit_item: 'presence',
  unit: 'unit',
  person: 'person',
  organisation: 'organisation',
  user: 'user',
  policy: 'policy',
  reassignment: 'reassignment',
  audit: 'audit',
  audit_task: 'audit_task',
  audit_template: 'audit_template',
  kpi: 'kpi',
  data_import: 'data_import',
  inventory_import: 'inventory_import',
  value_mapping: 'value_mapping',
};

/**
 * Diff fields whose numbers are ids, whatever the entity: the registry's `unitId`/`unit_id`/
 * `parentId`, a user's `personId`, a decision's `into`, a KPI's `presence` and `audit`, a task's
 * `owner` when its name was not known. A string in the same field is a name already.
 */
export const ID_FIELDS: Record<string, NamedKind> = {
  unitId: 'unit',
  unit_id: 'unit',
  unit: 'unit',
  parentId: 'unit',
  parent_id: 'unit',
  ownerId: 'person',
  deputyId: 'person',
  custodianId: 'person',
  owner: 'person',
  deputy: 'person',
  custodian: 'person',
  personId: 'person',
  person_id: 'person',
  toPersonId: 'person',
  to_person_id: 'person',
  presenceId: 'presence',
  presence_id: 'presence',
  presence: 'presence',
  into: 'presence',
  auditId: 'audit',
  audit_id: 'audit',
  audit: 'audit',
};

type Names = Map<number, string | null>;

/** How a presence is named wherever it is listed: its name, else its handle, else its address. */
export function presenceName(p: { name: string | null; handle: string | null; url: string }): string {
  return p.name ?? (p.handle ? `@${p.handle.replace(/^@/, '')}` : p.url);
}

const pairs = <T extends { id: number }>(rows: T[], name: (r: T) => string | null): Names =>
  new Map(rows.map((r) => [Number(r.id), name(r)]));

/** The current name of each id that still exists (ids missing from the map are gone). */
const CURRENT: Record<NamedKind, (db: Q, ids: number[], locale: Locale) => Promise<Names>> = {
  presence: async (db, ids) =>
    pairs(
      await db
        .selectFrom('presences')
        .select(['id', 'name', 'handle', 'url'])
        .where('id', 'in', ids)
        .execute(),
      presenceName,
    ),
  unit: async (db, ids) =>
    pairs(
      await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute(),
      (r) => r.name,
    ),
  person: async (db, ids) =>
    pairs(
      await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute(),
      (r) => r.name,
    ),
  organisation: async (db, ids) =>
    pairs(
      await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute(),
      (r) => r.name,
    ),
  user: async (db, ids) =>
    pairs(
      await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute(),
      (r) => r.name,
    ),
  policy: async (db, ids) =>
    pairs(
      await db.selectFrom('policies').select(['id', 'title']).where('id', 'in', ids).execute(),
      (r) => r.title,
    ),
  // An audit Vigie named is named in the reader's language ("Audit de l’organisation au …").
  audit: async (db, ids, locale) =>
    pairs(
      await db
        .selectFrom('audits as a')
        .leftJoin('units as u', 'u.id', 'a.unit_id')
        .select(['a.id', 'a.name', 'a.name_generated', 'a.unit_id', 'u.name as unit_name', 'a.as_of'])
        .where('a.id', 'in', ids)
        .execute(),
      (r) => auditName(r, locale),
    ),
  // A reassignment, a task and a KPI are named by whom and what they are about.
  reassignment: async (db, ids) =>
    pairs(
      await db
        .selectFrom('reassignments as r')
        .leftJoin('people as pe', 'pe.id', 'r.person_id')
        .leftJoin('presences as p', 'p.id', 'r.presence_id')
        .select(['r.id', 'pe.name as person', 'p.name', 'p.handle', 'p.url'])
        .where('r.id', 'in', ids)
        .execute(),
      (r) => both(r.person, r.url === null ? null : presenceName({ ...r, url: r.url })),
    ),
  audit_task: async (db, ids) => byPresence(db, 'audit_tasks', ids),
  kpi: async (db, ids) => byPresence(db, 'kpis', ids),
  audit_template: async (db, ids) =>
    pairs(await db.selectFrom('audit_templates').select(['id']).where('id', 'in', ids).execute(), () => null),
  data_import: async (db, ids) =>
    pairs(
      await db.selectFrom('data_imports').select(['id', 'file_name']).where('id', 'in', ids).execute(),
      (r) => r.file_name,
    ),
  inventory_import: async (db, ids) =>
    pairs(
      await db.selectFrom('inventory_imports').select(['id', 'file_name']).where('id', 'in', ids).execute(),
      (r) => r.file_name,
    ),
  value_mapping: async (db, ids) =>
    pairs(
      await db
        .selectFrom('inventory_value_mappings')
        .select(['id', 'value'])
        .where('id', 'in', ids)
        .execute(),
      (r) => r.value,
    ),
};

function both(a: string | null | undefined, b: string | null | undefined): string | null {
  const parts = [a, b].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(' · ') : null;
}

async function byPresence(db: Q, table: 'audit_tasks' | 'kpis', ids: number[]): Promise<Names> {
  const rows =
    table === 'kpis'
      ? await db
          .selectFrom('kpis as t')
          .leftJoin('presences as p', 'p.id', 't.presence_id')
          .select(['t.id', 'p.name', 'p.handle', 'p.url'])
          .where('t.id', 'in', ids)
          .execute()
      : await db
          .selectFrom('audit_tasks as t')
          .leftJoin('presences as p', 'p.id', 't.presence_id')
          .select(['t.id', 'p.name', 'p.handle', 'p.url'])
          .where('t.id', 'in', ids)
          .execute();
  return pairs(rows, (r) => (r.url === null ? null : presenceName({ ...r, url: r.url })));
}

/** Where the log keeps a name for a gone one: the entries about it, and which diff fields name it. */
const LOGGED: Partial<
  Record<NamedKind, { entity: string; name: (diff: Record<string, unknown>) => string | null }>
> = {
  presence: {
    entity: 'presence',
    name: (d) => {
      const name = text(d.name);
      const handle = text(d.handle);
      return name ?? (handle ? `@${handle.replace(/^@/, '')}` : text(d.url));
    },
  },
  unit: { entity: 'unit', name: (d) => text(d.name) },
  person: { entity: 'person', name: (d) => text(d.name) },
  organisation: { entity: 'organisation', name: (d) => text(d.name) },
  user: { entity: 'user', name: (d) => text(d.name) ?? text(d.login) },
  policy: { entity: 'policy', name: (d) => text(d.title) },
  audit: { entity: 'audit', name: (d) => text(d.name) },
  reassignment: { entity: 'reassignment', name: (d) => both(text(d.person), text(d.presence)) },
  data_import: { entity: 'data_import', name: (d) => text(d.file) },
  inventory_import: { entity: 'inventory_import', name: (d) => text(d.file) ?? text(d.fileName) },
  value_mapping: { entity: 'value_mapping', name: (d) => text(d.value) },
};

/** A diff field's name-like value: after, else before (a deletion keeps it in before). */
function text(pair: unknown): string | null {
  if (!Array.isArray(pair)) return null;
  for (const v of [pair[1], pair[0]]) if (typeof v === 'string' && v.trim()) return v;
  return null;
}

function parse(diff: string): Record<string, unknown> {
  try {
    const v = JSON.parse(diff) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The last name the log recorded for each gone id (newest entry first). */
async function lastLogged(db: Q, kind: NamedKind, ids: number[]): Promise<Names> {
  const how = LOGGED[kind];
  const out: Names = new Map();
  if (!how) return out;
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('changes')
      .select(['entity_id', 'diff'])
      .where('entity', '=', how.entity)
      .where('entity_id', 'in', part)
      .orderBy('id', 'desc')
      .execute();
    for (const r of rows) {
      const id = Number(r.entity_id);
      if (out.get(id)) continue;
      const name = how.name(parse(r.diff));
      if (name) out.set(id, name);
    }
  }
  return out;
}

/** The names of users by login, for the actors of entries (and of lists that keep a login: imports…). */
export async function userNames(db: Q, logins: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(logins)) {
    const rows = await db.selectFrom('users').select(['login', 'name']).where('login', 'in', part).execute();
    for (const r of rows) out.set(r.login, r.name);
  }
  return out;
}

const idOf = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
const auditBatch = (batch: string | null): number | null => {
  const m = /^audit(?:-undo)?:(\d+)$/.exec(batch ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * The names each line needs, in the same order: its actor's, its subject's, those of diff values that
 * are ids, and its batch's audit. Every kind is looked up once for all the lines. `subjectOnly` leaves
 * out the diff's ids and the batch: for a reader whose scope covers the subject but maybe not the
 * units, people or audits it names (a presence's history); the log's readers see the whole log.
 * Names Vigie wrote (an audit's) are worded in `locale`.
 */
export async function namesFor(
  db: Q,
  lines: readonly NamedLine[],
  { subjectOnly = false, locale = 'en' }: { subjectOnly?: boolean; locale?: Locale } = {},
): Promise<EntryNames[]> {
  const wanted = new Map<NamedKind, Set<number>>();
  const want = (kind: NamedKind, id: number | null) => {
    if (id === null) return;
    const set = wanted.get(kind) ?? new Set<number>();
    wanted.set(kind, set.add(id));
  };
  for (const l of lines) {
    const subject = SUBJECT[l.entity];
    if (subject) want(subject, idOf(l.entityId));
    if (subjectOnly) continue;
    for (const [field, pair] of Object.entries(l.diff)) {
      const kind = ID_FIELDS[field];
      if (kind && Array.isArray(pair)) for (const v of pair) want(kind, idOf(v));
    }
    want('audit', auditBatch(l.batch));
  }

  const known = new Map<NamedKind, { current: Names; logged: Names }>();
  for (const [kind, set] of wanted) {
    const ids = [...set];
    const current: Names = new Map();
    for (const part of chunks(ids))
      for (const [id, name] of await CURRENT[kind](db, part, locale)) current.set(id, name);
    const gone = ids.filter((id) => !current.has(id));
    known.set(kind, { current, logged: gone.length ? await lastLogged(db, kind, gone) : new Map() });
  }
  const ref = (kind: NamedKind | undefined, id: number | null): NameRef | null => {
    if (!kind || id === null) return null;
    const k = known.get(kind);
    if (k?.current.has(id)) return { kind, id, name: k.current.get(id) ?? null, deleted: false };
    return { kind, id, name: k?.logged.get(id) ?? null, deleted: true };
  };

  const actors = await userNames(db, [...new Set(lines.map((l) => l.actor).filter(Boolean))]);
  return lines.map((l) => {
    const fields: EntryNames['fields'] = {};
    for (const [field, pair] of subjectOnly ? [] : Object.entries(l.diff)) {
      const kind = ID_FIELDS[field];
      if (!kind || !Array.isArray(pair)) continue;
      const before = ref(kind, idOf(pair[0]));
      const after = ref(kind, idOf(pair[1]));
      if (before || after) fields[field] = [before, after];
    }
    return {
      actor: actors.get(l.actor) ?? null,
      subject: ref(SUBJECT[l.entity], idOf(l.entityId)),
      fields,
      batch: subjectOnly ? null : ref('audit', auditBatch(l.batch)),
    };
  });
}
