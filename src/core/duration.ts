// A number of days as a person says it, "13 years 5 months" / "13 ans et 5 mois", not "4,909 days":
// one wording for the web app (web/src/app/format.ts) and the server's texts (CLI, report, CSV).
import type { Params } from './i18n';

/** The mean Gregorian month, in days (365.2425 / 12). */
const MONTH_DAYS = 30.436875;
/** Below this many days a duration is said in days ("45 days" says more than "1 month"). */
const DAYS_SHOWN_UP_TO = 60;

interface DurationWords {
  days(n: number): string;
  months(n: number): string;
  years(n: number): string;
  both(years: string, months: string): string;
}

/** The Intl tag of a locale: 'fr', 'fr-CA' → fr-FR; anything else → en-GB (as the rest of Vigie). */
function intlTag(locale: string): 'fr-FR' | 'en-GB' {
  return locale.toLowerCase().startsWith('fr') ? 'fr-FR' : 'en-GB';
}

/** Built on first use per language: making Intl formatters loads locale data. */
const wordsByTag = new Map<string, DurationWords>();

function wordsFor(tag: 'fr-FR' | 'en-GB'): DurationWords {
  let words = wordsByTag.get(tag);
  if (words) return words;
  // Node 20 has no Intl.DurationFormat: each part in words, joined as the language joins units
  // ("13 years 5 months"; "13 ans et 5 mois").
  const long = (unit: 'day' | 'month' | 'year') =>
    new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
  const [d, m, y] = [long('day'), long('month'), long('year')];
  const parts = new Intl.ListFormat(tag, { type: 'unit', style: tag === 'fr-FR' ? 'long' : 'narrow' });
  words = {
    days: (n) => d.format(n),
    months: (n) => m.format(n),
    years: (n) => y.format(n),
    both: (years, months) => parts.format([years, months]),
  };
  wordsByTag.set(tag, words);
  return words;
}

/**
 * `days` said as a duration: below two months in days ("45 days"), then in months ("3 months"),
 * then in years and months rounded to the month ("13 years 5 months", "13 ans et 5 mois"). A span
 * reads the same either way (−12 → "12 days"). `locale` is 'en', 'fr' or a BCP-47 tag.
 */
export function formatDuration(locale: string, days: number): string {
  const w = wordsFor(intlTag(locale));
  const whole = Math.round(Math.abs(days));
  if (whole < DAYS_SHOWN_UP_TO) return w.days(whole);
  const months = Math.round(whole / MONTH_DAYS);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return w.months(rest);
  return rest === 0 ? w.years(years) : w.both(w.years(years), w.months(rest));
}

/**
 * The params with `duration`, the `days` said as a duration, for sentences that say how long
 * ("No activity for {duration}"); `days` stays for any that give the exact figure. Params without a
 * numeric `days`, or that already have a `duration`, come back as they are.
 */
export function withDuration(locale: string, params: Params): Params {
  const days = params.days;
  if (typeof days !== 'number' || !Number.isFinite(days) || params.duration !== undefined) return params;
  return { ...params, duration: formatDuration(locale, days) };
}
