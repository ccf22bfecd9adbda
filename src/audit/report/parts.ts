// Small HTML pieces the report's sections share: tables, presence cells, decision badges. Every value
// from the data goes through escapeHtml here or in the caller; what these return is HTML.
import type { Locale } from '../../core/i18n';
import type { AuditItem, Decision, FindingCode } from '../model';
import { DECISION_COLOURS } from './charts';
import { effectiveDecision } from './figures';
import {
  escapeHtml,
  formatDate,
  formatDays,
  formatNumber,
  label,
  platformName,
  presenceLabel,
  th,
} from './text';

/** What a section is drawn from: the reader's language, the audit's items by presence id, "today". */
export interface Ctx {
  locale: Locale;
  byId: Map<number, AuditItem>;
  /** YYYY-MM-DD of generatedAt: what "overdue" is measured against. */
  today: string;
}

export interface Column<T> {
  /** Catalogue key of the header. */
  head: string;
  num?: boolean;
  cls?: string;
  cell: (row: T) => string;
}

export function table<T>(
  ctx: Ctx,
  columns: Column<T>[],
  rows: T[],
  opts: { cls?: string; foot?: string[] } = {},
): string {
  const cls = (c: Column<T>) => [c.num ? 'num' : '', c.cls ?? ''].filter(Boolean).join(' ');
  const attr = (c: Column<T>) => (cls(c) ? ` class="${cls(c)}"` : '');
  const head = columns.map((c) => `<th${attr(c)}>${th(ctx.locale, c.head)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td${attr(c)}>${c.cell(r)}</td>`).join('')}</tr>`);
  const foot = opts.foot
    ? `<tfoot><tr>${opts.foot.map((html, i) => `<td${attr(columns[i]!)}>${html}</td>`).join('')}</tr></tfoot>`
    : '';
  const tableCls = opts.cls ? ` class="${opts.cls}"` : '';
  return `<table${tableCls}><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody>${foot}</table>`;
}

/** The name a person knows, with the handle (or URL) underneath when it says something more. */
export function presenceCell(p: { name: string | null; handle: string | null; url?: string }): string {
  const main = presenceLabel({ name: p.name, handle: p.handle, url: p.url ?? '' });
  const sub = p.name ? (p.handle ?? p.url ?? null) : null;
  return `<span class="presence">${escapeHtml(main)}${sub ? `<span class="handle">${escapeHtml(sub)}</span>` : ''}</span>`;
}

export function itemCell(item: AuditItem): string {
  return presenceCell(item.presence);
}

export function platformCell(id: string): string {
  return escapeHtml(platformName(id));
}

export function textCell(value: string | null | undefined): string {
  return value ? escapeHtml(value) : '<span class="muted">—</span>';
}

export function numberCell(ctx: Ctx, value: number | null | undefined): string {
  return value === null || value === undefined
    ? '<span class="muted">—</span>'
    : formatNumber(ctx.locale, value);
}

export function daysCell(ctx: Ctx, days: number | null): string {
  return days === null ? '<span class="muted">—</span>' : escapeHtml(formatDays(ctx.locale, days));
}

export function dateCell(ctx: Ctx, day: string | null): string {
  return day ? escapeHtml(formatDate(ctx.locale, day, 'medium')) : '<span class="muted">—</span>';
}

/** Light decision colours get dark text, so every badge stays readable in print. */
const DARK_TEXT = new Set<Decision>(['maintain', 'investigate']);

export function decisionBadge(ctx: Ctx, decision: Decision): string {
  const colour = DECISION_COLOURS[decision];
  const text = DARK_TEXT.has(decision) ? '#102a43' : '#fff';
  return `<span class="badge" style="background:${colour};color:${text}">${escapeHtml(label(ctx.locale, 'audit.decision', decision))}</span>`;
}

/** What will happen to the presence, marked "pending" when only recommended. */
export function outcomeCell(ctx: Ctx, item: AuditItem): string {
  const pending = item.decision
    ? ''
    : `<span class="badge pending">${th(ctx.locale, 'audit.report.decision.pending')}</span>`;
  return decisionBadge(ctx, effectiveDecision(item)) + pending;
}

/** The presence a merge or redirect points to, by its name when it is part of the audit. */
export function intoCell(ctx: Ctx, into: number | null): string {
  if (into === null) return '<span class="muted">—</span>';
  const target = ctx.byId.get(into);
  if (!target) return `<span class="muted">${th(ctx.locale, 'audit.report.deleted_presence')}</span>`;
  const name = presenceLabel(target.presence);
  return `<span class="presence">${escapeHtml(name)}</span><span class="handle">${escapeHtml(platformName(target.presence.platform))}</span>`;
}

/** A presence of the audit by its name, as reasons and cells name it. */
export function nameIn(ctx: Ctx, presenceId: number): string | undefined {
  const item = ctx.byId.get(presenceId);
  return item ? presenceLabel(item.presence) : undefined;
}

export function findingChips(ctx: Ctx, codes: FindingCode[]): string {
  const chips = codes.map((c) => `<li>${escapeHtml(label(ctx.locale, 'audit.report.code', c))}</li>`);
  return `<ul class="issues">${chips.join('')}</ul>`;
}

/** "… and 12 more." under a list cut to its first rows. */
export function more(ctx: Ctx, hidden: number): string {
  return hidden > 0
    ? `<p class="muted small">${th(ctx.locale, 'audit.report.more', { count: hidden })}</p>`
    : '';
}
