// Inventory import of a messy 2,000-row file (issue 2's target: under 2 seconds on SQLite), next to
// a baseline measured in the same run: the same number of presence rows bulk-inserted with one
// prepared statement in one transaction, with no parsing, no matching and no history.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { createDb, migrate } from '../src/core/db';
import { messyInventoryCsv } from '../src/registry/inventory/messy';
import { importInventory } from '../src/registry/inventory/service';
import { freshBenchDatabase } from './postgres';

export interface BenchRow {
  name: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  ok: boolean;
}

const ROWS = 2000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function importOnce(url: string, bytes: Uint8Array): Promise<number> {
  const h = createDb(url);
  await migrate(h);
  const t0 = performance.now();
  const r = await importInventory(h, 'bench', { name: 'messy.csv', bytes }, { skipInvalid: true });
  const ms = performance.now() - t0;
  await h.close();
  if (r.rows !== ROWS) throw new Error(`expected ${ROWS} rows, read ${r.rows}`);
  return ms;
}

function baselineOnce(file: string, rows: number): number {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.exec(
    'CREATE TABLE p (id INTEGER PRIMARY KEY, platform TEXT, handle TEXT, handle_key TEXT, url TEXT, name TEXT, status TEXT, languages TEXT, audience INTEGER, tags TEXT, created_at TEXT, updated_at TEXT, UNIQUE(platform, handle_key))',
  );
  const t0 = performance.now();
  const stmt = db.prepare(
    'INSERT INTO p (platform, handle, handle_key, url, name, status, languages, audience, tags, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      stmt.run(
        'x',
        `h${i}`,
        `h${i}`,
        `https://x.com/h${i}`,
        `Name ${i}`,
        'active',
        '["fr"]',
        i * 10,
        '[]',
        at,
        at,
      );
    }
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

export async function benchInventory(pgUrl?: string): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-'));
  const bytes = new TextEncoder().encode(messyInventoryCsv(ROWS));
  const times: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await importOnce(`sqlite:${path.join(dir, `i${i}.db`)}`, bytes));
    base.push(baselineOnce(path.join(dir, `b${i}.db`), ROWS));
  }
  const out: BenchRow[] = [];
  const t = median(times);
  const b = median(base);
  out.push({
    name: `inventory import, ${ROWS} messy rows, SQLite (median of ${RUNS})`,
    figure: `${t.toFixed(0)} ms`,
    baseline: `${b.toFixed(1)} ms (bulk insert, no parsing)`,
    ratio: `×${(t / b).toFixed(1)}`,
    target: '< 2000 ms',
    ok: t < 2000,
  });
  if (pgUrl) {
    const pg: number[] = [];
    for (let i = 0; i < 3; i++) {
      const url = await freshBenchDatabase(pgUrl, `vigie_bench_${process.pid}_${i}`);
      pg.push(await importOnce(url, bytes));
    }
    const p = median(pg);
    out.push({
      name: `inventory import, ${ROWS} messy rows, PostgreSQL (median of 3)`,
      figure: `${p.toFixed(0)} ms`,
      baseline: `${b.toFixed(1)} ms (SQLite bulk insert)`,
      ratio: `×${(p / b).toFixed(1)}`,
      target: '< 2000 ms',
      ok: p < 2000,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
