// One export file into the database: detect its format, find (or create) the presence it belongs to,
// stream its records into posts, metrics and interactions in batches, all in ONE transaction (all or
// nothing), idempotently (posts are keyed by the platform's own id), and record the import.
import { nowIso, today } from '../core/clock';
import type { Db } from '../core/db';
import { Invalid, NotFound } from '../core/errors';
import { fill } from '../core/i18n';
import { appendChanges, lockChangeLog } from '../core/log';
import { getPresenceRow, insertChanges, insertPresences, type Q, versionedUpdate } from '../registry/store';
import { resolveProfile } from '../registry/urls/resolve';
import {
  batchRecords,
  INTERACTION_STRINGS,
  latestPublished,
  postCount,
  type RecordBatch,
  unpackPost,
} from './batches';
import type { ExportAccount, ExportPlatform, ExportSource, UnknownField } from './model';
import { pipelineMessages as M } from './pipeline-messages';
import { ALL_READERS } from './readers/all';
import { detectReader } from './readers/index';
import * as store from './store';

export interface ImportOptions {
  platform?: ExportPlatform | 'auto';
  /** The presence the export belongs to, when the export does not say (generic CSV) or to force it. */
  presenceId?: number;
  dryRun?: boolean;
  /** Bytes read so far of the entry being read, and its size. */
  onProgress?: (read: number) => void;
  /** Size and SHA-256 of the file, when they are computed while the import runs. */
  finalMeta?: () => Promise<{ size: number; sha256: string }>;
}

export interface FileSummary {
  file: string;
  size: number;
  sha256: string;
  platform: ExportPlatform;
  presence: { id: number; platform: string; handle: string | null; created: boolean } | null;
  posts: number;
  added: number;
  updated: number;
  interactions: number;
  metrics: number;
  unknownFields: UnknownField[];
  importId: number | null;
  dryRun: boolean;
  durationMs: number;
}

/**
 * Posts (or interactions) written at once. PostgreSQL's bulk write has a fixed cost per batch
 * (a COPY, a move, an emptied staging table: a few milliseconds), so it takes larger ones.
 */
const BATCH = { sqlite: 2000, postgres: 5000 } as const;

class DryRunDone extends Error {}

const en = (code: keyof typeof M, params: Record<string, string | number> = {}) => fill(M[code].en, params);

export async function importSource(
  h: Db,
  actor: string,
  source: ExportSource,
  meta: { size: number; sha256: string },
  options: ImportOptions = {},
): Promise<FileSummary> {
  const reader = await detectReader(source, ALL_READERS, options.platform ?? 'auto');
  let read = 0;
  const records = reader.read(source, {
    onBytes: (n) => {
      read = n;
      options.onProgress?.(n);
    },
  });
  const batches = batchRecords(records, () => read);
  return importRecords(h, actor, { file: source.name, platform: reader.platform, batches }, meta, options);
}

/** The records of one export, already detected and batched, into the database (see the file's header). */
export async function importRecords(
  h: Db,
  actor: string,
  input: { file: string; platform: ExportPlatform; batches: AsyncIterable<RecordBatch> },
  meta: { size: number; sha256: string },
  options: ImportOptions = {},
): Promise<FileSummary> {
  const started = performance.now();
  const summary: FileSummary = {
    file: input.file,
    size: meta.size,
    sha256: meta.sha256,
    platform: input.platform,
    presence: null,
    posts: 0,
    added: 0,
    updated: 0,
    interactions: 0,
    metrics: 0,
    unknownFields: [],
    importId: null,
    dryRun: Boolean(options.dryRun),
    durationMs: 0,
  };
  const at = nowIso();
  const batchSize = BATCH[h.dialect];
  try {
    await h.db.transaction().execute(async (trx) => {
      const importId = await store.insertDataImport(trx, {
        at,
        actor,
        file_name: input.file,
        size: meta.size,
        sha256: meta.sha256,
        platform: input.platform,
        presence_id: null,
        presence_created: 0,
        posts: 0,
        added: 0,
        updated: 0,
        interactions: 0,
        metrics: 0,
        unknown_fields: '[]',
        duration_ms: 0,
      });
      const batch = `data-import:${importId}`;
      let presenceId: number | null = null;
      let account: ExportAccount | null = null;
      let lastPost: string | null = null;
      let latestMetricAudience: { day: string; audience: number } | null = null;
      // Posts and interactions stay packed as the reader sent them (no object per row) until stored.
      let posts: RecordBatch[] = [];
      let postsPending = 0;
      let interactions: RecordBatch[] = [];
      let interactionsPending = 0;
      let metrics: Parameters<typeof store.upsertMetrics>[1] = [];
      // Days of metrics already stored that this import fills in: recorded, for its rollback.
      let metricsReplaced = 0;
      const unknown = new Map<string, number>();

      const ensurePresence = async (): Promise<number> => {
        if (presenceId !== null) return presenceId;
        const found = await findOrCreatePresence(
          trx,
          actor,
          batch,
          account,
          input.platform,
          options.presenceId,
          input.file,
        );
        presenceId = found.id;
        summary.presence = found;
        return presenceId;
      };
      // Writes run one at a time on the transaction's connection, while the next batches are read:
      // PostgreSQL stores a batch as the reader parses the next, instead of each waiting in turn.
      let writing: Promise<void> = Promise.resolve();
      const inTurn = async (job: () => Promise<void>) => {
        await writing;
        writing = job();
        writing.catch(() => {}); // its error is thrown where it is awaited: next write, or the end
      };
      // A presence with no posts before this import needs no comparison: every post is new, and the
      // database's unique key drops the ones the file repeats. Otherwise counts are compared.
      let hadPosts: boolean | null = null;
      const writePosts = async (batches: RecordBatch[]) => {
        const pid = await ensurePresence();
        hadPosts ??= await store.hasPosts(trx, pid);
        if (!hadPosts) {
          summary.added += await store.insertPackedPosts(h, trx, batches, pid, importId);
          return;
        }
        const rows: store.PostRow[] = [];
        for (const b of batches)
          for (let k = 0; k < postCount(b); k++) rows.push(unpackPost(b, k, pid, importId));
        const existing = await store.existingCounts(
          trx,
          pid,
          rows.map((p) => p.external_id),
        );
        const fresh: store.PostRow[] = [];
        const changed: store.PostRow[] = [];
        const seen = new Set<string>();
        for (const p of rows) {
          if (seen.has(p.external_id)) continue;
          seen.add(p.external_id);
          const before = existing.get(p.external_id);
          if (!before) fresh.push(p);
          else if (!store.sameCounts(before, p)) changed.push(p);
        }
        summary.added += await store.insertPosts(h, trx, fresh);
        await store.updateCounts(h, trx, changed);
        summary.updated += changed.length;
      };
      const flushPosts = async () => {
        if (!posts.length) return;
        const batches = posts;
        posts = [];
        postsPending = 0;
        await inTurn(() => writePosts(batches));
      };
      const flushOthers = async () => {
        if (!interactions.length && !metrics.length) return;
        const batch = { interactions, metrics };
        interactions = [];
        interactionsPending = 0;
        metrics = [];
        await inTurn(async () => {
          const pid = await ensurePresence();
          for (const m of batch.metrics) m.presence_id = pid;
          if (batch.metrics.length)
            metricsReplaced += await store.storedMetricDays(
              trx,
              pid,
              batch.metrics.map((m) => m.day),
              importId,
            );
          await store.insertPackedInteractions(h, trx, batch.interactions, pid, importId);
          await store.upsertMetrics(trx, batch.metrics, h);
        });
      };

      try {
        for await (const b of input.batches) {
          for (const r of b.others) {
            switch (r.type) {
              case 'account':
                if (!account) account = r.account;
                break;
              case 'metric': {
                const m = r.metric;
                summary.metrics++;
                if (m.audience !== undefined && (!latestMetricAudience || m.day > latestMetricAudience.day)) {
                  latestMetricAudience = { day: m.day, audience: m.audience };
                }
                metrics.push({
                  presence_id: 0,
                  day: m.day,
                  audience: m.audience ?? null,
                  audience_gained: m.audienceGained ?? null,
                  impressions: m.impressions ?? null,
                  engagements: m.engagements ?? null,
                  visits: m.visits ?? null,
                  video_views: m.videoViews ?? null,
                  import_id: importId,
                });
                break;
              }
              case 'unknown':
                unknown.set(r.field.where, (unknown.get(r.field.where) ?? 0) + r.field.count);
                break;
              default:
                // posts and interactions come packed (below)
                break;
            }
          }
          const n = postCount(b);
          summary.posts += n;
          if (n) {
            const last = latestPublished(b);
            if (!lastPost || last > lastPost) lastPost = last;
            posts.push(b);
            postsPending += n;
          }
          summary.interactions += b.interactionsRead;
          if (b.interactions.length) {
            interactions.push(b);
            interactionsPending += b.interactions.length / INTERACTION_STRINGS;
          }
          if (postsPending >= batchSize) await flushPosts();
          if (interactionsPending >= batchSize || metrics.length >= batchSize) await flushOthers();
        }
        await flushPosts();
        await flushOthers();
        await writing;
      } catch (e) {
        // The transaction must not end (roll back, free its connection) under a running write.
        await writing.catch(() => {});
        throw e;
      }
      const pid = await ensurePresence();
      await refreshPresence(trx, actor, batch, pid, {
        lastActivityOn: lastPost?.slice(0, 10) ?? null,
        bio: account?.bio ? clipBio(account.bio) : null,
        audience:
          account?.audience !== undefined
            ? { value: account.audience, on: account.audienceOn ?? today() }
            : latestMetricAudience
              ? { value: latestMetricAudience.audience, on: latestMetricAudience.day }
              : null,
      });
      summary.unknownFields = [...unknown.entries()].map(([where, count]) => ({ where, count }));
      if (options.finalMeta) Object.assign(summary, await options.finalMeta());
      summary.durationMs = Math.round(performance.now() - started);
      await store.finishDataImport(trx, importId, {
        presence_id: pid,
        presence_created: summary.presence?.created ? 1 : 0,
        posts: summary.posts,
        added: summary.added,
        updated: summary.updated,
        interactions: summary.interactions,
        metrics: summary.metrics,
        unknown_fields: JSON.stringify(summary.unknownFields),
        metrics_replaced: metricsReplaced,
        size: summary.size,
        sha256: summary.sha256,
        duration_ms: summary.durationMs,
      });
      // The import on the change log, in its transaction (a dry run rolls it back with the rest).
      await appendChanges(trx, [
        {
          at,
          actor,
          entity: 'data_import',
          entity_id: importId,
          action: 'create',
          diff: {
            file: [null, input.file],
            platform: [null, input.platform],
            presence: [null, pid],
            size: [null, summary.size],
            sha256: [null, summary.sha256],
            posts: [null, summary.posts],
            added: [null, summary.added],
            updated: [null, summary.updated],
            interactions: [null, summary.interactions],
            metrics: [null, summary.metrics],
          },
          batch,
          reason: null,
        },
      ]);
      summary.importId = importId;
      if (options.dryRun) throw new DryRunDone();
    });
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
    summary.importId = null;
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

/** The presence an export belongs to: named by the person, else found from the export's account, else created. */
async function findOrCreatePresence(
  db: Q,
  actor: string,
  batch: string,
  account: ExportAccount | null,
  platform: ExportPlatform,
  presenceId: number | undefined,
  file: string,
): Promise<{ id: number; platform: string; handle: string | null; created: boolean }> {
  if (presenceId !== undefined) {
    const row = await getPresenceRow(db, presenceId);
    if (!row)
      throw new NotFound('imports.presence_not_found', en('imports.presence_not_found', { id: presenceId }), {
        id: presenceId,
      });
    if (account && account.platform !== row.platform && platform !== 'csv') {
      const params = { file, platform: account.platform, id: presenceId, presencePlatform: row.platform };
      throw new Invalid(
        'imports.presence_platform_mismatch',
        en('imports.presence_platform_mismatch', params),
        params,
      );
    }
    return { id: row.id, platform: row.platform, handle: row.handle, created: false };
  }
  const ident = account?.url ?? account?.handle;
  const resolved = ident ? resolveProfile(ident, account?.platform) : null;
  if (!account || !resolved || resolved.kind !== 'profile') {
    const params = { file };
    throw new Invalid('imports.presence_unknown', en('imports.presence_unknown', params), params, [
      { file, code: 'imports.presence_unknown', params, message: en('imports.presence_unknown', params) },
    ]);
  }
  const find = () =>
    db
      .selectFrom('presences')
      .select(['id', 'platform', 'handle'])
      .where('platform', '=', resolved.platform)
      .where('handle_key', '=', resolved.key)
      .executeTakeFirst();
  const existing = await find();
  if (existing) return { ...existing, created: false };
  // The log's lock before the new row (one lock order for every registry writer; see lockChangeLog),
  // then a second look: an inventory import may have registered it while this one waited.
  await lockChangeLog(db);
  const registered = await find();
  if (registered) return { ...registered, created: false };
  const at = nowIso();
  const [id] = await insertPresences(
    db,
    [
      {
        platform: resolved.platform,
        handle: resolved.handle,
        handle_key: resolved.key,
        url: resolved.url,
        name: account.name ?? null,
        unit_id: null,
        owner_id: null,
        deputy_id: null,
        custodian_id: null,
        objective: null,
        status: 'active',
        languages: '[]',
        audience: null,
        audience_on: null,
        created_on: account.createdOn ?? null,
        last_activity_on: null,
        mfa: 'unknown',
        recovery_contact: 'unknown',
        tags: '[]',
        notes: null,
        bio: account.bio ? clipBio(account.bio) : null,
      },
    ],
    at,
  );
  await insertChanges(db, [
    {
      at,
      actor,
      entity: 'presence',
      entity_id: id!,
      action: 'create',
      diff: {
        platform: [null, resolved.platform],
        handle: [null, resolved.handle],
        url: [null, resolved.url],
        name: [null, account.name ?? null],
        status: [null, 'active'],
        ...(account.bio ? { bio: [null, clipBio(account.bio)] } : {}),
      },
      batch,
      reason: en('imports.presence_created_reason', { file }),
    },
  ]);
  return { id: id!, platform: resolved.platform, handle: resolved.handle, created: true };
}

/** The registry keeps bios up to 1,000 characters (presencePatchSchema); platforms allow far less. */
const MAX_BIO = 1000;
/** Cut to MAX_BIO UTF-16 units (what the schema counts), never inside a surrogate pair. */
function clipBio(bio: string): string {
  if (bio.length <= MAX_BIO) return bio;
  const cut = bio.slice(0, MAX_BIO);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Last activity and audience follow the data, when the data is newer than what the registry knows;
 * the bio follows the export's, when it has one (an export without one says nothing of it).
 */
async function refreshPresence(
  db: Q,
  actor: string,
  batch: string,
  id: number,
  facts: {
    lastActivityOn: string | null;
    bio: string | null;
    audience: { value: number; on: string } | null;
  },
): Promise<void> {
  const row = await getPresenceRow(db, id);
  if (!row) return;
  const set: { last_activity_on?: string; audience?: number; audience_on?: string; bio?: string } = {};
  const diff: Record<string, [unknown, unknown]> = {};
  if (facts.bio !== null && facts.bio !== row.bio) {
    set.bio = facts.bio;
    diff.bio = [row.bio, facts.bio];
  }
  if (facts.lastActivityOn && (!row.last_activity_on || facts.lastActivityOn > row.last_activity_on)) {
    set.last_activity_on = facts.lastActivityOn;
    diff.lastActivityOn = [row.last_activity_on, facts.lastActivityOn];
  }
  const a = facts.audience;
  if (
    a &&
    (!row.audience_on || a.on >= row.audience_on) &&
    (a.value !== row.audience || a.on !== row.audience_on)
  ) {
    set.audience = a.value;
    set.audience_on = a.on;
    if (a.value !== row.audience) diff.audience = [row.audience, a.value];
    diff.audienceOn = [row.audience_on, a.on];
  }
  if (!Object.keys(set).length) return;
  const at = nowIso();
  // The log first (its lock before the presence's row: one lock order for every registry writer),
  // then the row, whose version goes up with this one entry of its history.
  await insertChanges(db, [
    { at, actor, entity: 'presence', entity_id: id, action: 'update', diff, batch, reason: null },
  ]);
  await versionedUpdate(db, 'presences', id, { ...set, updated_at: at });
}
