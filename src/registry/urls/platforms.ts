// The platform catalogue (catalogue.ts) looked up: by id, by host (`fr.m.facebook.com`, country
// TLDs), and by the names people type in an inventory's "platform" column, typos included.
import { editDistance, nameKey } from '../../core/text';
import type { Platform } from '../model';
import { CATALOGUE } from './catalogue';

export const PLATFORMS: readonly Platform[] = Object.freeze(CATALOGUE.map((p) => Object.freeze(p)));

const BY_ID = new Map(PLATFORMS.map((p) => [p.id, p]));

export function getPlatform(id: string): Platform | undefined {
  return BY_ID.get(id);
}

/** Whether a platform still operates (the catalogue's `alive`); one Vigie does not know is taken as operating. */
export function isAlive(id: string): boolean {
  return getPlatform(id)?.alive ?? true;
}

/** A platform's name as people read it; the id itself for one Vigie does not know. */
export function platformName(id: string): string {
  return getPlatform(id)?.name ?? id;
}

export function platformIds(): string[] {
  return PLATFORMS.map((p) => p.id);
}

const REGEXPS = new Map<string, RegExp>();

/** The platform's handle pattern, compiled once (with the `u` flag, for \p{L}). */
export function handleRegExp(p: Platform): RegExp {
  let re = REGEXPS.get(p.id);
  if (!re) {
    re = new RegExp(p.handlePattern, 'u');
    REGEXPS.set(p.id, re);
  }
  return re;
}

// ---------------------------------------------------------------------------------------------------
// Hosts

const HOST_INDEX = new Map<string, Platform>();
for (const p of PLATFORMS) for (const h of p.hosts) HOST_INDEX.set(h, p);

const COUNTRY_TLD = '(?:[a-z]{2}|com?\\.[a-z]{2})';
/** Brands that run one site per country TLD, beyond the hosts listed in the catalogue. */
const COUNTRY_FAMILIES: [RegExp, string][] = [
  [new RegExp(`^pinterest\\.${COUNTRY_TLD}$`), 'pinterest'],
  [new RegExp(`^blogspot\\.${COUNTRY_TLD}$`), 'blogger'],
  [new RegExp(`^yelp\\.${COUNTRY_TLD}$`), 'yelp'],
  [new RegExp(`^maps\\.google\\.(?:com|${COUNTRY_TLD})$`), 'google-business'],
];

export interface HostMatch {
  platform: Platform;
  /** The platform host that matched: `tumblr.com` for `acme.tumblr.com`. */
  base: string;
  /** What stands left of it, `''` when nothing: `www`, `fr`, `acme`, `fr-fr`… */
  sub: string;
}

/** Finds the platform a host belongs to by stripping labels from the left (`fr.m.facebook.com`). */
export function matchHost(host: string): HostMatch | undefined {
  const h = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h || h.length > 253) return undefined;
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const base = labels.slice(i).join('.');
    const sub = labels.slice(0, i).join('.');
    const p = HOST_INDEX.get(base) ?? familyOf(base);
    if (p) return { platform: p, base, sub };
  }
  return undefined;
}

function familyOf(base: string): Platform | undefined {
  for (const [re, id] of COUNTRY_FAMILIES) if (re.test(base)) return BY_ID.get(id);
  return undefined;
}

/** The platform a host belongs to (`www.`, `m.`, country sub-domains and TLDs included). */
export function platformForHost(host: string): Platform | undefined {
  return matchHost(host)?.platform;
}

// ---------------------------------------------------------------------------------------------------
// Names, as people type them in an inventory's "platform" column

/** `+` means "plus" in platform names (Google+, G+), which nameKey would otherwise drop. */
function key(s: string): string {
  return nameKey(s.replace(/\+/g, ' plus '));
}

const compact = (k: string) => k.replace(/ /g, '');

/** Compact name forms (id, name, aliases) → platform. */
const NAME_INDEX = new Map<string, Platform>();
for (const p of PLATFORMS) {
  for (const n of [p.id, p.name, ...p.aliases]) {
    const k = compact(key(n));
    if (k && !NAME_INDEX.has(k)) NAME_INDEX.set(k, p);
  }
}

/** Words around a platform name that say nothing about which platform it is. */
const NOISE = new Set([
  'page',
  'pages',
  'compte',
  'account',
  'profile',
  'profil',
  'chaine',
  'channel',
  'officiel',
  'officielle',
  'official',
  'company',
  'entreprise',
  'de',
  'du',
  'la',
  'le',
  'the',
  'ex',
  'formerly',
  'anciennement',
  'ancien',
]);

/** The names of the catalogue, as exposed to fuzzy matching (≥ 4 characters, so "x" or "fb" never attract typos). */
const FUZZY = [...NAME_INDEX].filter(([k]) => k.length >= 4);

/**
 * Which platform a person meant in a "platform" column: ids, names, aliases and hosts, ignoring case,
 * accents, spaces and filler words ("Page Facebook"); small typos give `exact: false`. Ambiguous,
 * too short or unknown text gives null.
 */
export function findPlatformByName(text: string): { platform: Platform; exact: boolean } | null {
  if (typeof text !== 'string') return null;
  // An inventory repeats the same few spellings thousands of times; fuzzy matching is the costly part.
  let hit = NAME_MEMO.get(text);
  if (hit === undefined) {
    if (NAME_MEMO.size >= 1000) NAME_MEMO.clear();
    hit = lookUpName(text);
    NAME_MEMO.set(text, hit);
  }
  return hit && { ...hit };
}

const NAME_MEMO = new Map<string, { platform: Platform; exact: boolean } | null>();

function lookUpName(text: string): { platform: Platform; exact: boolean } | null {
  const raw = text.trim();
  if (!raw || raw.length > 200) return null;

  const whole = compact(key(raw));
  if (!whole) return null;
  const direct = NAME_INDEX.get(whole);
  if (direct) return { platform: direct, exact: true };

  const host = hostOf(raw);
  const byHost = host ? platformForHost(host) : undefined;
  if (byHost) return { platform: byHost, exact: true };

  const words = key(raw)
    .split(' ')
    .filter((w) => w && !NOISE.has(w));
  if (words.length === 0) return null;
  const meaningful = NAME_INDEX.get(words.join(''));
  if (meaningful) return { platform: meaningful, exact: true };

  const found = platformsInWords(words);
  if (found) return { platform: found, exact: false };

  const fuzzy = fuzzyMatch(words.join('')) ?? fuzzyInWords(words);
  return fuzzy ? { platform: fuzzy, exact: false } : null;
}

/** `twitter.com`, `https://www.facebook.com/acme` → the host; anything with a space → null. */
function hostOf(raw: string): string | null {
  if (/\s/.test(raw) || !raw.includes('.')) return null;
  const m = /^(?:[a-z]+:\/\/)?([^/?#]+)/i.exec(raw);
  return m?.[1] ?? null;
}

/** "Facebook Région Ouest" → facebook: runs of 1–3 words that name a single platform. */
function platformsInWords(words: string[]): Platform | null {
  const hits = new Set<Platform>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join('');
      if (run.length < 2) continue;
      const p = NAME_INDEX.get(run);
      // "Site", "Blog" or "Autre" next to a real platform name do not make it ambiguous.
      if (p && p.id !== 'website' && p.id !== 'other') hits.add(p);
    }
  }
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}

/** The one platform within 1 edit (2 from 7 characters) of the word, or null when none or a tie. */
function fuzzyMatch(word: string): Platform | null {
  if (word.length < 5) return null;
  const limit = word.length >= 7 ? 2 : 1;
  const best = new Map<Platform, number>();
  for (const [k, p] of FUZZY) {
    const d = editDistance(word, k);
    if (d <= limit && d < (best.get(p) ?? Number.POSITIVE_INFINITY)) best.set(p, d);
  }
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  if (!first) return null;
  if (second && second[1] === first[1]) return null;
  return first[0];
}

function fuzzyInWords(words: string[]): Platform | null {
  if (words.length < 2) return null;
  const hits = new Set<Platform>();
  for (const w of words) {
    const p = fuzzyMatch(w);
    if (p) hits.add(p);
  }
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}
