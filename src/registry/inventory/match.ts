// Which registry person or unit an inventory's cell names, when it is not written the registry's way:
// "Dumas Aurélie" for Aurélie Dumas, "A. Dumas", "DRH" for "Direction des ressources humaines",
// "Direction régionale PACA". Pure functions over what the registry holds; no I/O.
//
// A match is either read without asking (the same words in another order, an e-mail address, a
// unit's alias or acronym: nothing is guessed), or offered as "did you mean…" (initials, a typo,
// part of a name: a person decides), never applied silently.
import { editDistance, nameKey } from '../../core/text';

export interface KnownPerson {
  id: number;
  name: string;
  email: string | null;
  left: boolean;
}

export interface KnownUnit {
  id: number;
  name: string;
  aliases: string[];
}

/**
 * How a cell was matched. Read without asking: `same` (case, accents, spacing), `email`, `order`
 * (words in another order), `words` (a unit's name without its articles), `alias`, `acronym`.
 * Offered: `initials`, `typo`, `partial` (some words of the name), `email_name` (an unknown e-mail
 * whose name is someone's), and `ambiguous` (read-without-asking ways that name several).
 */
export type MatchHow =
  | 'same'
  | 'email'
  | 'order'
  | 'words'
  | 'alias'
  | 'acronym'
  | 'initials'
  | 'typo'
  | 'partial'
  | 'email_name'
  | 'ambiguous';

export interface Candidate {
  id: number;
  name: string;
  how: MatchHow;
  /** People only: has left the organisation. */
  left?: boolean;
  /** People only: their e-mail address. */
  email?: string | null;
}

export type MatchResult =
  | { kind: 'exact'; target: Candidate }
  | { kind: 'suggest'; candidates: Candidate[] }
  | { kind: 'none'; closest: Candidate | null };

/** Most candidates offered for one value: beyond, the value is too vague to suggest anything. */
export const MAX_CANDIDATES = 5;

/** Words of a name, folded: "Jean-François Le Goff" → jean, francois, le, goff. */
export function words(name: string): string[] {
  const k = nameKey(name);
  return k ? k.split(' ') : [];
}

/** Words in alphabetical order: the same name whatever the order it is written in. */
export function orderKey(name: string): string {
  return orderOf(words(name));
}

/** Numbers keep their places: "Équipe 1-2" is not "Équipe 2-1". */
function orderOf(list: readonly string[]): string {
  const numbers = list.filter((w) => /\d/.test(w));
  const letters = list.filter((w) => !/\d/.test(w)).sort();
  return numbers.length ? `${letters.join(' ')} | ${numbers.join(' ')}` : letters.join(' ');
}

/** How many letters apart two keys may be and still be a typo of each other: one, two in a long name. */
export function typoLimit(key: string): number {
  if (key.length < 5) return 0;
  return key.length >= 20 ? 2 : 1;
}

/** Numbers in a name identify ("Entité 1", "Agence 13"): names with other numbers are never typos of it. */
export function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  const numbers = (list: readonly string[]) => list.filter((w) => /\d/.test(w)).join(' ');
  return numbers(a) === numbers(b);
}

/** How many letters apart a name may be and still be told as the closest one known. */
export function closeLimit(key: string): number {
  // editDistance gives up beyond 3 letters of length difference: never more than 3.
  return Math.min(3, Math.max(2, Math.floor(key.length / 4)));
}

// ---------------------------------------------------------------------------------------------------
// People

/**
 * Whether the words of a cell name a person's words, in any order: each whole word once, each
 * single letter the initial of another word. `skipped` counts the person's words the cell leaves out.
 */
export function fitPerson(
  cell: readonly string[],
  person: readonly string[],
): { ok: boolean; initials: number; skipped: number } {
  const left = [...person];
  // A single letter is an initial; a single digit is a word of its own.
  const isInitial = (w: string) => w.length === 1 && /\p{L}/u.test(w);
  const whole = cell.filter((w) => !isInitial(w));
  const initials = cell.filter(isInitial);
  if (!whole.length) return { ok: false, initials: 0, skipped: 0 };
  for (const w of whole) {
    const i = left.indexOf(w);
    if (i < 0) return { ok: false, initials: 0, skipped: 0 };
    left.splice(i, 1);
  }
  for (const c of initials) {
    const i = left.findIndex((w) => w.startsWith(c));
    if (i < 0) return { ok: false, initials: 0, skipped: 0 };
    left.splice(i, 1);
  }
  return { ok: true, initials: initials.length, skipped: left.length };
}

/** The name an e-mail address's local part spells: "aurelie.dumas@x" → "aurelie dumas". */
export function nameOfEmail(email: string): string {
  const local = email.slice(0, Math.max(0, email.indexOf('@'))).replace(/\+.*$/, '');
  return local.replace(/[._-]+/g, ' ').trim();
}

interface IndexedPerson extends KnownPerson {
  key: string;
  order: string;
  words: string[];
}

export class PeopleMatcher {
  private readonly byEmail = new Map<string, IndexedPerson>();
  private readonly byKey = new Map<string, IndexedPerson>();
  private readonly byOrder = new Map<string, IndexedPerson[]>();
  private readonly byWord = new Map<string, IndexedPerson[]>();

  constructor(people: readonly KnownPerson[]) {
    for (const p of people) {
      const w = words(p.name);
      const ip: IndexedPerson = { ...p, key: w.join(' '), order: orderOf(w), words: w };
      if (p.email) this.byEmail.set(p.email.toLowerCase(), ip);
      if (ip.key && !this.byKey.has(ip.key)) this.byKey.set(ip.key, ip);
      push(this.byOrder, ip.order, ip);
      for (const word of new Set(w)) if (word.length > 1) push(this.byWord, word, ip);
    }
  }

  /** The person a cell names: by e-mail, then by name. */
  match(ref: { name?: string; email?: string }): MatchResult {
    const email = ref.email?.toLowerCase();
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return { kind: 'exact', target: candidate(byEmail, 'email') };
    if (ref.name) {
      const exact = this.exact(ref.name);
      if (exact) return exact;
    }
    // An address nobody has: the name it spells is only ever a suggestion.
    const name = ref.name ?? (email ? nameOfEmail(email) : '');
    const fuzzy = this.fuzzy(name);
    if (!ref.name && email) {
      const same = this.byOrder.get(orderKey(name)) ?? [];
      const offered = [...same.map((p) => candidate(p, 'email_name')), ...fuzzy.candidates];
      const unique = dedupe(offered).slice(0, MAX_CANDIDATES);
      if (unique.length) return { kind: 'suggest', candidates: unique };
    } else if (fuzzy.candidates.length) return { kind: 'suggest', candidates: fuzzy.candidates };
    return { kind: 'none', closest: fuzzy.closest };
  }

  /** The same name, written another way (case, accents, order), or null. Several: suggested. */
  exact(name: string): MatchResult | null {
    const key = words(name).join(' ');
    const same = this.byKey.get(key);
    if (same) return { kind: 'exact', target: candidate(same, 'same') };
    const reordered = this.byOrder.get(orderKey(name)) ?? [];
    if (reordered.length === 1) return { kind: 'exact', target: candidate(reordered[0]!, 'order') };
    if (reordered.length > 1)
      return {
        kind: 'suggest',
        candidates: reordered.slice(0, MAX_CANDIDATES).map((p) => candidate(p, 'ambiguous')),
      };
    return null;
  }

  /** People whose name the cell may mean (initials, a typo, part of the name), best first. */
  private fuzzy(name: string): { candidates: Candidate[]; closest: Candidate | null } {
    const cell = words(name);
    if (!cell.length) return { candidates: [], closest: null };
    const key = cell.join(' ');
    const order = orderOf(cell);
    const reversed = [...cell].reverse().join(' ');
    const limit = typoLimit(key);
    // Only people sharing a whole word are compared: a typo leaves the other words as they were.
    const pool = new Set<IndexedPerson>();
    for (const w of cell) for (const p of this.byWord.get(w) ?? []) pool.add(p);
    const strong: Candidate[] = [];
    const partial: Candidate[] = [];
    let closest: { p: IndexedPerson; d: number } | null = null;
    for (const p of pool) {
      const fit = fitPerson(cell, p.words);
      const d = Math.min(
        editDistance(key, p.key),
        editDistance(order, p.order),
        editDistance(reversed, p.key),
      );
      if (fit.ok && fit.skipped === 0 && fit.initials > 0) strong.push(candidate(p, 'initials'));
      else if (limit > 0 && d <= limit && sameNumbers(cell, p.words)) strong.push(candidate(p, 'typo'));
      else if (fit.ok && fit.skipped > 0) partial.push(candidate(p, 'partial'));
      if ((!closest || d < closest.d) && sameNumbers(cell, p.words)) closest = { p, d };
    }
    const byName = (a: Candidate, b: Candidate) => a.name.localeCompare(b.name);
    strong.sort(byName);
    partial.sort(byName);
    // A surname alone that half the organisation shares says nothing.
    const offered = [...strong, ...(partial.length <= MAX_CANDIDATES ? partial : [])];
    const near = closest && closest.d <= closeLimit(key) ? closest.p : null;
    return {
      candidates: offered.slice(0, MAX_CANDIDATES),
      closest: near ? candidate(near, 'typo') : null,
    };
  }
}

function candidate(p: KnownPerson, how: MatchHow): Candidate {
  return { id: p.id, name: p.name, how, left: p.left, email: p.email };
}

// ---------------------------------------------------------------------------------------------------
// Units

/** Words that do not make a unit's name or acronym: "Direction des ressources humaines" → D, R, H. */
const UNIT_STOP_WORDS = new Set([
  'de',
  'des',
  'du',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'en',
  'a',
  'au',
  'aux',
  'pour',
  'sur',
  'of',
  'the',
  'and',
  'for',
]);

/**
 * The words that make a unit's name: folded, articles dropped, letters written one by one
 * ("D.R.H.") joined into one word.
 */
export function unitWords(name: string): string[] {
  const out: string[] = [];
  let letters: string[] = [];
  const flush = () => {
    // "d r h" is an acronym; a lone "d" or "l" is an elided article ("d’Azur").
    if (letters.length > 1) out.push(letters.join(''));
    else if (letters.length === 1 && !UNIT_STOP_WORDS.has(letters[0]!)) out.push(letters[0]!);
    letters = [];
  };
  for (const w of words(name)) {
    if (w.length === 1 && /\p{L}/u.test(w)) {
      letters.push(w);
      continue;
    }
    flush();
    if (!UNIT_STOP_WORDS.has(w)) out.push(w);
  }
  flush();
  return out;
}

/** Initials of significant words: "Direction des ressources humaines" → "drh". */
export function acronym(name: string): string {
  return initialsOf(unitWords(name));
}

function initialsOf(list: readonly string[]): string {
  return list.map((w) => w[0]).join('');
}

export interface Cover {
  /** Every word of `a` matched. */
  ok: boolean;
  /** Some word of `a` stood for several words of `b` by their initials. */
  acronym: boolean;
  /** Words of `b` left out (only when skipping is allowed). */
  skipped: number;
  /** Words of `b` that `a` matched word for word. */
  matched: string[];
}

/**
 * Whether the words `a` spell the words `b`, in order: each word of `a` is a word of `b`, or the
 * initials of a run of two or more of them ("dr paca" spells "direction regionale provence alpes
 * cote azur"). With `skip`, words of `b` may be left out (fewest first).
 */
export function cover(a: readonly string[], b: readonly string[], skip = false): Cover {
  const memo = new Map<string, Cover | null>();
  const walk = (i: number, j: number): Cover | null => {
    if (i === a.length) {
      if (j === b.length || skip) return { ok: true, acronym: false, skipped: b.length - j, matched: [] };
      return null;
    }
    if (j === b.length) return null;
    const k = `${i},${j}`;
    if (memo.has(k)) return memo.get(k)!;
    let best: Cover | null = null;
    const better = (c: Cover | null) => {
      if (
        c &&
        (!best || c.skipped < best.skipped || (c.skipped === best.skipped && !c.acronym && best.acronym))
      )
        best = c;
    };
    const w = a[i]!;
    if (w === b[j]) {
      const rest = walk(i + 1, j + 1);
      if (rest) better({ ...rest, matched: [w, ...rest.matched] });
    }
    // An acronym stands for as many words as it has letters.
    const n = w.length;
    if (n >= 2 && j + n <= b.length && initialsOf(b.slice(j, j + n)) === w) {
      const rest = walk(i + 1, j + n);
      if (rest) better({ ...rest, acronym: true });
    }
    if (skip) {
      const rest = walk(i, j + 1);
      if (rest) better({ ...rest, skipped: rest.skipped + 1 });
    }
    memo.set(k, best);
    return best;
  };
  return walk(0, 0) ?? { ok: false, acronym: false, skipped: 0, matched: [] };
}

interface UnitName {
  key: string;
  words: string[];
  /** The words, and their first letters: what a cell's words must be found among to cover them. */
  set: Set<string>;
  initials: Set<string>;
}

interface IndexedUnit extends KnownUnit {
  /** The name and each alias. */
  names: UnitName[];
}

/**
 * Whether `cover(a, b)` can succeed at all: each word of `a` is a word of `b`, or may be the acronym
 * of a run of them (no longer than `b`, starting with one of its initials).
 */
function mayCover(a: readonly string[], b: UnitName): boolean {
  return a.every(
    (w) => b.set.has(w) || (w.length > 1 && w.length <= b.words.length && b.initials.has(w[0]!)),
  );
}

function unitName(text: string): UnitName {
  const words = unitWords(text);
  return { key: nameKey(text), words, set: new Set(words), initials: new Set(words.map((w) => w[0]!)) };
}

export class UnitMatcher {
  private readonly units: IndexedUnit[];
  private readonly byKey = new Map<string, IndexedUnit>();
  private readonly byAlias = new Map<string, IndexedUnit>();
  /** How many units use each word: a word most units share ("direction") tells them apart from none. */
  private readonly spread = new Map<string, number>();

  constructor(units: readonly KnownUnit[]) {
    this.units = units.map((u) => ({
      ...u,
      names: [u.name, ...u.aliases].map(unitName),
    }));
    for (const u of this.units) {
      const [own, ...aliases] = u.names;
      if (own?.key && !this.byKey.has(own.key)) this.byKey.set(own.key, u);
      for (const a of aliases) if (a.key && !this.byAlias.has(a.key)) this.byAlias.set(a.key, u);
      for (const w of new Set(u.names.flatMap((n) => n.words)))
        this.spread.set(w, (this.spread.get(w) ?? 0) + 1);
    }
  }

  /** The unit a cell names. */
  match(text: string): MatchResult {
    const key = nameKey(text);
    if (!key) return { kind: 'none', closest: null };
    const same = this.byKey.get(key);
    if (same) return { kind: 'exact', target: unitCandidate(same, 'same') };
    const alias = this.byAlias.get(key);
    if (alias) return { kind: 'exact', target: unitCandidate(alias, 'alias') };
    const own = unitName(text);
    const cell = own.words;
    if (!cell.length) return { kind: 'none', closest: null };
    const joined = cell.join(' ');
    const sameWords = this.units.filter((u) => u.names.some((n) => n.words.join(' ') === joined));
    const exact = this.readAs(sameWords, 'words');
    if (exact) return exact;
    const acronymOf = (a: string[], b: string[]) => {
      const c = cover(a, b);
      return c.ok && c.acronym;
    };
    const byAcronym = this.units.filter((u) =>
      u.names.some(
        (n) =>
          (mayCover(cell, n) && acronymOf(cell, n.words)) ||
          (mayCover(n.words, own) && acronymOf(n.words, cell)),
      ),
    );
    const read = this.readAs(byAcronym, 'acronym');
    if (read) return read;
    return this.fuzzy(own);
  }

  /** One unit: read as it; several: asked which. */
  private readAs(units: IndexedUnit[], how: MatchHow): MatchResult | null {
    if (units.length === 1) return { kind: 'exact', target: unitCandidate(units[0]!, how) };
    if (units.length > 1)
      return {
        kind: 'suggest',
        candidates: units.slice(0, MAX_CANDIDATES).map((u) => unitCandidate(u, 'ambiguous')),
      };
    return null;
  }

  private fuzzy(own: UnitName): MatchResult {
    const cell = own.words;
    const joined = cell.join(' ');
    const limit = typoLimit(joined);
    const strong: Candidate[] = [];
    let partial: { c: Candidate; skipped: number }[] = [];
    let closest: { u: IndexedUnit; d: number } | null = null;
    const telling = (c: Cover) =>
      c.acronym || c.matched.some((w) => w.length > 2 && (this.spread.get(w) ?? 0) <= 2);
    for (const u of this.units) {
      let d = Number.POSITIVE_INFINITY;
      let skipped = Number.POSITIVE_INFINITY;
      for (const n of u.names) {
        d = Math.min(d, editDistance(joined, n.words.join(' ')));
        // Some of the unit's words ("Énergie" for "Branche Énergie"), or the unit's words and more.
        const tries = [
          mayCover(cell, n) ? cover(cell, n.words, true) : null,
          mayCover(n.words, own) ? cover(n.words, cell, true) : null,
        ];
        for (const c of tries) if (c?.ok && telling(c)) skipped = Math.min(skipped, c.skipped);
      }
      if (limit > 0 && d <= limit && u.names.some((n) => sameNumbers(cell, n.words)))
        strong.push(unitCandidate(u, 'typo'));
      else if (skipped < Number.POSITIVE_INFINITY) partial.push({ c: unitCandidate(u, 'partial'), skipped });
      if ((!closest || d < closest.d) && u.names.some((n) => sameNumbers(cell, n.words))) closest = { u, d };
    }
    // The units the cell leaves fewest words out of: "RH" is the Direction des ressources humaines
    // before the Direction régionale Hauts-de-France.
    const fewest = Math.min(...partial.map((p) => p.skipped));
    partial = partial.filter((p) => p.skipped === fewest);
    const offered = [...strong, ...(partial.length <= MAX_CANDIDATES ? partial.map((p) => p.c) : [])];
    if (offered.length) return { kind: 'suggest', candidates: offered.slice(0, MAX_CANDIDATES) };
    const near = closest && closest.d <= closeLimit(joined) ? closest.u : null;
    return { kind: 'none', closest: near ? unitCandidate(near, 'typo') : null };
  }
}

function unitCandidate(u: KnownUnit, how: MatchHow): Candidate {
  return { id: u.id, name: u.name, how };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupe(list: Candidate[]): Candidate[] {
  const seen = new Set<number>();
  return list.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
