// The change log for auditors: CSV (for a spreadsheet) or JSON Lines (for programs), oldest first,
// each entry with its `prev_hash` and `hash` so that anyone can recompute the chain. Both stream
// entry by entry with back-pressure: a log of millions of entries never sits in memory.
//
// Columns (both formats, same names in every language, as stored): id, at, actor, entity,
// entity_id, action, diff (the exact JSON text the hash covers), batch, reason, prev_hash, hash.
import fs from 'node:fs';
import readline from 'node:readline';
import { nowIso } from '../../core/clock';
import { CSV_BOM, csvLine } from '../../core/csv';
import { Invalid } from '../../core/errors';
import { fill } from '../../core/i18n';
import { appendChanges, type Q } from '../../core/log';
import { logMessages as M } from './messages';
import type { ChangeRow, LogFilter } from './store';

export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_COLUMNS = [
  'id',
  'at',
  'actor',
  'entity',
  'entity_id',
  'action',
  'diff',
  'batch',
  'reason',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof ChangeRow)[];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export function exportFileName(format: ExportFormat, day = new Date().toISOString().slice(0, 10)): string {
  return `vigie-log-${day}.${format}`;
}

// ---------------------------------------------------------------------------------------------------
// CSV: core/csv's RFC 4180 writer (comma, CRLF, BOM); an auditor undoes the formula guard with
// `unguardFormula` (one leading `'` less) before recomputing a hash.

export function jsonLine(r: ChangeRow): string {
  const o: Record<string, unknown> = {};
  for (const c of EXPORT_COLUMNS) o[c] = r[c];
  return `${JSON.stringify(o)}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** Writes `chunk`, waiting while the reader is behind; fails if the reader went away. */
async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  const w = out as NodeJS.WritableStream & { destroyed?: boolean };
  if (w.destroyed) throw new Error('the export’s reader went away');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: unknown) => {
      out.removeListener('drain', onDrain);
      out.removeListener('close', onClose);
      out.removeListener('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the export’s reader went away'));
    const onError = (e: unknown) => done(e);
    out.once('drain', onDrain);
    out.once('close', onClose);
    out.once('error', onError);
  });
}

export interface WriteOptions {
  /** Close `out` at the end (default true); process.stdout and process.stderr are never closed. */
  end?: boolean;
  /** Called every few thousand entries with the number written. */
  onProgress?: (written: number) => void;
}

/** Streams the entries out in the format asked; resolves with how many were written. */
export async function writeLogExport(
  rows: AsyncIterable<ChangeRow>,
  format: ExportFormat,
  out: NodeJS.WritableStream,
  options: WriteOptions = {},
): Promise<number> {
  let n = 0;
  // CSV starts with a byte-order mark so that Excel reads UTF-8 (Python: encoding='utf-8-sig').
  let chunk = format === 'csv' ? `${CSV_BOM}${csvLine(EXPORT_COLUMNS)}` : '';
  for await (const r of rows) {
    chunk += format === 'csv' ? csvLine(EXPORT_COLUMNS.map((c) => r[c])) : jsonLine(r);
    n++;
    if (chunk.length >= 65_536) {
      await put(out, chunk);
      chunk = '';
      options.onProgress?.(n);
    }
  }
  if (chunk) await put(out, chunk);
  options.onProgress?.(n);
  if (options.end !== false && out !== process.stdout && out !== process.stderr) {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  return n;
}

/** Who exported the log, when, in which format and with which filters: an entry of the log itself. */
export async function recordExport(
  db: Q,
  actor: string,
  format: ExportFormat,
  filter: LogFilter,
): Promise<void> {
  const used = Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
  const diff: Record<string, [unknown, unknown]> = { format: [null, format] };
  if (Object.keys(used).length) diff.filter = [null, used];
  await appendChanges(db, [
    {
      at: nowIso(),
      actor,
      entity: 'log',
      entity_id: 0,
      action: 'export',
      diff,
      batch: null,
      reason: fill(M['log.export_reason'].en, { format }),
    },
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Reading a JSON Lines export back (`vigie log verify --file`)

function badLine(file: string, line: number, detail: string): Invalid {
  const params = { file, line, detail };
  const message = fill(M['log.file_bad_line'].en, params);
  return new Invalid('log.file_bad_line', message, params, [
    { file, line, code: 'log.file_bad_line', params, message },
  ]);
}

const TEXT = ['at', 'actor', 'entity', 'action', 'diff'] as const;
const NULLABLE = ['batch', 'reason', 'prev_hash', 'hash'] as const;

/** One line of a JSON Lines export as the row it was written from; throws naming the file and line. */
export function parseJsonLine(text: string, file: string, line: number): ChangeRow {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw badLine(file, line, (e as Error).message);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw badLine(file, line, 'not an object');
  const r = o as Record<string, unknown>;
  for (const k of ['id', 'entity_id'] as const)
    if (typeof r[k] !== 'number' || !Number.isInteger(r[k]))
      throw badLine(file, line, `${k} is not an integer`);
  for (const k of TEXT) if (typeof r[k] !== 'string') throw badLine(file, line, `${k} is not text`);
  for (const k of NULLABLE)
    if (r[k] !== null && typeof r[k] !== 'string') throw badLine(file, line, `${k} is neither text nor null`);
  return {
    id: r.id as number,
    at: r.at as string,
    actor: r.actor as string,
    entity: r.entity as string,
    entity_id: r.entity_id as number,
    action: r.action as string,
    diff: r.diff as string,
    batch: r.batch as string | null,
    reason: r.reason as string | null,
    prev_hash: r.prev_hash as string | null,
    hash: r.hash as string | null,
  };
}

/** The entries of a JSON Lines export, read as a stream. */
export async function* readJsonLines(path: string): AsyncGenerator<ChangeRow> {
  let input: fs.ReadStream;
  try {
    fs.accessSync(path, fs.constants.R_OK);
    input = fs.createReadStream(path, { encoding: 'utf8' });
  } catch (e) {
    const params = { file: path, detail: (e as Error).message };
    throw new Invalid('log.file_unreadable', fill(M['log.file_unreadable'].en, params), params);
  }
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const text = n === 1 ? raw.replace(/^\ufeff/, '') : raw;
      if (!text.trim()) continue;
      yield parseJsonLine(text, path, n);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}
