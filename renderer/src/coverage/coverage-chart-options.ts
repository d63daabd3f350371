import type { EChartsOption } from 'echarts';
import { CHART_FONT, TEXT_COLOR } from '../../../shared/charts/risk-matrix';
import type { CoverageCounts } from '../../../shared/register/coverage-contract';
import { formatMinShare, formatShare, sharePercent } from '../../../shared/register/percent';

/**
 * ECharts options for the coverage dashboard, as plain data (no functions), so the chart
 * component can skip identical redraws. Every bar and point is labelled with its share and
 * the counts it comes from; user text (department names) is drawn on the canvas only: the
 * tooltip uses richText, never HTML.
 */

export interface ShareRow {
  /** Shown on the axis: a category name, a department, a year. */
  name: string;
  counts: CoverageCounts;
}

export interface TargetLine {
  /** e.g. "目标 ≥40%（全部类别）": shown in the legend above the chart (TargetLegend). */
  label: string;
  minShare: number;
}

export interface ChartText {
  /** Axis name, e.g. "覆盖率（%）". */
  axis: string;
  /** Counts after a share: "（50/80）" in Chinese, " (50/80)" in English. */
  counts: (submitted: number, base: number) => string;
  /** The tooltip for one row: name, share with counts, the other counts. */
  tooltip: (row: ShareRow) => string;
}

const BAR_COLOR = '#0b6e4f';
const EMPTY_COLOR = '#bfbfbf';
const TARGET_COLORS = ['#d4380d', '#d48806', '#531dab', '#1d39c4'];

/** The colour of the i-th target line, for the legend drawn beside the chart. */
export const targetColor = (i: number): string => TARGET_COLORS[i % TARGET_COLORS.length]!;

const counted = (c: CoverageCounts) => `${c.submitted}/${c.base}`;

const COMMON: EChartsOption = {
  animation: false,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: CHART_FONT, color: TEXT_COLOR },
  tooltip: { trigger: 'item', renderMode: 'richText', confine: true, textStyle: { fontFamily: CHART_FONT } },
};

/** Always 0–100%, so the charts compare at a glance and a small share never looks full. */
function valueAxis(text: ChartText) {
  return {
    type: 'value' as const,
    min: 0,
    max: 100,
    interval: 20,
    name: text.axis,
    nameTextStyle: { fontFamily: CHART_FONT, color: TEXT_COLOR },
    axisLabel: { formatter: '{value}%', fontFamily: CHART_FONT, color: TEXT_COLOR },
    splitLine: { lineStyle: { color: '#f0f0f0' } },
  };
}

/**
 * Dashed lines at the targets' minimum shares, labelled only "≥40%" outside the plot (long
 * labels inside it covered the bars' own labels); the legend above the chart names them.
 */
function targetMarkLines(targets: readonly TargetLine[], axis: 'xAxis' | 'yAxis') {
  if (targets.length === 0) return undefined;
  return {
    symbol: 'none',
    silent: true,
    data: targets.map((tl, i) => ({
      [axis]: Math.round(tl.minShare * 1000) / 10,
      name: tl.label,
      lineStyle: { type: 'dashed' as const, width: 1.5, color: targetColor(i) },
      // Horizontal lines: label past the right end. Vertical ones (departments, whose category
      // axis runs top-down) end at the value axis' labels, so theirs go at the top, the start.
      label: {
        formatter: `≥${formatMinShare(tl.minShare)}`,
        position: axis === 'yAxis' ? ('end' as const) : ('start' as const),
        color: targetColor(i),
        fontFamily: CHART_FONT,
        fontSize: 11,
      },
    })),
  };
}

/** "62.5%" over "50/80" on a vertical bar, "62.5%（50/80）" after a horizontal one. */
const withCounts = (c: CoverageCounts, layout: 'stacked' | 'inline', text: ChartText) =>
  layout === 'stacked' ? `${formatShare(c.submitted, c.base)}\n${counted(c)}` : `${formatShare(c.submitted, c.base)}${text.counts(c.submitted, c.base)}`;

function barData(rows: readonly ShareRow[], text: ChartText, layout: 'stacked' | 'inline') {
  return rows.map((row) => {
    const c = row.counts;
    const pct = sharePercent(c.submitted, c.base);
    return {
      value: pct ?? 0,
      itemStyle: { color: pct === null ? EMPTY_COLOR : BAR_COLOR },
      label: { formatter: withCounts(c, layout, text) },
      tooltip: { formatter: text.tooltip(row) },
    };
  });
}

const labelStyle = { show: true, fontFamily: CHART_FONT, fontSize: 11, color: TEXT_COLOR };

/** Share by category: one vertical bar each, labelled "62.5%" over "50/80", with target lines. */
export function categoryShareOption(rows: readonly ShareRow[], targets: readonly TargetLine[], text: ChartText): EChartsOption {
  return {
    ...COMMON,
    grid: { left: 8, right: 48, top: 40, bottom: 8 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR, fontSize: 12, interval: 0, width: 96, overflow: 'break' },
    },
    yAxis: valueAxis(text),
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        label: { ...labelStyle, position: 'top' },
        data: barData(rows, text, 'stacked'),
        markLine: targetMarkLines(targets, 'yAxis'),
      },
    ],
  };
}

/** Bars a horizontal chart needs: enough height for each department's row. */
export function departmentChartHeight(count: number): number {
  return Math.max(220, 70 + 30 * count);
}

/**
 * Share by department: horizontal bars, highest share first (departments with nothing to
 * count last), labelled "62.5%（50/80）".
 */
export function departmentShareOption(rows: readonly ShareRow[], targets: readonly TargetLine[], text: ChartText): EChartsOption {
  return {
    ...COMMON,
    grid: { left: 8, right: 110, top: 24, bottom: 44 },
    xAxis: { ...valueAxis(text), nameLocation: 'middle', nameGap: 26 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR, fontSize: 12, width: 170, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        label: { ...labelStyle, position: 'right' },
        data: barData(rows, text, 'inline'),
        markLine: targetMarkLines(targets, 'xAxis'),
      },
    ],
  };
}

/** The order of the department chart: by share (highest first), then by how many are registered. */
export function sortByShare(rows: readonly ShareRow[]): ShareRow[] {
  const pct = (r: ShareRow) => sharePercent(r.counts.submitted, r.counts.base) ?? -1;
  return [...rows].sort((a, b) => pct(b) - pct(a) || b.counts.total - a.counts.total || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Share by year: a line over every year in the register, each point labelled with its counts. */
export function trendOption(rows: readonly ShareRow[], targets: readonly TargetLine[], text: ChartText): EChartsOption {
  return {
    ...COMMON,
    grid: { left: 8, right: 48, top: 40, bottom: 8 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR } },
    yAxis: valueAxis(text),
    series: [
      {
        type: 'line',
        symbolSize: 8,
        itemStyle: { color: BAR_COLOR },
        lineStyle: { color: BAR_COLOR, width: 2 },
        label: { ...labelStyle, position: 'top' },
        data: rows.map((row) => {
          const c = row.counts;
          return {
            // A year with nothing to count is a gap in the line, not a fall to 0%.
            value: sharePercent(c.submitted, c.base) ?? '-',
            label: { formatter: withCounts(c, 'inline', text) },
            tooltip: { formatter: text.tooltip(row) },
          };
        }),
        markLine: targetMarkLines(targets, 'yAxis'),
      },
    ],
  };
}
