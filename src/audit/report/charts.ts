// The report's charts, drawn on the server as SVG by ECharts (no script in the page, the same picture
// on screen and in the PDF). ECharts escapes the text it puts in the SVG.
import * as echarts from 'echarts';
import type { Locale } from '../../core/i18n';
import { PRESENCE_STATUSES } from '../../registry/model';
import type { Audit, AuditItem, Decision } from '../model';
import { countBy, DECISION_ORDER, effectiveDecision, isKept, type Overview } from './figures';
import { formatNumber, label, platformName, tr } from './text';

/** One colour per decision, used by the charts and the decision badges: greens and blues keep, warm colours end. */
export const DECISION_COLOURS: Record<Decision, string> = {
  invest: '#1b5e20',
  maintain: '#66bb6a',
  claim: '#1e88e5',
  investigate: '#90a4ae',
  merge: '#8e24aa',
  close_redirect: '#c62828',
  progressive_redirect: '#ef6c00',
  remove: '#616161',
};

const STATUS_COLOURS: Record<string, string> = {
  discovered: '#7e57c2',
  active: '#2e7d32',
  dormant: '#f9a825',
  abandoned: '#c62828',
  closing: '#6d4c41',
  redirecting: '#ef6c00',
  closed: '#757575',
  archived: '#455a64',
};

const KEPT_COLOUR = '#2e7d32';
const ENDING_COLOUR = '#e57373';
const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';
const TEXT = '#263238';

/** Px widths of a chart across the A4 text column (≈ 688 px) and of one of two side by side. */
const FULL_WIDTH = 680;
const HALF_WIDTH = 330;

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, color: TEXT, fontSize: 12 },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const decisionLabel = (locale: Locale, d: Decision) => label(locale, 'audit.decision', d);

/** Before: presences by registry status, as a ring with the total in its centre. */
export function statusChart(audit: Audit, locale: Locale): string {
  const counts = countBy(audit.items.map((i) => i.presence.status));
  const known = PRESENCE_STATUSES.filter((s) => counts.has(s));
  const others = [...counts.keys()].filter((s) => !(PRESENCE_STATUSES as readonly string[]).includes(s));
  const data = [...known, ...others].map((s) => ({
    name: label(locale, 'audit.report.status', s),
    value: counts.get(s) ?? 0,
    itemStyle: { color: STATUS_COLOURS[s] ?? '#9e9e9e' },
  }));
  const height = Math.max(230, 60 + data.length * 22);
  const cx = Math.round(HALF_WIDTH * 0.3);
  return render(
    {
      legend: {
        orient: 'vertical',
        right: 4,
        top: 'middle',
        itemGap: 8,
        textStyle: { fontSize: 12 },
        formatter: (name: string) =>
          `${name}  ${formatNumber(locale, data.find((d) => d.name === name)?.value ?? 0)}`,
      },
      graphic: [
        {
          type: 'text',
          x: cx,
          y: height / 2 - 10,
          style: {
            text: formatNumber(locale, audit.items.length),
            fill: TEXT,
            font: `bold 26px ${FONT}`,
            textAlign: 'center',
            textVerticalAlign: 'middle',
          },
        },
        {
          type: 'text',
          x: cx,
          y: height / 2 + 16,
          style: {
            text: tr(locale, 'audit.report.chart.presences'),
            fill: '#607d8b',
            font: `12px ${FONT}`,
            textAlign: 'center',
            textVerticalAlign: 'middle',
          },
        },
      ],
      series: [
        {
          type: 'pie',
          radius: ['48%', '78%'],
          center: [cx, '50%'],
          label: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          data,
        },
      ],
    },
    HALF_WIDTH,
    height,
  );
}

/** A colour mixed with white (share 0–1 of white): the faded twin of a decision's colour. */
export function lighten(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (255 - c) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** After: presences by decision, decided (solid) and only recommended (faded). */
export function decisionChart(figures: Overview, locale: Locale): string {
  const decisions = DECISION_ORDER;
  const totals = decisions.map((d) => figures.byDecision[d].decided + figures.byDecision[d].pending);
  const bars = (kind: 'decided' | 'pending', fade: number) =>
    decisions.map((d) => ({
      value: figures.byDecision[d][kind],
      itemStyle: { color: lighten(DECISION_COLOURS[d], fade) },
    }));
  const height = 56 + decisions.length * 27;
  return render(
    {
      legend: { bottom: 0, itemWidth: 14, textStyle: { fontSize: 11 } },
      grid: { left: 4, right: 36, top: 6, bottom: 34, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: decisions.map((d) => decisionLabel(locale, d)),
        // Decision names can be long ("Fermer avec message de redirection"): wrap, never cut.
        axisLabel: { width: 120, overflow: 'break', fontSize: 11, lineHeight: 13 },
        axisTick: { show: false },
      },
      series: [
        {
          name: tr(locale, 'audit.report.chart.decided'),
          type: 'bar',
          stack: 'all',
          barWidth: 14,
          itemStyle: { color: '#455a64' },
          data: bars('decided', 0),
        },
        {
          name: tr(locale, 'audit.report.chart.recommended'),
          type: 'bar',
          stack: 'all',
          itemStyle: { color: lighten('#455a64', 0.6) },
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            color: TEXT,
            formatter: (p: { dataIndex: number }) => formatNumber(locale, totals[p.dataIndex] ?? 0),
          },
          data: bars('pending', 0.6),
        },
      ],
    },
    HALF_WIDTH,
    height,
  );
}

/** Groups counts into the `top` largest plus one "others" row. */
function topWithOthers(counts: Map<string, AuditItem[]>, top: number) {
  const sorted = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  // "Others (1)" would hide a name for nothing: one more row says more.
  const cut = sorted.length === top + 1 ? top + 1 : top;
  const head = sorted.slice(0, cut);
  const tail = sorted.slice(cut);
  return { head, others: tail.flatMap(([, items]) => items), otherKeys: tail.length };
}

function group(items: AuditItem[], keyOf: (i: AuditItem) => string): Map<string, AuditItem[]> {
  const groups = new Map<string, AuditItem[]>();
  for (const i of items) {
    const k = keyOf(i);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/** Horizontal stacked bars, one row per category: the common frame of the platform and unit charts. */
function stackedBars(
  rows: { name: string; items: AuditItem[] }[],
  series: { name: string; colour: string; test: (i: AuditItem) => boolean }[],
  opts: { legendTop?: boolean } = {},
): string {
  const totals = rows.map((r) => r.items.length);
  // Room for the legend's rows: each item is its text, a 14 px swatch, 5 px inside and a 10 px gap.
  const legendWidth = series.reduce(
    (w, s) => w + echarts.format.getTextRect(s.name, `11px ${FONT}`).width + 29,
    10,
  );
  const legendRows = Math.ceil(legendWidth / FULL_WIDTH);
  const top = opts.legendTop ? 10 + legendRows * 22 : 8;
  const height = top + 38 + rows.length * 19;
  return render(
    {
      legend: opts.legendTop
        ? { top: 0, left: 0, itemWidth: 14, textStyle: { fontSize: 11 } }
        : { bottom: 0, itemWidth: 14, textStyle: { fontSize: 11 } },
      grid: { left: 4, right: 40, top, bottom: opts.legendTop ? 24 : 34, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: 190, overflow: 'truncate', fontSize: 11 },
        axisTick: { show: false },
      },
      series: series.map((s, index) => ({
        name: s.name,
        type: 'bar',
        stack: 'all',
        barWidth: 12,
        itemStyle: { color: s.colour },
        data: rows.map((r) => r.items.filter(s.test).length),
        // The total at the end of each bar, carried by the last series.
        label:
          index === series.length - 1
            ? {
                show: true,
                position: 'right',
                fontSize: 11,
                color: TEXT,
                formatter: (p: { dataIndex: number }) => String(totals[p.dataIndex] ?? 0),
              }
            : { show: false },
      })),
    },
    FULL_WIDTH,
    height + (opts.legendTop ? 0 : 10),
  );
}

/** Presences by platform (the 12 most used, then the others), kept or ending. */
export function platformChart(audit: Audit, locale: Locale): string {
  const { head, others, otherKeys } = topWithOthers(
    group(audit.items, (i) => i.presence.platform),
    12,
  );
  const rows = head.map(([id, items]) => ({ name: platformName(id), items }));
  if (others.length)
    rows.push({ name: tr(locale, 'audit.report.chart.others', { count: otherKeys }), items: others });
  return stackedBars(rows, [
    { name: tr(locale, 'audit.report.chart.kept'), colour: KEPT_COLOUR, test: isKept },
    { name: tr(locale, 'audit.report.chart.ending'), colour: ENDING_COLOUR, test: (i) => !isKept(i) },
  ]);
}

/** Presences by unit (the 20 largest, then the others), stacked by what will happen to them. */
export function unitChart(audit: Audit, locale: Locale): string {
  const noUnit = tr(locale, 'audit.report.chart.no_unit');
  const { head, others, otherKeys } = topWithOthers(
    group(audit.items, (i) => i.presence.unit ?? noUnit),
    20,
  );
  const rows = head.map(([name, items]) => ({ name, items }));
  if (others.length)
    rows.push({ name: tr(locale, 'audit.report.chart.others', { count: otherKeys }), items: others });
  const used = DECISION_ORDER.filter((d) => audit.items.some((i) => effectiveDecision(i) === d));
  return stackedBars(
    rows,
    used.map((d) => ({
      name: decisionLabel(locale, d),
      colour: DECISION_COLOURS[d],
      test: (i: AuditItem) => effectiveDecision(i) === d,
    })),
    { legendTop: true },
  );
}
