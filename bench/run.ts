// `npm run bench` (all) or `npm run bench -- inventory|imports|audit|log|web`: every benchmark, each printed next
// to the baseline it measured in the same run. PostgreSQL figures are added when a throwaway cluster
// can be started here.
import { startCluster } from '../src/core/testing/postgres';
import { benchAudit } from './audit';
import { benchImports } from './imports';
import { type BenchRow, benchInventory } from './inventory';
import { benchLog } from './log';
import { printTable } from './table';
import { benchWeb } from './web';

const which = process.argv[2] ?? 'all';
let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
try {
  cluster = await startCluster();
} catch (e) {
  console.warn(`PostgreSQL not available, SQLite only: ${(e as Error).message}`);
}
const rows: BenchRow[] = [];
try {
  if (which === 'all' || which === 'inventory') rows.push(...(await benchInventory(cluster?.url)));
  if (which === 'all' || which === 'imports') rows.push(...(await benchImports(cluster?.url)));
  if (which === 'all' || which === 'audit') rows.push(...(await benchAudit()));
  if (which === 'all' || which === 'log') rows.push(...(await benchLog(cluster?.url)));
  if (which === 'all' || which === 'web') rows.push(...(await benchWeb()));
} finally {
  cluster?.stop();
}
printTable(rows);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
