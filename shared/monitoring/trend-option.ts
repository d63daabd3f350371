import type { EChartsOption } from 'echarts';
import { CHART_FONT, TEXT_COLOR } from '../charts/risk-matrix';
import type { Observation } from './monitoring-contract';
import { byDate, parseQuantity } from './progress';

/**
 * The small line chart of one indicator's follow-up values over time, with the baseline and a
 * numeric target as dashed reference lines. Plain data, like the other chart options.
 */

export interface TrendPoint {
  date: string;
  value: number;
}

/** The values that are numbers, oldest first; the chart is drawn from two of them on. */
export function trendPoints(observations: readonly Observation[], unit: string | null): TrendPoint[] {
  return byDate(observations).flatMap((o) => {
    const value = parseQuantity(o.value, unit).value;
    return value === null ? [] : [{ date: o.observedOn, value }];
  });
}

/**
 * Axis bounds that show the values and both reference lines (ECharts leaves mark lines out of
 * the axis extent), rounded to a step of the data's magnitude so the labels stay short.
 */
export function trendBounds(values: readonly number[]): { min: number; max: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = hi - lo || Math.abs(hi) || 1;
  const step = 10 ** Math.floor(Math.log10(range));
  const round = (n: number) => Math.round(n * 1e10) / 1e10;
  return { min: round(Math.floor((lo - range * 0.1) / step) * step), max: round(Math.ceil((hi + range * 0.1) / step) * step) };
}

export function trendOption(
  points: readonly TrendPoint[],
  reference: { baseline: number | null; target: number | null },
  labels: { value: string; baseline: string; target: string },
): EChartsOption {
  const lines = [
    ...(reference.baseline !== null ? [{ name: labels.baseline, yAxis: reference.baseline, lineStyle: { color: '#8c8c8c' } }] : []),
    ...(reference.target !== null ? [{ name: labels.target, yAxis: reference.target, lineStyle: { color: '#0b6e4f' } }] : []),
  ];
  return {
    textStyle: { fontFamily: CHART_FONT, color: TEXT_COLOR },
    animation: false,
    grid: { left: 48, right: 72, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true, formatter: '{yyyy}-{MM}-{dd}' } },
    yAxis: {
      type: 'value',
      ...trendBounds([...points.map((p) => p.value), ...lines.map((l) => l.yAxis)]),
    },
    series: [
      {
        type: 'line',
        name: labels.value,
        data: points.map((p) => [p.date, p.value]),
        symbolSize: 7,
        lineStyle: { width: 2, color: '#1677ff' },
        itemStyle: { color: '#1677ff' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          label: { formatter: '{b}', position: 'end' },
          data: lines,
        },
      },
    ],
  };
}
