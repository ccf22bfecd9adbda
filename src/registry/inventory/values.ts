// Small parsers for the values people write in inventories, in French and English. Each returns
// `{ value }` or `{ error, params }` (a message code of ./messages.ts); none throws.
import type { Params } from '../../core/i18n';
import { cleanText, nameKey } from '../../core/text';
import type { MfaState, Platform, PresenceStatus, RecoveryKind } from '../model';
import { findPlatformByName, getPlatform } from '../platforms';
import type { PersonRef } from './model';

export type Parsed<T> = { value: T } | { error: string; params?: Params };

const folded = new Map<string, string>();

/**
 * `nameKey`, remembered for short values: inventories repeat the same few words ("actif", "oui",
 * "FR") thousands of times, and Unicode normalisation is the costly part of reading them.
 */
export function fold(text: string): string {
  if (text.length > 40) return nameKey(text);
  let key = folded.get(text);
  if (key === undefined) {
    if (folded.size >= 10_000) folded.clear();
    key = nameKey(text);
    folded.set(text, key);
  }
  return key;
}

export function isError<T>(p: Parsed<T>): p is { error: string; params?: Params } {
  return 'error' in p;
}

const fail = (error: string, params?: Params): { error: string; params?: Params } =>
  params ? { error, params } : { error };

/** Our CSV export writes `'=…` so spreadsheets do not run formulas; reading it back removes the guard. */
export function stripFormulaGuard(text: string): string {
  return /^''?[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const PLACEHOLDERS = new Set([
  '',
  'n a',
  'na',
  'nc',
  'n c',
  'nd',
  'n d',
  'nr',
  'n r',
  'non communique',
  'non renseigne',
  'inconnu',
  'inconnue',
  'unknown',
  'none',
  'aucun',
  'aucune',
  'null',
  'nil',
  'tbd',
  'a definir',
  'a completer',
  'vide',
  'personne',
]);

/** "?", "-", "N/A", "inconnu"…: a cell that says nothing is known. */
export function isPlaceholder(text: string): boolean {
  return text.length <= 30 && PLACEHOLDERS.has(fold(text));
}

// ---------------------------------------------------------------------------------------------------
// Dates

export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

/** Words that may surround a written date and carry nothing: weekdays, articles. */
const DATE_NOISE = new Set([
  // Approximations: "vers 2015", "circa 2015", "début 2021" read as the period's first day.
  'vers',
  'environ',
  'env',
  'circa',
  'ca',
  'approx',
  'about',
  'around',
  'debut',
  'early',
  'le',
  'the',
  'of',
  'de',
  'du',
  'en',
  'in',
  'on',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): Parsed<string> {
  if (y < 1900 || y > 2100) return fail('inventory.date_out_of_range', { year: String(y) });
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail('inventory.date_invalid');
  return { value: `${y}-${pad(m)}-${pad(d)}` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/** Two-digit years: 00–69 are 2000s, 70–99 are 1900s (social accounts are all recent). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const TIME_SUFFIX =
  /(?:[ T]|\s+(?:à|a|at)\s+)\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?$/;

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
function fromExcelSerial(serial: number): Parsed<string> {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date as YYYY-MM-DD. Reads ISO 8601 (a time part is dropped), day-first or month-first numeric
 * dates (`order` decides only when both readings are possible: "03/04/2021"), written dates in French
 * and English ("4 mars 2021", "March 4th, 2021"), a month alone ("mars 2021", "03/2021" → the 1st),
 * a year alone ("2012" → 1 January) and Excel serial numbers (as XLSX cells without a date format give).
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): Parsed<string> {
  const plain = NUMERIC_DATE.exec(text);
  if (plain) return numericDate(plain[1]!, plain[2]!, plain[3], order);
  const s = cleanText(text).replace(TIME_SUFFIX, '').trim();
  if (!s) return fail('inventory.date_invalid');
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const serial = Number(s);
    // 25569 is 1970-01-01 and 73051 is 2100-01-01: anything else is not a date of a social account.
    return serial >= 25_569 && serial <= 73_051 ? fromExcelSerial(serial) : fail('inventory.date_invalid');
  }
  if (/^\d{4}$/.test(s)) return isoOf(Number(s), 1, 1);
  const m = NUMERIC_DATE.exec(s);
  if (m) return numericDate(m[1]!, m[2]!, m[3], order);
  return periodDate(s) ?? writtenDate(s);
}

/** "T1 2021", "Q3 2020", "S2 2019", "H1 2022": the first day of the quarter or half-year. */
function periodDate(s: string): Parsed<string> | null {
  const m = /^(?:([tq])([1-4])|([sh])([12]))\s*[-/ ]?\s*(\d{4})$/i.exec(s);
  if (!m) return null;
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : (Number(m[4]) - 1) * 6 + 1;
  return isoOf(Number(m[5]), month, 1);
}

function numericDate(a: string, b: string, c: string | undefined, order: DateOrder): Parsed<string> {
  if (a.length === 4) return isoOf(Number(a), Number(b), c === undefined ? 1 : Number(c));
  // A day and a month without a year ("04/03"), or a three-digit year, cannot be placed.
  if (c === undefined || c.length === 3) return fail('inventory.date_invalid');
  const x = Number(a);
  const y = Number(b);
  const year = fullYear(c);
  // Only one reading is possible when a part exceeds 12: take it whatever the file's order.
  const dayFirst = x > 12 ? true : y > 12 ? false : order === 'dmy';
  return dayFirst ? isoOf(year, y, x) : isoOf(year, x, y);
}

function writtenDate(s: string): Parsed<string> {
  const tokens = fold(s)
    .split(' ')
    .map((t) => t.replace(/^(\d+)(?:er|e|eme|st|nd|rd|th)$/, '$1'))
    .filter((t) => t && !DATE_NOISE.has(t));
  let month: number | undefined;
  const numbers: string[] = [];
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else if (MONTHS[t] !== undefined && month === undefined) month = MONTHS[t];
    else return fail('inventory.date_invalid');
  }
  if (month === undefined) {
    // "vers 2015", "début 2021": the year alone, once the approximation is dropped.
    if (numbers.length === 1 && numbers[0]!.length === 4) return isoOf(Number(numbers[0]), 1, 1);
    // "03 2021" (from "03/2021" or "03-2021" after folding): month and year.
    if (numbers.length === 2 && numbers[1]!.length === 4)
      return isoOf(Number(numbers[1]), Number(numbers[0]), 1);
    return fail('inventory.date_invalid');
  }
  if (numbers.length === 1) return isoOf(fullYear(numbers[0]!), month, 1);
  if (numbers.length !== 2) return fail('inventory.date_invalid');
  // "4 mars 2021", "March 4 2021", "2021 March 4": the year is the four-digit one, else the last.
  const yearAt = numbers[0]!.length === 4 ? 0 : 1;
  return isoOf(fullYear(numbers[yearAt]!), month, Number(numbers[1 - yearAt]));
}

/**
 * Which way a file writes its numeric dates. French (day first) unless some date can only be read
 * month first and none can only be read day first; `mixed` when both kinds are seen.
 */
export function detectDateOrder(values: Iterable<string>): { order: DateOrder; mixed: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = NUMERIC_DATE.exec(cleanText(v).replace(TIME_SUFFIX, '').trim());
    if (!m || m[1]!.length === 4 || m[3] === undefined) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    else if (Number(m[2]) > 12) monthFirst = true;
  }
  return { order: monthFirst && !dayFirst ? 'mdy' : 'dmy', mixed: dayFirst && monthFirst };
}

// ---------------------------------------------------------------------------------------------------
// Numbers

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  b: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
};

const COUNT_PREFIX = /^(?:~|≈|>|\+|env\.?|environ|approx\.?|about|around|ca\.?|plus de|more than)\s*/;
const COUNT_UNIT =
  /\s*(?:abonn\S*|abos?|followers?|fans?|membres?|members?|subscribers?|likes?|j'aime|amis|friends|connexions?|connections?|personnes|people|vues|views)\.?$/;

/**
 * A number as people write it: "12 500", "12,5 k", "1.2M", "12 500 abonnés", "1 234,5", "12'500".
 * With both `,` and `.` the last one is the decimal mark; a single one followed by exactly three
 * digits (and no k/M) is a thousands separator ("12,500", "1.234"), otherwise a decimal mark.
 */
export function parseNumber(text: string): Parsed<number> {
  const s = text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .replace(COUNT_PREFIX, '')
    .replace(COUNT_UNIT, '')
    .replace(/\+$/, '')
    .trim();
  const m = /^(-?\d[\d '’.,]*?)\s*([a-z]+)?$/.exec(s);
  if (!m) return fail('inventory.number_invalid');
  const unit = m[2];
  const multiplier = unit === undefined ? 1 : MULTIPLIERS[unit];
  if (multiplier === undefined) return fail('inventory.number_invalid');
  const digits = m[1]!.replace(/[ '’]/g, '');
  const n = Number(normaliseSeparators(digits, unit !== undefined));
  return Number.isFinite(n) ? { value: n * multiplier } : fail('inventory.number_invalid');
}

function normaliseSeparators(s: string, scaled: boolean): string {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return s.split(thousands).join('').replace(decimal, '.');
  }
  const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
  if (!sep) return s;
  const parts = s.split(sep);
  if (parts.length > 2) return parts.join('');
  return !scaled && parts[1]!.length === 3 ? parts.join('') : parts.join('.');
}

/** A non-negative whole count (audience); fractions are rounded ("1,5 k" → 1500). */
export function parseCount(text: string): Parsed<number> {
  const n = parseNumber(text);
  if (isError(n)) return n;
  if (n.value < 0) return fail('inventory.number_negative');
  if (n.value > 1e13) return fail('inventory.number_too_large');
  return { value: Math.round(n.value) };
}

/** A presence id from our export: a positive whole number. */
export function parseId(text: string): Parsed<number> {
  const s = text.trim();
  return /^\d{1,15}$/.test(s) && Number(s) > 0 ? { value: Number(s) } : fail('inventory.id_invalid');
}

// ---------------------------------------------------------------------------------------------------
// Words: status, MFA, recovery contact

function table<T extends string>(entries: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(entries) as [T, string[]][]) {
    map.set(fold(value), value);
    for (const w of words) map.set(fold(w), value);
  }
  return map;
}

const STATUS_WORDS = table<PresenceStatus>({
  discovered: [
    'découvert',
    'découverte',
    'nouveau',
    'nouvelle',
    'new',
    'à vérifier',
    'à qualifier',
    'to check',
  ],
  active: [
    'actif',
    'active',
    'en activité',
    'en ligne',
    'ouvert',
    'ouverte',
    'en service',
    'live',
    'open',
    'utilisé',
    'en cours',
    'in use',
    'running',
  ],
  dormant: [
    'en sommeil',
    'sommeil',
    'inactif',
    'inactive',
    'en veille',
    'peu actif',
    'peu active',
    'asleep',
    'en pause',
    'pause',
    'paused',
    'on hold',
    'non utilisé',
    'inutilisé',
    'unused',
    'idle',
  ],
  abandoned: [
    'abandonné',
    'abandonnée',
    'à l’abandon',
    "à l'abandon",
    'orphelin',
    'orpheline',
    'orphan',
    'obsolète',
    'obsolete',
    'plus utilisé',
    'no longer used',
    'laissé à l’abandon',
    "laissé à l'abandon",
  ],
  closing: [
    'à fermer',
    'à supprimer',
    'en cours de fermeture',
    'fermeture en cours',
    'fermeture',
    'to close',
    'to be closed',
    'to delete',
    'to be deleted',
    'en cours de suppression',
    'à archiver',
    'to archive',
  ],
  redirecting: ['redirection', 'redirection en cours', 'en redirection', 'redirigé', 'redirigée', 'redirect'],
  closed: [
    'fermé',
    'fermée',
    'clos',
    'close',
    'clôturé',
    'clôturée',
    'supprimé',
    'supprimée',
    'deleted',
    'désactivé',
    'désactivée',
    'deactivated',
  ],
  archived: ['archivé', 'archivée', 'archive', 'archives'],
});

/**
 * A word looked up in a table as written, else without what follows it in brackets or after a dash
 * ("Actif (depuis 2019)", "En sommeil - à revoir"): the first words decide.
 */
function lookUp<T>(words: Map<string, T>, text: string): T | undefined {
  const found = words.get(fold(text));
  if (found !== undefined) return found;
  const head = /^([^([{–—-]+?)\s*(?:[([{]|\s[–—-]\s)/.exec(text)?.[1];
  return head ? words.get(fold(head)) : undefined;
}

/** A lifecycle status from its French or English name or a usual synonym ("en sommeil", "à fermer"). */
export function parseStatus(text: string): Parsed<PresenceStatus> {
  const v = lookUp(STATUS_WORDS, text);
  return v ? { value: v } : fail('inventory.status_invalid');
}

const MFA_WORDS = table<MfaState>({
  on: [
    'oui',
    'o',
    'yes',
    'y',
    'true',
    'vrai',
    '1',
    'x',
    'activé',
    'activée',
    'actif',
    'active',
    'enabled',
    'sms',
    'application',
    'app',
    'totp',
    'clé',
    'key',
    'yubikey',
    '2fa',
    'mfa',
    'ok',
    'fait',
    'done',
    'on',
  ],
  off: [
    'non',
    'n',
    'no',
    'false',
    'faux',
    '0',
    'désactivé',
    'désactivée',
    'inactif',
    'disabled',
    'aucune',
    'sans',
    'pas activé',
    'non activé',
    'non activée',
    'not enabled',
    'aucun',
    'pas de',
    'ko',
    'off',
    'disabled',
  ],
  unknown: ['inconnu', 'inconnue', 'nsp', 'ne sait pas', 'à vérifier', 'n/a', ''],
});

/** MFA state: "oui", "non", "activé", "on", "?"… "Oui (SMS)" counts as on: the first word decides. */
export function parseMfa(text: string): Parsed<MfaState> {
  // Ticks and crosses fold to nothing: read them before the words.
  if (/^[✓✔☑√]$/.test(text.trim())) return { value: 'on' };
  if (/^[✗✘✕☐×]$/.test(text.trim())) return { value: 'off' };
  const key = fold(text);
  const v = MFA_WORDS.get(key) ?? MFA_WORDS.get(key.split(' ')[0] ?? '');
  if (v) return { value: v };
  return fail('inventory.mfa_invalid');
}

const RECOVERY_WORDS = table<RecoveryKind>({
  corporate: [
    'pro',
    'professionnel',
    'professionnelle',
    'entreprise',
    'société',
    'work',
    'company',
    'générique',
  ],
  personal: ['perso', 'personnel', 'personnelle', 'privé', 'privée', 'private', 'gmail', 'hotmail', 'yahoo'],
  unknown: ['inconnu', 'inconnue', 'nsp', 'n/a', ''],
});

/** Mail domains of consumer providers: a recovery address there belongs to a person, not the organisation. */
const PERSONAL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'msn.com',
  'aol.com',
  'aol.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'ymail.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'numericable.fr',
  'club-internet.fr',
  'aliceadsl.fr',
  'noos.fr',
  'voila.fr',
  'gmx.de',
  'web.de',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'tutanota.com',
  'mail.ru',
  'yandex.ru',
]);
const PERSONAL_PROVIDERS = /^(?:hotmail|live|outlook|yahoo|gmx|yandex)\.[a-z.]+$/;

export function isPersonalMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return PERSONAL_DOMAINS.has(d) || PERSONAL_PROVIDERS.test(d);
}

const EMAIL_STOP = new Set([...'<>()[]"\',;:@']);
const isEmailChar = (c: string) => !EMAIL_STOP.has(c) && !/\s/.test(c);

/**
 * The e-mail-looking words of a text ("x@y" between separators), found by growing each `@` outwards:
 * linear, where a regular expression would backtrack quadratically on a long cell without `@`.
 */
export function emailsIn(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; ) {
    let start = at;
    while (start > 0 && isEmailChar(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && isEmailChar(text[end]!)) end++;
    if (start < at && end > at + 1) out.push(text.slice(start, end));
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return out;
}
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/**
 * Recovery contact kind. An e-mail address is corporate when its domain (or a parent domain) is one of
 * the organisation's, personal at a consumer provider (gmail, orange.fr…), unknown otherwise.
 */
export function parseRecovery(text: string, orgDomains: readonly string[] = []): Parsed<RecoveryKind> {
  const emails = emailsIn(text);
  if (emails.length) {
    const email = emails[0]!.toLowerCase();
    if (!EMAIL.test(email)) return fail('inventory.email_invalid');
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const org = orgDomains.map((d) => d.toLowerCase().replace(/^@/, ''));
    if (org.some((d) => domain === d || domain.endsWith(`.${d}`))) return { value: 'corporate' };
    return { value: isPersonalMailDomain(domain) ? 'personal' : 'unknown' };
  }
  const key = fold(text);
  const v = RECOVERY_WORDS.get(key) ?? RECOVERY_WORDS.get(key.split(' ')[0] ?? '');
  return v ? { value: v } : fail('inventory.recovery_invalid');
}

// ---------------------------------------------------------------------------------------------------
// Platforms

/**
 * Abbreviations inventories use that the platform catalogue does not know by name (it already knows
 * "FB", "Insta", "IG", "YT", "Twitter/X", old names and misspellings).
 */
const PLATFORM_ABBREVIATIONS: Record<string, string> = {
  li: 'linkedin',
  lkd: 'linkedin',
  lnkd: 'linkedin',
  lkdn: 'linkedin',
  tt: 'tiktok',
  tk: 'tiktok',
  tw: 'x',
  twt: 'x',
  tweeter: 'x',
  fcbk: 'facebook',
  fbk: 'facebook',
  insta: 'instagram',
  ytb: 'youtube',
  msto: 'mastodon',
  bsky: 'bluesky',
};

/** A platform from its name, old name or abbreviation ("Twitter/X", "FB", "LI", "YT"); null when unknown. */
export function parsePlatformName(text: string): { platform: Platform; exact: boolean } | null {
  const abbreviation = PLATFORM_ABBREVIATIONS[fold(text)];
  const known = abbreviation ? getPlatform(abbreviation) : undefined;
  return known ? { platform: known, exact: true } : findPlatformByName(text);
}

// ---------------------------------------------------------------------------------------------------
// Languages

/** Language names (French and English) and three-letter codes people write, to ISO 639-1. */
const LANGUAGE_NAMES: Record<string, string> = {
  francais: 'fr',
  french: 'fr',
  fra: 'fr',
  fre: 'fr',
  anglais: 'en',
  english: 'en',
  eng: 'en',
  ang: 'en',
  gb: 'en',
  uk: 'en',
  us: 'en',
  allemand: 'de',
  german: 'de',
  deutsch: 'de',
  deu: 'de',
  ger: 'de',
  espagnol: 'es',
  spanish: 'es',
  espanol: 'es',
  esp: 'es',
  spa: 'es',
  italien: 'it',
  italian: 'it',
  ita: 'it',
  portugais: 'pt',
  portuguese: 'pt',
  por: 'pt',
  neerlandais: 'nl',
  dutch: 'nl',
  flamand: 'nl',
  nld: 'nl',
  arabe: 'ar',
  arabic: 'ar',
  chinois: 'zh',
  chinese: 'zh',
  mandarin: 'zh',
  japonais: 'ja',
  japanese: 'ja',
  jp: 'ja',
  russe: 'ru',
  russian: 'ru',
  polonais: 'pl',
  polish: 'pl',
  catalan: 'ca',
  breton: 'br',
  basque: 'eu',
  corse: 'co',
  occitan: 'oc',
  turc: 'tr',
  turkish: 'tr',
  grec: 'el',
  greek: 'el',
  suedois: 'sv',
  swedish: 'sv',
  danois: 'da',
  danish: 'da',
  norvegien: 'no',
  norwegian: 'no',
  finnois: 'fi',
  finnish: 'fi',
  roumain: 'ro',
  romanian: 'ro',
  tcheque: 'cs',
  czech: 'cs',
  hongrois: 'hu',
  hungarian: 'hu',
  hebreu: 'he',
  hebrew: 'he',
  hindi: 'hi',
  coreen: 'ko',
  korean: 'ko',
  vietnamien: 'vi',
  vietnamese: 'vi',
  ukrainien: 'uk',
  ukrainian: 'uk',
  luxembourgeois: 'lb',
  luxembourgish: 'lb',
};

/** ISO 639-1 codes accepted as written. */
const LANGUAGE_CODES = new Set(
  (
    'af am ar az be bg bn br bs ca co cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu he hi hr ht hu hy id ' +
    'is it ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my nb ne nl nn no oc pa pl ps pt ro ' +
    'ru rw sd si sk sl so sq sr sv sw ta te tg th tk tl tr tt ug uk ur uz vi wo xh yi yo zh zu'
  ).split(' '),
);

/**
 * Words that name two languages at once. In an organisation working in French and English, that
 * is what "bilingue" means; a Belgian or Swiss one maps "bilingue" to its own pair once (a mapping
 * always wins over these words).
 */
const BILINGUAL = new Set(['bilingue', 'bilingual', 'both', 'les deux', 'fr en', 'en fr', 'franglais']);

/** Words that qualify a language without changing it ("EN only", "français principalement"). */
const LANGUAGE_NOISE = new Set([
  'only',
  'uniquement',
  'seulement',
  'principalement',
  'surtout',
  'mainly',
  'mostly',
  'majoritairement',
  'essentiellement',
  'langue',
  'langues',
  'language',
  'languages',
  'version',
  'en',
]);

/**
 * Languages as ISO codes: "FR", "français", "French", "fr/en", "FR-EN", "Anglais, espagnol",
 * "Bilingue" (fr/en), "EN only". A tag written with a lower-case language and an upper-case region
 * ("fr-CA", "en_GB") stays one tag.
 */
export function parseLanguages(text: string): Parsed<string[]> {
  const out: string[] = [];
  const k = fold(text);
  if (BILINGUAL.has(k) || BILINGUAL.has(k.replace(/^(?:en |in )/, ''))) return { value: ['fr', 'en'] };
  const parts = text
    .trim()
    .replace(/[()[\]]/g, ' ')
    .split(/\s*(?:[,;/|+&]|\s-\s|\s+et\s+|\s+and\s+|\s)\s*/);
  // "en" is English as a code, noise in "version en français": it is noise only beside another word.
  const words = parts.filter(Boolean);
  for (const part of words) {
    if (!part) continue;
    if (
      words.length > 1 &&
      LANGUAGE_NOISE.has(fold(part)) &&
      !(fold(part) === 'en' && isCodeText(part, words))
    )
      continue;
    const region = /^([a-z]{2})[-_]([A-Z]{2})$/.exec(part);
    const codes = region ? [`${region[1]}-${region[2]}`] : part.split(/[-_]/).map(languageCode);
    for (const code of codes) {
      if (code === null) return fail('inventory.language_invalid', { value: part });
      if (!out.includes(code)) out.push(code);
    }
  }
  return out.length ? { value: out } : fail('inventory.language_invalid', { value: text });
}

/**
 * "en" is the code for English, except beside a language's name, where it is French for "in"
 * ("en français", "version en anglais"); "EN" in capitals is always the code.
 */
function isCodeText(part: string, words: string[]): boolean {
  return part === 'EN' || !words.some((w) => fold(w).length > 3 && LANGUAGE_NAMES[fold(w)] !== undefined);
}

function languageCode(word: string): string | null {
  const k = fold(word.replace(/\.$/, ''));
  if (LANGUAGE_NAMES[k]) return LANGUAGE_NAMES[k];
  return LANGUAGE_CODES.has(k) ? k : null;
}

// ---------------------------------------------------------------------------------------------------
// Tags and people

export const MAX_TAG_LENGTH = 60;
export const MAX_TAGS = 30;

/** Tags split on `,` `;` `|` or new lines; blanks and repeats (case-insensitive) dropped. */
export function parseTags(text: string): Parsed<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[,;|\n]/)) {
    const tag = cleanText(raw);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    if (tag.length > MAX_TAG_LENGTH) return fail('inventory.tag_too_long', { max: MAX_TAG_LENGTH });
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  if (out.length > MAX_TAGS) return fail('inventory.too_many_tags', { max: MAX_TAGS });
  return { value: out };
}

export const MAX_PERSON_NAME = 200;

/**
 * A person: "Claire Martin", "claire.martin@avenor.fr", "Claire Martin <claire.martin@avenor.fr>",
 * "claire.martin@avenor.fr (Claire Martin)". E-mail addresses are lower-cased; names are kept as written.
 */
export function parsePerson(text: string): Parsed<PersonRef> {
  const s = cleanText(text).replace(/mailto:/gi, '');
  const emails = emailsIn(s);
  if (emails.length > 1) return fail('inventory.person_several_emails');
  const email = emails[0]?.toLowerCase();
  if (email !== undefined && !EMAIL.test(email)) return fail('inventory.email_invalid');
  const rest = email === undefined ? s : s.replace(emails[0]!, ' ');
  const name = trimSeparators(cleanText(rest.replace(/[<>()[\]"]/g, ' ')));
  if (name.length > MAX_PERSON_NAME) return fail('inventory.name_too_long', { max: MAX_PERSON_NAME });
  const hasName = /\p{L}/u.test(name);
  if (!hasName && email === undefined) return fail('inventory.person_invalid');
  return { value: { ...(hasName ? { name } : {}), ...(email === undefined ? {} : { email }) } };
}

/** Drops separators left at either end once an e-mail address is taken out ("Claire Martin, "). */
function trimSeparators(s: string): string {
  const sep = (c: string | undefined) => c !== undefined && ' ,;:–-'.includes(c);
  let start = 0;
  let end = s.length;
  while (start < end && sep(s[start])) start++;
  while (end > start && sep(s[end - 1])) end--;
  return s.slice(start, end);
}

/** "claire.martin@avenor.fr" → "Claire Martin": a name to show for a person known only by e-mail. */
export function displayNameFromEmail(email: string): string {
  const local = email.slice(0, email.indexOf('@') < 0 ? undefined : email.indexOf('@')).replace(/\+.*$/, '');
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
