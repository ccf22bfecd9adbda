// Messages people read come from catalogues in French and English. Each capability keeps its own
// catalogue (`messages.ts`, key → { en, fr }); src/messages.ts puts them together.
import type { Issue } from './errors';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = Record<string, { en: string; fr: string }>;
export type Params = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders with `params.name` (in French, `params.name_fr` first, for a value
 * that has a French form); numbers are formatted for the locale.
 */
export function fill(template: string, params: Params = {}, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = (locale === 'fr' ? params[`${k}_fr`] : undefined) ?? params[k];
    if (v === undefined) return all;
    return typeof v === 'number' ? v.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') : v;
  });
}

export function pickLocale(...candidates: (string | undefined | null)[]): Locale {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(/[,;]/)) {
      const tag = part.trim().toLowerCase();
      if (tag.startsWith('fr')) return 'fr';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return 'en';
}

/** A translator over one catalogue. Unknown keys fall back to the key itself, so nothing is silent. */
export function translator(catalogue: Catalogue) {
  return (locale: Locale, code: string, params: Params = {}): string => {
    const entry = catalogue[code];
    return entry ? fill(entry[locale], params, locale) : code;
  };
}

/** Builds an Issue with its English text, from a capability's catalogue. */
export function issueFrom(
  catalogue: Catalogue,
  code: string,
  params: Params = {},
  where: Omit<Issue, 'code' | 'params' | 'message'> = {},
): Issue {
  const entry = catalogue[code];
  // Where the issue is (file, line, column) is also available to the message's placeholders.
  const all: Params = { ...pickDefined(where), ...params };
  return { ...where, code, params: all, message: entry ? fill(entry.en, all) : code };
}

function pickDefined(where: Omit<Issue, 'code' | 'params' | 'message'>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(where)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}
