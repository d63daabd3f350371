import type { EChartsOption } from 'echarts';
import type { Language } from '../i18n';
import type { RatingScheme } from '../workflow/rating-scheme';
import { maxPriorityScore, type RankedItem } from '../workflow/scoring';
import { CHART_FONT, TEXT_COLOR, chartStrings, itemLabel, levelText, riskPrefix, type ChartNames } from './risk-matrix';

/**
 * ECharts options for the overview of priority scores: one horizontal bar per scored impact,
 * ranked negative/uncertain impacts first (coloured by risk level), then positive impacts in a
 * colour of their own. Plain data, SSR-safe, like riskMatrixOption.
 */

/** Positive impacts: a blue no risk level uses, so they never read as a risk. */
export const POSITIVE_COLOR = '#1677ff';
const NO_LEVEL_COLOR = '#bfbfbf';

/** The impacts the overview shows: every item with a complete score, ranked ones first. */
export function overviewImpacts(rankedItems: readonly RankedItem[]): RankedItem[] {
  const scored = rankedItems.filter((r) => r.priority !== null);
  return [...scored.filter((r) => r.rank !== null), ...scored.filter((r) => r.rank === null && r.item.direction === 'positive')];
}

/** A chart height that gives each bar room, for the UI container and the SSR canvas. */
export function determinantOverviewHeight(count: number): number {
  return Math.max(200, 90 + 30 * count);
}

export function determinantOverviewOption(
  scheme: RatingScheme,
  rankedItems: readonly RankedItem[],
  names: ChartNames,
  lang: Language,
): EChartsOption {
  const s = chartStrings(lang);
  const shown = overviewImpacts(rankedItems);
  const categories = shown.map((r) => {
    const label = itemLabel(r.item, names, lang) + (r.item.direction === 'uncertain' ? s.chart.uncertainSuffix : '');
    return r.rank !== null ? `${r.rank}. ${label}` : label;
  });

  // One stacked series per colour: each bar has a value in exactly one of them, so bars stay
  // aligned on their category and the legend explains the colours.
  const groups: { name: string; color: string; belongs: (r: RankedItem) => boolean }[] = [
    ...scheme.riskLevels.map((level) => ({
      name: riskPrefix(lang) + levelText(level, lang),
      color: level.color,
      belongs: (r: RankedItem) => r.item.direction !== 'positive' && r.risk?.id === level.id,
    })),
    { name: s.chart.positive, color: POSITIVE_COLOR, belongs: (r: RankedItem) => r.item.direction === 'positive' },
  ];
  if (shown.some((r) => r.item.direction !== 'positive' && r.risk === null)) {
    groups.push({ name: s.notRated, color: NO_LEVEL_COLOR, belongs: (r) => r.item.direction !== 'positive' && r.risk === null });
  }

  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT, color: TEXT_COLOR },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, textStyle: { fontFamily: CHART_FONT } },
    legend: {
      top: 0,
      left: 'center',
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: TEXT_COLOR },
      data: groups.map((g) => ({ name: g.name, itemStyle: { color: g.color } })),
    },
    grid: { left: 8, right: 36, top: 36, bottom: 28 },
    xAxis: {
      type: 'value',
      min: 0,
      max: maxPriorityScore(scheme),
      name: s.priority,
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { fontFamily: CHART_FONT, fontSize: 12, color: TEXT_COLOR },
      axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLabel: { fontFamily: CHART_FONT, color: TEXT_COLOR, fontSize: 12, width: 180, overflow: 'truncate' },
    },
    series: groups.map((g) => ({
      type: 'bar' as const,
      name: g.name,
      stack: 'priority',
      barMaxWidth: 18,
      itemStyle: { color: g.color, borderRadius: [0, 3, 3, 0] },
      label: { show: true, position: 'right' as const, formatter: '{c}', fontFamily: CHART_FONT, fontSize: 11, color: TEXT_COLOR },
      data: shown.map((r) => (g.belongs(r) ? r.priority! : '-')),
    })),
    ...(shown.length === 0
      ? {
          title: {
            text: s.chart.noScored,
            left: 'center',
            top: 'middle',
            textStyle: { fontFamily: CHART_FONT, fontSize: 13, fontWeight: 'normal', color: '#8c8c8c' },
          },
        }
      : {}),
  };
}
