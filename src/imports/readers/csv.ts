// The generic CSV: posts and daily metrics of any platform without a reader of its own, in a format
// documented in docs/generic-csv.md. Two kinds of file, told apart by their header row:
// - posts: `post_id, published_at` required; `text, language, kind, url, links, media, likes, shares,
//   replies, quotes, views` optional;
// - daily metrics: `date` and at least one of `audience, audience_gained, impressions, engagements,
//   visits, video_views`;
// both with optional account columns (`platform` + `handle`, or `account_url`). French headers are
// accepted too (id_publication, date_publication, texte, abonnes…: see HEADERS below).
//
// Decisions worth knowing:
// - Without account columns the file does not say whose it is: the reader emits NO account record,
//   and the pipeline then requires `--presence ID` (or the presence chosen in the web app). With
//   account columns, every row names the same account (or leaves the cells empty): one account per
//   file; the first data row must name it, so the account record comes before any post.
// - Any delimiter (`,` `;` tab `|`), UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252.
// - Numeric dates: the order (day or month first) is decided on the first 1,000 rows, French (day
//   first) unless some date can only be read month first; both seen → refused. ISO is recommended.
//   A time without an offset is UTC.
// - Every bad value is an issue naming the file, the line and the column; the reader keeps checking
//   (up to 100 issues) after the first, then throws them all in one `Invalid`, having stopped
//   yielding records at the first (the pipeline keeps nothing of a file that fails).
// - Unknown columns are reported (`unknown` records, counting the rows that fill them), never fatal.
// - A day given twice in one metrics file is an issue (which of the two figures is right?).
import type { Issue } from '../../core/errors';
import type { Params } from '../../core/i18n';
import { type DateOrder, detectDateOrder, isoUtc, parseDate } from '../../core/parse/dates';
import { parseCount, parseNumber } from '../../core/parse/numbers';
import { isError } from '../../core/parse/parsed';
import { parseLanguages } from '../../registry/inventory/values';
import { findPlatformByName, getPlatform } from '../../registry/urls/platforms';
import { resolveProfile } from '../../registry/urls/resolve';
import type {
  ExportAccount,
  ExportMetric,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  MediaRef,
  PostKind,
  ReadContext,
} from '../model';
import { type CsvRow, csvEntryRows, peekCsvHeader } from './csv-rows';
import {
  entryLabel,
  extOf,
  invalidFrom,
  keyOf,
  type ReaderMessage,
  readerInvalid,
  readerIssue,
  UnknownFields,
} from './support';

// ---------------------------------------------------------------------------------------------------
// Columns

type PostColumn =
  | 'post_id'
  | 'published_at'
  | 'text'
  | 'language'
  | 'kind'
  | 'url'
  | 'links'
  | 'media'
  | 'likes'
  | 'shares'
  | 'replies'
  | 'quotes'
  | 'views';
type MetricColumn =
  | 'date'
  | 'audience'
  | 'audience_gained'
  | 'impressions'
  | 'engagements'
  | 'visits'
  | 'video_views';
type AccountColumn = 'platform' | 'handle' | 'account_url';
type Column = PostColumn | MetricColumn | AccountColumn;

/** Every accepted header (folded: lower case, no accents, `_` between words) → its column. */
const HEADERS: Record<Column, string[]> = {
  post_id: ['post_id', 'id_publication', 'identifiant_publication', 'id_post'],
  published_at: ['published_at', 'date_publication', 'date_de_publication', 'publie_le'],
  text: ['text', 'texte', 'contenu'],
  language: ['language', 'langue'],
  kind: ['kind', 'type', 'type_publication', 'type_de_publication'],
  url: ['url', 'url_publication', 'lien_publication'],
  links: ['links', 'liens'],
  media: ['media', 'medias'],
  likes: ['likes', 'j_aime', 'jaime', 'reactions'],
  shares: ['shares', 'partages'],
  replies: ['replies', 'reponses', 'commentaires'],
  quotes: ['quotes', 'citations'],
  views: ['views', 'vues'],
  date: ['date', 'jour', 'day'],
  audience: ['audience', 'abonnes', 'followers'],
  audience_gained: ['audience_gained', 'nouveaux_abonnes', 'abonnes_gagnes'],
  impressions: ['impressions'],
  engagements: ['engagements', 'interactions'],
  visits: ['visits', 'visites'],
  video_views: ['video_views', 'vues_video', 'vues_videos'],
  platform: ['platform', 'plateforme'],
  handle: ['handle', 'compte', 'identifiant'],
  account_url: ['account_url', 'url_compte', 'url_du_compte'],
};

const COLUMN_OF = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, string[]][]).flatMap(([c, names]) =>
    names.map((n) => [n, c] as const),
  ),
);

const POST_ONLY: Column[] = [
  'post_id',
  'published_at',
  'text',
  'kind',
  'links',
  'media',
  'likes',
  'shares',
  'replies',
  'quotes',
  'views',
];
const METRIC_COLUMNS: MetricColumn[] = [
  'audience',
  'audience_gained',
  'impressions',
  'engagements',
  'visits',
  'video_views',
];

/** A header as matched: `Date de publication` → `date_de_publication`. */
export const headerKey = (h: string) => keyOf(h).replace(/ /g, '_');

export type CsvKind = 'posts' | 'metrics';

interface Layout {
  kind: CsvKind;
  /** Column → its index in the row. */
  at: Partial<Record<Column, number>>;
  headers: string[];
  unknown: number[];
  hasAccount: boolean;
}

/** What a header row is, or the problem with it. */
export function layoutOf(file: string, headers: string[]): Layout {
  const at: Partial<Record<Column, number>> = {};
  const unknown: number[] = [];
  headers.forEach((h, i) => {
    const c = COLUMN_OF.get(headerKey(h));
    if (!c) {
      if (h.trim() !== '') unknown.push(i);
      return;
    }
    const before = at[c];
    if (before !== undefined)
      throw readerInvalid(
        file,
        'imports.csv.duplicate_column',
        { column: headers[before]!, other: h },
        { line: 1, column: h },
      );
    at[c] = i;
  });
  const kind: CsvKind | null = at.post_id !== undefined ? 'posts' : at.date !== undefined ? 'metrics' : null;
  if (!kind) throw readerInvalid(file, 'imports.csv.unknown_kind', {}, { line: 1 });
  if (kind === 'posts' && at.published_at === undefined)
    throw readerInvalid(file, 'imports.csv.missing_column', { column: 'published_at' }, { line: 1 });
  if (kind === 'metrics') {
    if (!METRIC_COLUMNS.some((c) => at[c] !== undefined))
      throw readerInvalid(file, 'imports.csv.no_metric_column', {}, { line: 1 });
    // A metrics file with post columns is not what its author thinks it is.
    for (const c of POST_ONLY) {
      const i = at[c];
      if (i !== undefined && c !== 'post_id') {
        delete at[c];
        unknown.push(i);
      }
    }
  } else {
    for (const c of ['date', ...METRIC_COLUMNS] as Column[]) {
      const i = at[c];
      if (i !== undefined) {
        delete at[c];
        unknown.push(i);
      }
    }
  }
  const hasAccount = at.platform !== undefined || at.handle !== undefined || at.account_url !== undefined;
  return { kind, at, headers, unknown, hasAccount };
}

/** Which kind a header row says, without throwing (for detection). */
export function kindOf(headers: string[]): CsvKind | null {
  const cols = new Set(headers.map((h) => COLUMN_OF.get(headerKey(h))));
  if (cols.has('post_id') && cols.has('published_at')) return 'posts';
  if (cols.has('date') && METRIC_COLUMNS.some((c) => cols.has(c))) return 'metrics';
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Values

type Check<T> = { value: T } | { code: ReaderMessage; params?: Params };

const KINDS: Record<string, PostKind> = {
  original: 'original',
  originale: 'original',
  post: 'original',
  publication: 'original',
  reply: 'reply',
  reponse: 'reply',
  share: 'share',
  partage: 'share',
  repost: 'share',
  quote: 'quote',
  citation: 'quote',
};

function kindValue(text: string): Check<PostKind> {
  const k = KINDS[text] ?? KINDS[keyOf(text)];
  return k ? { value: k } : { code: 'imports.csv.bad_kind' };
}

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))*$/i;

/** Files repeat the same few languages: each spelling is checked once. */
const languages = new Map<string, Check<string>>();

function languageValue(text: string): Check<string> {
  let r = languages.get(text);
  if (!r) {
    if (languages.size > 1000) languages.clear();
    r = checkLanguage(text);
    languages.set(text, r);
  }
  return r;
}

function checkLanguage(text: string): Check<string> {
  const s = text.trim();
  if (LANGUAGE_TAG.test(s) && s.length <= 12) {
    const [lang, ...rest] = s.replace(/_/g, '-').split('-');
    // Written names ("français", "French") and three-letter codes go through the inventory's table.
    if (lang!.length === 2)
      return {
        value: [lang!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-'),
      };
  }
  const named = parseLanguages(s);
  return isError(named) || named.value.length !== 1
    ? { code: 'imports.csv.bad_language' }
    : { value: named.value[0]! };
}

function urlValue(text: string): Check<string> {
  try {
    const u = new URL(text.trim());
    if (u.protocol === 'http:' || u.protocol === 'https:') return { value: u.href };
  } catch {
    // fall through
  }
  return { code: 'imports.csv.bad_url' };
}

const MEDIA_TYPES: [RegExp, MediaRef['type']][] = [
  [/\.(?:jpe?g|png|webp|heic|avif|bmp|tiff?|svg)$/i, 'image'],
  [/\.gif$/i, 'gif'],
  [/\.(?:mp4|mov|m4v|webm|avi|mkv)$/i, 'video'],
  [/\.(?:mp3|m4a|ogg|opus|wav|flac|aac)$/i, 'audio'],
];

/** A media reference: a URL or a path, its type from its extension. */
export function mediaOf(ref: string): MediaRef {
  const path = ref.replace(/[?#].*$/, '');
  const type = MEDIA_TYPES.find(([re]) => re.test(path))?.[1] ?? 'other';
  return { type, ref };
}

const splitList = (text: string) => text.split(/[\s|]+/).filter(Boolean);

function countValue(text: string): Check<number> {
  if (/^\d{1,15}$/.test(text)) return { value: Number(text) };
  const n = parseCount(text);
  if (isError(n) || !Number.isSafeInteger(n.value)) return { code: 'imports.csv.bad_number' };
  return { value: n.value };
}

function signedValue(text: string): Check<number> {
  const n = parseNumber(text);
  if (isError(n) || !Number.isSafeInteger(Math.round(n.value)) || Math.round(n.value) !== n.value)
    return { code: 'imports.csv.bad_signed_number' };
  return { value: n.value };
}

function dayValue(text: string, order: DateOrder): Check<string> {
  const iso = isoUtc(text);
  if (iso) return { value: iso.slice(0, 10) };
  const d = parseDate(text.trim(), order);
  return isError(d) ? { code: 'imports.csv.bad_date' } : { value: d.value };
}

const TIME =
  /^(.*?)(?:[ T]+|\s+(?:à|a|at)\s+)(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A date and time: ISO 8601, or a date as `dayValue` reads it followed by `14:30`, `14h30`, `2:30 pm`,
 * `à 14h30`, with an optional offset; a date alone is midnight. No offset: UTC.
 */
export function timestampValue(text: string, order: DateOrder = 'dmy'): Check<string> {
  const iso = isoUtc(text);
  if (iso) return { value: iso };
  const s = text.trim().replace(/\s+/g, ' ');
  const m = TIME.exec(s);
  if (!m) {
    const d = dayValue(s, order);
    return 'value' in d ? { value: `${d.value}T00:00:00.000Z` } : { code: 'imports.csv.bad_timestamp' };
  }
  const day = dayValue(m[1]!, order);
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  const half = m[5]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return { code: 'imports.csv.bad_timestamp' };
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (!('value' in day) || hour > 23 || minute > 59 || second > 59)
    return { code: 'imports.csv.bad_timestamp' };
  const zone = (m[6] ?? 'Z').toUpperCase().replace(/^(UTC|GMT)$/, 'Z');
  const out = isoUtc(`${day.value}T${two(hour)}:${two(minute)}:${two(second)}${zone}`);
  return out ? { value: out } : { code: 'imports.csv.bad_timestamp' };
}

// ---------------------------------------------------------------------------------------------------
// Accounts

interface AccountCells {
  platform?: string;
  handle?: string;
  url?: string;
}

const sameAccount = (a: ExportAccount, b: ExportAccount) => a.platform === b.platform && a.url === b.url;

function accountLabel(a: ExportAccount): string {
  return `${a.platform} ${a.handle ?? a.url ?? ''}`.trim();
}

/** The account a row names, or the problem with it; null when the row leaves the cells empty. */
function accountOf(
  cells: AccountCells,
  headers: { platform?: string; handle?: string; url?: string },
): Check<ExportAccount> | null {
  const platformText = cells.platform?.trim() ?? '';
  const handle = cells.handle?.trim() ?? '';
  const url = cells.url?.trim() ?? '';
  if (!platformText && !handle && !url) return null;
  let platformId: string | undefined;
  if (platformText) {
    platformId = getPlatform(platformText.toLowerCase())?.id;
    if (!platformId) {
      const found = findPlatformByName(platformText);
      platformId = found?.exact ? found.platform.id : undefined;
    }
    if (!platformId)
      return {
        code: 'imports.csv.bad_platform',
        params: { value: platformText, column: headers.platform ?? 'platform' },
      };
  }
  const ident = url || handle;
  if (!url && !platformId)
    return { code: 'imports.csv.account_incomplete', params: { column: headers.platform ?? 'platform' } };
  if (!ident)
    return { code: 'imports.csv.account_incomplete', params: { column: headers.handle ?? 'handle' } };
  const r = resolveProfile(ident, platformId);
  if (r?.kind !== 'profile' || (platformId && r.platform !== platformId))
    return { code: 'imports.csv.bad_account', params: { value: ident, platform: platformId ?? ident } };
  return { value: { platform: r.platform, handle: r.handle ?? handle, url: r.url } };
}

// ---------------------------------------------------------------------------------------------------
// The reader

const MAX_ISSUES = 100;
const ORDER_SAMPLE = 1000;

const isCsvName = (path: string) => ['csv', 'tsv', 'txt'].includes(extOf(path));

interface Plan {
  entry: string;
  file: string;
  layout: Layout;
  order: DateOrder;
  account: ExportAccount | null;
}

class Problems {
  readonly issues: Issue[] = [];
  overflow = false;

  constructor(readonly file: string) {}

  add(code: ReaderMessage, line: number, column: string, params: Params = {}) {
    if (this.issues.length >= MAX_ISSUES) {
      this.overflow = true;
      return;
    }
    const at = column ? { line, column } : { line };
    this.issues.push(readerIssue(this.file, code, { column, line, ...params }, at));
  }

  get full() {
    return this.issues.length >= MAX_ISSUES;
  }

  throwIfAny() {
    if (!this.issues.length) return;
    if (this.overflow)
      this.issues.push(readerIssue(this.file, 'imports.csv.too_many_issues', { max: MAX_ISSUES }));
    throw invalidFrom(this.issues);
  }
}

export const csvReader: ExportReader = {
  platform: 'csv',

  async detect(source) {
    const entries = source.entries().filter(isCsvName);
    if (!entries.length || entries.length > 50) return 0;
    let found = 0;
    for (const e of entries.slice(0, 10)) {
      const header = await peekCsvHeader(source, e);
      if (header && kindOf(header)) found++;
    }
    // Below the readers of named platforms: their files may also look like a table of posts.
    return found ? 0.5 : 0;
  },

  async *read(source, ctx) {
    const plans: Plan[] = [];
    for (const entry of source.entries().filter(isCsvName).sort()) {
      const header = await peekCsvHeader(source, entry);
      if (!header || !kindOf(header)) continue;
      plans.push(await plan(source, entry, ctx));
    }
    if (!plans.length) throw readerInvalid(source.name, 'imports.csv.no_file');
    let account: ExportAccount | null = null;
    let accountFile = '';
    for (const p of plans) {
      if (!p.account) continue;
      if (!account) {
        account = p.account;
        accountFile = p.file;
      } else if (!sameAccount(account, p.account)) {
        throw readerInvalid(p.file, 'imports.csv.several_accounts', {
          line: 2,
          other: accountLabel(p.account),
          account: `${accountLabel(account)} (${accountFile})`,
        });
      }
    }
    if (account) yield { type: 'account', account };
    for (const p of plans) yield* readEntry(source, p, account, ctx);
  },
};

/** The first rows of an entry: its layout, its date order, the account its first row names. */
async function plan(source: ExportSource, entry: string, ctx?: ReadContext): Promise<Plan> {
  const file = entryLabel(source, entry);
  let layout: Layout | null = null;
  const dates: string[] = [];
  let account: ExportAccount | null = null;
  let rows = 0;
  for await (const row of csvEntryRows(source, entry, ctx)) {
    if (!layout) {
      layout = layoutOf(
        file,
        row.cells.map((c) => c.trim()),
      );
      continue;
    }
    const dateAt = layout.kind === 'posts' ? layout.at.published_at : layout.at.date;
    const d = dateAt === undefined ? undefined : row.cells[dateAt];
    // The date part only: `detectDateOrder` does not know every way of writing the time.
    if (d?.trim()) dates.push(TIME.exec(d.trim())?.[1] ?? d.trim());
    if (rows === 0 && layout.hasAccount) {
      const a = accountOf(accountCells(layout, row), accountHeaders(layout));
      if (!a) {
        const column = layout.headers[layout.at.platform ?? layout.at.account_url ?? layout.at.handle ?? 0]!;
        throw readerInvalid(
          file,
          'imports.csv.account_incomplete',
          { line: row.line, column },
          { line: row.line, column },
        );
      }
      if ('code' in a) throw readerInvalid(file, a.code, { line: row.line, ...a.params }, { line: row.line });
      account = a.value;
    }
    if (++rows >= ORDER_SAMPLE) break;
  }
  if (!layout) throw readerInvalid(file, 'imports.more.empty');
  const { order, mixed } = detectDateOrder(dates);
  if (mixed) {
    const column = layout.headers[(layout.kind === 'posts' ? layout.at.published_at : layout.at.date) ?? 0]!;
    throw readerInvalid(file, 'imports.csv.mixed_date_order', { column }, { column });
  }
  return { entry, file, layout, order, account };
}

function accountCells(layout: Layout, row: CsvRow): AccountCells {
  const cell = (c: Column) => (layout.at[c] === undefined ? undefined : row.cells[layout.at[c]!]);
  const out: AccountCells = {};
  const platform = cell('platform');
  const handle = cell('handle');
  const url = cell('account_url');
  if (platform !== undefined) out.platform = platform;
  if (handle !== undefined) out.handle = handle;
  if (url !== undefined) out.url = url;
  return out;
}

function accountHeaders(layout: Layout) {
  const h = (c: Column) => (layout.at[c] === undefined ? undefined : layout.headers[layout.at[c]!]);
  const out: { platform?: string; handle?: string; url?: string } = {};
  const platform = h('platform');
  const handle = h('handle');
  const url = h('account_url');
  if (platform) out.platform = platform;
  if (handle) out.handle = handle;
  if (url) out.url = url;
  return out;
}

async function* readEntry(
  source: ExportSource,
  p: Plan,
  account: ExportAccount | null,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const { layout, file } = p;
  const problems = new Problems(file);
  const unknown = new UnknownFields();
  const days = new Map<string, number>();
  let checkedAccount: string | null = null;
  let header = true;
  for await (const row of csvEntryRows(source, p.entry, ctx)) {
    if (header) {
      header = false;
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    const extra = row.cells.slice(layout.headers.length);
    if (extra.some((c) => c.trim() !== '')) {
      problems.add('imports.csv.too_many_cells', row.line, '', {
        cells: row.cells.length,
        columns: layout.headers.length,
      });
      continue;
    }
    for (const i of layout.unknown)
      if (row.cells[i]?.trim()) unknown.note(file, `column "${layout.headers[i]}"`);
    // The account cells repeat on every row: they are resolved again only when they change.
    const cells = layout.hasAccount && account ? accountCells(layout, row) : null;
    const said = cells && `${cells.platform ?? ''}\u0000${cells.handle ?? ''}\u0000${cells.url ?? ''}`;
    if (cells && account && said !== checkedAccount) {
      checkedAccount = said;
      const a = accountOf(cells, accountHeaders(layout));
      if (a && 'code' in a) problems.add(a.code, row.line, '', a.params);
      else if (a && !sameAccount(a.value, account))
        problems.add('imports.csv.several_accounts', row.line, '', {
          other: accountLabel(a.value),
          account: accountLabel(account),
        });
    }
    const record =
      layout.kind === 'posts'
        ? postOf(layout, row, p.order, problems)
        : metricOf(layout, row, p.order, problems, days);
    if (record && !problems.issues.length) yield record;
    if (problems.full) break;
  }
  problems.throwIfAny();
  yield* unknown.records();
}

function cellOf(layout: Layout, row: CsvRow, c: Column): { text: string; column: string } | null {
  const i = layout.at[c];
  if (i === undefined) return null;
  const text = row.cells[i]?.trim() ?? '';
  return text ? { text, column: layout.headers[i]! } : null;
}

/** A cell checked by `check`: its value, undefined when empty, or the problem noted. */
function value<T>(
  layout: Layout,
  row: CsvRow,
  c: Column,
  check: (text: string) => Check<T>,
  problems: Problems,
): T | undefined {
  const cell = cellOf(layout, row, c);
  if (!cell) return undefined;
  const r = check(cell.text);
  if ('value' in r) return r.value;
  problems.add(r.code, row.line, cell.column, { value: cell.text.slice(0, 100), ...r.params });
  return undefined;
}

function required(layout: Layout, row: CsvRow, c: Column, problems: Problems): boolean {
  if (cellOf(layout, row, c)) return true;
  problems.add('imports.csv.required', row.line, layout.headers[layout.at[c]!]!);
  return false;
}

function postOf(layout: Layout, row: CsvRow, order: DateOrder, problems: Problems): ExportRecord | null {
  const hasId = required(layout, row, 'post_id', problems);
  const hasDate = required(layout, row, 'published_at', problems);
  const publishedAt = value(layout, row, 'published_at', (t) => timestampValue(t, order), problems);
  const kind = value(layout, row, 'kind', kindValue, problems) ?? 'original';
  const language = value(layout, row, 'language', languageValue, problems);
  const url = value(layout, row, 'url', urlValue, problems);
  const linksCell = cellOf(layout, row, 'links');
  const links: string[] = [];
  for (const l of linksCell ? splitList(linksCell.text) : []) {
    const u = urlValue(l);
    if ('value' in u) links.push(u.value);
    else problems.add(u.code, row.line, linksCell!.column, { value: l.slice(0, 100) });
  }
  const mediaCell = cellOf(layout, row, 'media');
  const media = mediaCell ? splitList(mediaCell.text).map(mediaOf) : [];
  const counts: ExportPost['counts'] = {};
  for (const c of ['likes', 'shares', 'replies', 'quotes', 'views'] as const) {
    const n = value(layout, row, c, countValue, problems);
    if (n !== undefined) counts[c] = n;
  }
  if (!hasId || !hasDate || publishedAt === undefined) return null;
  const post: ExportPost = {
    externalId: cellOf(layout, row, 'post_id')!.text,
    publishedAt,
    text: layout.at.text === undefined ? '' : (row.cells[layout.at.text] ?? ''),
    kind,
    links,
    media,
    counts,
  };
  if (language) post.language = language;
  if (url) post.url = url;
  return { type: 'post', post };
}

function metricOf(
  layout: Layout,
  row: CsvRow,
  order: DateOrder,
  problems: Problems,
  days: Map<string, number>,
): ExportRecord | null {
  if (!required(layout, row, 'date', problems)) return null;
  const day = value(layout, row, 'date', (t) => dayValue(t, order), problems);
  const metric: Partial<ExportMetric> = {};
  const audience = value(layout, row, 'audience', countValue, problems);
  const gained = value(layout, row, 'audience_gained', signedValue, problems);
  const impressions = value(layout, row, 'impressions', countValue, problems);
  const engagements = value(layout, row, 'engagements', countValue, problems);
  const visits = value(layout, row, 'visits', countValue, problems);
  const videoViews = value(layout, row, 'video_views', countValue, problems);
  if (audience !== undefined) metric.audience = audience;
  if (gained !== undefined) metric.audienceGained = gained;
  if (impressions !== undefined) metric.impressions = impressions;
  if (engagements !== undefined) metric.engagements = engagements;
  if (visits !== undefined) metric.visits = visits;
  if (videoViews !== undefined) metric.videoViews = videoViews;
  if (day === undefined) return null;
  const first = days.get(day);
  if (first !== undefined) {
    problems.add('imports.csv.duplicate_day', row.line, layout.headers[layout.at.date!]!, {
      day,
      first: String(first),
    });
    return null;
  }
  days.set(day, row.line);
  return { type: 'metric', metric: { day, ...metric } };
}
