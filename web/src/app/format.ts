// Numbers, dates, percentages and sizes written the way the reader's language writes them.
import { formatDuration } from '../../../src/core/duration';
import { useLanguage } from '../i18n/useLanguage';

export interface Formatters {
  locale: string;
  number(n: number | null | undefined): string;
  compact(n: number | null | undefined): string;
  percent(fraction: number): string;
  /** A calendar date given as YYYY-MM-DD (or a full timestamp). */
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** "3 months ago", "il y a 3 mois". */
  relative(iso: string | null | undefined): string;
  bytes(n: number): string;
  /**
   * A number of days as a person says it: "13 years 5 months", "3 months", "45 days" ("13 ans et
   * 5 mois"); below two months in days, then in months, then in years and months (rounded to the
   * month). Show `days` beside it (a tooltip, a title) for the exact figure.
   */
  duration(days: number | null | undefined): string;
  /** The exact number of days, "4,909 days" ("4 909 jours"). */
  days(n: number | null | undefined): string;
  list(items: string[]): string;
  languageName(code: string): string;
}

const DAY = 86_400_000;

function toDate(iso: string): Date | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A value made on first use: building an Intl formatter loads locale data, and most pages use few. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

export function formatters(language: string): Formatters {
  const locale = language.startsWith('fr') ? 'fr-FR' : 'en-GB';
  const num = lazy(() => new Intl.NumberFormat(locale));
  const compact = lazy(
    () => new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }),
  );
  const pct = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const date = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const rel = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const list = lazy(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const names = lazy(() => new Intl.DisplayNames([locale], { type: 'language' }));
  // "968 o" in French; English short forms say "968 byte", so English uses the narrow "968B".
  const unitDisplay = locale === 'fr-FR' ? 'short' : 'narrow';
  const unit = (u: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay, maximumFractionDigits: 1 });
  const inDays = lazy(
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: 'long',
        maximumFractionDigits: 0,
      }),
  );
  return {
    locale,
    number: (n) => (n === null || n === undefined ? '' : num().format(n)),
    compact: (n) => (n === null || n === undefined ? '' : compact().format(n)),
    percent: (f) => pct().format(f),
    date: (iso) => {
      const d = iso ? toDate(iso) : null;
      return d ? date().format(d) : '';
    },
    dateTime: (iso) => {
      const d = iso ? toDate(iso) : null;
      return d ? dateTime().format(d) : '';
    },
    relative: (iso) => {
      const d = iso ? toDate(iso) : null;
      if (!d) return '';
      const days = Math.round((d.getTime() - Date.now()) / DAY);
      const abs = Math.abs(days);
      if (abs < 1) return rel().format(0, 'day');
      if (abs < 31) return rel().format(days, 'day');
      if (abs < 365) return rel().format(Math.round(days / 30.4), 'month');
      return rel().format(Math.round(days / 365.25), 'year');
    },
    bytes: (n) => {
      if (n < 1024) return unit('byte').format(n);
      if (n < 1024 ** 2) return unit('kilobyte').format(n / 1024);
      if (n < 1024 ** 3) return unit('megabyte').format(n / 1024 ** 2);
      return unit('gigabyte').format(n / 1024 ** 3);
    },
    // The server's texts say durations the same way (src/core/duration.ts, formatters cached there).
    duration: (n) => (n === null || n === undefined || !Number.isFinite(n) ? '' : formatDuration(locale, n)),
    days: (n) => (n === null || n === undefined || !Number.isFinite(n) ? '' : inDays().format(Math.round(n))),
    list: (items) => list().format(items),
    languageName: (code) => {
      try {
        return names().of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

// Building the Intl formatters costs about a millisecond; a table's cells each ask for them, so one
// set per language is made once and shared.
const byLanguage = new Map<string, Formatters>();

export function useFormat(): Formatters {
  const language = useLanguage();
  let f = byLanguage.get(language);
  if (!f) {
    f = formatters(language);
    byLanguage.set(language, f);
  }
  return f;
}

/** Days since an ISO date, or null. */
export function daysSince(iso: string | null | undefined): number | null {
  const d = iso ? toDate(iso) : null;
  return d ? Math.floor((Date.now() - d.getTime()) / DAY) : null;
}

/** A handle as people write it, `@name` (Mastodon `@user@host`); path-like ones (`channel/UC…`) as they are. */
export function handleText(handle: string): string {
  return handle.includes('/') ? handle : `@${handle.replace(/^@/, '')}`;
}
