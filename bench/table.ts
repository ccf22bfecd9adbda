import type { BenchRow } from './inventory';

export function printTable(rows: BenchRow[]): void {
  const headers = ['benchmark', 'figure', 'baseline (same run)', 'ratio', 'target', ''];
  const table = [
    headers,
    ...rows.map((r) => [r.name, r.figure, r.baseline, r.ratio, r.target, r.ok ? 'ok' : 'MISSED']),
  ];
  const widths = headers.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
