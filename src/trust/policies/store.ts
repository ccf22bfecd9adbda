// Policies and their acknowledgements: Kysely queries only, the same on SQLite and PostgreSQL.
// Versions are rows that are never updated; "current" is the highest version of its kind.
import type { Q } from '../../core/log';

export type PolicyKind = 'policy' | 'charter';

export interface PolicyRow {
  id: number;
  kind: PolicyKind;
  version: number;
  title: string;
  language: 'fr' | 'en';
  body: string;
  summary: string | null;
  publishedAt: string;
  publishedBy: string;
}

export interface PolicyValues {
  kind: PolicyKind;
  version: number;
  title: string;
  language: 'fr' | 'en';
  body: string;
  summary: string | null;
  publishedAt: string;
  publishedBy: string;
}

export interface UserRef {
  userId: number;
  name: string;
  login: string;
}

const COLUMNS = [
  'id',
  'kind',
  'version',
  'title',
  'language',
  'body',
  'summary',
  'published_at',
  'published_by',
] as const;

type Raw = {
  id: number;
  kind: string;
  version: number;
  title: string;
  language: string;
  body: string;
  summary: string | null;
  published_at: string;
  published_by: string;
};

function toRow(r: Raw): PolicyRow {
  return {
    id: Number(r.id),
    kind: r.kind as PolicyKind,
    version: Number(r.version),
    title: r.title,
    language: r.language as 'fr' | 'en',
    body: r.body,
    summary: r.summary ?? null,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  };
}

/** Every version of every kind: kinds in order (policy, charter), newest version first. */
export async function policyRows(db: Q): Promise<PolicyRow[]> {
  const rows = await db
    .selectFrom('policies')
    .select(COLUMNS)
    .orderBy('kind', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function policyRow(db: Q, id: number): Promise<PolicyRow | undefined> {
  const r = await db.selectFrom('policies').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toRow(r) : undefined;
}

/** The highest version published of a kind (0 when none). */
export async function latestVersion(db: Q, kind: PolicyKind): Promise<number> {
  const r = await db
    .selectFrom('policies')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(r?.version ?? 0);
}

/** The latest version of each kind: the only ones that ask to be acknowledged. */
export async function currentRows(db: Q): Promise<PolicyRow[]> {
  const rows = await db
    .selectFrom('policies as p')
    .select(COLUMNS.map((c) => `p.${c}` as const))
    .where((eb) =>
      eb(
        'p.version',
        '=',
        eb
          .selectFrom('policies as q')
          .select((e) => e.fn.max('q.version').as('v'))
          .whereRef('q.kind', '=', 'p.kind'),
      ),
    )
    .orderBy('p.kind', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function insertPolicy(db: Q, v: PolicyValues): Promise<number> {
  const r = await db
    .insertInto('policies')
    .values({
      kind: v.kind,
      version: v.version,
      title: v.title,
      language: v.language,
      body: v.body,
      summary: v.summary,
      published_at: v.publishedAt,
      published_by: v.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** When this user acknowledged each of these policies (absent: not acknowledged). */
export async function acknowledgedAt(
  db: Q,
  userId: number,
  policyIds: number[],
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!policyIds.length) return out;
  const rows = await db
    .selectFrom('acknowledgements')
    .select(['policy_id', 'at'])
    .where('user_id', '=', userId)
    .where('policy_id', 'in', policyIds)
    .execute();
  for (const r of rows) out.set(Number(r.policy_id), r.at);
  return out;
}

/** Records an acknowledgement once; answers whether this call recorded it (false: it was there). */
export async function insertAcknowledgement(
  db: Q,
  policyId: number,
  userId: number,
  at: string,
): Promise<boolean> {
  const r = await db
    .insertInto('acknowledgements')
    .values({ policy_id: policyId, user_id: userId, at })
    .onConflict((oc) => oc.columns(['policy_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Active users who have / have not acknowledged each of these policies. */
export async function acknowledgementCounts(
  db: Q,
  policyIds: number[],
): Promise<Map<number, { acknowledged: number; pending: number }>> {
  const out = new Map<number, { acknowledged: number; pending: number }>();
  if (!policyIds.length) return out;
  const active = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'active')
    .executeTakeFirst();
  const total = Number(active?.n ?? 0);
  const rows = await db
    .selectFrom('acknowledgements as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.policy_id', (eb) => eb.fn.countAll().as('n')])
    .where('u.status', '=', 'active')
    .where('a.policy_id', 'in', policyIds)
    .groupBy('a.policy_id')
    .execute();
  const done = new Map(rows.map((r) => [Number(r.policy_id), Number(r.n)]));
  for (const id of policyIds) {
    const acknowledged = done.get(id) ?? 0;
    out.set(id, { acknowledged, pending: Math.max(0, total - acknowledged) });
  }
  return out;
}

/** Active users who acknowledged a policy (oldest acknowledgement first), and those who have not (by name). */
export async function acknowledgementsOf(
  db: Q,
  policyId: number,
): Promise<{ acknowledged: (UserRef & { at: string })[]; pending: UserRef[] }> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('acknowledgements as a', (j) =>
      j.onRef('a.user_id', '=', 'u.id').on('a.policy_id', '=', policyId),
    )
    .select(['u.id', 'u.name', 'u.login', 'a.at'])
    .where('u.status', '=', 'active')
    .orderBy('u.name')
    .orderBy('u.login')
    .execute();
  const acknowledged: (UserRef & { at: string })[] = [];
  const pending: UserRef[] = [];
  for (const r of rows) {
    const ref = { userId: Number(r.id), name: r.name, login: r.login };
    if (r.at) acknowledged.push({ ...ref, at: r.at });
    else pending.push(ref);
  }
  acknowledged.sort((a, b) => a.at.localeCompare(b.at) || a.login.localeCompare(b.login));
  return { acknowledged, pending };
}

/** The ids of the latest version of each kind (without their bodies). */
export async function currentIds(db: Q): Promise<number[]> {
  const rows = await db
    .selectFrom('policies as p')
    .select('p.id')
    .where((eb) =>
      eb(
        'p.version',
        '=',
        eb
          .selectFrom('policies as q')
          .select((e) => e.fn.max('q.version').as('v'))
          .whereRef('q.kind', '=', 'p.kind'),
      ),
    )
    .execute();
  return rows.map((r) => Number(r.id));
}

/** How many current policies this user has not acknowledged. */
export async function pendingCount(db: Q, userId: number): Promise<number> {
  const ids = await currentIds(db);
  if (!ids.length) return 0;
  const done = await acknowledgedAt(db, userId, ids);
  return ids.filter((id) => !done.has(id)).length;
}
