import type { RatingScheme } from './rating-scheme';
import type { ScoreItem } from './stage-data';

export type RiskLevel = RatingScheme['riskLevels'][number];

/** Ratings outside the scheme's scales are treated as missing, never clamped silently. */
function inScale(scheme: RatingScheme, scale: keyof RatingScheme['scales'], value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 1 && value <= scheme.scales[scale].levels.length;
}

/** The risk matrix cell for a likelihood and a severity, or null when either is missing. */
export function riskLevel(scheme: RatingScheme, likelihood: number | null, severity: number | null): RiskLevel | null {
  if (!inScale(scheme, 'likelihood', likelihood) || !inScale(scheme, 'severity', severity)) return null;
  const id = scheme.matrix[severity - 1]?.[likelihood - 1];
  return scheme.riskLevels.find((l) => l.id === id) ?? null;
}

/** Position of a risk level, 0 = lowest. */
export function riskRank(scheme: RatingScheme, level: RiskLevel | null): number {
  return level ? scheme.riskLevels.findIndex((l) => l.id === level.id) : -1;
}

/**
 * The summed priority score (weighted sum of the five ratings), as used in published HIAs to
 * rank impacts within one assessment. Null until every weighted rating is given.
 */
export function priorityScore(scheme: RatingScheme, item: Pick<ScoreItem, 'likelihood' | 'severity' | 'extent' | 'duration' | 'frequency'>): number | null {
  let sum = 0;
  for (const [scale, weight] of Object.entries(scheme.priorityWeights) as [keyof RatingScheme['scales'], number][]) {
    if (weight === 0) continue;
    const v = item[scale];
    if (!inScale(scheme, scale, v)) return null;
    sum += weight * v;
  }
  return tidy(sum);
}

/** The highest possible priority score, for showing a score as a share. */
export function maxPriorityScore(scheme: RatingScheme): number {
  return tidy(
    (Object.entries(scheme.priorityWeights) as [keyof RatingScheme['scales'], number][]).reduce(
      (n, [scale, w]) => n + w * scheme.scales[scale].levels.length,
      0,
    ),
  );
}

/**
 * Rounds away floating-point noise, so that scores equal on paper are equal here (with weights
 * such as 0.1/0.2/0.7, 0.1 + 1.0 + 0.7 and 0.2 + 0.2 + 1.4 differ in the last bit) and ties
 * share a rank. Six decimals are far beyond any weight a scheme would use.
 */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface RankedItem {
  item: ScoreItem;
  risk: RiskLevel | null;
  priority: number | null;
  /** 1 = highest priority; items without a complete score come last, unranked (null). */
  rank: number | null;
}

/**
 * Orders scored impacts: negative and uncertain impacts by priority score, ties broken by risk
 * level; positive and neutral impacts are listed but not ranked (they need no mitigation).
 * "No impact" (none) items get neither a risk level nor a score.
 */
export function rankImpacts(scheme: RatingScheme, items: readonly ScoreItem[]): RankedItem[] {
  const rows = items.map((item) => {
    // "No impact" has no risk: ratings left from before the direction changed do not count.
    const none = item.direction === 'none';
    return {
      item,
      risk: none ? null : riskLevel(scheme, item.likelihood, item.severity),
      priority: none ? null : priorityScore(scheme, item),
      rank: null as number | null,
    };
  });
  const rankable = rows
    .filter((r) => r.priority !== null && (r.item.direction === 'negative' || r.item.direction === 'uncertain'))
    .sort((a, b) => b.priority! - a.priority! || riskRank(scheme, b.risk) - riskRank(scheme, a.risk));
  rankable.forEach((r, i) => {
    const prev = rankable[i - 1];
    // Equal scores share a rank (1, 2, 2, 4), as in competition ranking.
    r.rank = prev && prev.priority === r.priority && riskRank(scheme, prev.risk) === riskRank(scheme, r.risk) ? prev.rank : i + 1;
  });
  const ranked = new Set(rankable);
  const rest = rows.filter((r) => !ranked.has(r));
  return [...rankable, ...rest];
}

/**
 * Ratings outside the scheme's scales (likelihood 6 on a 1–5 scale) are refused on save: the
 * schema allows up to 10 so a city can adopt longer scales, the scheme decides the real range.
 */
export function outOfScale(scheme: RatingScheme, items: readonly Pick<ScoreItem, 'determinantId' | 'likelihood' | 'severity' | 'extent' | 'duration' | 'frequency'>[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    for (const scale of ['likelihood', 'severity', 'extent', 'duration', 'frequency'] as const) {
      const v = item[scale];
      const max = scheme.scales[scale].levels.length;
      if (v !== null && (v < 1 || v > max)) {
        problems.push(`${item.determinantId} ${scheme.scales[scale].name} ${v} 超出 1–${max} / ${scale} ${v} is outside 1–${max}`);
      }
    }
  }
  return problems;
}
