// Turns the rows of an inventory file into candidate presences: which platform and account each row
// names, and every other value parsed. Every invalid cell of every row is reported, with its line,
// column and value; nothing is looked up in the registry here (plan.ts does that).
import { unguardFormula } from '../../core/csv';
import type { Issue } from '../../core/errors';
import { fill, issueFrom, type Params } from '../../core/i18n';
import { type DateOrder, detectDateOrder, parseDate } from '../../core/parse/dates';
import { parseCount } from '../../core/parse/numbers';
import { isError, type Parsed } from '../../core/parse/parsed';
import { isPlaceholder } from '../../core/parse/words';
import { cleanText } from '../../core/text';
import type { Platform, ResolvedProfile } from '../model';
import { getPlatform, handleRegExp, platformName } from '../urls/platforms';
import { canonicalUrl, profileKey, resolveProfile } from '../urls/resolve';
import { MESSAGES } from './messages';
import type { CandidateRow, InventoryField, RawRow, RawTable } from './model';
import {
  IGNORE,
  isValueField,
  MAX_MAPPED_VALUE,
  type MappableField,
  mappedMeaning,
  type ValueField,
  type ValueMapping,
  valueKey,
  valuesOption,
} from './valuemap';
import {
  parseId,
  parseLanguages,
  parseMfa,
  parsePerson,
  parsePlatformName,
  parseRecovery,
  parseStatus,
  parseTags,
} from './values';

export interface CandidateOptions {
  /** Unit of the rows that name none (`--unit`). */
  defaultUnit?: string;
  /** The organisation's mail domains: a recovery address there is corporate. */
  orgDomains?: string[];
  /** What the organisation's own words mean (`--values`, remembered mappings): wins over recognition. */
  values?: ValueMapping;
  /** A wide inventory: per column, the platform whose accounts it holds (see recogniseColumns). */
  platforms?: (string | null)[];
}

/** A value of a mappable field seen in the file: not recognised, or read through a mapping. */
export interface SeenValue {
  field: MappableField;
  /** The header of the column it is in. */
  column: string;
  /** As written (first spelling seen, control characters made visible). */
  value: string;
  count: number;
  /** The first lines it is on. */
  lines: number[];
  /** Read through a mapping (else: not recognised, its rows rejected). */
  mapped: boolean;
}

export interface Candidates {
  candidates: CandidateRow[];
  /** Invalid rows, all of them, in line order (including those `readInventory` flagged). */
  issues: Issue[];
  warnings: Issue[];
  /** Values not recognised, and values read through a mapping, in the order first seen. */
  values: SeenValue[];
  /** When values are not recognised: how many, and the `--values` option that would map them. */
  summary: Issue | null;
}

/** Longest texts the registry keeps (see presencePatchSchema). */
const MAX_TEXT: Partial<Record<InventoryField, number>> = {
  name: 300,
  unit: 200,
  objective: 500,
  notes: 10_000,
  bio: 1000,
  url: 2048,
  handle: 200,
};

const DATE_FIELDS = ['audience_date', 'created', 'last_activity'] as const;
const VALUE_SHOWN = 80;

/** Shown values are cut, so a hostile or huge cell never floods a report. */
export function clip(value: string, max = VALUE_SHOWN): string {
  const shown = printable(value);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/**
 * Control characters (a terminal's escape sequences, a bell) and bidirectional overrides (text that
 * reads backwards) are shown as "�": a value read from a file never drives the screen it is shown on.
 */
export function printable(value: string): string {
  let out = '';
  for (const c of value) out += isHidden(c.codePointAt(0)!) ? '\ufffd' : c;
  return out;
}

/** C0 and C1 controls (tab, line feed and carriage return excepted) and bidirectional overrides. */
function isHidden(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const SEEN_LINES = 5;
/** Most distinct values listed; beyond, the rows are still reported one by one. */
const MAX_SEEN = 500;

interface Context {
  table: RawTable;
  column: Map<InventoryField, number>;
  dateOrder: DateOrder;
  orgDomains: string[];
  defaultUnit?: string;
  /** The fields the file has columns for. */
  fields: readonly FieldSpec[];
  platforms: Map<string, { platform: Platform; exact: boolean } | null>;
  values?: ValueMapping;
  seen: Map<string, SeenValue>;
  /** A wide inventory's platform columns (empty for a long one). */
  wide: { index: number; platform: Platform }[];
  /** Wide inventory: rows that name no account at all. */
  emptyRows: number[];
  issues: Issue[];
  warnings: Issue[];
}

export function toCandidates(
  table: RawTable,
  mapping: (InventoryField | null)[],
  options: CandidateOptions = {},
): Candidates {
  const column = new Map<InventoryField, number>();
  mapping.forEach((f, i) => {
    if (f && !column.has(f)) column.set(f, i);
  });
  const ctx: Context = {
    table,
    column,
    dateOrder: 'dmy',
    orgDomains: options.orgDomains ?? [],
    defaultUnit: options.defaultUnit?.trim() || undefined,
    fields: FIELDS.filter((s) => column.has(s.field)),
    platforms: new Map(),
    // No mapping: no lookup per cell (an inventory has hundreds of thousands of cells).
    values: options.values?.size ? options.values : undefined,
    seen: new Map(),
    wide: wideColumns(options.platforms),
    emptyRows: [],
    issues: [],
    warnings: [],
  };
  ctx.dateOrder = fileDateOrder(ctx);
  const candidates: CandidateRow[] = [];
  for (const row of table.rows) {
    if (row.invalid) continue;
    candidates.push(...candidatesOf(row, ctx));
  }
  if (ctx.emptyRows.length) {
    const lines = ctx.emptyRows.slice(0, 10).join(', ') + (ctx.emptyRows.length > 10 ? ', …' : '');
    const count = ctx.emptyRows.length;
    ctx.warnings.push(
      issueFrom(MESSAGES, 'inventory.wide_rows_empty', { count, lines }, { file: table.file }),
    );
  }
  const byLine = (a: Issue, b: Issue) => (a.line ?? 0) - (b.line ?? 0);
  const values = [...ctx.seen.values()];
  const summary = unrecognisedSummary(values, table.file);
  return {
    candidates,
    issues: [...table.issues, ...ctx.issues].sort(byLine),
    warnings: [...table.warnings, ...ctx.warnings],
    values,
    summary,
  };
}

/** One issue for the whole file: how many values need a meaning, and the option that gives them. */
export function unrecognisedSummary(values: readonly SeenValue[], file: string): Issue | null {
  const open = values.filter((v) => !v.mapped);
  if (!open.length) return null;
  const fields = [...new Set(open.map((v) => v.field))].join(', ');
  const shown = open.slice(0, 10);
  const option = `${valuesOption(shown)}${open.length > shown.length ? ' …' : ''}`;
  return issueFrom(MESSAGES, 'inventory.values_to_map', { count: open.length, fields, option }, { file });
}

/** Counts a value of a mappable field, recognised through a mapping or not recognised. */
function see(row: RawRow, ctx: Context, field: ValueField, value: string, mapped: boolean): void {
  const key = `${field}|${valueKey(value)}`;
  let seen = ctx.seen.get(key);
  if (!seen) {
    if (ctx.seen.size >= MAX_SEEN) return;
    const i = ctx.column.get(field);
    const column = (i === undefined ? undefined : ctx.table.headers[i]) ?? field;
    seen = { field, column, value: printable(value), count: 0, lines: [], mapped };
    ctx.seen.set(key, seen);
  }
  seen.count++;
  if (seen.lines.length < SEEN_LINES) seen.lines.push(row.line);
}

/**
 * A value a mapping could explain, not recognised: the row's issue says why, which value, and how to
 * map it. Values too long to be a word (a hostile or misplaced cell) are reported as they were.
 */
function unrecognised(row: RawRow, ctx: Context, field: InventoryField, value: string, p: BadParse): Issue {
  if (!isValueField(field) || value.length > MAX_MAPPED_VALUE || !valueKey(value))
    return cellIssue(row, ctx, field, p.error, p.params);
  see(row, ctx, field, value, false);
  const reason = cellIssue(row, ctx, field, p.error, p.params);
  const template = MESSAGES[p.error];
  const option = valuesOption([{ field, value: printable(value) }]);
  return cellIssue(row, ctx, field, 'inventory.value_unmapped', {
    // Why it is not understood, as a code too (the web app and scripts read codes).
    cause: p.error,
    reason: reason.message,
    reason_fr: template ? fill(template.fr, reason.params, 'fr') : reason.message,
    option,
  });
}

type BadParse = { error: string; params?: Params };

/** Numeric dates are read the same way throughout a file: day first unless the file proves otherwise. */
function fileDateOrder(ctx: Context): DateOrder {
  const cols = DATE_FIELDS.map((f) => ctx.column.get(f)).filter((i) => i !== undefined);
  if (!cols.length) return 'dmy';
  const values = ctx.table.rows.flatMap((r) => cols.map((i) => r.cells[i] ?? ''));
  const { order, mixed } = detectDateOrder(values);
  const file = ctx.table.file;
  if (mixed) ctx.warnings.push(issueFrom(MESSAGES, 'inventory.dates_mixed', {}, { file }));
  else if (order === 'mdy') {
    const example = values.find((v) => /^\d{1,2}\/(1[3-9]|2\d|3[01])\//.test(v.trim())) ?? '';
    ctx.warnings.push(issueFrom(MESSAGES, 'inventory.dates_month_first', { example }, { file }));
  }
  return order;
}

type Parse = (text: string, ctx: Context) => Parsed<unknown>;

interface FieldSpec {
  field: InventoryField;
  key: keyof CandidateRow;
  parse: Parse;
  /** Parse even a placeholder: "?" and "inconnu" mean "unknown" for MFA and recovery. */
  always?: boolean;
}

const asText: Parse = (v) => ({ value: v });

/** How each field other than platform, URL and handle is read, in a fixed order. */
const FIELDS: readonly FieldSpec[] = [
  { field: 'id', key: 'id', parse: parseId },
  { field: 'name', key: 'name', parse: asText },
  { field: 'unit', key: 'unit', parse: asText },
  { field: 'owner', key: 'owner', parse: parsePerson },
  { field: 'deputy', key: 'deputy', parse: parsePerson },
  { field: 'custodian', key: 'custodian', parse: parsePerson },
  { field: 'language', key: 'languages', parse: parseLanguages },
  { field: 'status', key: 'status', parse: parseStatus },
  { field: 'audience', key: 'audience', parse: parseCount },
  { field: 'audience_date', key: 'audienceOn', parse: (v, c) => parseDate(v, c.dateOrder) },
  { field: 'created', key: 'createdOn', parse: (v, c) => parseDate(v, c.dateOrder) },
  { field: 'last_activity', key: 'lastActivityOn', parse: (v, c) => parseDate(v, c.dateOrder) },
  { field: 'mfa', key: 'mfa', parse: parseMfa, always: true },
  {
    field: 'recovery',
    key: 'recoveryContact',
    parse: (v, c) => parseRecovery(v, c.orgDomains),
    always: true,
  },
  { field: 'tags', key: 'tags', parse: parseTags },
  { field: 'objective', key: 'objective', parse: asText },
  { field: 'notes', key: 'notes', parse: asText },
  { field: 'bio', key: 'bio', parse: asText },
];

/** A cell as written; in a CSV, the formula guard of our export is removed (XLSX and JSON have none). */
function rawCell(row: RawRow, ctx: Context, f: InventoryField): string {
  const i = ctx.column.get(f);
  if (i === undefined) return '';
  const v = (row.cells[i] ?? '').trim();
  return ctx.table.format === 'csv' ? unguardFormula(v) : v;
}

/** Free text keeps its line breaks; every other value has its spaces folded. */
function cellText(row: RawRow, ctx: Context, f: InventoryField): string {
  const raw = rawCell(row, ctx, f);
  return f === 'notes' || f === 'objective' || f === 'bio' ? raw.replace(/\r\n?/g, '\n') : cleanText(raw);
}

/** An issue about one cell: line, column header, field and the value (clipped) all named. */
function cellIssue(row: RawRow, ctx: Context, f: InventoryField, code: string, params: Params = {}): Issue {
  const i = ctx.column.get(f);
  const column = (i === undefined ? undefined : ctx.table.headers[i]) ?? f;
  return issueAt(row, ctx, column, f, code, { value: rawCell(row, ctx, f), ...params });
}

function issueAt(row: RawRow, ctx: Context, column: string, f: InventoryField, code: string, params: Params) {
  const all: Params = { line: String(row.line), column, ...params };
  // A parser may name the part at fault; whatever it is, a value shown is clipped and printable.
  all.value = clip(String(all.value ?? ''));
  return issueFrom(MESSAGES, code, all, { file: ctx.table.file, line: row.line, column, field: f });
}

/** The presences a row names: one (long inventory), or one per account in its platform columns (wide). */
function candidatesOf(row: RawRow, ctx: Context): CandidateRow[] {
  if (!ctx.wide.length) {
    const c = candidateOf(row, ctx);
    return c ? [c] : [];
  }
  const problems: Issue[] = [];
  const places = locateWide(row, ctx, problems);
  const out = fieldsOf(row, ctx, problems);
  if (problems.length) {
    ctx.issues.push(...problems);
    return [];
  }
  if (!places.length) ctx.emptyRows.push(row.line);
  return places.map((where) => ({ line: row.line, ...where, ...out }));
}

function candidateOf(row: RawRow, ctx: Context): CandidateRow | null {
  const problems: Issue[] = [];
  const where = locate(row, ctx, problems);
  const out = fieldsOf(row, ctx, problems);
  if (problems.length || !where) {
    ctx.issues.push(...problems);
    return null;
  }
  return { line: row.line, ...where, ...out };
}

/** Every value of a row other than the presence it names, parsed; problems are added to `problems`. */
function fieldsOf(row: RawRow, ctx: Context, problems: Issue[]): Partial<CandidateRow> {
  const out: Record<string, unknown> = {};
  for (const spec of ctx.fields) {
    const v = cellText(row, ctx, spec.field);
    const meaning = v && ctx.values ? mappedMeaning(ctx.values, spec.field, v) : undefined;
    if (meaning !== undefined) {
      // A mapping wins over recognition, and is checked when it is given: it always parses.
      see(row, ctx, spec.field as ValueField, v, true);
      if (meaning === IGNORE) continue;
      const p = spec.parse(meaning, ctx);
      if (!isError(p)) out[spec.key] = p.value;
      continue;
    }
    if (!v || (!spec.always && isPlaceholder(v))) continue;
    const max = MAX_TEXT[spec.field];
    const p = max !== undefined && v.length > max ? tooLong(max) : spec.parse(v, ctx);
    if (isError(p)) problems.push(unrecognised(row, ctx, spec.field, v, p));
    else out[spec.key] = p.value;
  }
  if (out.unit === undefined && ctx.defaultUnit) out.unit = ctx.defaultUnit;
  return out as Partial<CandidateRow>;
}

const tooLong = (max: number): Parsed<never> => ({ error: 'inventory.text_too_long', params: { max } });

type Where = Pick<CandidateRow, 'platform' | 'handle' | 'url' | 'key'>;

/**
 * Which presence a row names. The URL decides when there is one (a platform column that disagrees
 * gets a warning); else the handle with the platform column; else the row is invalid.
 */
function locate(row: RawRow, ctx: Context, problems: Issue[]): Where | null {
  const at = (f: InventoryField, code: string, params?: Params) => cellIssue(row, ctx, f, code, params);
  const reject = (issue: Issue): null => {
    problems.push(issue);
    return null;
  };
  const given = (f: InventoryField) => {
    const v = cellText(row, ctx, f);
    return v && !isPlaceholder(v) ? v : '';
  };
  const url = given('url');
  const handle = given('handle');
  const written = ctx.values ? cellText(row, ctx, 'platform') : '';
  const meaning = written ? mappedMeaning(ctx.values, 'platform', written) : undefined;
  if (meaning !== undefined) see(row, ctx, 'platform', written, true);
  const platformText = meaning === IGNORE ? '' : meaning !== undefined ? meaning : given('platform');
  const named = platformText ? platformByName(ctx, platformText) : null;
  const namedIsPseudo = named?.platform.id === 'website' || named?.platform.id === 'other';
  if (platformText && named && !named.exact) {
    ctx.warnings.push(at('platform', 'inventory.platform_fuzzy', { platform: named.platform.name }));
  }

  if (url) {
    if (platformText && !named) ctx.warnings.push(at('platform', 'inventory.platform_unknown'));
    const r = resolveProfile(url, named && !namedIsPseudo ? named.platform.id : undefined);
    if (!r) return reject(at('url', 'inventory.url_invalid'));
    if (named && r.platform !== named.platform.id && !(namedIsPseudo && r.kind !== 'profile')) {
      const params = { given: named.platform.name, platform: platformName(r.platform) };
      ctx.warnings.push(at('platform', 'inventory.platform_mismatch', params));
    } else if (r.kind !== 'profile' && !namedIsPseudo) {
      ctx.warnings.push(at('url', 'inventory.url_not_profile', { platform: platformName(r.platform) }));
    }
    if (handle && r.kind === 'profile') {
      const h = resolveProfile(handle, r.platform);
      if (h && h.platform === r.platform && h.key !== r.key) {
        ctx.warnings.push(at('handle', 'inventory.handle_mismatch', { handle: r.handle ?? '' }));
      }
      // Same account: the handle column keeps the case the person wrote ("AvenorFR"), URLs are lower-cased.
      if (h && h.platform === r.platform && h.key === r.key) return { ...whereOf(r), handle: h.handle };
    }
    return whereOf(r);
  }

  if (!handle) {
    const columns = (['url', 'handle'] as const)
      .filter((f) => ctx.column.has(f))
      .map((f) => `"${ctx.table.headers[ctx.column.get(f)!]}"`)
      .join(', ');
    return reject(
      issueFrom(
        MESSAGES,
        'inventory.row_no_profile',
        { line: String(row.line), columns },
        { file: ctx.table.file, line: row.line, field: ctx.column.has('url') ? 'url' : 'handle' },
      ),
    );
  }

  if (!named || namedIsPseudo) {
    // A handle alone can still be a URL or a full address (`@name@mastodon.social`).
    const r = resolveProfile(handle);
    if (r && r.kind === 'profile') return whereOf(r);
    if (platformText && !named)
      return reject(
        unrecognised(row, ctx, 'platform', platformText, { error: 'inventory.platform_unknown_no_url' }),
      );
    return reject(at('handle', 'inventory.row_no_platform'));
  }
  const platform = named.platform;
  const r = resolveProfile(handle, platform.id);
  if (r && r.kind === 'profile') {
    if (r.platform !== platform.id) {
      const params = { given: platform.name, platform: platformName(r.platform) };
      ctx.warnings.push(at('platform', 'inventory.platform_mismatch', params));
    }
    return whereOf(r);
  }
  const bare = handle.replace(/^@/, '');
  if (!handleRegExp(platform).test(bare)) {
    return reject(at('handle', 'inventory.handle_invalid', { platform: platform.name }));
  }
  return {
    platform: platform.id,
    handle: bare,
    url: canonicalUrl(platform.id, bare),
    key: profileKey(platform.id, bare),
  };
}

function wideColumns(platforms: (string | null)[] | undefined): Context['wide'] {
  const out: Context['wide'] = [];
  platforms?.forEach((id, index) => {
    const platform = id ? getPlatform(id) : undefined;
    if (platform) out.push({ index, platform });
  });
  return out;
}

/** Accounts in one cell of a wide inventory: one per line, or separated by `;`, `,`, `|` or " / ". */
export function splitAccounts(cell: string): string[] {
  return cell
    .split(/[\r\n;,|]+|\s+\/\s+/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && !isPlaceholder(t));
}

/** The presences named in a wide inventory's platform columns; each bad one is a problem of the row. */
function locateWide(row: RawRow, ctx: Context, problems: Issue[]): Where[] {
  const out: Where[] = [];
  for (const { index, platform } of ctx.wide) {
    const raw = (row.cells[index] ?? '').trim();
    const cell = ctx.table.format === 'csv' ? unguardFormula(raw) : raw;
    const column = ctx.table.headers[index] ?? platform.name;
    for (const value of splitAccounts(cell)) {
      const at = (f: InventoryField, code: string, params: Params = {}) =>
        issueAt(row, ctx, column, f, code, { value, ...params });
      const where = accountIn(value, platform, at, ctx.warnings);
      if (where) out.push(where);
      else problems.push(at('handle', 'inventory.handle_invalid', { platform: platform.name }));
    }
  }
  return out;
}

/**
 * One account of a platform's column, written as a URL or a handle in any of the platform's shapes
 * (`@name`, `name`, `@user@instance`, a YouTube channel id or `@handle`): the URL's own platform wins,
 * with a warning when it is not the column's.
 */
function accountIn(
  value: string,
  platform: Platform,
  at: (f: InventoryField, code: string, params?: Params) => Issue,
  warnings: Issue[],
): Where | null {
  const pseudo = platform.id === 'website' || platform.id === 'other';
  const r = resolveProfile(value, pseudo ? undefined : platform.id);
  if (r) {
    if (r.platform !== platform.id && !(pseudo && r.kind !== 'profile')) {
      warnings.push(
        at('url', 'inventory.platform_mismatch', {
          given: platform.name,
          platform: platformName(r.platform),
        }),
      );
    } else if (r.kind !== 'profile' && !pseudo) {
      warnings.push(at('url', 'inventory.url_not_profile', { platform: platformName(r.platform) }));
    }
    return whereOf(r);
  }
  const bare = value.replace(/^@/, '');
  if (pseudo || !handleRegExp(platform).test(bare)) return null;
  return {
    platform: platform.id,
    handle: bare,
    url: canonicalUrl(platform.id, bare),
    key: profileKey(platform.id, bare),
  };
}

function whereOf(r: ResolvedProfile): Where {
  return { platform: r.platform, handle: r.handle, url: r.url, key: r.key };
}

function platformByName(ctx: Context, text: string) {
  let found = ctx.platforms.get(text);
  if (found === undefined) {
    found = parsePlatformName(text);
    ctx.platforms.set(text, found);
  }
  return found;
}
