// COPY … FROM STDIN on PostgreSQL (pg-copy-streams): rows written in COPY's text format, the
// fastest way in. A failed COPY leaves nothing of its rows, and its error aborts the transaction
// around it like any failed statement.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | null | undefined;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeOne = (c: string) => ESCAPES[c]!;

/**
 * One value in COPY's text format: `\N` for null; a backslash, tab, newline or carriage return
 * written as its backslash sequence (the only characters with a meaning there), the rest as is.
 */
export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a number COPY can store: ${v}`);
    return String(v);
  }
  return v.replace(SPECIAL, escapeOne);
}

/** Rows (objects or arrays) as COPY text: `columns` of each, separated by tabs, a newline after each row. */
export function copyText<T>(rows: Iterable<T>, columns: readonly (keyof T)[]): string {
  let out = '';
  for (const r of rows) {
    for (let i = 0; i < columns.length; i++) out += (i ? '\t' : '') + copyField(r[columns[i]!] as CopyValue);
    out += '\n';
  }
  return out;
}

/**
 * Sends `chunks` of COPY text (whole rows each, made as they are sent) to `COPY table (columns)
 * FROM STDIN` on `client`, waiting for the socket when it is full; how many rows PostgreSQL stored.
 */
export async function copyInto(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  // Listening from the start: PostgreSQL may refuse a row while later ones are still being written.
  const done = finished(stream);
  done.catch(() => {});
  try {
    for (const c of chunks) {
      if (stream.errored) break;
      if (c && !stream.write(c)) await once(stream, 'drain');
    }
  } catch (e) {
    // A row that could not be written (or a refusal while waiting): CopyFail ends the COPY, so the
    // connection is free for the rollback that follows.
    stream.destroy(e as Error);
    await done.catch(() => {});
    throw e;
  }
  stream.end();
  await done;
  return stream.rowCount;
}
