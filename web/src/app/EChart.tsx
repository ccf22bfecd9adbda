// ECharts, tree-shaken: only the charts and components the app draws, rendered as SVG (crisp in
// screenshots and print, light for the small charts used here).
import { Box } from '@mantine/core';
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  DataZoomComponent,
  type DataZoomComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
}

/** Charts appear drawn, not growing: the animation cost a frame's work for a second after load. */
const withoutAnimation = (option: ChartOption): ChartOption => ({ animation: false, ...option });

/** Escapes text put into an ECharts tooltip, which is HTML. */
export const escapeHtml = (s: string) => echarts.format.encodeHTML(s);

/**
 * Charts are made one per task: a page's charts are laid out together, and their resize observers'
 * first calls would otherwise build them all in one long task that holds the page (300 ms on the
 * audit page of a small machine).
 */
const pending: (() => void)[] = [];
function queueChart(make: () => void): () => void {
  pending.push(make);
  if (pending.length === 1) setTimeout(next, 0);
  return () => {
    const at = pending.indexOf(make);
    if (at > 0) pending.splice(at, 1);
    else if (at === 0) pending[0] = () => {};
  };
}
function next() {
  try {
    pending[0]?.();
  } finally {
    pending.shift();
    if (pending.length > 0) setTimeout(next, 0);
  }
}

export function EChart({
  option,
  height,
  label,
  onClick,
}: {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers. */
  label: string;
  onClick?: (e: ChartClick) => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    if (!el.current) return;
    // The chart is made in the resize observer's first call, with the size the browser has just laid
    // out: echarts.init would otherwise read the element's size itself and force a layout of the whole
    // page, once per chart (the audit page's charts spent more time there than drawing).
    let c: echarts.ECharts | null = null;
    let unqueue = () => {};
    let size: { width: number; height: number } | undefined;
    const make = () => {
      if (!el.current) return;
      c = echarts.init(el.current, undefined, { renderer: 'svg', ...size });
      chart.current = c;
      c.on('click', (p) => {
        click.current?.({
          name: String(p.name ?? ''),
          dataIndex: p.dataIndex ?? 0,
          seriesIndex: p.seriesIndex ?? 0,
        });
      });
      c.setOption(withoutAnimation(latest.current), { notMerge: true });
    };
    const ro = new ResizeObserver(([entry]) => {
      const first = size === undefined;
      size = entry ? { width: entry.contentRect.width, height: entry.contentRect.height } : size;
      if (c) c.resize(size);
      else if (first) unqueue = queueChart(make);
    });
    ro.observe(el.current);
    return () => {
      unqueue();
      ro.disconnect();
      c?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withoutAnimation(option), { notMerge: true });
  }, [option]);

  return <Box ref={el} h={height} w="100%" role="img" aria-label={label} />;
}
