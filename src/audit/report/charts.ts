// The report's colours, and its one drawn chart: the ring of statuses, as SVG by ECharts on the server
// (no script in the page, the same picture on screen and in the PDF; ECharts escapes its text). The
// bar charts are HTML (parts.ts), whose labels wrap like any text instead of being cut.
import * as echarts from 'echarts';
import type { Locale } from '../../core/i18n';
import { PRESENCE_STATUSES } from '../../registry/model';
import type { Audit, Decision } from '../model';
import { countBy } from './figures';
import { formatNumber, label, tr } from './text';

/**
 * One colour per decision: the web app's (DECISION_LOOK in web/src/audit/meta.ts; a test keeps them
 * equal), used by the bars and the decision badges.
 */
export const DECISION_COLOURS: Record<Decision, string> = {
  invest: '#12b886',
  maintain: '#4dabf7',
  claim: '#22b8cf',
  investigate: '#fab005',
  merge: '#9775fa',
  progressive_redirect: '#cc5de8',
  close_redirect: '#fa5252',
  remove: '#868e96',
};

/** The web app's status colours (STATUS_HEX in web/src/registry/meta.ts). */
const STATUS_COLOURS: Record<string, string> = {
  discovered: '#4dabf7',
  active: '#20c997',
  dormant: '#fcc419',
  abandoned: '#fa5252',
  closing: '#ff922b',
  redirecting: '#9775fa',
  closed: '#adb5bd',
  archived: '#495057',
};

/** Kept and ending presences: the keep decisions' green, the closing one's red. */
export const KEPT_COLOUR = '#12b886';
export const ENDING_COLOUR = '#fa5252';

/** Task states as the plan's board shows them (TASK_STATUS_COLOR in web/src/audit/meta.ts). */
export const TASK_COLOURS = {
  done: '#12b886',
  skipped: '#adb5bd',
  overdue: '#fa5252',
  open: '#dee2e6',
} as const;
const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';
const TEXT = '#263238';

/** Px side of the status ring (shown about 45 mm wide). */
const RING = 180;

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

/** Presences by registry status, in the registry's order, each with the web app's colour. */
export function statusCounts(
  audit: Audit,
  locale: Locale,
): { name: string; value: number; colour: string }[] {
  const counts = countBy(audit.items.map((i) => i.presence.status));
  const known = PRESENCE_STATUSES.filter((s) => counts.has(s));
  const others = [...counts.keys()].filter((s) => !(PRESENCE_STATUSES as readonly string[]).includes(s));
  return [...known, ...others].map((s) => ({
    name: label(locale, 'audit.report.status', s),
    value: counts.get(s) ?? 0,
    colour: STATUS_COLOURS[s] ?? '#9e9e9e',
  }));
}

/**
 * Before: presences by registry status, as a ring with the total in its centre. Its legend is HTML
 * beside it (the section's), so that no status name depends on the chart's room.
 */
export function statusChart(audit: Audit, locale: Locale): string {
  const data = statusCounts(audit, locale).map((d) => ({
    name: d.name,
    value: d.value,
    itemStyle: { color: d.colour },
  }));
  const c = RING / 2;
  const text = (y: number, value: string, font: string, fill: string) => ({
    type: 'text',
    x: c,
    y,
    style: { text: value, fill, font, textAlign: 'center', textVerticalAlign: 'middle' },
  });
  return render(
    {
      graphic: [
        text(c - 9, formatNumber(locale, audit.items.length), `bold 26px ${FONT}`, TEXT),
        text(c + 16, tr(locale, 'audit.report.chart.presences'), `12px ${FONT}`, '#607d8b'),
      ],
      series: [
        {
          type: 'pie',
          radius: ['58%', '96%'],
          center: ['50%', '50%'],
          label: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          data,
        },
      ],
    },
    RING,
    RING,
  );
}

/** A colour mixed with `towards` (share 0–1 of it). */
function mix(hex: string, towards: number, share: number): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (towards - c) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A colour mixed with white: the faded twin of a decision's colour (recommended, not decided). */
export function lighten(hex: string, share: number): string {
  return mix(hex, 255, share);
}

/** A colour mixed with black: text in a decision's colour that stays readable on white paper. */
export function darken(hex: string, share: number): string {
  return mix(hex, 0, share);
}
