import type { AggregatedItem, ExpertRating } from '../snapshot/snapshot';
import type { RatingScheme } from '../workflow/rating-scheme';
import { riskLevel, riskRank } from '../workflow/scoring';
import type { ScoreItem } from '../workflow/stage-data';

/**
 * How the panel's independent ratings are summarised, per determinant and phase.
 *
 * Divergence rule (documented for the report): an item is flagged when
 *  (a) one expert judges the impact positive and another negative, or fewer than two thirds of
 *      the experts share the majority direction, or
 *  (b) likelihood or severity ratings span 3 or more points (e.g. 2 and 5), or
 *  (c) the experts' risk levels span 2 or more levels of the matrix (e.g. 低 and 高).
 * Flagged items go to a second round; the group leader then sets the final rating.
 */
export const DIVERGENCE = { minMajorityShare: 2 / 3, maxRatingSpan: 2, maxRiskLevelSpan: 1 } as const;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function span(values: number[]): number | null {
  return values.length === 0 ? null : Math.max(...values) - Math.min(...values);
}

function majority<T extends string>(values: T[]): { value: T | null; share: number } {
  if (values.length === 0) return { value: null, share: 0 };
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties resolve to the more cautious reading: negative > uncertain > positive > none.
  const caution = ['negative', 'uncertain', 'positive', 'none'];
  const [value, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || caution.indexOf(a[0]) - caution.indexOf(b[0]))[0]!;
  return { value, share: n / values.length };
}

const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

/**
 * Summarises one determinant/phase. Uses each expert's latest round. `final` and `leaderNote`
 * come from the group leader (null until set).
 */
export function aggregateItem(
  scheme: RatingScheme,
  determinantId: string,
  phase: ScoreItem['phase'],
  allRatings: ExpertRating[],
  final: ScoreItem | null = null,
  leaderNote = '',
): AggregatedItem {
  const latest = new Map<string, ExpertRating>();
  for (const r of allRatings) {
    if (r.determinantId !== determinantId || r.phase !== phase) continue;
    const prev = latest.get(r.memberId);
    if (!prev || r.round > prev.round) latest.set(r.memberId, r);
  }
  const ratings = [...latest.values()].sort((a, b) => a.memberId.localeCompare(b.memberId));
  const directions = ratings.map((r) => r.direction).filter((d): d is NonNullable<typeof d> => d !== null);
  const dir = majority(directions);
  const rated = ratings.filter((r) => r.direction !== 'none');
  const likelihoods = nums(rated.map((r) => r.likelihood));
  const severities = nums(rated.map((r) => r.severity));
  const medL = median(likelihoods);
  const medS = median(severities);
  const products = rated.flatMap((r) => (r.likelihood && r.severity ? [r.likelihood * r.severity] : []));
  const levels = rated.map((r) => riskRank(scheme, riskLevel(scheme, r.likelihood, r.severity))).filter((x) => x >= 0);

  const reasons: string[] = [];
  // Report text (Chinese): the rule that fired, with the numbers.
  const opposite = directions.includes('positive') && directions.includes('negative');
  if (directions.length > 1 && (opposite || dir.share < DIVERGENCE.minMajorityShare)) {
    reasons.push(opposite ? '专家对影响方向判断相反（正面与负面）' : '专家对影响方向意见不一');
  }
  if ((span(likelihoods) ?? 0) > DIVERGENCE.maxRatingSpan) reasons.push(`可能性评分相差 ${span(likelihoods)} 分`);
  if ((span(severities) ?? 0) > DIVERGENCE.maxRatingSpan) reasons.push(`严重程度评分相差 ${span(severities)} 分`);
  if ((span(levels) ?? 0) > DIVERGENCE.maxRiskLevelSpan) reasons.push(`风险等级相差 ${span(levels)} 级`);

  const agreeing = ratings.filter(
    (r) =>
      r.direction === dir.value &&
      (r.direction === 'none' ||
        (r.likelihood !== null && r.severity !== null && medL !== null && medS !== null && Math.abs(r.likelihood - medL) <= 1 && Math.abs(r.severity - medS) <= 1)),
  );
  return {
    determinantId,
    phase,
    ratings,
    medianLikelihood: medL,
    medianSeverity: medS,
    majorityDirection: dir.value,
    range: span(products),
    agreement: ratings.length === 0 ? null : Math.round((agreeing.length / ratings.length) * 100) / 100,
    divergent: reasons.length > 0,
    divergenceReason: reasons.join('；'),
    final,
    leaderNote,
  };
}

/** A starting point for the leader's final rating: majority direction and median ratings. */
export function proposedFinal(item: AggregatedItem): ScoreItem {
  const med = (k: 'extent' | 'duration' | 'frequency') => {
    const m = median(nums(item.ratings.map((r) => r[k])));
    return m === null ? null : Math.round(m);
  };
  const round = (x: number | null) => (x === null ? null : Math.round(x));
  return {
    determinantId: item.determinantId,
    phase: item.phase,
    direction: (item.majorityDirection as ScoreItem['direction']) ?? null,
    likelihood: round(item.medianLikelihood),
    severity: round(item.medianSeverity),
    extent: med('extent'),
    duration: med('duration'),
    frequency: med('frequency'),
    groups: [...new Set(item.ratings.flatMap((r) => r.groups))],
    // Experts often write the same sentence: keep each distinct rationale once.
    rationale: [...new Set(item.ratings.map((r) => r.rationale.trim()).filter(Boolean))].join('\n'),
    evidence: [...new Set(item.ratings.flatMap((r) => r.evidence))],
  };
}

/** True when the leader's final rating departs from the panel's median (a note is then required). */
export function differsFromMedian(item: AggregatedItem): boolean {
  if (!item.final) return false;
  const p = proposedFinal(item);
  return item.final.direction !== p.direction || item.final.likelihood !== p.likelihood || item.final.severity !== p.severity;
}
