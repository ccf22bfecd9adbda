// `npm run bench:log`: `vigie log verify` over 1,000,000 change-log entries on SQLite and PostgreSQL
// (Vigie's own target, issue 5 names none: under 30 seconds, so a nightly check of years of changes
// stays cheap), next to a baseline measured in the same run on the same database: reading every
// entry with one query and hashing each with SHA-256, with no chain to follow and no head to compare.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { sql } from 'kysely';
import { createDb, type Db, migrate } from '../src/core/db';
import { appendChanges, type ChainedRow, type ChangeValues } from '../src/core/log';
import { verifyLog } from '../src/trust/log/verify';
import type { BenchRow } from './inventory';
import { freshBenchDatabase } from './postgres';

const ENTRIES = Number(process.env.VIGIE_BENCH_LOG_ENTRIES ?? 1_000_000);
const TARGET_S = 30;
const ACTIONS = ['create', 'update', 'update', 'update', 'delete', 'sign_in', 'reveal'];

/** The i-th entry: realistic sizes (a few fields before → after, sometimes a reason). */
function entry(i: number): ChangeValues {
  return {
    at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    actor: `person${i % 300}@ombreval.example`,
    entity: i % 5 === 0 ? 'person' : 'presence',
    entity_id: 1 + (i % 20_000),
    action: ACTIONS[i % ACTIONS.length]!,
    diff: { status: ['active', 'dormant'], notes: [null, `Revue n° ${i}`] },
    batch: i % 50 === 0 ? `import-${i}` : null,
    reason: i % 7 === 0 ? 'Revue trimestrielle des comptes' : null,
  };
}

/** Writes the chain as Vigie does (appendChanges), in transactions of a few thousand entries. */
async function fill(h: Db, bar: SingleBar): Promise<void> {
  const CHUNK = 5_000;
  for (let i = 0; i < ENTRIES; i += CHUNK) {
    const chunk: ChangeValues[] = [];
    for (let j = i; j < Math.min(ENTRIES, i + CHUNK); j++) chunk.push(entry(j));
    await appendChanges(h.db, chunk);
    bar.update(Math.min(ENTRIES, i + CHUNK));
  }
}

/** The floor: one query over every entry, each hashed once. */
async function baseline(h: Db): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  const hashOf = (r: ChainedRow) =>
    createHash('sha256')
      .update(JSON.stringify([r.at, r.actor, r.entity, r.entity_id, r.action, r.diff, r.batch, r.reason]))
      .digest('hex');
  if (h.sqlite) {
    const stmt = h.sqlite.prepare(
      'SELECT at, actor, entity, entity_id, action, diff, batch, reason FROM changes ORDER BY id',
    );
    for (const r of stmt.iterate() as Iterable<ChainedRow>) {
      hashOf(r);
      n++;
    }
  } else {
    const { rows } =
      await sql<ChainedRow>`SELECT at, actor, entity, entity_id, action, diff, batch, reason FROM changes ORDER BY id`.execute(
        h.db,
      );
    for (const r of rows) hashOf(r);
    n = rows.length;
  }
  if (n !== ENTRIES) throw new Error(`baseline read ${n} entries, expected ${ENTRIES}`);
  return (performance.now() - t0) / 1000;
}

async function benchOne(label: string, url: string): Promise<BenchRow> {
  const h = createDb(url);
  await migrate(h);
  const bar = new SingleBar({
    format: `  ${label}: writing the chain {bar} {value}/{total}`,
    hideCursor: true,
  });
  bar.start(ENTRIES, 0);
  await fill(h, bar);
  bar.stop();
  const base = await baseline(h);
  const vbar = new SingleBar({
    format: `  ${label}: vigie log verify {bar} {value}/{total}`,
    hideCursor: true,
  });
  vbar.start(ENTRIES, 0);
  const t0 = performance.now();
  const report = await verifyLog(h.db, (checked, total) => {
    vbar.setTotal(total);
    vbar.update(checked);
  });
  const seconds = (performance.now() - t0) / 1000;
  vbar.stop();
  await h.close();
  if (!report.ok || report.checked !== ENTRIES)
    throw new Error(`the chain did not verify: ${JSON.stringify(report.broken)} after ${report.checked}`);
  const n = ENTRIES.toLocaleString('en');
  return {
    name: `log verify, ${n} entries (${label})`,
    figure: `${seconds.toFixed(2)} s (${Math.round(ENTRIES / seconds).toLocaleString('en')}/s)`,
    baseline: `${base.toFixed(2)} s read + hash`,
    ratio: `${(seconds / base).toFixed(2)}×`,
    target: `< ${TARGET_S} s`,
    ok: seconds < TARGET_S,
  };
}

export async function benchLog(postgresUrl?: string): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-log-'));
  try {
    const rows = [await benchOne('SQLite', `sqlite:${path.join(dir, 'log.db')}`)];
    if (postgresUrl)
      rows.push(await benchOne('PostgreSQL', await freshBenchDatabase(postgresUrl, 'vigie_bench_log')));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
