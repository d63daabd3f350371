import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateItem, differsFromMedian, median, proposedFinal } from '../../shared/panel/aggregate';
import type { ExpertRating } from '../../shared/snapshot/snapshot';
import { RatingSchemeSchema } from '../../shared/workflow/rating-scheme';

const scheme = RatingSchemeSchema.parse(JSON.parse(fs.readFileSync('seeds/rating-scheme.json', 'utf8')));
const rating = (memberId: string, direction: ExpertRating['direction'], likelihood: number, severity: number, round = 1): ExpertRating => ({
  memberId,
  round,
  determinantId: 'noise-vibration',
  phase: 'all',
  direction,
  likelihood,
  severity,
  extent: 2,
  duration: 3,
  frequency: 4,
  groups: [],
  rationale: '同一理由',
  evidence: [],
});
const agg = (rs: ExpertRating[]) => aggregateItem(scheme, 'noise-vibration', 'all', rs);

describe('panel aggregation and the divergence rule', () => {
  it('computes medians, majority, range and agreement', () => {
    const a = agg([rating('a', 'negative', 4, 3), rating('b', 'negative', 4, 4), rating('c', 'negative', 3, 3)]);
    expect(a).toMatchObject({ medianLikelihood: 4, medianSeverity: 3, majorityDirection: 'negative', range: 7, agreement: 1, divergent: false });
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it('flags opposite directions even on a 2-to-1 split', () => {
    const a = agg([rating('a', 'negative', 3, 3), rating('b', 'negative', 3, 3), rating('c', 'positive', 3, 3)]);
    expect(a.divergent).toBe(true);
    expect(a.divergenceReason).toMatch(/相反/);
  });

  it('flags ratings three or more points apart, and risk levels two apart', () => {
    const a = agg([rating('a', 'negative', 4, 4), rating('b', 'negative', 4, 4), rating('c', 'negative', 1, 1)]);
    expect(a.divergent).toBe(true);
    expect(a.divergenceReason).toMatch(/可能性评分相差 3 分/);
  });

  it('does not flag close ratings', () => {
    expect(agg([rating('a', 'negative', 3, 3), rating('b', 'negative', 4, 3), rating('c', 'negative', 3, 4)]).divergent).toBe(false);
  });

  it("uses each expert's latest round", () => {
    const a = agg([rating('a', 'negative', 4, 4), rating('b', 'negative', 4, 4), rating('c', 'negative', 1, 1), rating('c', 'negative', 4, 3, 2)]);
    expect(a.ratings).toHaveLength(3);
    expect(a.divergent).toBe(false);
  });

  it('proposes the median as final, with distinct rationales once, and knows when the leader departs', () => {
    const a = agg([rating('a', 'negative', 4, 3), rating('b', 'negative', 4, 4), rating('c', 'negative', 3, 3)]);
    const p = proposedFinal(a);
    expect(p).toMatchObject({ direction: 'negative', likelihood: 4, severity: 3, rationale: '同一理由' });
    expect(differsFromMedian({ ...a, final: p })).toBe(false);
    expect(differsFromMedian({ ...a, final: { ...p, severity: 5 } })).toBe(true);
  });
});
