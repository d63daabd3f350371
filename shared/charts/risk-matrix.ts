import type { EChartsOption } from 'echarts';
import type { Language } from '../i18n';
import { scoringEn, scoringZh } from '../i18n/sections/scoring';
import type { RatingScheme } from '../workflow/rating-scheme';
import type { RankedItem } from '../workflow/scoring';
import type { ScoreItem } from '../workflow/stage-data';

/**
 * ECharts options for the likelihood × severity risk matrix, as plain data: no DOM or Node
 * APIs, only features that ECharts server-side rendering to SVG supports (the Word report draws
 * the same option), explicit fonts and no animation.
 */

/** Fonts with CJK glyphs on Windows, Linux (fonts-noto-cjk) and in SVG opened elsewhere. */
export const CHART_FONT = 'Noto Sans CJK SC, Microsoft YaHei, sans-serif';

export const TEXT_COLOR = '#262626';

export type ChartNames = (determinantId: string) => string;

export function chartStrings(lang: Language) {
  return lang === 'en' ? scoringEn : scoringZh;
}

/** `{{name}}` interpolation, as i18next does, for the shared strings. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A determinant's display name, with the phase for projects: 噪声与振动（施工阶段）. */
export function itemLabel(item: Pick<ScoreItem, 'determinantId' | 'phase'>, names: ChartNames, lang: Language): string {
  const name = names(item.determinantId);
  if (item.phase === 'all') return name;
  const phase = chartStrings(lang).phase[item.phase];
  return lang === 'en' ? `${name} (${phase})` : `${name}（${phase}）`;
}

/**
 * Text for HTML tooltips. Names can come from stored data (an unknown id is shown as is), so
 * they are escaped; braces too, so ECharts does not read them as template placeholders.
 */
export function escapeTooltip(text: string): string {
  return text.replace(/[&<>"'{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const levelText = (level: { label: string; labelEn: string }, lang: Language) => (lang === 'en' ? level.labelEn : level.label);

/** 风险：高 / Risk: High, for legends. */
export const riskPrefix = (lang: Language) => (lang === 'en' ? `${scoringEn.risk}: ` : `${scoringZh.risk}：`);

/** Black or white text, whichever reads better on a background colour. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? TEXT_COLOR : '#ffffff';
}

/** The impacts the matrix places: negative and uncertain ones with likelihood and severity. */
export function matrixImpacts(rankedItems: readonly RankedItem[]): RankedItem[] {
  return rankedItems.filter((r) => r.risk !== null && (r.item.direction === 'negative' || r.item.direction === 'uncertain'));
}

const MAX_NAMES_IN_CELL = 2;

export function riskMatrixOption(scheme: RatingScheme, rankedItems: readonly RankedItem[], names: ChartNames, lang: Language): EChartsOption {
  const s = chartStrings(lang);
  const likelihood = scheme.scales.likelihood;
  const severity = scheme.scales.severity;
  const xLabels = likelihood.levels.map((l) => levelText(l, lang));
  const yLabels = severity.levels.map((l) => levelText(l, lang));

  // Impacts by cell, in rank order (rankImpacts lists ranked ones first).
  const cells = new Map<string, string[]>();
  for (const r of matrixImpacts(rankedItems)) {
    const key = `${r.item.likelihood! - 1},${r.item.severity! - 1}`;
    const label = itemLabel(r.item, names, lang) + (r.item.direction === 'uncertain' ? s.chart.uncertainSuffix : '');
    cells.set(key, [...(cells.get(key) ?? []), label]);
  }

  const levelAt = (x: number, y: number) => scheme.riskLevels.find((l) => l.id === scheme.matrix[y]?.[x]);
  /** The cell's ratings and level, then the impacts in it, one a line. */
  const cellTooltip = (x: number, y: number) => {
    const level = levelAt(x, y);
    const head = fill(s.chart.tooltipCell, { likelihood: xLabels[x]!, severity: yLabels[y]!, level: level ? levelText(level, lang) : '—' });
    return { formatter: [head, ...(cells.get(`${x},${y}`) ?? [])].map(escapeTooltip).join('<br/>') };
  };

  const heat = yLabels.flatMap((_, y) =>
    xLabels.map((_x, x) => {
      const level = levelAt(x, y);
      const inCell = cells.get(`${x},${y}`) ?? [];
      return {
        value: [x, y, level ? scheme.riskLevels.indexOf(level) : -1],
        name: level ? levelText(level, lang) : '',
        // The level is written in empty cells only: in occupied ones the marker needs the room
        // (the colour and the tooltip still tell the level).
        label: { show: inCell.length === 0, color: level ? textOn(level.color) : TEXT_COLOR },
        tooltip: cellTooltip(x, y),
      };
    }),
  );

  const occupied = [...cells.entries()].map(([key, list]) => {
    const [x, y] = key.split(',').map(Number) as [number, number];
    // Two lines fit a cell: both names, or the first and the total.
    const lines = list.length <= MAX_NAMES_IN_CELL ? list : [list[0]!, fill(s.chart.more, { count: list.length })];
    const tooltip = cellTooltip(x, y);
    return {
      marker: { value: [x, y], name: String(list.length), tooltip },
      names: { value: [x, y], name: lines.join('\n'), tooltip },
    };
  });

  const axisCommon = {
    type: 'category' as const,
    nameLocation: 'middle' as const,
    nameTextStyle: { fontFamily: CHART_FONT, fontSize: 13, fontWeight: 'bold' as const, color: TEXT_COLOR },
    axisTick: { show: false },
    axisLine: { show: false },
    splitArea: { show: false },
    axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR, fontSize: 12 },
  };

  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT, color: TEXT_COLOR },
    tooltip: { trigger: 'item', confine: true, textStyle: { fontFamily: CHART_FONT } },
    // Heatmaps take their colours from a visualMap: one piece per risk level (value = its index).
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      top: 0,
      itemWidth: 14,
      itemHeight: 10,
      selectedMode: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: TEXT_COLOR },
      pieces: scheme.riskLevels.map((l, i) => ({ value: i, color: l.color, label: riskPrefix(lang) + levelText(l, lang) })),
      outOfRange: { color: '#f0f0f0' },
    },
    grid: { left: 24, right: 16, top: 36, bottom: 48 },
    xAxis: {
      ...axisCommon,
      name: lang === 'en' ? likelihood.nameEn : likelihood.name,
      nameGap: 30,
      data: xLabels,
      // Every label, wrapped if long ("Almost certain"), never dropped for overlap.
      axisLabel: { ...axisCommon.axisLabel, interval: 0, width: 72, overflow: 'break', lineHeight: 14 },
    },
    yAxis: { ...axisCommon, name: lang === 'en' ? severity.nameEn : severity.name, nameGap: 56, data: yLabels },
    series: [
      {
        type: 'heatmap',
        name: s.chart.riskMatrix,
        data: heat,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, opacity: 0.85 },
        label: { show: true, position: 'insideTopLeft', formatter: '{b}', fontFamily: CHART_FONT, fontSize: 11, opacity: 0.9 },
        emphasis: { disabled: true },
        z: 1,
      },
      {
        type: 'scatter',
        name: s.chart.riskMatrix,
        data: occupied.map((o) => o.marker),
        symbol: 'circle',
        symbolSize: 20,
        symbolOffset: [0, -12],
        itemStyle: { color: '#ffffff', borderColor: TEXT_COLOR, borderWidth: 1.5, opacity: 1 },
        label: { show: true, position: 'inside', formatter: '{b}', fontFamily: CHART_FONT, fontSize: 12, fontWeight: 'bold', color: TEXT_COLOR },
        emphasis: { scale: false },
        z: 3,
      },
      {
        type: 'scatter',
        name: s.chart.riskMatrix,
        data: occupied.map((o) => o.names),
        symbol: 'circle',
        symbolSize: 1,
        itemStyle: { color: 'rgba(0,0,0,0)' },
        label: {
          show: true,
          position: 'inside',
          offset: [0, 12],
          formatter: '{b}',
          fontFamily: CHART_FONT,
          fontSize: 11,
          lineHeight: 13,
          color: TEXT_COLOR,
          backgroundColor: 'rgba(255,255,255,0.75)',
          padding: [1, 2],
          borderRadius: 2,
          width: 84,
          overflow: 'truncate',
          align: 'center',
        },
        z: 2,
      },
    ],
  };
}
