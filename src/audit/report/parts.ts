// Small HTML pieces the report's sections share: tables, presence cells, decision badges, bar charts.
// Every value from the data goes through escapeHtml here or in the caller; what these return is HTML.
import type { Locale } from '../../core/i18n';
import type { AuditItem, Decision } from '../model';
import { DECISION_COLOURS, darken, lighten } from './charts';
import { effectiveDecision } from './figures';
import { escapeHtml, formatDate, formatNumber, label, platformName, presenceLabel, th } from './text';

/** What a section is drawn from: the reader's language, the audit's items by presence id, "today". */
export interface Ctx {
  locale: Locale;
  byId: Map<number, AuditItem>;
  /** YYYY-MM-DD of generatedAt: what "overdue" is measured against. */
  today: string;
}

export interface Column<T> {
  /** Catalogue key of the header, or its HTML when `raw`. */
  head: string;
  raw?: boolean;
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
  const head = columns
    .map((c) => `<th scope="col"${attr(c)}>${c.raw ? c.head : th(ctx.locale, c.head)}</th>`)
    .join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td${attr(c)}>${c.cell(r)}</td>`).join('')}</tr>`);
  const foot = opts.foot
    ? `<tfoot><tr>${opts.foot.map((html, i) => `<td${attr(columns[i]!)}>${html}</td>`).join('')}</tr></tfoot>`
    : '';
  const tableCls = opts.cls ? ` class="${opts.cls}"` : '';
  return `<table${tableCls}><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody>${foot}</table>`;
}

/** The name a person knows, then its platform and handle (or URL) underneath, on a line of its own. */
export function presenceCell(item: AuditItem): string {
  const p = item.presence;
  const main = presenceLabel(p);
  const where = p.name ? (p.handle ?? p.url) : null;
  const sub = [platformName(p.platform), where].filter(Boolean).join(' · ');
  return `<span class="name">${escapeHtml(main)}</span><span class="handle">${escapeHtml(sub)}</span>`;
}

export function textCell(value: string | null | undefined, cls = 'clamp'): string {
  return value ? `<span class="${cls}">${escapeHtml(value)}</span>` : '<span class="muted">—</span>';
}

export function numberCell(ctx: Ctx, value: number | null | undefined): string {
  return value === null || value === undefined
    ? '<span class="muted">—</span>'
    : formatNumber(ctx.locale, value);
}

export function dateCell(ctx: Ctx, day: string | null): string {
  return day ? escapeHtml(formatDate(ctx.locale, day, 'medium')) : '<span class="muted">—</span>';
}

/** A decision as the web app shows it: a light badge in the decision's colour. */
export function decisionBadge(ctx: Ctx, decision: Decision): string {
  const colour = DECISION_COLOURS[decision];
  const style = `background:${lighten(colour, 0.82)};color:${darken(colour, 0.5)};border-color:${lighten(colour, 0.45)}`;
  return `<span class="badge" style="${style}">${escapeHtml(label(ctx.locale, 'audit.decision', decision))}</span>`;
}

/** A decision as a coloured dot and its name, for narrow cells where a badge would wrap into a box. */
export function decisionDot(ctx: Ctx, decision: Decision): string {
  return `<span class="dot" style="background:${DECISION_COLOURS[decision]}"></span>${escapeHtml(label(ctx.locale, 'audit.decision', decision))}`;
}

/** "Pending" beside what is only recommended. */
export function pendingMark(ctx: Ctx): string {
  return `<span class="pending-mark">${th(ctx.locale, 'audit.report.decision.pending')}</span>`;
}

/** What will happen to the presence, marked "pending" when only recommended. */
export function outcomeCell(ctx: Ctx, item: AuditItem): string {
  return decisionBadge(ctx, effectiveDecision(item)) + (item.decision ? '' : pendingMark(ctx));
}

/** A coloured square and its label, for a chart's legend. */
export function legend(items: { html: string; colour: string }[]): string {
  const keys = items.map((i) => `<span class="key"><i style="background:${i.colour}"></i>${i.html}</span>`);
  return `<p class="legend">${keys.join('')}</p>`;
}

export interface Segment {
  value: number;
  colour: string;
}

/** A horizontal bar of segments, its length the row's share of `max`. */
export function bar(segments: Segment[], max: number): string {
  const parts = segments
    .filter((s) => s.value > 0 && max > 0)
    .map((s) => `<i style="width:${((s.value / max) * 100).toFixed(2)}%;background:${s.colour}"></i>`);
  return `<span class="hbar">${parts.join('')}</span>`;
}

export interface BarRow {
  /** The label's HTML: it wraps at spaces, two lines at most, never cut in a word. */
  label: string;
  segments: Segment[];
  /** The figure after the bar. */
  value: string;
}

/**
 * A bar chart drawn in HTML: a table of label, bar and figure. Unlike a chart's axis labels, the
 * labels are text that wraps, so that no name is ever clipped.
 */
export function barChart(
  rows: BarRow[],
  opts: { cls?: string; head?: [string, string, string] } = {},
): string {
  const max = Math.max(0, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row"><span class="clamp">${r.label}</span></th><td class="bar-cell">${bar(r.segments, max)}</td><td class="num">${r.value}</td></tr>`,
    )
    .join('');
  const head = opts.head
    ? `<thead><tr><th scope="col">${opts.head[0]}</th><th scope="col">${opts.head[1]}</th><th scope="col" class="num">${opts.head[2]}</th></tr></thead>`
    : '';
  return `<table class="bars${opts.cls ? ` ${opts.cls}` : ''}">${head}<tbody>${body}</tbody></table>`;
}

/** "… and 12 more in the CSV annex." under a list cut to its first rows. */
export function more(ctx: Ctx, hidden: number): string {
  return hidden > 0
    ? `<p class="muted small">${th(ctx.locale, 'audit.report.more', { count: hidden })}</p>`
    : '';
}
