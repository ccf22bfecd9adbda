// What a person says an inventory's own words mean ("Bilingual" → fr/en, "Dormant" → dormant): the
// fields a mapping can apply to, the `--values` syntax read strictly, the meaning checked once, and
// the "source" a mapping is remembered for. Pure functions; the store is in ./mappings.ts.
import { Invalid, type Issue } from '../../core/errors';
import { fill, issueFrom } from '../../core/i18n';
import { parseDate } from '../../core/parse/dates';
import { parseCount } from '../../core/parse/numbers';
import { isError, type Parsed } from '../../core/parse/parsed';
import { fold } from '../../core/parse/words';
import { cleanText } from '../../core/text';
import { MESSAGES } from './messages';
import type { InventoryField } from './model';
import { parseLanguages, parseMfa, parsePlatformName, parseRecovery, parseStatus } from './values';

/** Fields whose values come from a closed vocabulary, a number or a date: read as the cell is read. */
export const VALUE_FIELDS = [
  'platform',
  'language',
  'status',
  'mfa',
  'recovery',
  'audience',
  'audience_date',
  'created',
  'last_activity',
] as const satisfies readonly InventoryField[];
export type ValueField = (typeof VALUE_FIELDS)[number];

/**
 * Fields whose values name someone or something in the registry: "A. Dumas" is Aurélie Dumas, "RH"
 * is the Direction des ressources humaines (see ./match.ts). One `person` field for the owner,
 * deputy and custodian columns: a name means the same person in each of them.
 */
export const MATCH_FIELDS = ['person', 'unit'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** Every field a mapping can explain. */
export const MAPPABLE_FIELDS = [...VALUE_FIELDS, ...MATCH_FIELDS] as const;
export type MappableField = ValueField | MatchField;

/** Columns whose values are the `person` field's. */
const PERSON_COLUMNS = new Set(['owner', 'deputy', 'custodian']);

export function isMappable(field: string): field is MappableField {
  return (MAPPABLE_FIELDS as readonly string[]).includes(field);
}

export function isValueField(field: string): field is ValueField {
  return (VALUE_FIELDS as readonly string[]).includes(field);
}

export function isMatchField(field: string): field is MatchField {
  return (MATCH_FIELDS as readonly string[]).includes(field);
}

/** A field as a person writes it in `--values`: `owner:`, `deputy:` and `custodian:` are `person:`. */
export function mappableField(field: string): MappableField | null {
  const f = field.trim().toLowerCase();
  if (PERSON_COLUMNS.has(f)) return 'person';
  return isMappable(f) ? f : null;
}

/** The meaning that makes a value count as an empty cell. */
export const IGNORE = 'ignore';

/** The meaning that creates the person or unit as written, though a close one exists. */
export const NEW = 'new';
const NEW_WORDS = new Set(['new', 'nouveau', 'nouvelle', 'create', 'creer']);

/** Longest value (and meaning) a mapping holds; a longer cell is not offered for mapping. */
export const MAX_MAPPED_VALUE = 200;
/** Most pairs in one `--values` option or one request. */
export const MAX_MAPPINGS = 1000;

export interface ValueMappingEntry {
  field: MappableField;
  /** The value as written in the file. */
  value: string;
  /** Its meaning, in Vigie's own words: `fr/en`, `dormant`, `on`, `2021-01-01`, `linkedin`, or `ignore`. */
  meaning: string;
}

/** field → folded value → meaning. */
export type ValueMapping = Map<MappableField, Map<string, string>>;

/** The key a value is matched by: case, accents, punctuation and spacing do not matter. */
export function valueKey(value: string): string {
  const k = fold(value);
  // A value of punctuation only ("—", "✗") keeps its own spelling as its key.
  return k || cleanText(value);
}

export function toValueMapping(entries: readonly ValueMappingEntry[]): ValueMapping {
  const out: ValueMapping = new Map();
  for (const e of entries) {
    const m = out.get(e.field) ?? new Map<string, string>();
    out.set(e.field, m);
    m.set(valueKey(e.value), e.meaning);
  }
  return out;
}

/** The meaning given to a cell of a value field (people and units are matched by the plan). */
export function mappedMeaning(mapping: ValueMapping | undefined, field: string, value: string) {
  return isValueField(field) ? mapping?.get(field)?.get(valueKey(value)) : undefined;
}

/** Reads a meaning as the field's own parser does: one reading for a file's cell and for a mapping. */
export function parseMeaning(field: ValueField, meaning: string): Parsed<unknown> {
  switch (field) {
    case 'platform': {
      const p = parsePlatformName(meaning);
      return p?.exact ? { value: p.platform.id } : { error: 'inventory.platform_unknown_no_url' };
    }
    case 'language':
      return parseLanguages(meaning);
    case 'status':
      return parseStatus(meaning);
    case 'mfa':
      return parseMfa(meaning);
    case 'recovery':
      return parseRecovery(meaning);
    case 'audience':
      return parseCount(meaning);
    default:
      return parseDate(meaning, 'dmy');
  }
}

/** What a meaning looks like for each field, for messages. */
export const MEANING_EXAMPLES: Record<MappableField, string> = {
  platform: 'x, facebook, instagram, linkedin, youtube, tiktok, mastodon… (vigie platforms list)',
  language: 'fr, en, fr/en, de…',
  status: 'discovered, active, dormant, abandoned, closing, redirecting, closed, archived',
  mfa: 'on, off, unknown',
  recovery: 'corporate, personal, unknown',
  audience: '12500',
  audience_date: '2021-03-01',
  created: '2021-03-01',
  last_activity: '2021-03-01',
  person: 'a person’s name or e-mail address, or new',
  unit: 'a unit’s name, or new',
};

/**
 * A meaning in its canonical form (`Français et anglais` → `fr/en`, `Actif` → `active`), or an issue
 * naming the bad part. `ignore` is a meaning of every field.
 */
export function canonicalMeaning(
  field: MappableField,
  meaning: string,
): { meaning: string } | { issue: Issue } {
  const m = cleanText(meaning);
  if (m.toLowerCase() === IGNORE) return { meaning: IGNORE };
  if (isMatchField(field)) {
    // Who or which unit it names is checked against the registry when the file is planned.
    if (NEW_WORDS.has(valueKey(m))) return { meaning: NEW };
    if (m && m.length <= MAX_MAPPED_VALUE) return { meaning: m };
  }
  const p = m.length > MAX_MAPPED_VALUE || !isValueField(field) ? null : parseMeaning(field, m);
  if (p && !isError(p)) {
    const v = p.value;
    return { meaning: Array.isArray(v) ? v.join('/') : String(v) };
  }
  return {
    issue: issueFrom(MESSAGES, 'inventory.values_meaning_invalid', {
      field,
      meaning: m.slice(0, 80),
      expected: MEANING_EXAMPLES[field],
    }),
  };
}

function invalidValues(issues: Issue[]): Invalid {
  return new Invalid('inventory.values_invalid', fill(MESSAGES['inventory.values_invalid']!.en), {}, issues);
}

/**
 * `--values "language:Bilingual=fr/en,status:Dormant=dormant"`: pairs `field:Value=meaning`
 * separated by commas; a value holding a comma or a double quote is written in double quotes
 * (`status:"Actif, à revoir"=active`, `""` for a quote). Everything is checked; every bad part is
 * named in one error.
 */
export function parseValuesOption(text: string): ValueMappingEntry[] {
  const issues: Issue[] = [];
  const pairs = splitPairs(text, issues);
  const entries: ValueMappingEntry[] = [];
  for (const pair of pairs) {
    const bad = (code: string, params: Record<string, string> = {}) =>
      issues.push(issueFrom(MESSAGES, code, { pair: pair.raw.slice(0, 120), ...params }));
    const colon = pair.text.indexOf(':');
    const eq = pair.text.lastIndexOf('=');
    if (colon <= 0 || eq < colon) {
      bad('inventory.values_pair_invalid');
      continue;
    }
    const written = pair.text.slice(0, colon).trim().toLowerCase();
    const field = mappableField(written);
    const value = pair.quoted ?? pair.text.slice(colon + 1, eq).trim();
    const meaning = pair.text.slice(eq + 1).trim();
    if (!field) {
      bad('inventory.values_field_unknown', {
        field: written.slice(0, 40),
        fields: MAPPABLE_FIELDS.join(', '),
      });
      continue;
    }
    if (!value.trim() || !meaning) {
      bad('inventory.values_pair_invalid');
      continue;
    }
    entries.push(...checkedEntry({ field, value, meaning }, issues));
  }
  if (entries.length > MAX_MAPPINGS)
    issues.push(issueFrom(MESSAGES, 'inventory.values_too_many', { max: MAX_MAPPINGS }));
  if (issues.length) throw invalidValues(issues);
  return dedupe(entries);
}

/** Entries given as JSON (the web app): the same checks as the option. */
export function checkValueEntries(input: readonly { field: string; value: string; meaning: string }[]) {
  const issues: Issue[] = [];
  const entries: ValueMappingEntry[] = [];
  if (input.length > MAX_MAPPINGS)
    issues.push(issueFrom(MESSAGES, 'inventory.values_too_many', { max: MAX_MAPPINGS }));
  for (const e of input.slice(0, MAX_MAPPINGS)) {
    const field = mappableField(e.field);
    if (!field) {
      const params = { field: e.field.slice(0, 40), fields: MAPPABLE_FIELDS.join(', '), pair: e.field };
      issues.push(issueFrom(MESSAGES, 'inventory.values_field_unknown', params));
    } else entries.push(...checkedEntry({ field, value: e.value, meaning: e.meaning }, issues));
  }
  if (issues.length) throw invalidValues(issues);
  return dedupe(entries);
}

function checkedEntry(e: ValueMappingEntry, issues: Issue[]): ValueMappingEntry[] {
  if (e.value.length > MAX_MAPPED_VALUE || !valueKey(e.value)) {
    issues.push(
      issueFrom(MESSAGES, 'inventory.values_value_invalid', {
        field: e.field,
        value: e.value.slice(0, 80),
        max: MAX_MAPPED_VALUE,
      }),
    );
    return [];
  }
  const c = canonicalMeaning(e.field, e.meaning);
  if ('issue' in c) {
    issues.push(c.issue);
    return [];
  }
  return [{ field: e.field, value: cleanText(e.value), meaning: c.meaning }];
}

/** The same value twice: the last one given wins. */
function dedupe(entries: ValueMappingEntry[]): ValueMappingEntry[] {
  const byKey = new Map<string, ValueMappingEntry>();
  for (const e of entries) byKey.set(`${e.field}|${valueKey(e.value)}`, e);
  return [...byKey.values()];
}

/** Splits on commas outside double quotes; a quoted part is the pair's value. */
function splitPairs(text: string, issues: Issue[]): { raw: string; text: string; quoted?: string }[] {
  const out: { raw: string; text: string; quoted?: string }[] = [];
  let current = '';
  let quoted: string | undefined;
  let inQuotes = false;
  let buffer = '';
  const push = () => {
    if (current.trim() || quoted !== undefined) out.push({ raw: current, text: current, quoted });
    current = '';
    quoted = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        buffer += '"';
        i++;
      } else if (c === '"') {
        inQuotes = false;
        quoted = buffer;
      } else buffer += c;
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      buffer = '';
    } else if (c === ',') push();
    else current += c;
  }
  if (inQuotes) {
    issues.push(
      issueFrom(MESSAGES, 'inventory.values_unclosed_quote', { pair: `${current}"${buffer}`.slice(0, 120) }),
    );
    return [];
  }
  push();
  // A quoted value sits between the colon and the equals sign: `field:"…"=meaning`.
  return out.map((p) => (p.quoted === undefined ? p : { ...p, raw: p.text.replace(':', `:"${p.quoted}"`) }));
}

/** A value as the option's syntax writes it: in double quotes when it holds a comma or a quote. */
export function valuesSyntaxValue(value: string): string {
  return /[",]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The `--values` option for some pairs, ready to paste in a shell: in double quotes, or in single
 * quotes when a value needs double quotes itself.
 */
export function valuesOption(pairs: readonly { field: string; value: string; meaning?: string }[]): string {
  const body = pairs.map((p) => `${p.field}:${valuesSyntaxValue(p.value)}=${p.meaning ?? '…'}`).join(',');
  if (!/["$`\\!]/.test(body)) return `--values "${body}"`;
  return `--values '${body.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------------
// Sources

/** Words that version a file rather than name it: "v2", "final", "copie", "(1)", "MAJ"… */
const VERSION_WORDS = new Set([
  'final',
  'finale',
  'def',
  'definitif',
  'definitive',
  'version',
  'copie',
  'copy',
  'maj',
  'update',
  'updated',
  'draft',
  'brouillon',
  'new',
  'nouveau',
  'nouvelle',
  'old',
  'ancien',
  'export',
  'rev',
  'ok',
  'bis',
  'vf',
]);

const MONTH_WORDS = new Set([
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'fev',
  'mar',
  'apr',
  'avr',
  'jun',
  'jul',
  'juil',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

export const MAX_SOURCE_LENGTH = 120;

/**
 * The source a file comes from, for the mappings remembered: its name without folder, extension,
 * dates, versions and copy marks, folded. "Inventaire réseaux sociaux 2024-03-15 v2 (1).xlsx" and
 * "inventaire_reseaux_sociaux_FINAL_2025.csv" are both "inventaire reseaux sociaux". A name the
 * person gives (`--source`) is folded the same way, without removing anything else.
 */
export function sourceKey(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const words = fold(base.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(' ')
    .filter(
      (w) =>
        w &&
        !/^\d+$/.test(w) &&
        !/^v\d+$/.test(w) &&
        !/^\d{1,4}(?:er|e|eme|st|nd|rd|th)?$/.test(w) &&
        !/^(?:t|q|s|h)[1-4]$/.test(w) &&
        !/^\d{6,8}$/.test(w) &&
        !VERSION_WORDS.has(w) &&
        !MONTH_WORDS.has(w),
    );
  const key = words.join(' ').slice(0, MAX_SOURCE_LENGTH).trim();
  return key || fold(base).slice(0, MAX_SOURCE_LENGTH) || 'inventory';
}

/** A source named by a person: folded only. */
export function givenSourceKey(name: string): string | null {
  const k = fold(name).slice(0, MAX_SOURCE_LENGTH).trim();
  return k || null;
}
