// CSV as spreadsheets open it (RFC 4180): CRLF line ends, a field quoted when it holds the delimiter,
// a quote, CR or LF (quotes doubled), and every text cell guarded against formula injection. One
// writer for every export (inventory, audit findings, change log), line by line so callers stream.
import type { Locale } from './i18n';

/** A cell: text from the data (guarded), a number we computed (written as is), or empty. */
export type CsvValue = string | number | null | undefined;

export interface CsvDialect {
  /** Field separator: `,` (default, RFC 4180) or `;` (what Excel expects where `,` is the decimal mark). */
  delimiter?: string;
  /** Decimal mark of numbers: `.` (default) or `,`. */
  decimalMark?: '.' | ',';
}

/** The byte-order mark that makes Excel read UTF-8 rather than Windows-1252 (Python: utf-8-sig). */
export const CSV_BOM = '\ufeff';

/** What a spreadsheet in that language reads: `;` and a decimal comma in French, `,` and `.` in English. */
export function csvDialect(locale: Locale): Required<CsvDialect> {
  return locale === 'fr' ? { delimiter: ';', decimalMark: ',' } : { delimiter: ',', decimalMark: '.' };
}

// A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula, so `=HYPERLINK(…)` in a
// name must stay text: such a cell gets a leading `'`, what Excel itself uses to say "text".
// Reversible: a value that already starts with `'`s followed by one of those characters gets one
// more too, and `unguardFormula` removes exactly one. (Only `'?` before the formula character, as
// sometimes proposed, is not enough: `''=x` would be written as is and read back as `'=x`.)
//
// `-2` and `+33 1 23 45 67 89` are guarded too, and show as `'-2` in a spreadsheet: a value that
// merely starts like a number can still be a formula (`-2+3+cmd|' /C calc'!A0`), and telling safe
// numbers apart would need each locale's number grammar. Text from the data stays text; our
// importers remove the guard, so the value comes back exactly. Numbers we computed are written as
// numbers (`CsvValue` number), unguarded, so a spreadsheet can sum them.
const FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The value a `guardFormula` cell was written from: one leading `'` less, only where it added one. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/**
 * One field. Leading or trailing spaces are quoted too, so that readers that trim unquoted fields
 * keep them.
 */
export function csvCell(value: CsvValue, dialect: CsvDialect = {}): string {
  if (value === null || value === undefined) return '';
  const delimiter = dialect.delimiter ?? ',';
  const text =
    typeof value === 'number'
      ? dialect.decimalMark === ','
        ? String(value).replace('.', ',')
        : String(value)
      : guardFormula(value);
  const quote = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export function csvLine(cells: readonly CsvValue[], dialect: CsvDialect = {}): string {
  return `${cells.map((c) => csvCell(c, dialect)).join(dialect.delimiter ?? ',')}\r\n`;
}

/** A whole document in memory (for small ones; large exports write `csvLine`s as they go). */
export function csvText(
  rows: Iterable<readonly CsvValue[]>,
  options: CsvDialect & { bom?: boolean } = {},
): string {
  let out = options.bom ? CSV_BOM : '';
  for (const row of rows) out += csvLine(row, options);
  return out;
}
