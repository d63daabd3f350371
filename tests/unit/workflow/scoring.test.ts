import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RatingSchemeSchema, SCALE_NAMES, type RatingScheme, type ScaleName } from '../../../shared/workflow/rating-scheme';
import { maxPriorityScore, priorityScore, rankImpacts, riskLevel, riskRank } from '../../../shared/workflow/scoring';
import { DIRECTIONS, type Direction, type ScoreItem } from '../../../shared/workflow/stage-data';

const seed = RatingSchemeSchema.parse(JSON.parse(fs.readFileSync(path.resolve('seeds/rating-scheme.json'), 'utf8')));

type Ratings = Pick<ScoreItem, ScaleName>;

function item(determinantId: string, direction: Direction | null, r: Partial<Ratings> = {}): ScoreItem {
  return {
    determinantId,
    phase: 'all',
    direction,
    likelihood: null,
    severity: null,
    extent: null,
    duration: null,
    frequency: null,
    groups: [],
    rationale: '',
    evidence: [],
    ...r,
  };
}

const all = (v: number): Ratings => ({ likelihood: v, severity: v, extent: v, duration: v, frequency: v });
const levelId = (l: number | null, s: number | null, scheme: RatingScheme = seed) => riskLevel(scheme, l, s)?.id ?? null;

describe('riskLevel (matrix lookup against seeds/rating-scheme.json)', () => {
  it('reads matrix[severity - 1][likelihood - 1]', () => {
    expect(levelId(1, 1)).toBe('low');
    expect(levelId(5, 1)).toBe('medium'); // almost certain, minimal
    expect(levelId(1, 5)).toBe('medium'); // rare, severe
    expect(levelId(3, 3)).toBe('medium');
    expect(levelId(4, 3)).toBe('high');
    expect(levelId(3, 4)).toBe('high');
    expect(levelId(5, 4)).toBe('very-high');
    expect(levelId(4, 5)).toBe('very-high');
    expect(levelId(5, 5)).toBe('very-high');
    expect(levelId(5, 2)).toBe('high');
    expect(levelId(2, 5)).toBe('high');
  });

  it('agrees with every cell of the seed matrix and returns the scheme level (label, colour)', () => {
    for (let s = 1; s <= 5; s++) {
      for (let l = 1; l <= 5; l++) {
        const level = riskLevel(seed, l, s);
        expect(level).toBe(seed.riskLevels.find((x) => x.id === seed.matrix[s - 1]![l - 1]));
      }
    }
    expect(riskLevel(seed, 5, 5)).toMatchObject({ label: '极高', labelEn: 'Very high', color: '#f5222d' });
  });

  it('is null when a rating is missing', () => {
    expect(riskLevel(seed, null, 3)).toBeNull();
    expect(riskLevel(seed, 3, null)).toBeNull();
    expect(riskLevel(seed, null, null)).toBeNull();
  });

  it('is null (not clamped) for values outside the scales', () => {
    for (const bad of [0, -1, 6, 10, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(riskLevel(seed, bad, 3), `likelihood ${bad}`).toBeNull();
      expect(riskLevel(seed, 3, bad), `severity ${bad}`).toBeNull();
    }
  });

  it('is null when the matrix names a level the scheme does not have', () => {
    const broken = structuredClone(seed);
    broken.matrix[0]![0] = 'gone';
    expect(riskLevel(broken, 1, 1)).toBeNull();
  });

  it('orders levels with riskRank (null = -1)', () => {
    expect(seed.riskLevels.map((l) => riskRank(seed, l))).toEqual([0, 1, 2, 3]);
    expect(riskRank(seed, null)).toBe(-1);
  });
});

describe('priorityScore', () => {
  it('sums the weighted ratings', () => {
    expect(priorityScore(seed, all(1))).toBe(5);
    expect(priorityScore(seed, all(5))).toBe(25);
    expect(priorityScore(seed, { likelihood: 4, severity: 5, extent: 3, duration: 2, frequency: 1 })).toBe(15);
    const weighted = { ...seed, priorityWeights: { likelihood: 2, severity: 3, extent: 1, duration: 0.5, frequency: 0 } };
    expect(priorityScore(weighted, { likelihood: 4, severity: 5, extent: 3, duration: 2, frequency: null })).toBe(8 + 15 + 3 + 1);
  });

  it('is null until every weighted rating is given', () => {
    for (const scale of SCALE_NAMES) {
      expect(priorityScore(seed, { ...all(3), [scale]: null }), scale).toBeNull();
    }
  });

  it('is null (not clamped) for values outside a scale', () => {
    for (const scale of SCALE_NAMES) {
      for (const bad of [0, 6, 7, 3.5, -2]) expect(priorityScore(seed, { ...all(3), [scale]: bad }), `${scale} ${bad}`).toBeNull();
    }
  });

  it('has the seed maximum 25', () => {
    expect(maxPriorityScore(seed)).toBe(25);
  });

  it('does not turn equal sums into unequal ones with fractional weights', () => {
    const weighted = { ...seed, priorityWeights: { likelihood: 0.1, severity: 0.2, extent: 0.7, duration: 0, frequency: 0 } };
    // Both are 1.8 exactly, but summed in floating point the second is 1.7999999999999998.
    const a = priorityScore(weighted, { ...all(1), likelihood: 1, severity: 5, extent: 1 });
    const b = priorityScore(weighted, { ...all(1), likelihood: 2, severity: 1, extent: 2 });
    expect(a).toBe(1.8);
    expect(b).toBe(1.8);
    const rows = rankImpacts(weighted, [
      item('a', 'negative', { ...all(1), likelihood: 1, severity: 5, extent: 1 }),
      item('b', 'negative', { ...all(1), likelihood: 2, severity: 1, extent: 2 }),
    ]);
    // Different risk levels (medium vs low), so ranked 1 and 2 by risk, not by a rounding error.
    expect(rows.map((r) => [r.item.determinantId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('rankImpacts', () => {
  it('ranks negative and uncertain impacts by priority, highest first', () => {
    const rows = rankImpacts(seed, [
      item('a', 'negative', all(2)),
      item('b', 'uncertain', all(4)),
      item('c', 'negative', all(3)),
    ]);
    expect(rows.map((r) => [r.item.determinantId, r.rank, r.priority, r.risk?.id])).toEqual([
      ['b', 1, 20, 'high'],
      ['c', 2, 15, 'medium'],
      ['a', 3, 10, 'low'],
    ]);
  });

  it('gives tied impacts the same rank and skips the next (1, 2, 2, 4)', () => {
    const rows = rankImpacts(seed, [
      item('a', 'negative', all(5)),
      item('b', 'negative', all(3)),
      item('c', 'uncertain', all(3)),
      item('d', 'negative', all(1)),
    ]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    // Tied items keep their input order.
    expect(rows.map((r) => r.item.determinantId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('breaks equal priority by risk level, and then they do not share a rank', () => {
    // Both sum to 15; b has the higher risk (likelihood 5 × severity 5 = very high).
    const a = item('a', 'negative', { likelihood: 3, severity: 3, extent: 3, duration: 3, frequency: 3 });
    const b = item('b', 'negative', { likelihood: 5, severity: 5, extent: 2, duration: 2, frequency: 1 });
    const rows = rankImpacts(seed, [a, b]);
    expect(rows.map((r) => [r.item.determinantId, r.rank, r.priority, r.risk?.id])).toEqual([
      ['b', 1, 15, 'very-high'],
      ['a', 2, 15, 'medium'],
    ]);
  });

  it('lists positive, no-impact, undecided and incomplete items after the ranked ones, unranked', () => {
    const rows = rankImpacts(seed, [
      item('pos', 'positive', all(5)),
      item('none', 'none', all(5)),
      item('open', null, all(5)),
      item('half', 'negative', { likelihood: 4, severity: 4 }),
      item('neg', 'negative', all(1)),
    ]);
    expect(rows.map((r) => [r.item.determinantId, r.rank])).toEqual([
      ['neg', 1],
      ['pos', null],
      ['none', null],
      ['open', null],
      ['half', null],
    ]);
    const by = (id: string) => rows.find((r) => r.item.determinantId === id)!;
    // A positive impact keeps its score (the overview chart shows it); an incomplete one has a risk level but no score.
    expect(by('pos')).toMatchObject({ priority: 25, risk: { id: 'very-high' } });
    expect(by('half')).toMatchObject({ priority: null, risk: { id: 'high' } });
  });

  it('gives "no impact" items neither risk level nor score, even if ratings were left from before', () => {
    const [row] = rankImpacts(seed, [item('none', 'none', all(5))]);
    expect(row).toMatchObject({ risk: null, priority: null, rank: null });
  });

  it('handles an empty list', () => {
    expect(rankImpacts(seed, [])).toEqual([]);
  });
});

// ---- properties ----

const rating = (n = 5) => fc.integer({ min: 1, max: n });
const maybeRating = fc.option(fc.integer({ min: 0, max: 7 }), { nil: null });
const ratings = fc.record({ likelihood: rating(), severity: rating(), extent: rating(), duration: rating(), frequency: rating() });
const anyItem = fc
  .record({
    determinantId: fc.constantFrom('air-quality', 'noise-vibration', 'green-space', 'tobacco', 'injury', 'housing'),
    direction: fc.option(fc.constantFrom(...DIRECTIONS), { nil: null }),
    likelihood: maybeRating,
    severity: maybeRating,
    extent: maybeRating,
    duration: maybeRating,
    frequency: maybeRating,
  })
  .map(({ determinantId, direction, ...r }) => item(determinantId, direction, r));
const weights = fc.record({
  likelihood: fc.constantFrom(0, 0.1, 0.2, 0.5, 1, 1.5, 2, 3),
  severity: fc.constantFrom(0, 0.1, 0.3, 1, 2, 3),
  extent: fc.constantFrom(0, 0.1, 0.7, 1, 2),
  duration: fc.constantFrom(0, 0.2, 1, 2.5),
  frequency: fc.constantFrom(0, 0.3, 1),
});
const schemes = fc.oneof(
  fc.constant(seed),
  weights.map((priorityWeights) => ({ ...seed, priorityWeights })),
);

const EPS = 1e-9;

describe('properties', () => {
  it('risk level never falls as likelihood grows', () => {
    fc.assert(
      fc.property(rating(), rating(), rating(), (l1, l2, s) => {
        const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        expect(riskRank(seed, riskLevel(seed, hi, s))).toBeGreaterThanOrEqual(riskRank(seed, riskLevel(seed, lo, s)));
      }),
    );
  });

  it('risk level never falls as severity grows', () => {
    fc.assert(
      fc.property(rating(), rating(), rating(), (l, s1, s2) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(riskRank(seed, riskLevel(seed, l, hi))).toBeGreaterThanOrEqual(riskRank(seed, riskLevel(seed, l, lo)));
      }),
    );
  });

  it('a complete in-scale rating always has a risk level and a score', () => {
    fc.assert(
      fc.property(schemes, ratings, (scheme, r) => {
        expect(riskLevel(scheme, r.likelihood, r.severity)).not.toBeNull();
        expect(priorityScore(scheme, r)).not.toBeNull();
      }),
    );
  });

  it('priority score lies within [sum of weights, maxPriorityScore]', () => {
    fc.assert(
      fc.property(schemes, ratings, (scheme, r) => {
        const score = priorityScore(scheme, r)!;
        const min = Object.values(scheme.priorityWeights).reduce((a, b) => a + b, 0);
        expect(score).toBeGreaterThanOrEqual(min - EPS);
        expect(score).toBeLessThanOrEqual(maxPriorityScore(scheme) + EPS);
      }),
    );
  });

  it('priority score never falls when any one rating grows', () => {
    fc.assert(
      fc.property(schemes, ratings, fc.constantFrom(...SCALE_NAMES), rating(), (scheme, r, scale, other) => {
        const [lo, hi] = r[scale] <= other ? [r[scale], other] : [other, r[scale]];
        expect(priorityScore(scheme, { ...r, [scale]: hi })!).toBeGreaterThanOrEqual(priorityScore(scheme, { ...r, [scale]: lo })!);
      }),
    );
  });

  it('priority score rises strictly with a rating that has a positive weight', () => {
    fc.assert(
      fc.property(schemes, ratings, fc.constantFrom(...SCALE_NAMES), (scheme, r, scale) => {
        fc.pre(scheme.priorityWeights[scale] > 0 && r[scale] < 5);
        expect(priorityScore(scheme, { ...r, [scale]: r[scale] + 1 })!).toBeGreaterThan(priorityScore(scheme, r)!);
      }),
    );
  });

  it('scores equal on paper are equal (weights in tenths, compared in exact integers)', () => {
    const tenths = fc.integer({ min: 0, max: 9 });
    const w10 = fc.record({ likelihood: tenths, severity: tenths, extent: tenths, duration: tenths, frequency: tenths });
    fc.assert(
      fc.property(w10, fc.array(ratings, { minLength: 2, maxLength: 40 }), (w, many) => {
        const scheme = { ...seed, priorityWeights: Object.fromEntries(SCALE_NAMES.map((s) => [s, w[s] / 10])) as RatingScheme['priorityWeights'] };
        const byExact = new Map<number, number | null>();
        for (const r of many) {
          const exact = SCALE_NAMES.reduce((n, s) => n + w[s] * r[s]!, 0);
          const score = priorityScore(scheme, r);
          expect(score).toBeCloseTo(exact / 10, 9);
          if (byExact.has(exact)) expect(score).toBe(byExact.get(exact));
          else byExact.set(exact, score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rankImpacts returns a permutation of its input', () => {
    fc.assert(
      fc.property(schemes, fc.array(anyItem, { maxLength: 30 }), (scheme, items) => {
        const out = rankImpacts(scheme, items).map((r) => r.item);
        expect(out).toHaveLength(items.length);
        // Same objects, each exactly once.
        expect(new Set(out).size).toBe(items.length);
        for (const i of items) expect(out).toContain(i);
      }),
    );
  });

  it('ranks are 1-based, non-decreasing along the output, ranked rows first', () => {
    fc.assert(
      fc.property(schemes, fc.array(anyItem, { maxLength: 30 }), (scheme, items) => {
        const rows = rankImpacts(scheme, items);
        const ranks = rows.map((r) => r.rank);
        const firstNull = ranks.indexOf(null);
        const ranked = (firstNull === -1 ? ranks : ranks.slice(0, firstNull)) as number[];
        // Once unranked rows start, no ranked row follows.
        if (firstNull !== -1) expect(ranks.slice(firstNull).every((r) => r === null)).toBe(true);
        if (ranked.length > 0) expect(ranked[0]).toBe(1);
        ranked.forEach((r, i) => {
          expect(Number.isInteger(r)).toBe(true);
          expect(r).toBeGreaterThanOrEqual(1);
          expect(r).toBeLessThanOrEqual(i + 1);
          if (i > 0) {
            expect(r).toBeGreaterThanOrEqual(ranked[i - 1]!);
            // Competition ranking: a new rank is the row's position.
            if (r !== ranked[i - 1]) expect(r).toBe(i + 1);
          }
        });
      }),
    );
  });

  it('ranks exactly the complete negative and uncertain items, by non-increasing priority', () => {
    fc.assert(
      fc.property(schemes, fc.array(anyItem, { maxLength: 30 }), (scheme, items) => {
        const rows = rankImpacts(scheme, items);
        for (const r of rows) {
          const rankable = (r.item.direction === 'negative' || r.item.direction === 'uncertain') && priorityScore(scheme, r.item) !== null;
          expect(r.rank !== null, `${r.item.direction} ${r.priority}`).toBe(rankable);
          if (r.item.direction === 'positive' || r.item.direction === 'none' || r.item.direction === null) expect(r.rank).toBeNull();
        }
        const ranked = rows.filter((r) => r.rank !== null);
        ranked.forEach((r, i) => {
          if (i === 0) return;
          const prev = ranked[i - 1]!;
          expect(r.priority!).toBeLessThanOrEqual(prev.priority!);
          // Same rank ⇔ same priority and same risk level.
          const same = r.priority === prev.priority && riskRank(scheme, r.risk) === riskRank(scheme, prev.risk);
          expect(r.rank === prev.rank).toBe(same);
        });
      }),
    );
  });

  it('risk and priority of each row equal the direct calculations (none: null)', () => {
    fc.assert(
      fc.property(schemes, fc.array(anyItem, { maxLength: 20 }), (scheme, items) => {
        for (const r of rankImpacts(scheme, items)) {
          const none = r.item.direction === 'none';
          expect(r.risk).toBe(none ? null : riskLevel(scheme, r.item.likelihood, r.item.severity));
          expect(r.priority).toBe(none ? null : priorityScore(scheme, r.item));
        }
      }),
    );
  });
});
