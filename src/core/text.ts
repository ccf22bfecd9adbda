// Small text rules shared by every capability.

/** Lower-case, accents removed, punctuation folded to single spaces: how names are matched. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Damerau–Levenshtein (optimal string alignment) distance, for "Intagram" → instagram. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

// ---- Search: one definition of "text matches a search", in the browser and in both databases ----

// Where Unicode decomposition gives no plain form: ligatures, ß, letters with a stroke; and the
// typographic apostrophes and spaces that word processors put where people type ' and a space.
const SEARCH_SPECIALS: Record<string, string> = {
  Œ: 'oe',
  œ: 'oe',
  Æ: 'ae',
  æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  Ĳ: 'ij',
  ĳ: 'ij',
  Ø: 'o',
  ø: 'o',
  Đ: 'd',
  đ: 'd',
  Ð: 'd',
  ð: 'd',
  Ł: 'l',
  ł: 'l',
  Ŀ: 'l',
  ŀ: 'l',
  Ħ: 'h',
  ħ: 'h',
  Ŧ: 't',
  ŧ: 't',
  ı: 'i',
  ſ: 's',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * Each character that a search folds, to what it becomes ('' for a combining accent): the Latin
 * letters of U+00C0–U+017F (upper and lower case, so that PostgreSQL folds them even where its
 * `lower()` knows ASCII only), the specials above, and the combining accents of text typed
 * decomposed. Only these characters and the case: the SQL of src/core/db.ts is derived from this
 * table, so that the browser, SQLite and PostgreSQL fold alike.
 */
export const SEARCH_FOLDS: ReadonlyMap<string, string> = (() => {
  const folds = new Map<string, string>();
  for (let cp = 0xc0; cp <= 0x17f; cp++) {
    const ch = String.fromCodePoint(cp);
    const plain = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (plain !== ch) folds.set(ch, plain);
  }
  for (const [ch, plain] of Object.entries(SEARCH_SPECIALS)) folds.set(ch, plain);
  for (let cp = 0x300; cp <= 0x36f; cp++) folds.set(String.fromCodePoint(cp), '');
  return folds;
})();

// Any character of the table, to fold them in one pass of a regular expression (several times
// faster than walking the text: SQLite folds each row's columns).
const FOLDABLE = new RegExp(
  `[${[...SEARCH_FOLDS.keys()].map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('')}]`,
  'gu',
);

/**
 * Text as a search compares it: lower case, accents removed (é = e = É), œ = oe, æ = ae, ß = ss,
 * ’ = '. Lower-cases first, then folds each character by SEARCH_FOLDS, as PostgreSQL's
 * `translate(lower(…))` would; LIKE's `%`, `_` and `\` are left as they are.
 */
export function foldForSearch(s: string): string {
  return s.toLowerCase().replace(FOLDABLE, (ch) => SEARCH_FOLDS.get(ch) ?? ch);
}

/**
 * "Does any of these texts contain the query", folded as a search folds: for the lists that the
 * browser filters itself. An empty (or blank) query matches everything.
 */
export function searchMatcher(query: string): (...texts: (string | null | undefined)[]) => boolean {
  const q = foldForSearch(query.trim());
  if (!q) return () => true;
  return (...texts) => texts.some((t) => t != null && foldForSearch(t).includes(q));
}
