// The audit report as one standalone HTML document: what a communication director hands to an
// executive committee. Inline CSS and server-drawn SVG charts only: no script (the server's CSP
// forbids inline scripts), no external resource (the PDF is printed from this page, offline).
import type { Locale } from '../../core/i18n';
import type { Audit } from '../model';
import { decisionChart, platformChart, statusChart, unitChart } from './charts';
import {
  custodyRisks,
  DECISION_ORDER,
  type Overview,
  overdueTasks,
  overview,
  planTotal,
  riskCounts,
  totalAudience,
  withFinding,
} from './figures';
import type { ReportData } from './model';
import type { Ctx } from './parts';
import { comparisonSection, decisionsSection, planSection, risksSection } from './sections';
import { REPORT_CSS } from './styles';
import { escapeHtml, fillHtml, formatDate, formatNumber, label, plural, th, tr } from './text';

export function renderReportHtml(data: ReportData, locale: Locale): string {
  const { audit } = data;
  const ctx: Ctx = {
    locale,
    byId: new Map(audit.items.map((i) => [i.presenceId, i])),
    today: data.generatedAt.slice(0, 10),
  };
  const figures = overview(audit);
  const custody = custodyRisks(audit);
  const sections = [
    coverSection(ctx, data, figures),
    chartsSection(ctx, audit, figures),
    risksSection(ctx, audit, custody),
    decisionsSection(ctx, audit),
    planSection(ctx, data.tasks),
    data.previous ? comparisonSection(ctx, data.previous, audit) : '',
  ];
  const title = `${tr(locale, 'audit.report.title', { audit: audit.name })} — ${data.organisation}`;
  const footer = th(locale, 'audit.report.footer', { date: formatDate(locale, data.generatedAt) });
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
    sections.join('\n'),
    `<footer>${footer}</footer>`,
    '</main></body>',
    '</html>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// 1. Cover and summary

function metaList(ctx: Ctx, data: ReportData): string {
  const { locale } = ctx;
  const { audit, previous } = data;
  const rows: [string, string][] = [
    ['audit.report.meta.scope', audit.unit ?? tr(locale, 'audit.report.meta.whole')],
    ['audit.report.meta.as_of', formatDate(locale, audit.asOf)],
    ['audit.report.meta.run_by', audit.createdBy],
    ['audit.report.meta.run_on', formatDate(locale, audit.createdAt)],
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
  return `<div class="headline">${line}<p>${explain}</p></div>`;
}

function pendingLine(ctx: Ctx, figures: Overview): string {
  const text = figures.pending
    ? plural(ctx.locale, 'audit.report.pending', figures.pending)
    : tr(ctx.locale, 'audit.report.pending.none');
  return `<p class="pending">${escapeHtml(text)}</p>`;
}

function tiles(ctx: Ctx, data: ReportData, figures: Overview): string {
  const { locale } = ctx;
  const n = (v: number) => formatNumber(locale, v);
  const plan = planTotal(data.tasks, ctx.today);
  const list: [string, string, boolean][] = [
    ['audit.report.tile.decided', `${n(figures.decided)} / ${n(figures.before)}`, false],
    ['audit.report.tile.ending', n(figures.before - figures.after), false],
    ['audit.report.tile.high', n(figures.highRisk), figures.highRisk > 0],
    ['audit.report.tile.tasks', plan.total ? `${n(plan.settled)} / ${n(plan.total)}` : '—', false],
    ['audit.report.tile.overdue', n(plan.overdue), plan.overdue > 0],
  ];
  const html = list.map(
    ([key, value, alert]) =>
      `<div class="tile${alert ? ' alert' : ''}"><span class="value">${escapeHtml(value)}</span><span class="name">${th(locale, key)}</span></div>`,
  );
  return `<div class="tiles">${html.join('')}</div>`;
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

function coverSection(ctx: Ctx, data: ReportData, figures: Overview): string {
  const { locale } = ctx;
  const band = [
    '<div class="cover-band">',
    `<p class="kicker">${th(locale, 'audit.report.kicker')}</p>`,
    `<p class="organisation">${escapeHtml(data.organisation)}</p>`,
    `<h1>${escapeHtml(data.audit.name)}</h1>`,
    '</div>',
  ].join('');
  return [
    '<section id="summary" class="cover">',
    band,
    metaList(ctx, data),
    headline(ctx, figures),
    pendingLine(ctx, figures),
    tiles(ctx, data, figures),
    keyMessages(ctx, data),
    '</section>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// 2. Charts

function figure(ctx: Ctx, key: string, svg: string, wide = false): string {
  return `<figure${wide ? ' class="wide"' : ''}><figcaption>${th(ctx.locale, key)}</figcaption>${svg}</figure>`;
}

function chartsSection(ctx: Ctx, audit: Audit, figures: Overview): string {
  const { locale } = ctx;
  const charts = [
    figure(ctx, 'audit.report.chart.status', statusChart(audit, locale)),
    figure(ctx, 'audit.report.chart.decision', decisionChart(figures, locale)),
    figure(ctx, 'audit.report.chart.platform', platformChart(audit, locale), true),
    figure(ctx, 'audit.report.chart.unit', unitChart(audit, locale), true),
  ];
  return `<section id="charts"><h2>${th(locale, 'audit.report.section.charts')}</h2><div class="charts">${charts.join('')}</div></section>`;
}
