// Messages people read come from catalogues in French and English. Each capability keeps its own
// catalogue (`messages.ts`, key → { en, fr }); src/messages.ts puts them together.
//
// A text is filled by `fill`: `{name}` takes `params.name`, numbers written for the locale.
// A text that counts something gives its plural forms instead of a string, and is given `count`:
//
//   'list.count': {
//     en: { one: '{count} presence', other: '{count} presences' },
//     fr: { one: '{count} présence', other: '{count} présences', many: '{count} de présences' },
//   },
//   t(locale, 'list.count', { count: 3 })  →  "3 presences" / "3 présences"
//
// The form is the one `Intl.PluralRules` names for `count` in the locale, as i18next does on the web
// (`key_one`, `key_other`, `key_many` with `count`), so both sides follow the same rules: in French 0
// and 1 are singular ("0 présence"), and `many`, which every French plural gives, is for whole
// millions ("1 000 000 de présences"). A text given no numeric `count` uses `other`. Never write
// "presence(s)" (src/messages.test.ts refuses it); a text with several counts names them instead
// ("presences: {presences}, people: {people}"). ICU MessageFormat was not chosen: it gives `'` a
// meaning, and the web side does not use it.
import type { Issue } from './errors';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The forms of a text that counts, by CLDR plural category (`Intl.PluralRules`). */
export interface PluralForms {
  one: string;
  other: string;
  /** French: whole millions ("1 000 000 de présences"); `other` if not given. */
  many?: string;
}
export type Text = string | PluralForms;

export type Catalogue = Record<string, { en: Text; fr: Text }>;
export type Params = Record<string, string | number>;

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
const PLURALS: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules(INTL.en),
  fr: new Intl.PluralRules(INTL.fr),
};

/** The form of `text` that `count` calls for in the locale (a plain string is its only form). */
export function pluralForm(text: Text, count: unknown, locale: Locale = 'en'): string {
  if (typeof text === 'string') return text;
  if (typeof count !== 'number') return text.other;
  const category = PLURALS[locale].select(count);
  return (category === 'one' || category === 'many' ? text[category] : undefined) ?? text.other;
}

/** Every form of a text, for checks over whole catalogues. */
export function textForms(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/**
 * Replaces `{name}` placeholders with `params.name` (in French, `params.name_fr` first, for a value
 * that has a French form); numbers are formatted for the locale. Plural forms are chosen by
 * `params.count`.
 */
export function fill(template: Text, params: Params = {}, locale: Locale = 'en'): string {
  return pluralForm(template, params.count, locale).replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = (locale === 'fr' ? params[`${k}_fr`] : undefined) ?? params[k];
    if (v === undefined) return all;
    return typeof v === 'number' ? v.toLocaleString(INTL[locale]) : v;
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
