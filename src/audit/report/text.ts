// Words, numbers and dates of the report in the reader's language, and the one HTML escape every
// value from the data goes through.
import { withDuration } from '../../core/duration';
import { type Locale, type Params, translator } from '../../core/i18n';
import { platformName } from '../../registry/urls/platforms';
import { auditMessages } from '../messages';
import type { PresenceSnapshot } from '../model';
import { planMessages } from '../plan-messages';
import { reportMessages } from './messages';

const translate = translator({ ...auditMessages, ...planMessages, ...reportMessages });

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Text of a catalogue key in the locale (unknown keys come back as the key, so nothing is silent). */
export function tr(locale: Locale, key: string, params: Params = {}): string {
  return translate(locale, key, params);
}

/** `key.one` or `key.other`, as the locale's plural rules say for `count` (which params cannot override). */
export function plural(locale: Locale, key: string, count: number, params: Params = {}): string {
  return tr(locale, key, { ...params, count });
}

export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * French typography for catalogue text shown in HTML: a no-break space before : ; ! ? » and after «,
 * so a colon never starts a line. Data (names, reasons) is left as people typed it.
 */
export function typeset(locale: Locale, text: string): string {
  if (locale !== 'fr') return text;
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** A catalogue text, escaped and typeset, ready for HTML. */
export function th(locale: Locale, key: string, params: Params = {}): string {
  return escapeHtml(typeset(locale, tr(locale, key, params)));
}

/**
 * A catalogue text whose placeholders receive HTML (e.g. big figures): the text around them is
 * escaped, the given fragments are not (callers build them from escaped values). `count` chooses the
 * plural form of a text that counts, the fragments being HTML, not numbers.
 */
export function fillHtml(locale: Locale, key: string, html: Record<string, string>, count?: number): string {
  const template = typeset(locale, tr(locale, key, count === undefined ? {} : { count }));
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && html[name] !== undefined ? html[name] : escapeHtml(part);
    })
    .join('');
}

export function formatNumber(locale: Locale, n: number, digits = 0): string {
  return new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: digits }).format(n);
}

/** +12 / −3 / 0, for changes between two audits. */
export function formatChange(locale: Locale, n: number): string {
  return new Intl.NumberFormat(INTL[locale], { signDisplay: 'exceptZero' }).format(n);
}

/** A YYYY-MM-DD day, or the day of an ISO timestamp, as the locale writes it (12 March 2025 / 12 mars 2025). */
export function formatDate(locale: Locale, day: string, style: 'long' | 'medium' = 'long'): string {
  const d = new Date(day.length === 10 ? `${day}T00:00:00Z` : day);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(INTL[locale], { dateStyle: style, timeZone: 'UTC' }).format(d);
}

export function formatDays(locale: Locale, days: number): string {
  return plural(locale, 'audit.report.days', days);
}

export { platformName };

/** What a person recognises a presence by: its name, else its handle, else its URL. */
export function presenceLabel(p: Pick<PresenceSnapshot, 'name' | 'handle' | 'url'>): string {
  return p.name ?? p.handle ?? p.url;
}

/** Parameters of the rules that name presences by id: one (`into`, `target_id`) or a list (`ids`, "12, 40"). */
const PRESENCE_PARAMS = new Set(['into', 'target_id', 'ids']);

/** Names a presence by id, or undefined when it is not known (not part of the audit). */
export type NameOf = (presenceId: number) => string | undefined;

/** Names the audit's presences by id, as people recognise them (name, else handle, else URL). */
export function itemNames(items: readonly { presenceId: number; presence: PresenceSnapshot }[]): NameOf {
  const names = new Map(items.map((i) => [i.presenceId, presenceLabel(i.presence)]));
  return (id) => names.get(id);
}

/**
 * A finding's or reason's parameters as its sentence says them, wherever the server writes it (CLI,
 * CSV, report): the presence ids replaced by names ("Its audience is sent to Bibliothèque", not "to
 * presence #5"), one not in the audit any more reading "a deleted presence"; and the days since the
 * last activity also said as a `duration` ("No activity for 13 years 5 months", not "4909 days").
 */
export function namedParams(locale: Locale, params: Params, nameOf: NameOf): Params {
  const out: Params = withDuration(locale, { ...params });
  for (const [k, v] of Object.entries(params ?? {})) {
    if (!PRESENCE_PARAMS.has(k)) continue;
    const ids = typeof v === 'number' ? [v] : (String(v).match(/\d+/g)?.map(Number) ?? []);
    if (!ids.length) continue;
    const names = ids.map((id) => nameOf(id) ?? tr(locale, 'audit.report.deleted_presence'));
    out[k] = new Intl.ListFormat(INTL[locale], { style: 'long', type: 'conjunction' }).format(names);
  }
  return out;
}

/**
 * A reason's text, its presences named by `nameOf`. The catalogue key: the rules give it whole
 * (`audit.reason.invest`); a bare code is accepted too.
 */
export function reasonText(
  locale: Locale,
  reason: { code: string; params: Params },
  nameOf: NameOf = () => undefined,
): string {
  const key = reason.code.startsWith('audit.') ? reason.code : `audit.reason.${reason.code}`;
  return tr(locale, key, namedParams(locale, reason.params, nameOf));
}

/** A label of the catalogue for a code, or the code itself when the catalogue has none. */
export function label(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = tr(locale, key);
  return text === key ? code : text;
}
