// Imports as people start them: files or folders on disk (CLI) or uploads (web), one transaction
// per file, with the file's size and SHA-256 recorded; and what the presence page shows of the data.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { basename } from 'node:path';
import { type Access, scopeFilter } from '../core/access';
import type { Db } from '../core/db';
import { userNames } from '../registry/names';
import { checkDataRead, checkImportTarget } from './access';
import { type FileSummary, type ImportOptions, importRecords } from './pipeline';
import { weekly } from './rules';
import * as store from './store';
import { readInWorker } from './worker-reader';

/** Size and SHA-256 of a file or of every file of a folder (in path order), read as a stream. */
export async function fingerprint(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const walk = async (p: string): Promise<void> => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) await walk(`${p}/${name}`);
      return;
    }
    size += st.size;
    for await (const c of fs.createReadStream(p, { highWaterMark: 1 << 20 })) hash.update(c as Buffer);
  };
  await walk(path);
  return { size, sha256: hash.digest('hex') };
}

/**
 * Imports one file or folder (a ZIP, a folder, a JSON/JS/CSV/XLSX/CAR file). The export is read in
 * a worker thread while this thread writes, and hashed meanwhile: on two cores, parsing and
 * writing a million posts overlap instead of adding up.
 */
/** `access`: who imports; a user limited to some presences names one of theirs (`presenceId`). */
export async function importPath(
  h: Db,
  access: Access,
  path: string,
  options: ImportOptions = {},
): Promise<FileSummary> {
  await checkImportTarget(h, access, options.presenceId);
  const actor = access.actor;
  const hashing = fingerprint(path);
  hashing.catch(() => {});
  const read = await readInWorker(path, options.platform ?? 'auto', options.onProgress);
  try {
    // The hash is needed only for the import's record, written at the end; it runs meanwhile.
    const meta = { size: 0, sha256: '' };
    const summary = await importRecords(
      h,
      actor,
      { file: basename(path), platform: read.platform, batches: read.batches },
      meta,
      {
        ...options,
        finalMeta: () => hashing,
      },
    );
    return summary;
  } finally {
    await read.stop();
  }
}

export async function presencePosts(
  h: Db,
  access: Access,
  presenceId: number,
  options: { limit?: number; before?: string } = {},
) {
  await checkDataRead(h, access, presenceId);
  const rows = await store.postsOf(h.db, presenceId, options);
  return rows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    publishedAt: r.published_at,
    text: r.text,
    language: r.language,
    kind: r.kind,
    url: r.url,
    links: JSON.parse(r.links) as string[],
    media: JSON.parse(r.media) as { type: string; ref: string }[],
    counts: {
      likes: r.likes,
      shares: r.shares,
      replies: r.replies,
      quotes: r.quotes,
      views: r.views,
      saves: r.saves,
      clicks: r.clicks,
    },
  }));
}

/** Posts per week and engagement per post, over the whole history of the presence's data. */
export async function presenceActivity(h: Db, access: Access, presenceId: number) {
  await checkDataRead(h, access, presenceId);
  const days = await h.db
    .selectFrom('posts')
    .select((eb) => [
      eb.fn<string>('substr', [eb.ref('published_at'), eb.val(1), eb.val(10)]).as('day'),
      eb.fn.countAll<number>().as('posts'),
      eb.fn
        .sum<number>(
          eb(
            eb(eb.fn.coalesce('likes', eb.val(0)), '+', eb.fn.coalesce('shares', eb.val(0))),
            '+',
            eb(eb.fn.coalesce('replies', eb.val(0)), '+', eb.fn.coalesce('quotes', eb.val(0))),
          ),
        )
        .as('engagement'),
    ])
    .where('presence_id', '=', presenceId)
    .groupBy('day')
    .orderBy('day')
    .execute();
  const summary = await store.postSummary(h.db, presenceId);
  const metrics = await store.metricsOf(h.db, presenceId);
  return {
    ...summary,
    weeks: weekly(
      days.map((d) => ({ day: d.day, posts: Number(d.posts), engagement: Number(d.engagement ?? 0) })),
    ),
    metrics: metrics.map((m) => ({
      day: m.day,
      audience: m.audience,
      audienceGained: m.audience_gained,
      impressions: m.impressions,
      engagements: m.engagements,
      visits: m.visits,
      videoViews: m.video_views,
    })),
  };
}

/** Past imports: all of them for organisation-wide readers, else those of the user's presences. */
export async function importHistory(h: Db, access: Access) {
  access.require('data.read');
  const rows = await store.listDataImports(h.db, 200, scopeFilter(access.scope('data.read')));
  // Who imported, by name (the row keeps the login).
  const names = await userNames(h.db, [
    ...new Set(rows.flatMap((r) => (r.rolled_back_by ? [r.actor, r.rolled_back_by] : [r.actor]))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    actorName: names.get(r.actor) ?? null,
    fileName: r.file_name,
    size: Number(r.size),
    sha256: r.sha256,
    platform: r.platform,
    presence: r.presence_id
      ? { id: r.presence_id, platform: r.presence_platform, handle: r.presence_handle }
      : null,
    presenceCreated: r.presence_created === 1,
    posts: r.posts,
    added: r.added,
    updated: r.updated,
    interactions: r.interactions,
    metrics: r.metrics,
    unknownFields: JSON.parse(r.unknown_fields) as { where: string; count: number }[],
    durationMs: r.duration_ms,
    /** Days of metrics already stored that it filled in (null: not counted, before migration 011). */
    metricsReplaced: r.metrics_replaced ?? null,
    rolledBackAt: r.rolled_back_at ?? null,
    rolledBackBy: r.rolled_back_by ?? null,
    rolledBackByName: r.rolled_back_by ? (names.get(r.rolled_back_by) ?? null) : null,
  }));
}
