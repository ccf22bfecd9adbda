// Small parsers for the values people write in inventories, in French and English. Each returns
// `{ value }` or `{ error, params }` (a message code of ./messages.ts); none throws.
import { fail, type Parsed } from '../../core/parse/parsed';
import { fold } from '../../core/parse/words';
import { cleanText } from '../../core/text';
import type { MfaState, Platform, PresenceStatus, RecoveryKind } from '../model';
import { findPlatformByName, getPlatform } from '../urls/platforms';
import type { PersonRef } from './model';

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
