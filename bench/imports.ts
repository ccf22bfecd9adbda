// `npm run bench:import`: a synthetic X archive of 1,000,000 posts (issue 3), imported on SQLite and
// PostgreSQL, next to the floor measured in the same run: the same rows (the posts and the
// interactions they reveal) bulk-inserted with one prepared statement per table in one transaction,
// no parsing. Target: at least half the floor's speed, peak RSS under 400 MB.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, migrate } from '../src/core/db';
import {
  batchRecords,
  INTERACTION_STRINGS,
  POST_COUNTS,
  POST_STRINGS,
  type RecordBatch,
} from '../src/imports/batches';
import { ALL_READERS } from '../src/imports/readers/all';
import { detectReader } from '../src/imports/readers/index';
import { openSource } from '../src/imports/source';
import type { BenchRow } from './inventory';
import { freshBenchDatabase } from './postgres';
import { writeXArchive } from './x-archive';

const POSTS = Number(process.env.VIGIE_BENCH_POSTS ?? 1_000_000);

function child(url: string, dir: string): { ms: number; posts: number; added: number; maxRssMb: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'import-child.ts'), url, dir],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * The rows the import stores, read from the archive before the clock starts: the floor inserts
 * exactly these (posts with their own texts, links and counts, and the interactions they reveal).
 */
async function rowsOf(archive: string): Promise<RecordBatch[]> {
  const source = await openSource(archive);
  try {
    const reader = await detectReader(source, ALL_READERS, 'x');
    const out: RecordBatch[] = [];
    for await (const b of batchRecords(reader.read(source), () => 0, 5000)) out.push(b);
    return out;
  } finally {
    await source.close();
  }
}

/** The floor: the same rows, one prepared INSERT per table, one transaction, rows already in memory. */
async function floor(file: string, batches: RecordBatch[]): Promise<number> {
  const h = createDb(`sqlite:${file}`);
  await migrate(h);
  const db = h.sqlite!;
  db.prepare(
    "INSERT INTO presences (platform, handle, handle_key, url, status, languages, mfa, recovery_contact, tags, created_at, updated_at) VALUES ('x','b','b','https://x.com/b','active','[]','unknown','unknown','[]','','')",
  ).run();
  db.prepare(
    "INSERT INTO data_imports (at, actor, file_name, size, sha256, platform, presence_created, posts, added, updated, interactions, metrics, unknown_fields, duration_ms) VALUES ('', 'bench', 'x', 0, '', 'x', 0, 0, 0, 0, 0, 0, '[]', 0)",
  ).run();
  const post = db.prepare(
    'INSERT INTO posts (presence_id, external_id, published_at, text, language, kind, url, links, media, likes, shares, replies, quotes, views, saves, clicks, import_id) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)',
  );
  const interaction = db.prepare(
    'INSERT INTO interactions (presence_id, post_external_id, kind, at, other_platform, other_key, other_handle, other_name, import_id) VALUES (1,?,?,?,?,?,?,?,1)',
  );
  const n = (v: number) => (Number.isNaN(v) ? null : v);
  const t0 = performance.now();
  db.transaction(() => {
    for (const b of batches) {
      const s = b.postStrings;
      const c = b.postCounts;
      for (let o = 0, k = 0; o < s.length; o += POST_STRINGS, k += POST_COUNTS)
        post.run(
          s[o],
          s[o + 1],
          s[o + 2],
          s[o + 3],
          s[o + 4],
          s[o + 5],
          s[o + 6],
          s[o + 7],
          n(c[k]!),
          n(c[k + 1]!),
          n(c[k + 2]!),
          n(c[k + 3]!),
          n(c[k + 4]!),
          n(c[k + 5]!),
          n(c[k + 6]!),
        );
      const i = b.interactions;
      for (let o = 0; o < i.length; o += INTERACTION_STRINGS)
        interaction.run(i[o], i[o + 1], i[o + 2], i[o + 3], i[o + 4], i[o + 5], i[o + 6]);
    }
  })();
  const ms = performance.now() - t0;
  await h.close();
  return ms;
}

export async function benchImports(pgUrl?: string): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-x-'));
  try {
    const archive = path.join(dir, 'archive');
    const bytes = await writeXArchive(archive, POSTS);
    let batches: RecordBatch[] | null = await rowsOf(archive);
    const floorMs = await floor(path.join(dir, 'floor.db'), batches);
    batches = null; // the import runs in another process; this one lets the rows go
    const floorRate = POSTS / (floorMs / 1000);
    const rows: BenchRow[] = [];
    const sqlite = child(`sqlite:${path.join(dir, 'import.db')}`, archive);
    const rate = sqlite.posts / (sqlite.ms / 1000);
    rows.push({
      name: `X archive import, ${POSTS.toLocaleString('en')} posts (${(bytes / 1e6).toFixed(0)} MB), SQLite`,
      figure: `${Math.round(rate).toLocaleString('en')} posts/s, peak RSS ${sqlite.maxRssMb.toFixed(0)} MB`,
      baseline: `${Math.round(floorRate).toLocaleString('en')} posts/s (the same posts and interactions, prepared INSERTs, no parsing)`,
      ratio: `${((rate / floorRate) * 100).toFixed(0)}% of floor`,
      target: '≥ 50% of floor, RSS < 400 MB',
      ok: rate >= floorRate / 2 && sqlite.maxRssMb < 400,
    });
    if (pgUrl) {
      const p = child(await freshBenchDatabase(pgUrl, 'vigie_bench_import'), archive);
      const prate = p.posts / (p.ms / 1000);
      rows.push({
        name: `X archive import, ${POSTS.toLocaleString('en')} posts, PostgreSQL`,
        figure: `${Math.round(prate).toLocaleString('en')} posts/s, peak RSS ${p.maxRssMb.toFixed(0)} MB`,
        baseline: `${Math.round(floorRate).toLocaleString('en')} posts/s (SQLite floor)`,
        ratio: `${((prate / floorRate) * 100).toFixed(0)}% of floor`,
        target: 'reported (no target)',
        ok: true,
      });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
