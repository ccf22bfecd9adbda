// LinkedIn company page exports, as a page's admins download them from the page analytics: workbooks
// (XLSX, sometimes named `.xls`; or CSV) for content, followers and visitors, named
// `<page>_content_<epoch ms>.xlsx`, `<page>_followers_<epoch ms>.xlsx`, `<page>_visitors_<epoch ms>.xlsx`.
//
// What is read, sheet by sheet (sheets are recognised by their header row, not their name):
// - content, "Metrics" (daily): impressions ← "Impressions (total)" (else organic + sponsored);
//   engagements ← clicks + reactions + comments + reposts (totals), as LinkedIn counts engagement;
// - content, "All posts" / "Update engagement": one post per row, its id the URN of its link
//   (`urn:li:activity:…`, `urn:li:share:…`, `urn:li:ugcPost:…`); LinkedIn gives the day only (MM/DD/YYYY),
//   so the time is midnight UTC; likes ← Likes (or Reactions), replies ← Comments, shares ← Reposts
//   (or Shares), clicks ← Clicks, views ← Impressions (the model has no per-post impressions, and
//   LinkedIn's "views" are only video views);
// - followers, "New followers" (daily): audienceGained ← Total followers (else the sum of sponsored,
//   organic and auto-invited); LinkedIn gives no daily audience;
// - visitors, "Visitor metrics" (daily): visits ← Total page views (total), else Overview page views
//   (total);
// - the demographic sheets (location, job function, seniority, industry, company size) are not read.
// The header row is found among the first rows: some sheets have a description row above it.
//
// Decisions worth knowing:
// - The page's identity comes from the file names: `<page>` is taken as the page's public name, so
//   the account is `company/<page>`. A page whose vanity URL differs from that name must be imported
//   with `--presence`; files renamed by hand carry no identity (the account record then names the
//   platform only, and the pipeline asks for `--presence`). Files of two pages in one export are refused.
// - A post without a URN in its link (rare: LinkedIn always links organic posts) gets a derived id,
//   `li-derived:` + a hash of its day and title, stable across re-imports.
// - Daily figures from the three files are merged into one metric record per day, emitted after the
//   posts (the store would otherwise be asked to write the same day twice in one batch).
// - Workbooks are loaded whole (exceljs), after checking the entry is at most 50 MB: LinkedIn's own
//   files are a few hundred kB (a year of days, a few thousand posts). CSV files are streamed.
// - Old binary `.xls` files (OLE2) are refused with the advice to save them as `.xlsx`.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Invalid } from '../../core/errors';
import { parseDate } from '../../core/parse/dates';
import { detectDelimiter } from '../../core/parse/delimiter';
import { parseNumber } from '../../core/parse/numbers';
import { isError } from '../../core/parse/parsed';
import { isPlaceholder } from '../../core/parse/words';
import { checkZipBuffer } from '../../core/zip';
import type {
  ExportAccount,
  ExportMetric,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  ReadContext,
} from '../model';
import { csvEntryRows } from './csv-rows';
import {
  baseName,
  entryLabel,
  extOf,
  keyOf,
  peekBytes,
  peekText,
  readerInvalid,
  readSmall,
  reasonOf,
  UnknownFields,
} from './support';

export const LINKEDIN_FILE = /^(.+?)_(content|updates|followers|visitors)_(\d{10,})\.(xlsx|xls|csv)$/i;
const MAX_WORKBOOK = 50 * 1024 * 1024;
/** A workbook's archive once uncompressed (exceljs holds it whole): LinkedIn's are a few MB. */
const WORKBOOK_LIMITS = { maxEntries: 10_000, maxTotalBytes: 1024 ** 3 };
const HEADER_SEARCH = 10;

type SheetKind = 'posts' | 'metrics' | 'followers' | 'visitors';

/** Daily metrics of one page, merged across files and sheets. */
type Days = Map<string, ExportMetric>;

/** What reading the files of one export gathers: daily figures, and how many tables were recognised. */
interface Reading {
  days: Days;
  tables: number;
}

// ---------------------------------------------------------------------------------------------------
// Columns

const POST_COLUMNS = new Set(
  [
    'update title',
    'post title',
    'update link',
    'post link',
    'update type',
    'post type',
    'content type',
    'campaign name',
    'posted by',
    'created date',
    'campaign start date',
    'campaign end date',
    'audience',
    'impressions',
    'views excluding off site video views',
    'off site views',
    'clicks',
    'click through rate ctr',
    'ctr',
    'likes',
    'reactions',
    'comments',
    'reposts',
    'shares',
    'follows',
    'engagement rate',
  ].map(keyOf),
);
const METRIC_COLUMN =
  /^(?:date|(?:unique )?impressions|clicks|reactions|comments|reposts|shares|engagement rate|views)(?: (?:organic|sponsored|total))?$/;
const FOLLOWER_COLUMN = /^(?:date|(?:sponsored|organic|auto invited|total) followers)$/;
const VISITOR_COLUMN = /^(?:date|(?:[a-z ]+ )?(?:page views|unique visitors)(?: (?:desktop|mobile|total))?)$/;
const DEMOGRAPHICS = new Set(['location', 'job function', 'seniority', 'industry', 'company size']);

/** What a header row is, from its folded cells. */
export function sheetKindOf(keys: string[]): SheetKind | null {
  const has = (k: string) => keys.includes(k);
  if (
    has('update link') ||
    has('post link') ||
    ((has('update title') || has('post title')) && has('created date'))
  )
    return 'posts';
  if (!has('date')) return null;
  if (has('total followers') || has('organic followers')) return 'followers';
  if (keys.some((k) => /page views|unique visitors/.test(k))) return 'visitors';
  if (keys.some((k) => /^impressions (?:total|organic)$/.test(k))) return 'metrics';
  return null;
}

function knownColumn(kind: SheetKind, key: string): boolean {
  switch (kind) {
    case 'posts':
      return POST_COLUMNS.has(key);
    case 'metrics':
      return METRIC_COLUMN.test(key);
    case 'followers':
      return FOLLOWER_COLUMN.test(key);
    case 'visitors':
      return VISITOR_COLUMN.test(key);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cells

type Cell = ExcelJS.CellValue | string | undefined;

function textOf(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' && v.text ? v.text : v.hyperlink;
  if ('result' in v && v.result !== undefined) return textOf(v.result as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return '';
}

/** The target of a link cell: its hyperlink, else its text. */
function linkOf(v: Cell): string {
  if (v && typeof v === 'object' && 'hyperlink' in v && v.hyperlink) return v.hyperlink;
  return textOf(v).trim();
}

/** A table being read: a worksheet or a CSV file, with the file and sheet named in its errors. */
interface Table {
  file: string;
  sheet: string;
  /** Column key → index. */
  at: Map<string, number>;
  headers: string[];
}

function problem(
  t: Table,
  code: 'imports.linkedin.bad_number' | 'imports.linkedin.bad_date',
  line: number,
  column: string,
  value: string,
): Invalid {
  return readerInvalid(
    t.file,
    code,
    { sheet: t.sheet, line, column, value: value.slice(0, 100) },
    { line, column, field: t.sheet },
  );
}

function numberAt(t: Table, cells: Cell[], line: number, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const i = t.at.get(k);
    if (i === undefined) continue;
    const v = cells[i];
    if (typeof v === 'number') return v;
    const s = textOf(v).trim();
    if (!s || isPlaceholder(s) || s === '-') return undefined;
    const n = parseNumber(s.replace(/%$/, ''));
    if (isError(n)) throw problem(t, 'imports.linkedin.bad_number', line, t.headers[i]!, s);
    return n.value;
  }
  return undefined;
}

const sumOf = (values: (number | undefined)[]) =>
  values.some((v) => v !== undefined) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : undefined;

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A LinkedIn day: a date cell, MM/DD/YYYY, ISO, or an Excel serial number. */
function dayAt(t: Table, cells: Cell[], line: number, key: string): string | null {
  const i = t.at.get(key);
  if (i === undefined) return null;
  const v = cells[i];
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = textOf(v).trim();
  if (!s) return null;
  const us = US_DATE.exec(s);
  const d = us
    ? parseDate(`${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`)
    : parseDate(s, 'mdy');
  if (isError(d)) throw problem(t, 'imports.linkedin.bad_date', line, t.headers[i]!, s);
  return d.value;
}

// ---------------------------------------------------------------------------------------------------
// Rows

const URN = /urn:li:(?:activity|share|ugcPost):\d+/;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

function postOf(t: Table, cells: Cell[], line: number): ExportPost | null {
  const linkIndex = t.at.get('update link') ?? t.at.get('post link');
  const titleIndex = t.at.get('update title') ?? t.at.get('post title');
  const link = linkIndex === undefined ? '' : linkOf(cells[linkIndex]);
  const title = titleIndex === undefined ? '' : textOf(cells[titleIndex]);
  const day = dayAt(t, cells, line, 'created date');
  if (!day && !link && !title.trim()) return null; // an empty or total row
  if (!day) {
    const column = t.headers[t.at.get('created date') ?? 0] ?? 'Created date';
    throw problem(t, 'imports.linkedin.bad_date', line, column, '');
  }
  const urn = URN.exec(decodeURIComponent(link))?.[0];
  const externalId =
    urn ?? `li-derived:${createHash('sha256').update(`${day}\n${title}`).digest('hex').slice(0, 24)}`;
  const counts: ExportPost['counts'] = {};
  const likes = numberAt(t, cells, line, 'likes', 'reactions');
  const replies = numberAt(t, cells, line, 'comments');
  const shares = numberAt(t, cells, line, 'reposts', 'shares');
  const clicks = numberAt(t, cells, line, 'clicks');
  const views = numberAt(t, cells, line, 'impressions');
  if (likes !== undefined) counts.likes = likes;
  if (replies !== undefined) counts.replies = replies;
  if (shares !== undefined) counts.shares = shares;
  if (clicks !== undefined) counts.clicks = clicks;
  if (views !== undefined) counts.views = views;
  const post: ExportPost = {
    externalId,
    publishedAt: `${day}T00:00:00.000Z`,
    text: title,
    kind: 'original',
    links: [...new Set(title.match(URL_IN_TEXT) ?? [])],
    media: [],
    counts,
  };
  if (/^https?:\/\//.test(link)) post.url = link;
  return post;
}

function mergeDay(days: Days, day: string, figures: Omit<ExportMetric, 'day'>) {
  const m = days.get(day) ?? { day };
  for (const [k, v] of Object.entries(figures) as [keyof typeof figures, number | undefined][])
    if (v !== undefined) m[k] = v;
  days.set(day, m);
}

function dailyOf(kind: Exclude<SheetKind, 'posts'>, t: Table, cells: Cell[], line: number, days: Days) {
  const day = dayAt(t, cells, line, 'date');
  if (!day) return;
  // Every figure read is checked, even when a total makes its parts unnecessary.
  const n = (...keys: string[]) => numberAt(t, cells, line, ...keys);
  const totalOr = (total: number | undefined, parts: (number | undefined)[]) => total ?? sumOf(parts);
  if (kind === 'metrics') {
    const impressions = totalOr(n('impressions total'), [
      n('impressions organic'),
      n('impressions sponsored'),
    ]);
    const engagements = sumOf(
      ['clicks', 'reactions', 'comments', 'reposts', 'shares'].map((k) =>
        totalOr(n(`${k} total`), [n(`${k} organic`), n(`${k} sponsored`)]),
      ),
    );
    mergeDay(days, day, { impressions, engagements });
  } else if (kind === 'followers') {
    const gained = totalOr(n('total followers'), [
      n('sponsored followers'),
      n('organic followers'),
      n('auto invited followers'),
    ]);
    mergeDay(days, day, { audienceGained: gained });
  } else {
    const overview = totalOr(n('overview page views total'), [
      n('overview page views desktop'),
      n('overview page views mobile'),
    ]);
    mergeDay(days, day, { visits: n('total page views total') ?? overview });
  }
}

/**
 * One table (a sheet or a CSV file): finds its header row, then reads its rows. Returns the posts
 * it yields; daily figures go into `days`, unknown columns into `unknown`.
 */
async function* readTable(
  file: string,
  sheet: string,
  rows: AsyncIterable<{ line: number; cells: Cell[] }>,
  reading: Reading,
  unknown: UnknownFields,
): AsyncGenerator<ExportRecord> {
  let table: Table | null = null;
  let kind: SheetKind | null = null;
  let seen = 0;
  let unknownColumns: number[] = [];
  for await (const { line, cells } of rows) {
    if (!table) {
      seen++;
      const keys = cells.map((c) => keyOf(textOf(c)));
      kind = sheetKindOf(keys);
      if (kind) {
        reading.tables++;
        table = {
          file,
          sheet,
          at: new Map(keys.map((k, i) => [k, i] as const).filter(([k]) => k)),
          headers: cells.map((c) => textOf(c).trim()),
        };
        const k = kind;
        unknownColumns = keys.flatMap((key, i) => (key && !knownColumn(k, key) ? [i] : []));
        continue;
      }
      if (seen >= HEADER_SEARCH) break;
      continue;
    }
    if (cells.every((c) => textOf(c).trim() === '')) continue;
    for (const i of unknownColumns)
      if (textOf(cells[i]).trim()) unknown.note(file, `${sheet}: column "${table.headers[i]}"`);
    if (kind === 'posts') {
      const post = postOf(table, cells, line);
      if (post) yield { type: 'post', post };
    } else if (kind) dailyOf(kind, table, cells, line, reading.days);
  }
  if (!table) {
    if (DEMOGRAPHICS.has(keyOf(sheet))) return;
    if (seen === 0) return; // an empty sheet
    unknown.note(file, `sheet "${sheet}"`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Files

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b;

async function* readWorkbook(
  source: ExportSource,
  entry: string,
  reading: Reading,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const file = entryLabel(source, entry);
  const bytes = await readSmall(source, entry, MAX_WORKBOOK, ctx);
  if (OLE2.every((b, i) => bytes[i] === b)) throw readerInvalid(file, 'imports.linkedin.xls_unsupported');
  if (!isZip(bytes))
    throw readerInvalid(file, 'imports.linkedin.xlsx_unreadable', { reason: 'not a ZIP archive' });
  // exceljs trusts the workbook's own ZIP headers: they are checked first (src/core/zip.ts), so
  // that lying sizes are refused naming the part of the workbook, not as a library's error.
  const problem = await checkZipBuffer(bytes, WORKBOOK_LIMITS);
  if (problem) {
    const reason = { reason: problem.reason, reason_fr: problem.reason_fr };
    if (problem.entry === undefined) throw readerInvalid(file, 'imports.linkedin.xlsx_unreadable', reason);
    throw readerInvalid(file, 'imports.linkedin.xlsx_damaged', { ...reason, part: problem.entry });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw readerInvalid(file, 'imports.linkedin.xlsx_unreadable', { reason: reasonOf(e) });
  }
  const unknown = new UnknownFields();
  for (const ws of wb.worksheets) {
    async function* rows() {
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const cells: Cell[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).value);
        yield { line: r, cells };
      }
    }
    yield* readTable(file, ws.name, rows(), reading, unknown);
  }
  yield* unknown.records();
}

async function* readCsv(
  source: ExportSource,
  entry: string,
  reading: Reading,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const file = entryLabel(source, entry);
  const unknown = new UnknownFields();
  yield* readTable(file, baseName(entry), csvEntryRows(source, entry, ctx), reading, unknown);
  yield* unknown.records();
}

const isTable = (path: string) => ['xlsx', 'xls', 'csv'].includes(extOf(path));

/** The page a file name names, lower-cased; null for a file named otherwise. */
export function pageOf(path: string): string | null {
  return LINKEDIN_FILE.exec(baseName(path))?.[1]?.toLowerCase() ?? null;
}

/** Does a CSV look like a LinkedIn table: a LinkedIn header among its first lines? */
async function csvLooksLinkedIn(source: ExportSource, entry: string): Promise<boolean> {
  const text = await peekText(source, entry, 8192);
  const lines = text.split(/\r?\n/).slice(0, HEADER_SEARCH);
  const delimiter = detectDelimiter(lines.slice(0, -1).join('\n') || text);
  return lines.some(
    (l) => sheetKindOf(l.split(delimiter).map((c) => keyOf(c.replace(/^"|"$/g, '')))) !== null,
  );
}

export const linkedinReader: ExportReader = {
  platform: 'linkedin',

  async detect(source) {
    const entries = source.entries();
    if (entries.some((e) => pageOf(e))) return 0.9;
    const tables = entries.filter(isTable);
    if (!tables.length || tables.length > 20) return 0;
    let workbook = false;
    for (const e of tables) {
      if (extOf(e) === 'csv') {
        if (await csvLooksLinkedIn(source, e)) return 0.7;
      } else if (isZip(await peekBytes(source, e, 4))) {
        if (/linkedin/i.test(e)) return 0.4;
        workbook = true;
      }
    }
    // A renamed workbook cannot be told from a peek: not claimed, but readable when LinkedIn is named.
    return workbook ? 0.1 : 0;
  },

  async *read(source, ctx) {
    const all = source.entries().filter(isTable).sort();
    const named = all.filter((e) => pageOf(e));
    const entries = named.length ? named : all;
    if (!entries.length) throw readerInvalid(source.name, 'imports.linkedin.no_file');
    let page: string | null = null;
    let pageFile = '';
    for (const e of named) {
      const p = pageOf(e)!;
      if (page === null) {
        page = p;
        pageFile = entryLabel(source, e);
      } else if (p !== page)
        throw readerInvalid(entryLabel(source, e), 'imports.linkedin.several_pages', {
          page: p,
          first: pageFile,
          other: page,
        });
    }
    const account: ExportAccount = page
      ? {
          platform: 'linkedin',
          handle: `company/${page}`,
          url: `https://www.linkedin.com/company/${encodeURIComponent(page)}`,
          name: page,
        }
      : { platform: 'linkedin' };
    yield { type: 'account', account };
    const reading: Reading = { days: new Map(), tables: 0 };
    for (const e of entries) {
      if (extOf(e) === 'csv') yield* readCsv(source, e, reading, ctx);
      else yield* readWorkbook(source, e, reading, ctx);
    }
    // Not one LinkedIn table in the files: another platform's export, not an empty LinkedIn one.
    if (!reading.tables) throw readerInvalid(source.name, 'imports.linkedin.no_file');
    const { days } = reading;
    for (const day of [...days.keys()].sort()) yield { type: 'metric', metric: days.get(day)! };
  },
};
