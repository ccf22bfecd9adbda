// Exports an auditor can re-verify: every hash recomputes from the CSV or the JSON Lines alone,
// spreadsheet formulas stay text, and the writers stream.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unguardFormula } from '../../core/csv';
import { appendChanges } from '../../core/log';
import { forEachDialect } from '../../core/testing/dialects';
import { EXPORT_COLUMNS, parseJsonLine, readJsonLines, writeLogExport } from './export';
import { type ChangeRow, streamLog } from './store';
import { change, seedLog } from './testing';
import { verifyRows } from './verify';

async function collect(rows: AsyncIterable<ChangeRow>, format: 'csv' | 'jsonl'): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const n = await writeLogExport(rows, format, out);
  expect(n).toBeGreaterThanOrEqual(0);
  return Buffer.concat(chunks).toString('utf8');
}

/** What an auditor does with the CSV: parse it, undo the formula guard, empty cells are nulls. */
function rowsFromCsv(text: string): ChangeRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
  return parsed.data.map((r) => {
    const v = (k: string) => unguardFormula(r[k] ?? '');
    const nullable = (k: string) => (r[k] === '' ? null : v(k));
    return {
      id: Number(r.id),
      at: v('at'),
      actor: v('actor'),
      entity: v('entity'),
      entity_id: Number(r.entity_id),
      action: v('action'),
      diff: v('diff'),
      batch: nullable('batch'),
      reason: nullable('reason'),
      prev_hash: nullable('prev_hash'),
      hash: nullable('hash'),
    };
  });
}

const NASTY = [
  change(1, { actor: '=HYPERLINK("http://evil","x")', reason: '+1, said "Bob"\r\nsecond line' }),
  change(2, { actor: "'=already quoted", reason: '-minus', diff: { note: ['@SUM(A1)', '\tTabbed'] } }),
  change(3, { reason: 'Zoé, « guillemets » ; point-virgule', batch: 'bulk:3' }),
];

forEachDialect((t) => {
  describe('writeLogExport', () => {
    it('writes a CSV every hash of which recomputes, formulas kept as text', async () => {
      await seedLog(t.h.db, 12);
      await appendChanges(t.h.db, NASTY);
      const text = await collect(streamLog(t.h.db, t.dialect, {}, 5), 'csv');
      expect(
        text.startsWith('\ufeffid,at,actor,entity,entity_id,action,diff,batch,reason,prev_hash,hash\r\n'),
      ).toBe(true);
      expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
      expect(text).not.toMatch(/(^|,)=/m);
      const rows = rowsFromCsv(text);
      expect(rows).toHaveLength(15);
      expect(rows.at(-2)!.actor).toBe("'=already quoted");
      expect(await verifyRows(rows)).toMatchObject({ ok: true, checked: 15 });
    });

    it('writes JSON Lines that read back to the same rows and re-verify from a file', async () => {
      await seedLog(t.h.db, 30);
      await appendChanges(t.h.db, NASTY);
      const text = await collect(streamLog(t.h.db, t.dialect, {}, 7), 'jsonl');
      const lines = text.trimEnd().split('\n');
      expect(lines).toHaveLength(33);
      const first = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(Object.keys(first)).toEqual([...EXPORT_COLUMNS]);
      expect(typeof first.diff).toBe('string');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-log-'));
      try {
        const file = path.join(dir, 'log.jsonl');
        fs.writeFileSync(file, text);
        expect(await verifyRows(readJsonLines(file))).toMatchObject({ ok: true, checked: 33 });
        const tampered = lines.map((l, i) => (i === 20 ? l.replace('"alice"', '"mallory"') : l)).join('\n');
        fs.writeFileSync(file, tampered);
        const r = await verifyRows(readJsonLines(file));
        expect(r.broken).toEqual({
          id: (JSON.parse(lines[20]!) as { id: number }).id,
          problem: 'content_changed',
        });
        fs.writeFileSync(file, `${lines[0]}\n{"id": "one"}\n`);
        await expect(verifyRows(readJsonLines(file))).rejects.toMatchObject({
          code: 'log.file_bad_line',
          issues: [{ line: 2 }],
        });
        await expect(verifyRows(readJsonLines(path.join(dir, 'missing.jsonl')))).rejects.toMatchObject({
          code: 'log.file_unreadable',
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('writeLogExport streaming', () => {
  async function* many(n: number): AsyncGenerator<ChangeRow> {
    for (let i = 1; i <= n; i++)
      yield {
        id: i,
        ...change(i),
        diff: JSON.stringify({ x: ['a'.repeat(200), i] }),
        prev_hash: null,
        hash: null,
      };
  }

  it('waits for a slow reader (back-pressure) and ends the stream', async () => {
    let max = 0;
    let received = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, done) {
        received += chunk.length;
        max = Math.max(max, this.writableLength);
        setTimeout(done, 1);
      },
    });
    const n = await writeLogExport(many(3000), 'jsonl', slow);
    expect(n).toBe(3000);
    expect(received).toBeGreaterThan(3000 * 200);
    expect(slow.writableEnded).toBe(true);
    // Never more than one chunk (64 KiB and one line) waiting beyond the buffer.
    expect(max).toBeLessThan(200 * 1024);
  });

  it('stops when the reader goes away', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    setTimeout(() => out.destroy(), 20);
    await expect(writeLogExport(many(100_000), 'csv', out)).rejects.toThrow(/went away/);
  });

  it('refuses lines that are not entries', () => {
    expect(() => parseJsonLine('[1]', 'f.jsonl', 3)).toThrow(/Line 3 of f.jsonl/);
    expect(() => parseJsonLine('{"id":1}', 'f.jsonl', 1)).toThrow(/entity_id/);
  });
});
