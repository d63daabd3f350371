/**
 * Pure suggestion logic of the 建议 and 结论 stages: which library entries fit each scored
 * impact, and which overall judgement the ratings point to. The person always decides; these
 * are starting points shown beside their own choice.
 */
import type { AssessmentKind } from '../assessment';
import { entriesFor, type MitigationEntry, type MitigationLibrary, type RecommendationKind } from './mitigation-library';
import type { RatingScheme } from './rating-scheme';
import { rankImpacts, riskRank, type RankedItem, type RiskLevel } from './scoring';
import { DIRECTIONS, type Direction, type Judgement, type StageDataOf } from './stage-data';

export interface DeterminantSuggestion {
  determinantId: string;
  /** mitigation for negative or uncertain impacts, enhancement for positive ones. */
  kind: RecommendationKind;
  /** The scored items (one per phase for projects) this suggestion answers, best-ranked first. */
  items: RankedItem[];
  /** The representative item's values: best rank for mitigations, highest score for enhancements. */
  direction: Direction;
  risk: RiskLevel | null;
  rank: number | null;
  priority: number | null;
  /** False when scoping no longer lists the determinant (its rating is left over from earlier). */
  inScope: boolean;
  /** Library entries that fit: right kind, assessment type and (for projects) phase. */
  entries: MitigationEntry[];
}

const NEEDS_MITIGATION: readonly Direction[] = ['negative', 'uncertain'];

function kindOf(direction: Direction | null): RecommendationKind | null {
  if (direction === 'negative' || direction === 'uncertain') return 'mitigation';
  if (direction === 'positive') return 'enhancement';
  return null;
}

function fitsPhase(entry: MitigationEntry, items: readonly RankedItem[], kind: AssessmentKind): boolean {
  if (kind !== 'project' || !entry.phases) return true;
  return items.some((r) => r.item.phase === 'all' || entry.phases!.includes(r.item.phase));
}

/**
 * Entries of the right kind for the assessment type and, for projects, the phases concerned. When
 * no entry names those phases, the entries of other phases are offered rather than none: the
 * wording usually carries over (a design-stage measure for an impact rated in operation).
 */
function fittingEntries(
  library: MitigationLibrary,
  determinantId: string,
  kind: RecommendationKind,
  items: readonly RankedItem[],
  assessmentKind: AssessmentKind,
): MitigationEntry[] {
  const forType = entriesFor(library, determinantId, kind).filter((e) => e.appliesTo.includes(assessmentKind));
  const forPhase = forType.filter((e) => fitsPhase(e, items, assessmentKind));
  return forPhase.length > 0 ? forPhase : forType;
}

const byRank = (a: RankedItem, b: RankedItem) =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.priority ?? -Infinity) - (a.priority ?? -Infinity);

/**
 * For each determinant with a negative or uncertain scored impact, the fitting mitigation
 * entries; for each with a positive one, the enhancement entries. Mitigations come first in
 * priority-rank order (unranked last), then enhancements by priority score. A determinant that is
 * negative in one project phase and positive in another appears in both.
 *
 * `ranked` is `rankImpacts(scheme, scoring.items)` (or rankInScope); `scoping` gives the order
 * for ties and whether a determinant is still in scope; `kind` filters entries by `appliesTo`,
 * and for projects by phase (falling back to other phases' entries when none fits).
 */
export function suggestRecommendations(
  ranked: readonly RankedItem[],
  scoping: Pick<StageDataOf<'scoping'>, 'determinants'>,
  library: MitigationLibrary,
  kind: AssessmentKind,
): DeterminantSuggestion[] {
  const scopeOrder = new Map(scoping.determinants.map((d, i) => [d.id, i]));
  const groups = new Map<string, { determinantId: string; kind: RecommendationKind; items: RankedItem[] }>();
  for (const r of ranked) {
    const k = kindOf(r.item.direction);
    if (!k) continue;
    const key = `${k}:${r.item.determinantId}`;
    const g = groups.get(key) ?? { determinantId: r.item.determinantId, kind: k, items: [] };
    g.items.push(r);
    groups.set(key, g);
  }
  const out: DeterminantSuggestion[] = [...groups.values()].map((g) => {
    const items = [...g.items].sort(byRank);
    const best = items[0]!;
    return {
      determinantId: g.determinantId,
      kind: g.kind,
      items,
      direction: g.kind === 'mitigation' && items.some((r) => r.item.direction === 'negative') ? 'negative' : best.item.direction!,
      risk: best.risk,
      rank: best.rank,
      priority: best.priority,
      inScope: scopeOrder.has(g.determinantId),
      entries: fittingEntries(library, g.determinantId, g.kind, items, kind),
    };
  });
  const order = (s: DeterminantSuggestion) => scopeOrder.get(s.determinantId) ?? Infinity;
  return out.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'mitigation' ? -1 : 1) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (b.priority ?? -Infinity) - (a.priority ?? -Infinity) ||
      order(a) - order(b),
  );
}

/**
 * The scored impacts as the scoring stage ranks them: items of determinants (and, for projects,
 * phases) still in scope, ranked; plus `stale` items left over from an earlier scope, unranked.
 * Validation still asks recommendations for stale negative items, so the 建议 stage lists them.
 */
export function rankInScope(
  scheme: RatingScheme,
  scoring: StageDataOf<'scoring'>,
  scoping: Pick<StageDataOf<'scoping'>, 'determinants' | 'phases'>,
  kind: AssessmentKind,
): { ranked: RankedItem[]; stale: RankedItem[] } {
  const ids = new Set(scoping.determinants.map((d) => d.id));
  const inScope = (i: StageDataOf<'scoring'>['items'][number]) =>
    ids.has(i.determinantId) && (kind === 'project' ? i.phase !== 'all' && scoping.phases.includes(i.phase) : i.phase === 'all');
  return {
    ranked: rankImpacts(scheme, scoring.items.filter(inScope)),
    stale: rankImpacts(scheme, scoring.items.filter((i) => !inScope(i))).map((r) => ({ ...r, rank: null })),
  };
}

export interface ConclusionSuggestion {
  judgement: Judgement;
  /** Chinese text for the report, naming the determinants that drive the judgement. */
  reasons: string;
  /** Determinant ids that drive the judgement (empty for issue-as-drafted). */
  drivers: string[];
}

function levelIndex(scheme: RatingScheme, id: string, fallback: number): number {
  const i = scheme.riskLevels.findIndex((l) => l.id === id);
  return i >= 0 ? i : Math.max(0, fallback);
}

interface DeterminantRisk {
  id: string;
  /** Highest risk position among the determinant's negative items (−1 = none rated). */
  negative: number;
  /** Highest among negative and uncertain items, and whether that one is uncertain. */
  concern: number;
  concernUncertain: boolean;
  positive: boolean;
  unrated: boolean;
}

function perDeterminant(scheme: RatingScheme, ranked: readonly RankedItem[]): DeterminantRisk[] {
  const map = new Map<string, DeterminantRisk>();
  for (const r of ranked) {
    const id = r.item.determinantId;
    const d = map.get(id) ?? { id, negative: -1, concern: -1, concernUncertain: false, positive: false, unrated: false };
    map.set(id, d);
    const dir = r.item.direction;
    const level = riskRank(scheme, r.risk);
    if (dir === 'positive') d.positive = true;
    if (dir !== 'negative' && dir !== 'uncertain') continue;
    if (!r.risk) d.unrated = true;
    if (dir === 'negative') d.negative = Math.max(d.negative, level);
    if (level > d.concern || (level === d.concern && dir === 'negative')) {
      d.concern = level;
      d.concernUncertain = dir === 'uncertain';
    }
  }
  return [...map.values()];
}

/**
 * The judgement the ratings suggest: any very-high negative impact, or three or more
 * determinants with high-or-above negative impacts → 暂缓出台或作重大调整; any negative or
 * uncertain impact of medium risk or above → 修改完善后出台; otherwise 可按原稿出台.
 * Determinants are counted once, at their highest risk across project phases.
 */
export function deriveConclusion(
  ranked: readonly RankedItem[],
  scheme: RatingScheme,
  nameOf: (determinantId: string) => string = (id) => id,
): ConclusionSuggestion {
  const n = scheme.riskLevels.length;
  const top = levelIndex(scheme, 'very-high', n - 1);
  const high = levelIndex(scheme, 'high', n - 2);
  const medium = levelIndex(scheme, 'medium', 1);
  const label = (i: number) => scheme.riskLevels[i]?.label ?? '';
  const dets = perDeterminant(scheme, ranked);
  const byNegative = (a: DeterminantRisk, b: DeterminantRisk) => b.negative - a.negative;
  const byConcern = (a: DeterminantRisk, b: DeterminantRisk) => b.concern - a.concern;
  const negList = (ds: DeterminantRisk[]) => ds.map((d) => `${nameOf(d.id)}（${label(d.negative)}风险）`).join('、');
  const concernList = (ds: DeterminantRisk[]) =>
    ds.map((d) => `${nameOf(d.id)}（${label(d.concern)}风险${d.concernUncertain ? '，不确定' : ''}）`).join('、');

  const unrated = dets.filter((d) => d.unrated);
  const unratedNote =
    unrated.length > 0 ? `${unrated.map((d) => nameOf(d.id)).join('、')}尚有影响未完成可能性或严重程度评定，结论应在评定完成后复核。` : '';

  const veryHigh = dets.filter((d) => d.negative >= top).sort(byNegative);
  const highNeg = dets.filter((d) => d.negative >= high).sort(byNegative);
  const concerns = dets.filter((d) => d.concern >= medium).sort(byConcern);
  const postponeTail = '建议暂缓出台或对相关内容作重大调整，落实减缓措施并重新评估后再行决策。';

  if (veryHigh.length > 0 || highNeg.length >= 3) {
    const drivers = veryHigh.length > 0 ? veryHigh : highNeg;
    const head =
      veryHigh.length > 0
        ? `存在${label(top)}风险的负面健康影响：${negList(veryHigh)}。`
        : `共有${highNeg.length}项健康影响因素的负面影响达到${label(high)}风险及以上：${negList(highNeg)}。`;
    const others = concerns.filter((d) => !drivers.includes(d));
    const more = others.length > 0 ? `另有${concernList(others)}存在${label(medium)}风险及以上的负面或不确定影响，应一并修改完善。` : '';
    return { judgement: 'postpone-or-major-revision', reasons: head + postponeTail + more + unratedNote, drivers: drivers.map((d) => d.id) };
  }

  if (concerns.length > 0) {
    return {
      judgement: 'revise-then-issue',
      reasons: `${concernList(concerns)}存在${label(medium)}风险及以上的负面或不确定健康影响。建议按所提建议修改完善相关内容、落实减缓措施后出台。${unratedNote}`,
      drivers: concerns.map((d) => d.id),
    };
  }

  const low = dets.filter((d) => d.concern >= 0);
  const positive = dets.filter((d) => d.positive);
  const parts = [`未发现${label(medium)}风险及以上的负面或不确定健康影响。`];
  if (low.length > 0) parts.push(`${low.map((d) => nameOf(d.id)).join('、')}的不利影响风险较低，宜在实施中加以关注。`);
  if (positive.length > 0) parts.push(`草案对${positive.map((d) => nameOf(d.id)).join('、')}具有正面健康影响，建议在实施中落实增益措施。`);
  parts.push('可按原稿出台。');
  return { judgement: 'issue-as-drafted', reasons: parts.join('') + unratedNote, drivers: [] };
}

export interface ImpactSummary {
  /** Scored items per direction (items not yet given a direction are left out); `none` has no risk counts. */
  byDirection: Record<Direction, { total: number; byRisk: Record<string, number>; unrated: number }>;
  /** Ranked negative and uncertain impacts, best first, at most `limit`. */
  top: RankedItem[];
  total: number;
}

/** Counts of scored impacts by direction and risk level, and the top-ranked ones. */
export function summariseImpacts(ranked: readonly RankedItem[], scheme: RatingScheme, limit = 5): ImpactSummary {
  const byDirection = Object.fromEntries(
    DIRECTIONS.map((d) => [d, { total: 0, byRisk: Object.fromEntries(scheme.riskLevels.map((l) => [l.id, 0])), unrated: 0 }]),
  ) as ImpactSummary['byDirection'];
  let total = 0;
  for (const r of ranked) {
    const dir = r.item.direction;
    if (!dir) continue;
    total++;
    const row = byDirection[dir];
    row.total++;
    if (dir === 'none') continue; // "no impact" has no risk level, and none is missing
    if (r.risk) row.byRisk[r.risk.id] = (row.byRisk[r.risk.id] ?? 0) + 1;
    else row.unrated++;
  }
  const top = ranked.filter((r) => r.rank !== null && NEEDS_MITIGATION.includes(r.item.direction!)).slice(0, limit);
  return { byDirection, top, total };
}
