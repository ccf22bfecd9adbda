// `npm run bench`: every benchmark, each printed next to the baseline it measured in the same run.
// PostgreSQL figures are added when a throwaway cluster can be started here.
import { startCluster } from '../src/core/testing/postgres';
import { type BenchRow, benchInventory } from './inventory';

async function main() {
  let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
  try {
    cluster = await startCluster();
  } catch (e) {
    console.warn(`PostgreSQL not available, SQLite only: ${(e as Error).message}`);
  }
  const rows: BenchRow[] = [];
  try {
    rows.push(...(await benchInventory(cluster?.url)));
  } finally {
    cluster?.stop();
  }
  const headers = ['benchmark', 'figure', 'baseline (same run)', 'ratio', 'target', ''];
  const table = [
    headers,
    ...rows.map((r) => [r.name, r.figure, r.baseline, r.ratio, r.target, r.ok ? 'ok' : 'MISSED']),
  ];
  const widths = headers.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
