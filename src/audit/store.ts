// Queries for the audit: settings, audits and their frozen items, the plan's tasks, templates, KPIs,
// and the two aggregates over posts and metrics that the facts are computed from.
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../core/schema';
import type { AuditFacts, Finding, PresenceSnapshot, Reason } from './model';
import type { MetricAggregates, PostAggregates } from './rules';

type Q = Kysely<Database>;

const json = <T>(text: string | null, fallback: T): T => {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

// ---------- settings

export async function getSettingsText(db: Q): Promise<string | null> {
  const r = await db.selectFrom('audit_settings').select('rules').where('id', '=', 1).executeTakeFirst();
  return r?.rules ?? null;
}

export async function putSettingsText(db: Q, rules: string, actor: string, at: string): Promise<void> {
  await db
    .insertInto('audit_settings')
    .values({ id: 1, rules, updated_at: at, updated_by: actor })
    .onConflict((oc) => oc.column('id').doUpdateSet({ rules, updated_at: at, updated_by: actor }))
    .execute();
}

// ---------- aggregates (one pass each, whatever the number of presences)

const ENGAGEMENT = sql<number>`coalesce(likes, 0) + coalesce(shares, 0) + coalesce(replies, 0) + coalesce(quotes, 0)`;
const COUNTED = sql<boolean>`(likes is not null or shares is not null or replies is not null or quotes is not null)`;

/** Posts a silent presence's engagement is measured over: its latest ones. */
export const LATEST_POSTS = 20;

/**
 * Per presence, in as few passes as the indexes allow: the count of posts up to the audit's date
 * (one scan of the (presence, time) index: the cost of merely counting), the first and last post
 * (two index seeks per presence), the 90-day window (a range of the same index), and for presences
 * silent in the window, the engagement of their latest posts (one short seek each).
 */
export async function postAggregates(
  db: Q,
  from90: string,
  until: string,
  presenceIds: ReadonlySet<number> | null,
): Promise<Map<number, PostAggregates>> {
  const out = new Map<number, PostAggregates>();
  // Counting every post, then taking away the few published after the audit's date, costs what a
  // bare count costs; filtering on the date while counting would compare every row's time.
  const counts = await db
    .selectFrom('posts')
    .select((eb) => ['presence_id', eb.fn.countAll<number>().as('n')])
    .groupBy('presence_id')
    .execute();
  const later = await db
    .selectFrom('posts')
    .select((eb) => ['presence_id', eb.fn.countAll<number>().as('n')])
    .where('published_at', '>', until)
    .groupBy('presence_id')
    .execute();
  const after = new Map(later.map((r) => [r.presence_id, Number(r.n)]));
  for (const r of counts) {
    if (presenceIds && !presenceIds.has(r.presence_id)) continue;
    const n = Number(r.n) - (after.get(r.presence_id) ?? 0);
    if (n <= 0) continue;
    out.set(r.presence_id, {
      posts: n,
      first: null,
      last: null,
      posts90: 0,
      replies90: 0,
      engagement90: null,
      counted90: 0,
      engagementAll: null,
      countedAll: 0,
    });
  }
  if (!out.size) return out;
  const ids = [...out.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const ends = await db
      .selectFrom('presences as p')
      .select((eb) => [
        'p.id',
        eb
          .selectFrom('posts')
          .select((e) => e.fn.min('published_at').as('v'))
          .whereRef('presence_id', '=', 'p.id')
          .where('published_at', '<=', until)
          .as('first'),
        eb
          .selectFrom('posts')
          .select((e) => e.fn.max('published_at').as('v'))
          .whereRef('presence_id', '=', 'p.id')
          .where('published_at', '<=', until)
          .as('last'),
      ])
      .where('p.id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of ends) {
      const a = out.get(r.id)!;
      a.first = (r.first as string | null) ?? null;
      a.last = (r.last as string | null) ?? null;
    }
  }
  const recent = await db
    .selectFrom('posts')
    .select([
      'presence_id',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when kind = 'reply' then 1 else 0 end)`.as('replies'),
      sql<number>`sum(case when ${COUNTED} then ${ENGAGEMENT} else 0 end)`.as('engagement'),
      sql<number>`sum(case when ${COUNTED} then 1 else 0 end)`.as('counted'),
    ])
    .where('published_at', '>', from90)
    .where('published_at', '<=', until)
    .groupBy('presence_id')
    .execute();
  for (const r of recent) {
    const a = out.get(r.presence_id);
    if (!a) continue;
    a.posts90 = Number(r.n);
    a.replies90 = Number(r.replies);
    a.counted90 = Number(r.counted);
    a.engagement90 = a.counted90 ? Number(r.engagement) : null;
  }
  const silent = [...out.entries()].filter(([, a]) => a.posts90 === 0).map(([id]) => id);
  // The latest posts of each silent presence: a correlated subquery over a short index range.
  const latest = (value: ReturnType<typeof sql>) => sql<number | null>`(select sum(v) from (
      select ${value} as v from posts
      where presence_id = p.id and published_at <= ${until}
      order by published_at desc limit ${LATEST_POSTS}) latest)`;
  for (let i = 0; i < silent.length; i += 5000) {
    const rows = await db
      .selectFrom('presences as p')
      .select([
        'p.id',
        latest(sql`case when ${COUNTED} then ${ENGAGEMENT} else 0 end`).as('engagement'),
        latest(sql`case when ${COUNTED} then 1 else 0 end`).as('counted'),
      ])
      .where('p.id', 'in', silent.slice(i, i + 5000))
      .execute();
    for (const r of rows) {
      const a = out.get(r.id)!;
      a.countedAll = Number(r.counted ?? 0);
      a.engagementAll = a.countedAll ? Number(r.engagement) : null;
    }
  }
  return out;
}

/**
 * Per presence: days with metrics up to the audit's date, and the first and last audience figure
 * in the 90-day window (index seeks on the (presence, day) key).
 */
export async function metricAggregates(
  db: Q,
  from90: string,
  until: string,
  presenceIds: ReadonlySet<number> | null,
): Promise<Map<number, MetricAggregates>> {
  const out = new Map<number, MetricAggregates>();
  const all = await db
    .selectFrom('daily_metrics')
    .select((eb) => [
      'presence_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('day').as('first'),
      eb.fn.max('day').as('last'),
    ])
    .where('day', '<=', until)
    .groupBy('presence_id')
    .execute();
  for (const r of all) {
    if (presenceIds && !presenceIds.has(r.presence_id)) continue;
    out.set(r.presence_id, {
      days: Number(r.n),
      first: r.first as string | null,
      last: r.last as string | null,
      audienceStart: null,
      audienceEnd: null,
    });
  }
  const ids = [...out.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .selectFrom('presences as p')
      .select((eb) => {
        const inWindow = (dir: 'asc' | 'desc', col: 'day' | 'audience') =>
          eb
            .selectFrom('daily_metrics')
            .select(col)
            .whereRef('presence_id', '=', 'p.id')
            .where('day', '>', from90)
            .where('day', '<=', until)
            .where('audience', 'is not', null)
            .orderBy('day', dir)
            .limit(1);
        return [
          'p.id',
          inWindow('asc', 'day').as('start_day'),
          inWindow('asc', 'audience').as('start_value'),
          inWindow('desc', 'day').as('end_day'),
          inWindow('desc', 'audience').as('end_value'),
        ];
      })
      .where('p.id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) {
      const a = out.get(r.id)!;
      if (r.start_day !== null && r.start_value !== null)
        a.audienceStart = { day: r.start_day as string, value: Number(r.start_value) };
      if (r.end_day !== null && r.end_value !== null)
        a.audienceEnd = { day: r.end_day as string, value: Number(r.end_value) };
    }
  }
  return out;
}

// ---------- audits and items

export interface AuditRow {
  id: number;
  name: string;
  name_generated: number;
  unit_id: number | null;
  unit_name: string | null;
  as_of: string;
  status: string;
  rules: string;
  previous_id: number | null;
  created_at: string;
  created_by: string;
}

const auditColumns = [
  'a.id',
  'a.name',
  'a.name_generated',
  'a.unit_id',
  'u.name as unit_name',
  'a.as_of',
  'a.status',
  'a.rules',
  'a.previous_id',
  'a.created_at',
  'a.created_by',
] as const;

export async function listAuditRows(db: Q): Promise<AuditRow[]> {
  return db
    .selectFrom('audits as a')
    .leftJoin('units as u', 'u.id', 'a.unit_id')
    .select(auditColumns)
    .orderBy('a.id', 'desc')
    .execute();
}

export async function getAuditRow(db: Q, id: number): Promise<AuditRow | undefined> {
  return db
    .selectFrom('audits as a')
    .leftJoin('units as u', 'u.id', 'a.unit_id')
    .select(auditColumns)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** The latest audit of the same scope: the one a new audit is compared with. */
export async function previousAuditId(db: Q, unitId: number | null): Promise<number | null> {
  let q = db.selectFrom('audits').select('id').orderBy('id', 'desc').limit(1);
  q = unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', unitId);
  const r = await q.executeTakeFirst();
  return r?.id ?? null;
}

export async function insertAudit(db: Q, row: Insertable<Database['audits']>): Promise<number> {
  const r = await db.insertInto('audits').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export interface ItemValues {
  presence_id: number;
  snapshot: PresenceSnapshot;
  facts: AuditFacts;
  findings: Finding[];
  recommendation: string;
  recommendation_into: number | null;
  reasons: Reason[];
}

export async function insertItems(db: Q, auditId: number, items: ItemValues[]): Promise<void> {
  for (let i = 0; i < items.length; i += 200) {
    await db
      .insertInto('audit_items')
      .values(
        items.slice(i, i + 200).map((it) => ({
          audit_id: auditId,
          presence_id: it.presence_id,
          snapshot: JSON.stringify(it.snapshot),
          facts: JSON.stringify(it.facts),
          findings: JSON.stringify(it.findings),
          recommendation: it.recommendation,
          recommendation_into: it.recommendation_into,
          reasons: JSON.stringify(it.reasons),
          decision: null,
          decision_into: null,
          decision_reason: null,
          decided_by: null,
          decided_at: null,
        })),
      )
      .execute();
  }
}

export interface ItemRow {
  presence_id: number;
  snapshot: PresenceSnapshot;
  facts: AuditFacts;
  findings: Finding[];
  recommendation: string;
  recommendation_into: number | null;
  reasons: Reason[];
  decision: string | null;
  decision_into: number | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export async function itemRows(db: Q, auditId: number, presenceId?: number): Promise<ItemRow[]> {
  let q = db.selectFrom('audit_items').selectAll().where('audit_id', '=', auditId);
  if (presenceId !== undefined) q = q.where('presence_id', '=', presenceId);
  const rows = await q.orderBy('presence_id').execute();
  return rows.map((r) => ({
    presence_id: r.presence_id,
    snapshot: json(r.snapshot, {} as PresenceSnapshot),
    facts: json(r.facts, {} as AuditFacts),
    findings: json(r.findings, [] as Finding[]),
    recommendation: r.recommendation,
    recommendation_into: r.recommendation_into,
    reasons: json(r.reasons, [] as Reason[]),
    decision: r.decision,
    decision_into: r.decision_into,
    decision_reason: r.decision_reason,
    decided_by: r.decided_by,
    decided_at: r.decided_at,
  }));
}

/** Decisions only (light): what conflict checks need. */
export async function decisionRows(db: Q, auditId: number) {
  return db
    .selectFrom('audit_items')
    .select(['presence_id', 'recommendation', 'recommendation_into', 'decision', 'decision_into', 'snapshot'])
    .where('audit_id', '=', auditId)
    .execute();
}

export async function setDecision(
  db: Q,
  auditId: number,
  presenceId: number,
  set: {
    decision: string | null;
    decision_into: number | null;
    decision_reason: string | null;
    decided_by: string | null;
    decided_at: string | null;
  },
): Promise<void> {
  await db
    .updateTable('audit_items')
    .set(set)
    .where('audit_id', '=', auditId)
    .where('presence_id', '=', presenceId)
    .execute();
}

/** Counts per audit for the list: presences, decided, recommendations and decisions, tasks. */
export async function auditCounts(db: Q, auditIds: number[]) {
  if (!auditIds.length) return { items: [], tasks: [] };
  const items = await db
    .selectFrom('audit_items')
    .select((eb) => ['audit_id', 'recommendation', 'decision', eb.fn.countAll<number>().as('n')])
    .where('audit_id', 'in', auditIds)
    .groupBy(['audit_id', 'recommendation', 'decision'])
    .execute();
  const tasks = await db
    .selectFrom('audit_tasks')
    .select((eb) => ['audit_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('audit_id', 'in', auditIds)
    .groupBy(['audit_id', 'status'])
    .execute();
  return {
    items: items.map((r) => ({ ...r, n: Number(r.n) })),
    tasks: tasks.map((r) => ({ ...r, n: Number(r.n) })),
  };
}

// ---------- tasks

export type TaskValues = Omit<Database['audit_tasks'], 'id'>;

export async function insertTasks(db: Q, rows: TaskValues[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('audit_tasks')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** Removes the tasks of a presence's plan that nobody has started (a decision changed or undone). */
export async function deleteUnstartedTasks(db: Q, auditId: number, presenceId: number): Promise<void> {
  await db
    .deleteFrom('audit_tasks')
    .where('audit_id', '=', auditId)
    .where('presence_id', '=', presenceId)
    .where('status', '=', 'todo')
    .execute();
}

export async function taskRows(
  db: Q,
  filter: { auditId?: number; id?: number; presenceId?: number; unitIds?: number[]; status?: string },
) {
  let q = db
    .selectFrom('audit_tasks as t')
    .leftJoin('presences as p', 'p.id', 't.presence_id')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('people as o', 'o.id', 't.owner_id')
    .selectAll('t')
    .select([
      'p.platform',
      'p.handle',
      'p.name as presence_name',
      'p.unit_id',
      'u.name as unit_name',
      'o.name as owner_name',
    ]);
  if (filter.auditId !== undefined) q = q.where('t.audit_id', '=', filter.auditId);
  if (filter.id !== undefined) q = q.where('t.id', '=', filter.id);
  if (filter.presenceId !== undefined) q = q.where('t.presence_id', '=', filter.presenceId);
  if (filter.unitIds) q = q.where('p.unit_id', 'in', filter.unitIds.length ? filter.unitIds : [-1]);
  if (filter.status) q = q.where('t.status', '=', filter.status);
  return q.orderBy('t.due_on').orderBy('t.presence_id').orderBy('t.step').execute();
}

export async function updateTaskRow(db: Q, id: number, set: Partial<TaskValues>): Promise<void> {
  await db.updateTable('audit_tasks').set(set).where('id', '=', id).execute();
}

// ---------- templates

export async function templateRows(db: Q) {
  return db.selectFrom('audit_templates').selectAll().orderBy('kind').orderBy('language').execute();
}

export async function upsertTemplate(
  db: Q,
  t: { kind: string; language: string; platform: string; body: string },
  actor: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('audit_templates')
    .values({ ...t, updated_at: at, updated_by: actor })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'language', 'platform'])
        .doUpdateSet({ body: t.body, updated_at: at, updated_by: actor }),
    )
    .execute();
}

export async function deleteTemplate(
  db: Q,
  t: { kind: string; language: string; platform: string },
): Promise<number> {
  const r = await db
    .deleteFrom('audit_templates')
    .where('kind', '=', t.kind)
    .where('language', '=', t.language)
    .where('platform', '=', t.platform)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

// ---------- KPIs

export async function kpiRows(db: Q, presenceId: number) {
  return db.selectFrom('kpis').selectAll().where('presence_id', '=', presenceId).orderBy('id').execute();
}

export async function kpiRow(db: Q, id: number) {
  return db.selectFrom('kpis').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertKpi(db: Q, row: Omit<Database['kpis'], 'id'>): Promise<number> {
  const r = await db.insertInto('kpis').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function deleteKpi(db: Q, id: number): Promise<void> {
  await db.deleteFrom('kpis').where('id', '=', id).execute();
}

/** Presence ids that have at least one KPI (the report's step h check). */
export async function presencesWithKpis(db: Q): Promise<Set<number>> {
  const rows = await db.selectFrom('kpis').select('presence_id').distinct().execute();
  return new Set(rows.map((r) => r.presence_id));
}
