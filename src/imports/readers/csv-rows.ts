// CSV files of an export, streamed: a tokenizer that knows the line each row starts on, and the rows
// of an entry decoded (UTF-8, UTF-16, Windows-1252) and tokenized, with errors naming the entry.
//
// Why our own CSV tokenizer rather than papaparse's stream: papaparse's Node duplex drops its
// per-row errors (an unterminated quote silently swallows the rest of the file) and gives no line
// numbers; this one is pull-driven (back-pressure for free), reports the line of every row, and
// refuses cells that grow without end (a binary or truncated file) instead of buffering gigabytes.
// papaparse still chooses the delimiter, through `detectDelimiter`.
import type { Readable } from 'node:stream';
import { Invalid } from '../../core/errors';
import { detectDelimiter } from '../../core/parse/delimiter';
import { decodeTextStream, type TextEncoding, TextProblem } from '../../core/parse/text';
import type { ExportSource, ReadContext } from '../model';
import { entryLabel, metered, peekText, type ReaderMessage, readerInvalid, reasonOf } from './support';

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
  onEncoding?: (e: TextEncoding) => void,
): AsyncGenerator<CsvRow> {
  const file = entryLabel(source, entry);
  let stream: Readable;
  try {
    stream = await source.open(entry);
  } catch (e) {
    throw readerInvalid(file, 'imports.more.read_failed', { reason: reasonOf(e), byte: 0 });
  }
  const text = decodeTextStream(metered(stream, ctx), onEncoding);
  let lastLine = 0;
  try {
    // The delimiter comes from the first chunk of text (up to 64 KiB); binary data stops there.
    const first = await text.next();
    if (first.done) throw readerInvalid(file, 'imports.more.empty', {});
    const delimiter = detectDelimiter(first.value);
    async function* all(): AsyncGenerator<string> {
      yield first.value as string;
      yield* text;
    }
    for await (const row of csvRows(all(), delimiter)) {
      lastLine = row.line;
      yield row;
    }
  } catch (e) {
    if (e instanceof TextProblem) throw atLine(file, `imports.more.${e.kind}`, e.line);
    if (e instanceof CsvProblem) throw atLine(file, e.code, e.line);
    if (e instanceof Invalid) throw e;
    throw readerInvalid(file, 'imports.more.read_failed_line', { reason: reasonOf(e), line: lastLine + 1 });
  } finally {
    await text.return(undefined);
  }
}

const atLine = (file: string, code: ReaderMessage, line: number) =>
  readerInvalid(file, code, { line, max: MAX_CELL, cells: MAX_CELLS }, { line });

/** The first row (header) of a CSV entry, from a peek; null when it has none. */
export async function peekCsvHeader(source: ExportSource, entry: string): Promise<string[] | null> {
  const text = await peekText(source, entry, 16_384);
  const end = text.search(/\r|\n/);
  const head = end < 0 ? text : text.slice(0, end);
  if (!head.trim()) return null;
  const complete = text.lastIndexOf('\n') > 0 ? text.slice(0, text.lastIndexOf('\n')) : text;
  const delimiter = detectDelimiter(complete);
  return head.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim());
}
