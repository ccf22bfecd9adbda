// The audit report as one standalone HTML document: what a communication director hands to an
// executive committee, at most eight A4 pages. Inline CSS and server-drawn charts only: no script (the
// server's CSP forbids inline scripts), no external resource (the PDF is printed from this page,
// offline). Every section is one printed page of fixed height (styles.ts), so that the contents can
// give page numbers without a script; the detail presence by presence is the CSV annex, not printed.
import type { Locale } from '../../core/i18n';
import {
  DECISION_ORDER,
  type Overview,
  overdueTasks,
  overview,
  riskCounts,
  totalAudience,
  withFinding,
} from './figures';
import type { ReportData } from './model';
import type { Ctx } from './parts';
import {
  annexSection,
  audienceSection,
  comparisonSection,
  decideSection,
  figuresSection,
  methodSection,
  planSection,
  type Section,
} from './sections';
import { REPORT_CSS } from './styles';
import { escapeHtml, fillHtml, formatDate, formatNumber, label, plural, th, tr } from './text';

/** The sections after the cover, in order; each is one page, the cover being page 1. */
export function reportSections(data: ReportData, locale: Locale): Section[] {
  const ctx = context(data, locale);
  const { audit } = data;
  return [
    decideSection(ctx, audit, data.tasks),
    figuresSection(ctx, audit),
    audienceSection(ctx, audit),
    planSection(ctx, data.tasks),
    data.previous ? comparisonSection(ctx, data.previous, audit) : null,
    methodSection(ctx, audit),
    annexSection(ctx, audit),
  ].filter((s): s is Section => s !== null);
}

function context(data: ReportData, locale: Locale): Ctx {
  return {
    locale,
    byId: new Map(data.audit.items.map((i) => [i.presenceId, i])),
    today: data.generatedAt.slice(0, 10),
  };
}

export function renderReportHtml(data: ReportData, locale: Locale): string {
  const ctx = context(data, locale);
  const sections = reportSections(data, locale);
  const pages = sections.map(
    (s, i) =>
      `<section id="${s.id}" class="page"><h2><span class="no">${i + 1}</span>${th(locale, s.title)}</h2>${s.body}</section>`,
  );
  const title = `${tr(locale, 'audit.report.title', { audit: data.audit.name })} — ${data.organisation}`;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body><main>',
    coverSection(ctx, data, sections),
    pages.join('\n'),
    '</main></body>',
    '</html>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// The cover: title, organisation, scope and dates, the before/after picture, what to remember, contents

function metaList(ctx: Ctx, data: ReportData): string {
  const { locale } = ctx;
  const { audit, previous } = data;
  const rows: [string, string][] = [
    ['audit.report.meta.scope', audit.unit ?? tr(locale, 'audit.report.meta.whole')],
    ['audit.report.meta.as_of', formatDate(locale, audit.asOf)],
    ['audit.report.meta.run_by', audit.createdByName ?? audit.createdBy],
    ['audit.report.meta.state', tr(locale, `audit.report.audit_status.${audit.status}`)],
    ['audit.report.meta.generated', formatDate(locale, data.generatedAt)],
  ];
  if (previous)
    rows.push(['audit.report.meta.previous', `${previous.name} (${formatDate(locale, previous.asOf)})`]);
  const items = rows.map(([key, value]) => `<dt>${th(locale, key)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<dl class="meta">${items.join('')}</dl>`;
}

function headline(ctx: Ctx, figures: Overview): string {
  const { locale } = ctx;
  const big = (n: number) => `<span class="big">${formatNumber(locale, n)}</span>`;
  const line = fillHtml(
    locale,
    'audit.report.headline',
    { before: big(figures.before), after: big(figures.after) },
    figures.after,
  );
  const kept = DECISION_ORDER.slice(0, 4).map((d) =>
    label(locale, 'audit.decision', d).toLocaleLowerCase(locale),
  );
  const explain = th(locale, 'audit.report.headline.explain', {
    kept: new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(kept),
  });
  const pending = figures.pending
    ? plural(locale, 'audit.report.pending', figures.pending)
    : tr(locale, 'audit.report.pending.none');
  return `<div class="headline"><p class="line">${line}</p><p>${explain}</p><p class="pending">${escapeHtml(pending)}</p></div>`;
}

/** The few sentences the committee should remember, only for risks that exist. */
function keyMessages(ctx: Ctx, data: ReportData): string {
  const { locale } = ctx;
  const { audit } = data;
  const abandoned = withFinding(audit, 'abandoned_with_audience');
  // The overview's risks, by the same definitions: its two custody cards are named apart here.
  const risks = riskCounts(audit);
  const lines: string[] = [];
  const add = (key: string, count: number, params = {}) => {
    if (count > 0) lines.push(plural(locale, key, count, params));
  };
  add('audit.report.key.custody', risks.noCustodian + risks.custodianLeft, {
    none: risks.noCustodian,
    left: risks.custodianLeft,
  });
  add('audit.report.key.abandoned', abandoned.length, { audience: totalAudience(abandoned) });
  add('audit.report.key.owner_left', risks.ownerLeft);
  add('audit.report.key.dead', risks.deadPlatform);
  add('audit.report.key.overdue', overdueTasks(data.tasks, ctx.today).length);
  if (!lines.length) lines.push(tr(locale, 'audit.report.key.none'));
  const items = lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  return `<h3>${th(locale, 'audit.report.key.title')}</h3><ul class="keys">${items}</ul>`;
}

/** Contents: each section with its page (the cover is page 1, each section one page), then the CSV. */
function contents(ctx: Ctx, sections: Section[]): string {
  const { locale } = ctx;
  const rows = sections.map(
    (s, i) =>
      `<li><a href="#${s.id}"><span class="no">${i + 1}</span><span class="entry">${th(locale, s.title)}</span><span class="page-no">${i + 2}</span></a></li>`,
  );
  const csv = `<li class="csv"><span class="no"></span><span class="entry">${th(locale, 'audit.report.toc.csv')}<span class="where">${th(locale, 'audit.report.toc.csv_where')}</span></span></li>`;
  return `<nav class="toc" aria-labelledby="toc-title"><h3 id="toc-title">${th(locale, 'audit.report.toc')}</h3><ol>${rows.join('')}${csv}</ol></nav>`;
}

function coverSection(ctx: Ctx, data: ReportData, sections: Section[]): string {
  const { locale } = ctx;
  const band = [
    '<header class="cover-band">',
    `<p class="kicker">${escapeHtml(data.organisation)} · ${th(locale, 'audit.report.cover.kicker')}</p>`,
    `<h1>${th(locale, 'audit.report.cover.title')}</h1>`,
    `<p class="subtitle">${escapeHtml(data.audit.name)}</p>`,
    '</header>',
  ].join('');
  return [
    '<section id="cover" class="page cover">',
    band,
    metaList(ctx, data),
    headline(ctx, overview(data.audit)),
    keyMessages(ctx, data),
    contents(ctx, sections),
    '</section>',
  ].join('\n');
}
