// `npm run bench:audit`: an audit of 10,000 presences with 10,000,000 posts on SQLite (issue 4's
// target: under 10 seconds), next to a baseline query measured in the same run on the same database
// that only counts the posts of each presence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { AuditService } from '../src/audit/service';
import { operatorAccess } from '../src/core/access';
import { createDb, migrate } from '../src/core/db';
import type { BenchRow } from './inventory';

const PRESENCES = Number(process.env.VIGIE_BENCH_PRESENCES ?? 10_000);
const POSTS = Number(process.env.VIGIE_BENCH_AUDIT_POSTS ?? 10_000_000);
const AS_OF = '2026-11-01';
const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'mastodon', 'bluesky'];
const STATUSES = ['active', 'active', 'active', 'active', 'dormant', 'dormant', 'abandoned', 'discovered'];

/** A deterministic pseudo-random sequence (the same database every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Fills the database straight with prepared statements: units, people, presences, posts, metrics. */
function fill(file: string): void {
  const h = createDb(`sqlite:${file}`);
  const db = h.sqlite!;
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const at = '2026-11-01T00:00:00.000Z';
  const r = rng(42);
  db.transaction(() => {
    const unit = db.prepare(
      "INSERT INTO units (parent_id, name, name_key, kind, country, created_at, updated_at) VALUES (?, ?, ?, ?, 'FR', ?, ?)",
    );
    unit.run(null, 'Hub', 'hub', 'hub', at, at);
    for (let u = 2; u <= 40; u++) unit.run(1, `Unit ${u}`, `unit ${u}`, 'business_unit', at, at);
    const person = db.prepare(
      'INSERT INTO people (name, name_key, email, unit_id, job_title, status, left_on, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)',
    );
    for (let p = 1; p <= 2000; p++) {
      const left = r() < 0.15;
      person.run(
        `Person ${p}`,
        `person ${p}`,
        `p${p}@bench.example`,
        1 + (p % 40),
        left ? 'left' : 'active',
        left ? '2024-01-01' : null,
        at,
        at,
      );
    }
    const presence = db.prepare(
      "INSERT INTO presences (platform, handle, handle_key, url, name, unit_id, owner_id, deputy_id, custodian_id, objective, status, languages, audience, audience_on, created_on, last_activity_on, mfa, recovery_contact, tags, notes, bio, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, '2015-01-01', NULL, ?, ?, '[]', NULL, ?, ?, ?)",
    );
    for (let i = 1; i <= PRESENCES; i++) {
      const platform = PLATFORMS[i % PLATFORMS.length]!;
      const handle = `bench${i}`;
      presence.run(
        platform,
        handle,
        handle,
        `https://${platform}.example/${handle}`,
        r() < 0.8 ? `Bench ${i}` : `Old brand ${i}`,
        1 + (i % 40),
        r() < 0.8 ? 1 + Math.floor(r() * 2000) : null,
        r() < 0.6 ? 1 + Math.floor(r() * 2000) : null,
        r() < 0.5 ? 'Notoriété' : null,
        STATUSES[i % STATUSES.length],
        r() < 0.8 ? '["fr"]' : '["en"]',
        Math.floor(r() * 50_000),
        '2026-10-01',
        ['on', 'off', 'unknown'][Math.floor(r() * 3)],
        ['corporate', 'personal', 'unknown'][Math.floor(r() * 3)],
        r() < 0.7 ? 'Le compte officiel — bench.example' : 'Compte officiel',
        at,
        at,
      );
    }
    db.prepare(
      "INSERT INTO data_imports (at, actor, file_name, size, sha256, platform, presence_created, posts, added, updated, interactions, metrics, unknown_fields, duration_ms) VALUES (?, 'bench', 'bench', 0, '', 'csv', 0, 0, 0, 0, 0, 0, '[]', 0)",
    ).run(at);
  })();
  // Posts: presence by presence, each over its own active years (dormant and abandoned ones stop early).
  const post = db.prepare(
    "INSERT INTO posts (presence_id, external_id, published_at, text, language, kind, url, links, media, likes, shares, replies, quotes, views, saves, clicks, import_id) VALUES (?, ?, ?, 'Post', 'fr', ?, NULL, '[]', '[]', ?, ?, ?, NULL, NULL, NULL, NULL, 1)",
  );
  const metric = db.prepare(
    'INSERT INTO daily_metrics (presence_id, day, audience, audience_gained, impressions, engagements, visits, video_views, import_id) VALUES (?, ?, ?, NULL, NULL, NULL, NULL, NULL, 1)',
  );
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: ' {bar} {percentage}% filling the benchmark database ({value} posts)',
        hideCursor: true,
      })
    : null;
  bar?.start(POSTS, 0);
  const end = Date.parse(`${AS_OF}T12:00:00Z`);
  const perPresence = Math.floor(POSTS / PRESENCES);
  let written = 0;
  const chunk = 200;
  for (let first = 1; first <= PRESENCES; first += chunk) {
    db.transaction(() => {
      for (let p = first; p < first + chunk && p <= PRESENCES; p++) {
        const status = STATUSES[p % STATUSES.length];
        const stop =
          status === 'dormant' ? 200 : status === 'abandoned' ? 800 : status === 'discovered' ? 30 : 0;
        const last = end - stop * 86_400_000;
        const span = 3 * 365 * 86_400_000;
        const n = p === PRESENCES ? POSTS - written : perPresence;
        for (let k = 0; k < n; k++) {
          const t = last - Math.floor((k / n) * span);
          post.run(
            p,
            String(k),
            new Date(t).toISOString(),
            k % 9 === 0 ? 'reply' : 'original',
            (k * 7 + p) % 50,
            (k + p) % 7,
            k % 5,
          );
        }
        written += n;
        let audience = 1000 + (p % 5000);
        for (let w = 13; w >= 0; w--) {
          const day = new Date(end - w * 7 * 86_400_000).toISOString().slice(0, 10);
          audience += (p % 3) - 1;
          metric.run(p, day, audience);
        }
      }
    })();
    bar?.update(written);
  }
  bar?.stop();
  db.pragma('journal_mode = WAL');
  db.exec('ANALYZE');
  db.close();
}

export async function benchAudit(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-audit-'));
  try {
    const file = path.join(dir, 'audit.db');
    const h0 = createDb(`sqlite:${file}`);
    await migrate(h0);
    await h0.close();
    fill(file);

    const h = createDb(`sqlite:${file}`);
    const t0 = performance.now();
    const counted = h
      .sqlite!.prepare('SELECT presence_id, count(*) AS n FROM posts GROUP BY presence_id')
      .all();
    const baselineMs = performance.now() - t0;
    if (counted.length !== PRESENCES) throw new Error(`expected ${PRESENCES} presences with posts`);

    const t1 = performance.now();
    const summary = await new AuditService(h).run(operatorAccess('bench'), { unitId: null, asOf: AS_OF });
    const ms = performance.now() - t1;
    await h.close();
    if (summary.presences !== PRESENCES) throw new Error(`audited ${summary.presences} presences`);
    return [
      {
        name: `Audit of ${PRESENCES.toLocaleString('en')} presences, ${POSTS.toLocaleString('en')} posts, SQLite`,
        figure: `${(ms / 1000).toFixed(2)} s`,
        baseline: `${(baselineMs / 1000).toFixed(2)} s (count posts per presence)`,
        ratio: `${(ms / baselineMs).toFixed(1)}× baseline`,
        target: '< 10 s',
        ok: ms < 10_000,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
