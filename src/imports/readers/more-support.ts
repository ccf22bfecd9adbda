// What the LinkedIn, YouTube, Mastodon, Bluesky and generic CSV readers share: errors that name the
// export, the entry and where reading stopped; cheap peeks; byte metering for progress; counting
// unknown fields; text decoding (UTF-8, UTF-16, Windows-1252) and a streaming CSV tokenizer that
// knows the line each row starts on.
//
// Why our own CSV tokenizer rather than papaparse's stream: papaparse's Node duplex drops its
// per-row errors (an unterminated quote silently swallows the rest of the file) and gives no line
// numbers; this one is pull-driven (back-pressure for free), reports the line of every row, and
// refuses cells that grow without end (a binary or truncated file) instead of buffering gigabytes.
// papaparse still chooses the delimiter, through the inventory's `detectDelimiter`.
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { Invalid, type Issue } from '../../core/errors';
import { issueFrom, type Params } from '../../core/i18n';
import { nameKey } from '../../core/text';
import { detectDelimiter } from '../../registry/inventory/read';
import type { ExportRecord, ExportSource, ReadContext } from '../model';
import { moreImportsMessages } from './more-messages';

export type MoreMessage = keyof typeof moreImportsMessages;

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

/** One issue of this module's catalogue, `{file}` being the export and entry. */
export function moreIssue(file: string, code: MoreMessage, params: Params = {}, at: At = {}): Issue {
  const where: Omit<Issue, 'code' | 'params' | 'message'> = { file };
  if (at.line !== undefined) where.line = at.line;
  if (at.column !== undefined) where.column = at.column;
  if (at.field !== undefined) where.field = at.field;
  return issueFrom(moreImportsMessages, code, positions({ file, ...params }), where);
}

/** An `Invalid` with one issue (or several, the first giving the message). */
export function moreInvalid(file: string, code: MoreMessage, params: Params = {}, at: At = {}): Invalid {
  const issue = moreIssue(file, code, params, at);
  return new Invalid(code, issue.message, issue.params, [issue]);
}

/** An `Invalid` for several issues: the first gives the message, the count of the others follows. */
export function invalidFrom(issues: Issue[]): Invalid {
  const first = issues[0]!;
  const others = issues.length - 1;
  const message = others > 0 ? `${first.message} (+${others})` : first.message;
  return new Invalid(first.code, message, first.params, issues);
}

export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 300);

// ---------------------------------------------------------------------------------------------------
// Bytes

/** The first bytes of an entry, without reading the rest. */
export async function peekBytes(source: ExportSource, entry: string, max = 4096): Promise<Buffer> {
  const stream = await source.open(entry);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(b);
      size += b.byteLength;
      if (size >= max) break;
    }
  } catch {
    // A peek never fails: a damaged entry is reported when it is read.
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, max);
}

/** The first bytes as text, in the encoding they seem to be in (BOM dropped), for detection. */
export async function peekText(source: ExportSource, entry: string, max = 4096): Promise<string> {
  const b = await peekBytes(source, entry, max);
  const encoding = encodingOf(b);
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(b)
      : iconv.decode(b, encoding === 'windows-1252' ? 'win1252' : encoding);
  return text.replace(/^\ufeff/, '');
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
  if (size > max) throw moreInvalid(file, 'imports.more.entry_too_large', { size, max });
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const b of metered(await source.open(entry), ctx)) {
      total += b.byteLength;
      if (total > max) throw moreInvalid(file, 'imports.more.entry_too_large', { size: total, max });
      parts.push(b);
    }
  } catch (e) {
    if (e instanceof Invalid) throw e;
    throw moreInvalid(file, 'imports.more.read_failed', { reason: reasonOf(e), byte: total });
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
    if (text.trim() === '') throw moreInvalid(file, 'imports.more.empty', {});
    const params = { reason: reasonOf(e), line: line ?? text.split('\n').length };
    throw moreInvalid(file, 'imports.more.json_invalid', params, { line: line ?? undefined });
  }
}

// ---------------------------------------------------------------------------------------------------
// Unknown fields

/** Counts what a reader met but does not know, to report it once at the end. */
export class UnknownFields {
  private readonly counts = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  note(path: string, n = 1): void {
    const where = `${this.prefix}: ${path}`;
    this.counts.set(where, (this.counts.get(where) ?? 0) + n);
  }

  /** Every key of `obj` that is not in `known`, noted under `path`. */
  keys(obj: Record<string, unknown>, known: ReadonlySet<string>, path = ''): void {
    for (const k of Object.keys(obj)) if (!known.has(k)) this.note(path ? `${path}.${k}` : k);
  }

  *records(): Generator<ExportRecord> {
    for (const [where, count] of this.counts) yield { type: 'unknown', field: { where, count } };
    this.counts.clear();
  }
}

// ---------------------------------------------------------------------------------------------------
// Paths, names, dates

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
export const extOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** A header or a folder name folded for matching: lower case, no accents, punctuation as single spaces. */
export const keyOf = (s: string) => nameKey(s);

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|UTC|GMT|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An ISO 8601 timestamp (`2021-03-04T10:20:30+01:00`, `2021-03-04 10:20:30 UTC`, a date alone) as
 * UTC with milliseconds; without an offset it is taken as UTC. Null when it is not one, or names a
 * day or a time that does not exist (2021-02-29, 25:00).
 */
export function isoUtc(text: string): string | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const dim = mo === 2 && !leap ? 28 : DAYS_IN_MONTH[mo - 1];
  if (dim === undefined || d < 1 || d > dim || h > 23 || mi > 59 || s > 59) return null;
  let t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (m[8]) {
    const minutes = Number(m[9]) * 60 + (m[10] === undefined ? 0 : Number(m[10]));
    if (minutes > 18 * 60) return null;
    t -= (m[8] === '+' ? 1 : -1) * minutes * 60_000;
  }
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// ---------------------------------------------------------------------------------------------------
// Text decoding

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Thrown by the decoder; the reader turns it into an `Invalid` naming its entry. */
export class TextProblem extends Error {
  constructor(
    readonly code: 'imports.more.not_text' | 'imports.more.bad_utf8',
    readonly line: number,
  ) {
    super(code);
  }
}

const SAMPLE = 65_536;

/**
 * Text from bytes, streamed. The first 64 KiB decide the encoding: a BOM (UTF-8, UTF-16), zero bytes
 * every other byte (UTF-16 without BOM), valid UTF-8, else Windows-1252 (what Excel writes on French
 * Windows). When those bytes are all ASCII, the first chunk holding another byte decides (both
 * readings of what came before are the same). A file that turns out not to be UTF-8 after that is
 * refused at the line where it stops being so, rather than half-misread.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  onEncoding?: (e: TextEncodingName) => void,
): AsyncGenerator<string> {
  const it = bytes[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < SAMPLE) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    headSize += r.value.byteLength;
  }
  const first = Buffer.concat(head);
  const ascii = !first.some((b) => b >= 0x80);
  const encoding = encodingOf(first);
  if (!ascii || done) onEncoding?.(encoding);
  let lines = 1;
  const count = (s: string) => {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
    return s;
  };
  const decode = ascii && !done ? undecided(() => lines, onEncoding) : decoderOf(encoding, () => lines);
  let out = decode(first, done);
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  if (looksBinary(out)) throw new TextProblem('imports.more.not_text', 1);
  if (out) yield count(out);
  while (!done) {
    const r = await it.next();
    if (r.done) break;
    const s = decode(r.value, false);
    if (s) yield count(s);
  }
  const tail = decode(Buffer.alloc(0), true);
  if (tail) yield count(tail);
}

function encodingOf(b: Buffer): TextEncodingName {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (n >= 4 && odd > (n / 2) * 0.4 && even < (n / 2) * 0.05) return 'utf-16le';
  if (n >= 4 && even > (n / 2) * 0.4 && odd < (n / 2) * 0.05) return 'utf-16be';
  try {
    // `stream: true`: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** ASCII so far: the first chunk with another byte chooses UTF-8 when it is valid UTF-8, else Windows-1252. */
function undecided(
  linesSoFar: () => number,
  onEncoding?: (e: TextEncodingName) => void,
): (b: Buffer, end: boolean) => string {
  let chosen: ((b: Buffer, end: boolean) => string) | null = null;
  return (b, end) => {
    if (chosen) return chosen(b, end);
    if (!b.some((x) => x >= 0x80)) return end && !b.byteLength ? '' : b.toString('latin1');
    let encoding: TextEncodingName = 'utf-8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: !end });
    } catch {
      encoding = 'windows-1252';
    }
    onEncoding?.(encoding);
    chosen = decoderOf(encoding, linesSoFar);
    return chosen(b, end);
  };
}

function decoderOf(
  encoding: TextEncodingName,
  linesSoFar: () => number,
): (b: Buffer, end: boolean) => string {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8', { fatal: true });
    return (b, end) => {
      try {
        return d.decode(b, { stream: !end });
      } catch {
        // Where it broke: the lines of this chunk before the first undecodable byte.
        const loose = new TextDecoder('utf-8').decode(b);
        const bad = loose.indexOf('\ufffd');
        const before = loose.slice(0, Math.max(bad, 0)).split('\n').length - 1;
        throw new TextProblem('imports.more.bad_utf8', linesSoFar() + before);
      }
    };
  }
  const d = iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding);
  return (b, end) => (end ? (b.byteLength ? d.write(b) : '') + (d.end() ?? '') : d.write(b));
}

/** NUL or many control characters in the first 64 KiB: not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0))
      controls++;
  }
  return controls > Math.max(8, sample.length / 100);
}

// ---------------------------------------------------------------------------------------------------
// CSV

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
}

export class CsvProblem extends Error {
  constructor(
    readonly code:
      | 'imports.more.csv_unterminated_quote'
      | 'imports.more.csv_cell_too_long'
      | 'imports.more.csv_too_many_cells',
    readonly line: number,
  ) {
    super(code);
  }
}

export const MAX_CELL = 1_000_000;
export const MAX_CELLS = 2000;

/** The delimiter of a CSV from its first lines: `;`, `,`, tab or `|`. */
export function sniffDelimiter(sample: string): string {
  return detectDelimiter(sample);
}

/**
 * Rows of RFC 4180 CSV, streamed: quoted cells may hold delimiters, quotes (`""`) and line breaks;
 * lines end with LF, CRLF or CR. Blank lines are skipped (their line still counts). A quote inside
 * an unquoted cell is kept as written, as spreadsheets do.
 */
export async function* csvRows(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRow> {
  const delim = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quoteLine = 1;
  /** Just read a `"` inside a quoted cell: either the end of the quotes or the first of `""`. */
  let quotePending = false;
  let skipLf = false;
  let rowHasContent = false;
  const ready: CsvRow[] = [];

  const endCell = () => {
    cells.push(cell);
    cell = '';
    if (cells.length > MAX_CELLS) throw new CsvProblem('imports.more.csv_too_many_cells', rowLine);
  };
  const endRow = () => {
    endCell();
    if (rowHasContent || cells.some((c) => c !== '')) ready.push({ line: rowLine, cells });
    cells = [];
    rowHasContent = false;
  };

  for await (const chunk of chunks) {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            cell += '"';
            i++;
            continue;
          }
          inQuotes = false;
          continue; // the closing quote: the character is read again outside quotes
        }
        const q = chunk.indexOf('"', i);
        const piece = q < 0 ? chunk.slice(i) : chunk.slice(i, q);
        for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) line++;
        cell += piece;
        if (cell.length > MAX_CELL) throw new CsvProblem('imports.more.csv_cell_too_long', quoteLine);
        if (q < 0) break;
        i = q + 1;
        quotePending = true;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (skipLf) {
        skipLf = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (c === delim) {
        endCell();
        rowHasContent = true;
        i++;
      } else if (c === LF || c === CR) {
        endRow();
        line++;
        rowLine = line;
        if (c === CR) skipLf = true;
        i++;
      } else if (c === QUOTE && cell === '') {
        inQuotes = true;
        quoteLine = line;
        rowHasContent = true;
        i++;
      } else {
        // A run of ordinary characters at once.
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === delim || d === LF || d === CR) break;
          j++;
        }
        cell += chunk.slice(i, j);
        if (cell.length > MAX_CELL) throw new CsvProblem('imports.more.csv_cell_too_long', rowLine);
        i = j;
      }
    }
    if (ready.length) {
      for (const r of ready) yield r;
      ready.length = 0;
    }
  }
  if (inQuotes && !quotePending) throw new CsvProblem('imports.more.csv_unterminated_quote', quoteLine);
  if (cell !== '' || cells.length || rowHasContent) endRow();
  for (const r of ready) yield r;
}

/**
 * The CSV rows of an entry, decoded and tokenized, with decoding and tokenizing problems turned into
 * `Invalid` errors naming the entry and the line.
 */
export async function* csvEntryRows(
  source: ExportSource,
  entry: string,
  ctx?: ReadContext,
  onEncoding?: (e: TextEncodingName) => void,
): AsyncGenerator<CsvRow> {
  const file = entryLabel(source, entry);
  let stream: Readable;
  try {
    stream = await source.open(entry);
  } catch (e) {
    throw moreInvalid(file, 'imports.more.read_failed', { reason: reasonOf(e), byte: 0 });
  }
  const text = decodeText(metered(stream, ctx), onEncoding);
  // The delimiter comes from the first chunk of text (up to 64 KiB).
  const first = await text.next();
  if (first.done) throw moreInvalid(file, 'imports.more.empty', {});
  const delimiter = sniffDelimiter(first.value);
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* text;
  }
  let lastLine = 0;
  try {
    for await (const row of csvRows(all(), delimiter)) {
      lastLine = row.line;
      yield row;
    }
  } catch (e) {
    if (e instanceof TextProblem || e instanceof CsvProblem)
      throw moreInvalid(file, e.code, { line: e.line, max: MAX_CELL, cells: MAX_CELLS }, { line: e.line });
    if (e instanceof Invalid) throw e;
    throw moreInvalid(file, 'imports.more.read_failed_line', { reason: reasonOf(e), line: lastLine + 1 });
  } finally {
    await text.return(undefined);
  }
}

/** The first row (header) of a CSV entry, from a peek; null when it has none. */
export async function peekCsvHeader(source: ExportSource, entry: string): Promise<string[] | null> {
  const text = await peekText(source, entry, 16_384);
  const end = text.search(/\r|\n/);
  const head = end < 0 ? text : text.slice(0, end);
  if (!head.trim()) return null;
  const complete = text.lastIndexOf('\n') > 0 ? text.slice(0, text.lastIndexOf('\n')) : text;
  const delimiter = sniffDelimiter(complete);
  return head.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim());
}
