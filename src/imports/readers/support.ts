// What every reader of this folder shares: errors that name the export, the entry and where reading
// stopped; cheap peeks; byte metering for progress; small entries read whole; the count of unknown
// fields; the names of entries. Opening an export and streaming its JSON is ../source.ts; CSV rows
// are ./csv-rows.ts; the parsing of text, dates and numbers is src/core/parse.
import type { Readable } from 'node:stream';
import { Invalid, type Issue } from '../../core/errors';
import { issueFrom, type Params } from '../../core/i18n';
import { decodeSample } from '../../core/parse/text';
import { nameKey } from '../../core/text';
import type { ExportRecord, ExportSource, ReadContext } from '../model';
import { readerMessages } from './messages';

export type ReaderMessage = keyof typeof readerMessages;

// ---------------------------------------------------------------------------------------------------
// Errors

/** How an entry is named in messages: the export alone when it is the entry, else `export/entry`. */
export function entryLabel(source: ExportSource, entry: string): string {
  if (!entry || entry === source.name || source.name.endsWith(`/${entry}`)) return source.name;
  return `${source.name}/${entry}`;
}

/** Positions are shown as written ("line 1234"), not as quantities ("line 1,234"). */
function positions(params: Params): Params {
  const out = { ...params };
  for (const k of ['line', 'row', 'item', 'block'] as const)
    if (typeof out[k] === 'number') out[k] = String(out[k]);
  return out;
}

export interface At {
  line?: number;
  column?: string;
  field?: string;
}

/** One issue of the readers' catalogue (./messages.ts), `{file}` being the export and entry. */
export function readerIssue(file: string, code: ReaderMessage, params: Params = {}, at: At = {}): Issue {
  const where: Omit<Issue, 'code' | 'params' | 'message'> = { file };
  if (at.line !== undefined) where.line = at.line;
  if (at.column !== undefined) where.column = at.column;
  if (at.field !== undefined) where.field = at.field;
  return issueFrom(readerMessages, code, positions({ file, ...params }), where);
}

/** An `Invalid` with one issue of the readers' catalogue. */
export function readerInvalid(file: string, code: ReaderMessage, params: Params = {}, at: At = {}): Invalid {
  const issue = readerIssue(file, code, params, at);
  return new Invalid(code, issue.message, issue.params, [issue]);
}

/** An `Invalid` for several issues: the first gives the message, the count of the others follows. */
export function invalidFrom(issues: Issue[]): Invalid {
  const first = issues[0]!;
  const others = issues.length - 1;
  const message = others > 0 ? `${first.message} (+${others})` : first.message;
  return new Invalid(first.code, message, first.params, issues);
}

/** What an error says, for the `{reason}` of a message: its message, capped. */
export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 300);

// ---------------------------------------------------------------------------------------------------
// Bytes

/**
 * The first bytes of an entry, without reading the rest. A peek never fails (it serves detection):
 * an entry that cannot be opened or read gives what was read of it, and says why when it is read.
 */
export async function peekBytes(source: ExportSource, entry: string, max = 4096): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  let stream: Readable | undefined;
  try {
    stream = await source.open(entry);
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(b);
      size += b.byteLength;
      if (size >= max) break;
    }
  } catch {
    // detection only
  } finally {
    stream?.destroy();
  }
  return Buffer.concat(parts).subarray(0, max);
}

/** The first bytes as text, in the encoding they seem to be in (BOM dropped), for detection. */
export async function peekText(source: ExportSource, entry: string, max = 4096): Promise<string> {
  return decodeSample(await peekBytes(source, entry, max));
}

/** The bytes of an entry, as they are read, with progress reported in bytes read so far. */
export async function* metered(stream: Readable, ctx: ReadContext | undefined): AsyncGenerator<Buffer> {
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      read += b.byteLength;
      ctx?.onBytes?.(read);
      yield b;
    }
  } finally {
    stream.destroy();
  }
}

/** A whole small entry (an actor, a channel list); larger than `max` is refused, not read. */
export async function readSmall(
  source: ExportSource,
  entry: string,
  max: number,
  ctx?: ReadContext,
): Promise<Buffer> {
  const file = entryLabel(source, entry);
  const size = source.size(entry);
  if (size > max) throw readerInvalid(file, 'imports.more.entry_too_large', { size, max });
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const b of metered(await source.open(entry), ctx)) {
      total += b.byteLength;
      if (total > max) throw readerInvalid(file, 'imports.more.entry_too_large', { size: total, max });
      parts.push(b);
    }
  } catch (e) {
    if (e instanceof Invalid) throw e;
    throw readerInvalid(file, 'imports.more.read_failed', { reason: reasonOf(e), byte: total });
  }
  return Buffer.concat(parts);
}

/** A small JSON entry, parsed; a syntax error names the entry and the line. */
export async function readSmallJson(
  source: ExportSource,
  entry: string,
  max: number,
  ctx?: ReadContext,
): Promise<unknown> {
  const text = (await readSmall(source, entry, max, ctx)).toString('utf8').replace(/^\ufeff/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    const file = entryLabel(source, entry);
    const at = /position (\d+)/.exec(reasonOf(e))?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    if (text.trim() === '') throw readerInvalid(file, 'imports.more.empty', {});
    const params = { reason: reasonOf(e), line: line ?? text.split('\n').length };
    throw readerInvalid(file, 'imports.more.json_invalid', params, { line: line ?? undefined });
  }
}

// ---------------------------------------------------------------------------------------------------
// Unknown fields

/**
 * What a reader met but does not know, counted per place and reported once at the end: a place is
 * where it was met (an entry, or the export) and what it was (`tweet.new_field`, `column "X"`).
 */
export class UnknownFields {
  private readonly counts = new Map<string, number>();

  note(where: string, what: string, n = 1): void {
    const key = `${where}: ${what}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  /** Every key of `obj` not in `known`, under `prefix` (`tweet` → `tweet.new_field`). */
  keys(where: string, prefix: string, obj: Record<string, unknown>, known: ReadonlySet<string>): void {
    for (const k in obj) if (!known.has(k)) this.note(where, prefix ? `${prefix}.${k}` : k);
  }

  get size(): number {
    return this.counts.size;
  }

  *records(): Generator<ExportRecord> {
    for (const [where, count] of this.counts) yield { type: 'unknown', field: { where, count } };
    this.counts.clear();
  }
}

// ---------------------------------------------------------------------------------------------------
// Entries and values

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
export const dirName = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
export const extOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** A header or a folder name folded for matching: lower case, no accents, punctuation as single spaces. */
export const keyOf = (s: string) => nameKey(s);

/**
 * The entry at `rel` (`data/tweets.js`), also when the export sits in a top folder (a person who
 * unzipped and re-zipped it: `twitter-2021-03-04/data/tweets.js`); the shallowest wins.
 */
export function findEntry(entries: readonly string[], rel: string): string | undefined {
  let best: string | undefined;
  for (const e of entries) {
    if (e === rel || (e.endsWith(rel) && e.charCodeAt(e.length - rel.length - 1) === 47)) {
      if (best === undefined || e.length < best.length) best = e;
    }
  }
  return best;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
