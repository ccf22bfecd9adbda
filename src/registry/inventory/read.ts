// Reads an inventory file (CSV, XLSX or JSON) into text cells with the line a person finds them on.
// Nothing here knows what a column means. Problems with the file as a whole throw `Invalid`; problems
// with one row (a field too long, more cells than headers) flag the row and are listed in `issues`,
// so that every bad row is reported at once.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Invalid, type Issue } from '../../core/errors';
import { issueFrom, type Params } from '../../core/i18n';
import { detectDelimiter } from '../../core/parse/delimiter';
import { decodeText } from '../../core/parse/text';
import { checkZipBuffer } from '../../core/zip';
import { inventoryMessages, MESSAGES } from './messages';
import type { InventoryFormat, RawRow, RawTable, ReadOptions } from './model';

export const DEFAULT_MAX_FIELD_LENGTH = 10_000;
export const DEFAULT_MAX_ROWS = 100_000;
export const DEFAULT_MAX_COLUMNS = 500;

interface Limits {
  maxFieldLength: number;
  maxRows: number;
  maxColumns: number;
}

export interface InventorySource {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads an inventory file. The format is the one asked for, else what the first bytes say (a ZIP is
 * an XLSX), else the extension, else the content (`[` or `{` opens JSON, anything else is CSV). A
 * file with a header and no rows is an empty table with a warning, so an export of an empty
 * registry re-imports.
 */
export async function readInventory(source: InventorySource, options: ReadOptions = {}): Promise<RawTable> {
  const file = source.name;
  const bytes = source.bytes;
  const limits: Limits = {
    maxFieldLength: options.maxFieldLength ?? DEFAULT_MAX_FIELD_LENGTH,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    maxColumns: options.maxColumns ?? DEFAULT_MAX_COLUMNS,
  };
  if (bytes.length === 0) throw invalid(file, 'inventory.empty');
  const magic = formatFromMagic(file, bytes);
  let format = options.format ?? magic ?? formatFromExtension(file);
  if (format === 'xlsx' && magic !== 'xlsx') {
    if (options.format) throw invalid(file, 'inventory.not_xlsx');
    // A text file merely named .xlsx: read what it holds.
    format = null;
  }
  if (format === 'xlsx') return readXlsx(file, bytes, limits);
  const decoded = decodeText(bytes);
  if (!decoded) throw invalid(file, 'inventory.binary');
  const { text, encoding } = decoded;
  if (text.trim() === '') throw invalid(file, 'inventory.empty');
  const actual = format ?? (/^\s*[[{]/.test(text) ? 'json' : 'csv');
  const table = actual === 'json' ? readJson(file, text, limits) : readCsv(file, text, limits);
  return { ...table, encoding };
}

// ---------------------------------------------------------------------------------------------------
// Format and encoding

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the first bytes say. Old binary `.xls` files are refused with advice rather than misread. */
function formatFromMagic(file: string, bytes: Uint8Array): InventoryFormat | null {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) throw invalid(file, 'inventory.xls_unsupported');
  return null;
}

function formatFromExtension(file: string): InventoryFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return null;
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

// ---------------------------------------------------------------------------------------------------
// CSV

type Table = Omit<RawTable, 'encoding'>;

function readCsv(file: string, text: string, limits: Limits): Table {
  const delimiter = detectDelimiter(text);
  const newline = text.includes('\n') ? '\n' : '\r';
  let counted = 0;
  let line = 1;
  /** Line of the character at `offset`; offsets only grow, so the whole file is scanned once. */
  const lineAt = (offset: number) => {
    for (let i = text.indexOf(newline, counted); i >= 0 && i < offset; i = text.indexOf(newline, i + 1))
      line++;
    counted = Math.max(counted, offset);
    return line;
  };

  const rows: RawRow[] = [];
  const issues: Issue[] = [];
  // Assigned in the parser's callback: typed wide so the checks after it are not narrowed away.
  let headers = null as string[] | null;
  let headerLine = 0;
  let failure = null as Invalid | null;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const at = lineAt(start);
      const quotes = result.errors.find((e) => e.code === 'MissingQuotes');
      if (quotes) {
        failure = invalid(file, 'inventory.csv_unterminated_quote', { line: lineAt(quotes.index ?? start) });
        parser.abort();
        return;
      }
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      if (!headers) {
        failure = checkHeaders(file, cells, at, limits);
        if (failure) return parser.abort();
        headers = cells.map((c) => c.trim());
        headerLine = at;
        return;
      }
      if (rows.length >= limits.maxRows) {
        failure = invalid(file, 'inventory.too_many_rows', { max: limits.maxRows });
        return parser.abort();
      }
      const row: RawRow = { line: at, cells };
      checkRow(file, row, headers, limits, issues);
      if (result.errors.length) flagRow(row, issueAt(file, 'inventory.csv_bad_quotes', at), issues);
      rows.push(row);
    },
  });
  if (failure) throw failure;
  if (!headers) throw invalid(file, 'inventory.empty');
  return finish({ file, format: 'csv', delimiter, headers, headerLine, rows, issues, warnings: [] });
}

// ---------------------------------------------------------------------------------------------------
// Rows, whatever the format

function checkHeaders(file: string, cells: string[], line: number, limits: Limits): Invalid | null {
  if (cells.length > limits.maxColumns) {
    return invalid(
      file,
      'inventory.too_many_columns',
      { count: cells.length, max: limits.maxColumns },
      { line },
    );
  }
  const long = cells.findIndex((c) => c.length > limits.maxFieldLength);
  if (long >= 0) {
    return invalid(file, 'inventory.header_too_long', { n: long + 1, max: limits.maxFieldLength }, { line });
  }
  return null;
}

/** Drops values over the length limit (never kept, even in the issue) and extra non-empty cells. */
function checkRow(file: string, row: RawRow, headers: string[], limits: Limits, issues: Issue[]): void {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.length <= limits.maxFieldLength) continue;
    const column = columnLabel(headers, i);
    const params = { length: cells[i]!.length, max: limits.maxFieldLength, column };
    cells[i] = '';
    flagRow(row, issueAt(file, 'inventory.field_too_long', row.line, params, column), issues);
  }
  if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== '')) {
    const params = { count: cells.length, expected: headers.length };
    flagRow(row, issueAt(file, 'inventory.too_many_cells', row.line, params), issues);
  }
}

function flagRow(row: RawRow, issue: Issue, issues: Issue[]): void {
  row.invalid = true;
  issues.push(issue);
}

export function columnLabel(headers: string[], index: number): string {
  return headers[index]?.trim() || `#${index + 1}`;
}

/**
 * Last touches shared by every format: trailing header columns that are empty everywhere are dropped
 * (spreadsheets leave them), every row gets exactly one cell per header, no rows is a warning.
 */
function finish(table: Table): Table {
  let width = table.headers.length;
  while (
    width > 0 &&
    table.headers[width - 1] === '' &&
    !table.rows.some((r) => (r.cells[width - 1] ?? '') !== '')
  ) {
    width--;
  }
  const headers = table.headers.slice(0, width);
  for (const row of table.rows) {
    if (row.cells.length > width) row.cells.length = width;
    while (row.cells.length < width) row.cells.push('');
  }
  const warnings = [...table.warnings];
  if (table.rows.length === 0)
    warnings.push(issueFrom(MESSAGES, 'inventory.no_rows', {}, { file: table.file }));
  return { ...table, headers, warnings };
}

// ---------------------------------------------------------------------------------------------------
// JSON

/**
 * An array of objects, or an object holding one (`{ "presences": [...] }` as our export writes). Each
 * item is a row; its line is its 1-based index. Nested objects are flattened to dotted keys
 * ("contact.email"), except a person `{ name, email }` which reads "Name <email>"; arrays of plain
 * values are joined with ", ".
 */
function readJson(file: string, text: string, limits: Limits): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { line, column } = lineColumn(text, jsonErrorOffset(text));
    throw invalid(file, 'inventory.json_syntax', { line, column }, { line });
  }
  const items = itemsOf(data);
  if (!items) throw invalid(file, 'inventory.json_not_array');
  if (items.length > limits.maxRows) throw invalid(file, 'inventory.too_many_rows', { max: limits.maxRows });
  if (items.length > 0 && !items.some(isPlainObject)) throw invalid(file, 'inventory.json_not_array');

  const columns = new Map<string, number>();
  const records: ([number, string][] | null)[] = items.map((item) => {
    if (!isPlainObject(item)) return null;
    const record: [number, string][] = [];
    for (const [key, value] of flatten(item)) {
      let at = columns.get(key);
      if (at === undefined) {
        at = columns.size;
        columns.set(key, at);
      }
      record.push([at, value]);
    }
    return record;
  });
  const headers = [...columns.keys()];
  const tooWide = checkHeaders(file, headers, 1, limits);
  if (tooWide) throw tooWide;

  const rows: RawRow[] = [];
  const issues: Issue[] = [];
  records.forEach((record, i) => {
    const row: RawRow = { line: i + 1, cells: new Array<string>(headers.length).fill('') };
    if (!record) flagRow(row, issueAt(file, 'inventory.json_item_not_object', i + 1), issues);
    else for (const [at, value] of record) row.cells[at] = value;
    checkRow(file, row, headers, limits, issues);
    rows.push(row);
  });
  return finish({ file, format: 'json', headers, headerLine: 0, rows, issues, warnings: [] });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isPlainObject(data)) return null;
  if (Array.isArray(data.presences)) return data.presences;
  const arrays = Object.values(data).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0]! : null;
}

const MAX_DEPTH = 4;

function flatten(obj: Record<string, unknown>, prefix = '', depth = 0): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && !isPerson(v)) {
      if (depth < MAX_DEPTH) out.push(...flatten(v, key, depth + 1));
    } else {
      out.push([key, jsonCell(v)]);
    }
  }
  return out;
}

function isPerson(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'name' || k === 'email');
}

function jsonCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(jsonCell).filter(Boolean).join(', ');
  if (isPlainObject(v) && isPerson(v)) {
    const name = typeof v.name === 'string' ? v.name : '';
    const email = typeof v.email === 'string' ? v.email : '';
    return name && email ? `${name} <${email}>` : name || email;
  }
  return JSON.stringify(v) ?? '';
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first JSON syntax error, for text JSON.parse refused (Node 20 does not always say
 * where). A small iterative scanner, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  let expect: Expect = 'value';
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const after = (): Expect => (stack.length ? 'commaOrEnd' : 'done');
  /** Index after the string opening at `i`, or -(error offset) - 1. */
  const string = (from: number): number => {
    for (let j = from + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
          j += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
        else return -(j + 1) - 1;
      }
    }
    return -n - 1;
  };
  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= n) return expect === 'done' ? -1 : n;
    const c = text[i]!;
    if (expect === 'done') return i;
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (expect === 'commaOrEnd') {
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i++;
        expect = after();
      } else return i;
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (expect === 'keyOrEnd' && c === '}') {
        stack.pop();
        i++;
        expect = after();
      } else if (c === '"') {
        const end = string(i);
        if (end < 0) return -end - 1;
        i = end;
        expect = 'colon';
      } else return i;
    } else if (expect === 'valueOrEnd' && c === ']') {
      stack.pop();
      i++;
      expect = after();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (c === '"') {
      const end = string(i);
      if (end < 0) return -end - 1;
      i = end;
      expect = after();
    } else {
      const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      NUMBER.lastIndex = i;
      const length = literal?.length ?? (NUMBER.test(text) ? NUMBER.lastIndex - i : 0);
      if (!length) return i;
      i += length;
      expect = after();
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// XLSX

/** Where a ZIP ends: a file cut short has no end-of-central-directory record. */
function hasZipEnd(buf: Buffer): boolean {
  if (buf.length < 22) return false;
  const at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), buf.length - 22);
  return at >= 0 && at >= buf.length - 65_557;
}

/** Entry names in a ZIP are stored as plain text, so looking for them needs no unzipping. */
function checkWorkbookZip(file: string, buf: Buffer): void {
  if (!hasZipEnd(buf)) throw invalid(file, 'inventory.xlsx_truncated');
  if (buf.includes('xl/workbook.xml')) return;
  if (buf.includes('application/vnd.oasis.opendocument.spreadsheet'))
    throw invalid(file, 'inventory.ods_unsupported');
  throw invalid(file, 'inventory.zip_not_xlsx');
}

/**
 * A workbook's archive, beyond what any real inventory holds once uncompressed (exceljs holds it
 * all in memory): a workbook declaring more is refused before it is inflated.
 */
export const WORKBOOK_ZIP_LIMITS = { maxEntries: 10_000, maxTotalBytes: 1024 ** 3 };

async function readXlsx(file: string, bytes: Uint8Array, limits: Limits): Promise<RawTable> {
  const buf = asBuffer(bytes);
  checkWorkbookZip(file, buf);
  // exceljs (through JSZip) trusts the archive's headers: lying sizes end deep inside it. The archive
  // is checked first, entry by entry, so that the message names the part of the workbook at fault.
  const problem = await checkZipBuffer(buf, WORKBOOK_ZIP_LIMITS);
  if (problem) {
    const reason = { reason: problem.reason, reason_fr: problem.reason_fr };
    if (problem.entry === undefined) throw invalid(file, 'inventory.xlsx_damaged_archive', reason);
    throw invalid(file, 'inventory.xlsx_damaged', { ...reason, entry: problem.entry });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    // What remains is the workbook's content (its XML); a library's own programming error
    // (TypeError…) says nothing to a person and stays out of the message.
    const own = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
    const content = inventoryMessages['inventory.reason.xlsx_content'];
    throw invalid(
      file,
      'inventory.xlsx_corrupt',
      own
        ? { reason: content.en, reason_fr: content.fr }
        : { reason: String((e as Error)?.message ?? e).slice(0, 200) },
    );
  }
  const withData = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const sheet = withData[0];
  if (!sheet) throw invalid(file, 'inventory.empty');
  if (sheet.actualRowCount > limits.maxRows + 1) {
    throw invalid(file, 'inventory.too_many_rows', { max: limits.maxRows });
  }

  const found: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (!cells.every((v) => v.trim() === '')) found.push({ line: number, cells });
  });
  const at = headerIndex(found);
  const head = found[at];
  if (!head) throw invalid(file, 'inventory.empty');
  const failure = checkHeaders(file, head.cells, head.line, limits);
  if (failure) throw failure;
  const headers = head.cells.map((v) => v.trim());
  const headerLine = head.line;
  const rows = found.slice(at + 1);
  const issues: Issue[] = [];
  for (const row of rows) checkRow(file, row, headers, limits, issues);

  const warnings: Issue[] = [];
  if (at > 0) {
    const first = found[0]!.line;
    const last = found[at - 1]!.line;
    const skipped = first === last ? String(first) : `${first}–${last}`;
    warnings.push(
      issueFrom(
        MESSAGES,
        'inventory.rows_above_header',
        { rows: skipped, line: String(headerLine) },
        { file },
      ),
    );
  }
  if (withData.length > 1) {
    const others = withData
      .slice(1)
      .map((ws) => `"${ws.name}"`)
      .join(', ');
    warnings.push(
      issueFrom(MESSAGES, 'inventory.xlsx_other_sheets', { sheet: sheet.name, others }, { file }),
    );
  }
  return finish({ file, format: 'xlsx', sheet: sheet.name, headers, headerLine, rows, issues, warnings });
}

/**
 * Spreadsheets often open with a title ("Inventaire des comptes 2024") above the real header: the
 * header is the first of the first ten rows with two values or more, when the rows above have one.
 */
function headerIndex(rows: RawRow[]): number {
  const filled = (r: RawRow) => r.cells.filter((c) => c.trim() !== '').length;
  const at = rows.slice(0, 10).findIndex((r) => filled(r) >= 2);
  return at > 0 && rows.slice(0, at).every((r) => filled(r) === 1) ? at : 0;
}

/** A cell as the person sees it: formulas give their last result, dates become ISO dates. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoOfDate(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) {
    const text = typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJS.CellValue);
    return text || v.hyperlink;
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result !== undefined) return cellText(result as ExcelJS.CellValue);
    return `=${'formula' in v ? v.formula : v.sharedFormula}`;
  }
  if ('error' in v) return String(v.error);
  return '';
}

/** exceljs gives dates at UTC midnight for date-only cells; a time of day is kept when there is one. */
function isoOfDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

// ---------------------------------------------------------------------------------------------------
// Issues

/** Positions are shown as written ("line 1234"), not as formatted quantities ("line 1,234"). */
function positions(params: Params): Params {
  const out = { ...params };
  for (const k of ['line', 'column', 'n'] as const) if (typeof out[k] === 'number') out[k] = String(out[k]);
  return out;
}

function invalid(
  file: string,
  code: string,
  params: Params = {},
  where: Omit<Issue, 'code' | 'params' | 'message'> = {},
) {
  const issue = issueFrom(MESSAGES, code, positions({ file, ...params }), { file, ...where });
  return new Invalid(code, issue.message, issue.params, [issue]);
}

function issueAt(file: string, code: string, line: number, params: Params = {}, column?: string): Issue {
  return issueFrom(MESSAGES, code, positions({ file, line, ...params }), {
    file,
    line,
    ...(column ? { column } : {}),
  });
}
