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

/** Escapes text put into an ECharts tooltip, which is HTML. */
export const escapeHtml = (s: string) => echarts.format.encodeHTML(s);

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
    const ro = new ResizeObserver(([entry]) => {
      const size = entry ? { width: entry.contentRect.width, height: entry.contentRect.height } : undefined;
      if (c) {
        c.resize(size);
        return;
      }
      c = echarts.init(el.current, undefined, { renderer: 'svg', ...size });
      chart.current = c;
      c.on('click', (p) => {
        click.current?.({
          name: String(p.name ?? ''),
          dataIndex: p.dataIndex ?? 0,
          seriesIndex: p.seriesIndex ?? 0,
        });
      });
      c.setOption(latest.current, { notMerge: true });
    });
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={el} h={height} w="100%" role="img" aria-label={label} />;
}
