// Queries for what platform exports bring: posts, daily metrics, interactions, import records.
// Bulk writes go in batches; on SQLite they use prepared statements on Kysely's own connection
// (inside its transaction), because a million posts is where statement compilation shows; on
// PostgreSQL they go through COPY into a staging table (see throughStaging).
import type { Kysely } from 'kysely';
import type { Db } from '../core/db';
import { copyField, copyInto, copyText } from '../core/pg-copy';
import { withPgClient } from '../core/pg-driver';
import type { Database, DataImportTable, PostTable } from '../core/schema';
import { INTERACTION_STRINGS, POST_COUNTS, POST_STRINGS, type RecordBatch } from './batches';

type Q = Kysely<Database>;

export type PostRow = Omit<PostTable, 'id'>;
const COUNT_COLUMNS = ['likes', 'shares', 'replies', 'quotes', 'views', 'saves', 'clicks'] as const;
/** The columns of a post as imports write them (and the benchmark's floor). */
export const POST_COLUMNS = [
  'presence_id',
  'external_id',
  'published_at',
  'text',
  'language',
  'kind',
  'url',
  'links',
  'media',
  ...COUNT_COLUMNS,
  'import_id',
] as const;

export type Counts = Pick<PostRow, (typeof COUNT_COLUMNS)[number]>;

/** The stored counts of the posts of a batch that already exist, by external id. */
export async function existingCounts(
  db: Q,
  presenceId: number,
  externalIds: string[],
): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  if (!externalIds.length) return out;
  const rows = await db
    .selectFrom('posts')
    .select(['external_id', ...COUNT_COLUMNS])
    .where('presence_id', '=', presenceId)
    .where('external_id', 'in', externalIds)
    .execute();
  for (const r of rows) out.set(r.external_id, r);
  return out;
}

export function sameCounts(a: Counts, b: Counts): boolean {
  return COUNT_COLUMNS.every((c) => (a[c] ?? null) === (b[c] ?? null));
}

/**
 * Inserts posts, skipping any already stored (same presence and external id); returns how many
 * were new.
 */
export async function insertPosts(h: Db, db: Q, rows: PostRow[]): Promise<number> {
  if (!rows.length) return 0;
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(insertPostSql());
    let added = 0;
    for (const r of rows) {
      added += stmt.run(
        r.presence_id,
        r.external_id,
        r.published_at,
        r.text,
        r.language,
        r.kind,
        r.url,
        r.links,
        r.media,
        r.likes,
        r.shares,
        r.replies,
        r.quotes,
        r.views,
        r.saves,
        r.clicks,
        r.import_id,
      ).changes;
    }
    return added;
  }
  return throughStaging(
    db,
    'vigie_new_posts',
    'posts',
    POST_COLUMNS,
    () => chunked(rows, POST_COLUMNS),
    movePosts,
    true,
  );
}

const movePosts = (stage: string) =>
  `INSERT INTO posts (${POST_COLUMNS.join(', ')}) SELECT ${POST_COLUMNS.join(', ')} FROM ${stage} ON CONFLICT (presence_id, external_id) DO NOTHING`;

/** The SQLite statement that inserts a post, skipping one already stored. */
const insertPostSql = () =>
  `INSERT INTO posts (${POST_COLUMNS.join(', ')}) VALUES (${POST_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (presence_id, external_id) DO NOTHING`;

const count = (v: number) => (Number.isNaN(v) ? null : v);

/**
 * Inserts the posts of packed batches (as the reader sends them, see batches.ts) for one presence
 * and import, skipping any already stored; how many were new. No object per post: a million of
 * them is where the import's speed and memory show.
 */
export async function insertPackedPosts(
  h: Db,
  db: Q,
  batches: readonly RecordBatch[],
  presenceId: number,
  importId: number,
): Promise<number> {
  if (!batches.some((b) => b.postStrings.length)) return 0;
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(insertPostSql());
    let added = 0;
    for (const b of batches) {
      const s = b.postStrings;
      const c = b.postCounts;
      for (let o = 0, k = 0; o < s.length; o += POST_STRINGS, k += POST_COUNTS)
        added += stmt.run(
          presenceId,
          s[o],
          s[o + 1],
          s[o + 2],
          s[o + 3],
          s[o + 4],
          s[o + 5],
          s[o + 6],
          s[o + 7],
          count(c[k]!),
          count(c[k + 1]!),
          count(c[k + 2]!),
          count(c[k + 3]!),
          count(c[k + 4]!),
          count(c[k + 5]!),
          count(c[k + 6]!),
          importId,
        ).changes;
    }
    return added;
  }
  return throughStaging(
    db,
    'vigie_new_posts',
    'posts',
    POST_COLUMNS,
    () => batches.map((b) => packedPostsCopy(b, presenceId, importId)),
    movePosts,
    true,
  );
}

/** The posts of a packed batch as COPY text in POST_COLUMNS order. */
export function packedPostsCopy(b: RecordBatch, presenceId: number, importId: number): string {
  const s = b.postStrings;
  const c = b.postCounts;
  const head = String(presenceId);
  const tail = `\t${importId}\n`;
  let out = '';
  for (let o = 0, k = 0; o < s.length; o += POST_STRINGS, k += POST_COUNTS) {
    out += head;
    for (let f = 0; f < POST_STRINGS; f++) out += `\t${copyField(s[o + f])}`;
    for (let f = 0; f < POST_COUNTS; f++) out += `\t${copyField(count(c[k + f]!))}`;
    out += tail;
  }
  return out;
}

const STAGED_ROWS_PER_CHUNK = 1000;
/** The staging tables made in each transaction (a Kysely transaction object lives for one). */
const stagesOf = new WeakMap<Q, Set<string>>();
/** The tables a direct COPY found a duplicate in, per transaction: their next rows go staged. */
const conflictedOf = new WeakMap<Q, Set<string>>();
const UNIQUE_VIOLATION = '23505';

/**
 * PostgreSQL's bulk write: rows (`chunks` of COPY text, made as sent) COPY'd into `stage`, a temporary table with `columns` of `table`
 * (made at its first use in a transaction, dropped at its end, emptied after each use), then
 * moved by `move`, one INSERT … SELECT or UPDATE … FROM reading it; how many rows it wrote.
 * Why a staging table rather than COPY into the table itself: ON CONFLICT keeps duplicates and
 * counts exactly as one INSERT would (COPY has none), while COPY stays the fastest way in. The
 * COPY runs on the transaction's own connection, so its rows commit or roll back with the import.
 * Outside a transaction, one is opened for it (a table dropped at commit would otherwise be gone
 * before the rows are moved). Needs the TEMPORARY privilege, which PostgreSQL grants to all.
 *
 * `insertOnly` (the move only inserts, skipping duplicates): the rows are first COPY'd straight into
 * `table`, inside a savepoint, which is twice as fast when none is a duplicate (the common case: a
 * first import, new posts). A duplicate makes that COPY fail as a whole; the savepoint drops what
 * it wrote and the rows go through the staging table, as do the table's later rows in the
 * transaction (a file that repeats itself once usually does again).
 */
async function throughStaging(
  db: Q,
  stage: string,
  table: string,
  columns: readonly string[],
  chunks: () => Iterable<string>,
  move: (stage: string) => string,
  insertOnly = false,
): Promise<number> {
  if (!db.isTransaction)
    return db
      .transaction()
      .execute((trx) => throughStaging(trx, stage, table, columns, chunks, move, insertOnly));
  const cols = columns.join(', ');
  return withPgClient(db, async (client) => {
    const conflicted = conflictedOf.get(db) ?? new Set<string>();
    conflictedOf.set(db, conflicted);
    if (insertOnly && !conflicted.has(table)) {
      await client.query('SAVEPOINT vigie_direct_copy');
      try {
        const stored = await copyInto(client, table, columns, chunks());
        await client.query('RELEASE SAVEPOINT vigie_direct_copy');
        return stored;
      } catch (e) {
        if ((e as { code?: string }).code !== UNIQUE_VIOLATION) throw e;
        await client.query('ROLLBACK TO SAVEPOINT vigie_direct_copy');
        conflicted.add(table);
      }
    }
    const made = stagesOf.get(db) ?? new Set<string>();
    stagesOf.set(db, made);
    if (!made.has(stage)) {
      await client.query(
        `CREATE TEMPORARY TABLE ${stage} ON COMMIT DROP AS SELECT ${cols} FROM ${table} WITH NO DATA`,
      );
      made.add(stage);
    }
    await copyInto(client, stage, columns, chunks());
    const moved = await client.query(move(stage));
    // TRUNCATE, not DELETE: nothing vacuums a temporary table, and a million dead rows would be
    // scanned again by every later batch.
    await client.query(`TRUNCATE ${stage}`);
    return moved.rowCount ?? 0;
  });
}

/** `rows` as COPY text, a thousand rows a chunk, made as COPY asks for them. */
function* chunked<T>(rows: readonly T[], columns: readonly (keyof T)[]): Generator<string> {
  for (let i = 0; i < rows.length; i += STAGED_ROWS_PER_CHUNK)
    yield copyText(rows.slice(i, i + STAGED_ROWS_PER_CHUNK), columns);
}

export async function hasPosts(db: Q, presenceId: number): Promise<boolean> {
  const r = await db
    .selectFrom('posts')
    .select('id')
    .where('presence_id', '=', presenceId)
    .limit(1)
    .executeTakeFirst();
  return Boolean(r);
}

const COUNT_UPDATE_COLUMNS = ['presence_id', 'external_id', ...COUNT_COLUMNS, 'import_id'] as const;

/**
 * Newer counts for posts already stored (a newer export of the same account): `rows` name each
 * post once. One prepared UPDATE per post on SQLite; one UPDATE … FROM a staging table on PostgreSQL.
 */
export async function updateCounts(h: Db, db: Q, rows: PostRow[]): Promise<void> {
  if (!rows.length) return;
  const set = [...COUNT_COLUMNS, 'import_id'] as const;
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(
      `UPDATE posts SET ${set.map((c) => `${c} = ?`).join(', ')} WHERE presence_id = ? AND external_id = ?`,
    );
    const params = [...set, 'presence_id', 'external_id'] as const;
    for (const r of rows) stmt.run(...params.map((c) => r[c]));
    return;
  }
  await throughStaging(
    db,
    'vigie_post_counts',
    'posts',
    COUNT_UPDATE_COLUMNS,
    () => chunked(rows, COUNT_UPDATE_COLUMNS),
    (stage) =>
      `UPDATE posts AS p SET ${set.map((c) => `${c} = s.${c}`).join(', ')} FROM ${stage} AS s WHERE p.presence_id = s.presence_id AND p.external_id = s.external_id`,
  );
}

const METRIC_COLUMNS = [
  'presence_id',
  'day',
  'audience',
  'audience_gained',
  'impressions',
  'engagements',
  'visits',
  'video_views',
  'import_id',
] as const;
const METRIC_FIGURES = METRIC_COLUMNS.slice(2, -1);

/**
 * Inserts daily metrics; a day already stored keeps the figures the new row lacks. On SQLite (given
 * `h`), one prepared statement: tens of thousands of rows is where Kysely's compilation shows.
 */
export async function upsertMetrics(db: Q, rows: Database['daily_metrics'][], h?: Db): Promise<void> {
  if (!rows.length) return;
  if (h?.sqlite) {
    const stmt = h.sqlite.prepare(
      `INSERT INTO daily_metrics (${METRIC_COLUMNS.join(', ')}) VALUES (${METRIC_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (presence_id, day) DO UPDATE SET ${METRIC_FIGURES.map((c) => `${c} = coalesce(excluded.${c}, daily_metrics.${c})`).join(', ')}, import_id = excluded.import_id`,
    );
    for (const r of rows) {
      stmt.run(
        r.presence_id,
        r.day,
        r.audience,
        r.audience_gained,
        r.impressions,
        r.engagements,
        r.visits,
        r.video_views,
        r.import_id,
      );
    }
    return;
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('daily_metrics')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(['presence_id', 'day']).doUpdateSet((eb) => ({
          // A later export fills what an earlier one lacked, and never erases a known figure.
          audience: eb.fn.coalesce('excluded.audience', 'daily_metrics.audience'),
          audience_gained: eb.fn.coalesce('excluded.audience_gained', 'daily_metrics.audience_gained'),
          impressions: eb.fn.coalesce('excluded.impressions', 'daily_metrics.impressions'),
          engagements: eb.fn.coalesce('excluded.engagements', 'daily_metrics.engagements'),
          visits: eb.fn.coalesce('excluded.visits', 'daily_metrics.visits'),
          video_views: eb.fn.coalesce('excluded.video_views', 'daily_metrics.video_views'),
          import_id: eb.ref('excluded.import_id'),
        })),
      )
      .execute();
  }
}

/**
 * How many of `days` already have metrics of `presenceId` from another import: the upsert fills
 * those in, and their earlier figures are not kept (such an import cannot be rolled back).
 */
export async function storedMetricDays(
  db: Q,
  presenceId: number,
  days: readonly string[],
  importId: number,
): Promise<number> {
  const distinct = [...new Set(days)];
  let n = 0;
  for (let i = 0; i < distinct.length; i += 500) {
    const r = await db
      .selectFrom('daily_metrics')
      .select(db.fn.countAll<number>().as('n'))
      .where('presence_id', '=', presenceId)
      .where('day', 'in', distinct.slice(i, i + 500))
      .where('import_id', '<>', importId)
      .executeTakeFirst();
    n += Number(r?.n ?? 0);
  }
  return n;
}

export const INTERACTION_COLUMNS = [
  'presence_id',
  'post_external_id',
  'kind',
  'at',
  'other_platform',
  'other_key',
  'other_handle',
  'other_name',
  'import_id',
] as const;

const moveInteractions = (stage: string) =>
  `INSERT INTO interactions (${INTERACTION_COLUMNS.join(', ')}) SELECT ${INTERACTION_COLUMNS.join(', ')} FROM ${stage} ON CONFLICT (presence_id, post_external_id, kind, other_platform, other_key) DO NOTHING`;
const insertInteractionSql = () =>
  `INSERT INTO interactions (${INTERACTION_COLUMNS.join(', ')}) VALUES (${INTERACTION_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`;

/** The interactions of packed batches for one presence and import, skipping any already stored. */
export async function insertPackedInteractions(
  h: Db,
  db: Q,
  batches: readonly RecordBatch[],
  presenceId: number,
  importId: number,
): Promise<void> {
  if (!batches.some((b) => b.interactions.length)) return;
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(insertInteractionSql());
    for (const b of batches) {
      const s = b.interactions;
      for (let o = 0; o < s.length; o += INTERACTION_STRINGS)
        stmt.run(presenceId, s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], importId);
    }
    return;
  }
  await throughStaging(
    db,
    'vigie_new_interactions',
    'interactions',
    INTERACTION_COLUMNS,
    () => batches.map((b) => packedInteractionsCopy(b, presenceId, importId)),
    moveInteractions,
    true,
  );
}

/** The interactions of a packed batch as COPY text in INTERACTION_COLUMNS order. */
export function packedInteractionsCopy(b: RecordBatch, presenceId: number, importId: number): string {
  const s = b.interactions;
  const head = String(presenceId);
  const tail = `\t${importId}\n`;
  let out = '';
  for (let o = 0; o < s.length; o += INTERACTION_STRINGS) {
    out += head;
    for (let f = 0; f < INTERACTION_STRINGS; f++) out += `\t${copyField(s[o + f])}`;
    out += tail;
  }
  return out;
}

export async function insertInteractions(
  h: Db,
  db: Q,
  rows: Omit<Database['interactions'], 'id'>[],
): Promise<void> {
  if (!rows.length) return;
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(insertInteractionSql());
    for (const r of rows) {
      stmt.run(
        r.presence_id,
        r.post_external_id,
        r.kind,
        r.at,
        r.other_platform,
        r.other_key,
        r.other_handle,
        r.other_name,
        r.import_id,
      );
    }
    return;
  }
  await throughStaging(
    db,
    'vigie_new_interactions',
    'interactions',
    INTERACTION_COLUMNS,
    () => chunked(rows, INTERACTION_COLUMNS),
    moveInteractions,
    true,
  );
}

export async function insertDataImport(db: Q, row: Omit<DataImportTable, 'id'>): Promise<number> {
  const r = await db.insertInto('data_imports').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Many import records at once (the demo's, one per presence): each one's id, with its presence. */
export async function insertDataImports(
  db: Q,
  rows: Omit<DataImportTable, 'id'>[],
): Promise<{ id: number; presence_id: number | null }[]> {
  const out: { id: number; presence_id: number | null }[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    out.push(
      ...(await db.insertInto('data_imports').values(chunk).returning(['id', 'presence_id']).execute()),
    );
  }
  return out;
}

export async function finishDataImport(
  db: Q,
  id: number,
  set: Partial<Omit<DataImportTable, 'id'>>,
): Promise<void> {
  await db.updateTable('data_imports').set(set).where('id', '=', id).execute();
}

/** The newest imports; `scope`: only those of these units' presences or of these presences. */
export async function listDataImports(
  db: Q,
  limit = 200,
  scope: { unitIds: number[]; presenceIds: number[] } | null = null,
) {
  let q = db
    .selectFrom('data_imports as d')
    .leftJoin('presences as p', 'p.id', 'd.presence_id')
    .selectAll('d')
    .select(['p.handle as presence_handle', 'p.platform as presence_platform']);
  if (scope) {
    const { unitIds, presenceIds } = scope;
    if (!unitIds.length && !presenceIds.length) return [];
    q = q.where((eb) =>
      eb.or([
        ...(unitIds.length ? [eb('p.unit_id', 'in', unitIds)] : []),
        ...(presenceIds.length ? [eb('p.id', 'in', presenceIds)] : []),
      ]),
    );
  }
  return q.orderBy('d.id', 'desc').limit(limit).execute();
}

export async function postsOf(db: Q, presenceId: number, options: { limit?: number; before?: string } = {}) {
  let q = db.selectFrom('posts').selectAll().where('presence_id', '=', presenceId);
  if (options.before) q = q.where('published_at', '<', options.before);
  return q
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 100)
    .execute();
}

export async function postSummary(db: Q, presenceId: number) {
  const r = await db
    .selectFrom('posts')
    .select((eb) => [
      eb.fn.countAll<number>().as('posts'),
      eb.fn.min('published_at').as('first'),
      eb.fn.max('published_at').as('last'),
    ])
    .where('presence_id', '=', presenceId)
    .executeTakeFirst();
  return {
    posts: Number(r?.posts ?? 0),
    first: (r?.first as string | null) ?? null,
    last: (r?.last as string | null) ?? null,
  };
}

/** Every post's time and engagement, oldest first: the activity chart aggregates them by week. */
export async function postActivity(db: Q, presenceId: number) {
  return db
    .selectFrom('posts')
    .select(['published_at', 'likes', 'shares', 'replies', 'quotes'])
    .where('presence_id', '=', presenceId)
    .orderBy('published_at')
    .execute();
}

export async function metricsOf(db: Q, presenceId: number) {
  return db
    .selectFrom('daily_metrics')
    .selectAll()
    .where('presence_id', '=', presenceId)
    .orderBy('day')
    .execute();
}
