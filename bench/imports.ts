// `npm run bench:import`: a synthetic X archive of 1,000,000 posts (issue 3), imported on SQLite and
// PostgreSQL, next to the floor measured in the same run: the same rows bulk-inserted into the posts
// table with one prepared statement in one transaction, no parsing. Target: at least half the
// floor's speed, peak RSS under 400 MB.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, migrate } from '../src/core/db';
import type { BenchRow } from './inventory';
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

/** The floor: the posts table, one prepared INSERT, one transaction, rows already in memory. */
async function floor(file: string, n: number): Promise<number> {
  const h = createDb(`sqlite:${file}`);
  await migrate(h);
  const db = h.sqlite!;
  db.prepare(
    "INSERT INTO presences (platform, handle, handle_key, url, status, languages, mfa, recovery_contact, tags, created_at, updated_at) VALUES ('x','b','b','https://x.com/b','active','[]','unknown','unknown','[]','','')",
  ).run();
  const stmt = db.prepare(
    'INSERT INTO posts (presence_id, external_id, published_at, text, language, kind, url, links, media, likes, shares, replies, quotes, views, saves, clicks, import_id) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)',
  );
  const text =
    "Ombreval vous informe : nouvelle étape du projet, plus d'informations sur notre site. #énergie";
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      stmt.run(
        String(1e15 + i),
        '2012-01-01T00:00:00.000Z',
        text,
        'fr',
        'original',
        null,
        '[]',
        '[]',
        i % 97,
        i % 13,
        null,
        null,
        null,
        null,
        null,
      );
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
    const floorMs = await floor(path.join(dir, 'floor.db'), POSTS);
    const floorRate = POSTS / (floorMs / 1000);
    const rows: BenchRow[] = [];
    const sqlite = child(`sqlite:${path.join(dir, 'import.db')}`, archive);
    const rate = sqlite.posts / (sqlite.ms / 1000);
    rows.push({
      name: `X archive import, ${POSTS.toLocaleString('en')} posts (${(bytes / 1e6).toFixed(0)} MB), SQLite`,
      figure: `${Math.round(rate).toLocaleString('en')} posts/s, peak RSS ${sqlite.maxRssMb.toFixed(0)} MB`,
      baseline: `${Math.round(floorRate).toLocaleString('en')} posts/s (prepared INSERT, no parsing)`,
      ratio: `${((rate / floorRate) * 100).toFixed(0)}% of floor`,
      target: '≥ 50% of floor, RSS < 400 MB',
      ok: rate >= floorRate / 2 && sqlite.maxRssMb < 400,
    });
    if (pgUrl) {
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS vigie_bench_import');
      await admin.query('CREATE DATABASE vigie_bench_import');
      await admin.end();
      const u = new URL(pgUrl);
      u.pathname = '/vigie_bench_import';
      const p = child(u.toString(), archive);
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
