import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RatingSchemeSchema, SCALE_NAMES, type RatingScheme } from '../../../shared/workflow/rating-scheme';

const seed = JSON.parse(fs.readFileSync(path.resolve('seeds/rating-scheme.json'), 'utf8')) as RatingScheme;

/** The paths of the issues a candidate scheme is rejected with. */
function issuePaths(candidate: unknown): (string | number)[][] {
  const result = RatingSchemeSchema.safeParse(candidate);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
}

describe('the seed rating scheme', () => {
  it('validates', () => {
    const result = RatingSchemeSchema.safeParse(seed);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has five 5-level scales with Chinese and English labels, and a 5 × 5 matrix', () => {
    for (const name of SCALE_NAMES) {
      expect(seed.scales[name].levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
      for (const l of seed.scales[name].levels) {
        expect(l.label).toMatch(/[\u4e00-\u9fff]/);
        expect(l.labelEn).toMatch(/[A-Za-z]/);
      }
    }
    expect(seed.matrix).toHaveLength(5);
    for (const row of seed.matrix) expect(row).toHaveLength(5);
  });

  it('has a matrix that never lowers the risk as likelihood or severity grows', () => {
    const rank = (id: string) => seed.riskLevels.findIndex((l) => l.id === id);
    seed.matrix.forEach((row, s) =>
      row.forEach((cell, l) => {
        if (l > 0) expect(rank(cell), `severity ${s + 1}, likelihood ${l + 1}`).toBeGreaterThanOrEqual(rank(row[l - 1]!));
        if (s > 0) expect(rank(cell), `severity ${s + 1}, likelihood ${l + 1}`).toBeGreaterThanOrEqual(rank(seed.matrix[s - 1]![l]!));
      }),
    );
  });

  it('uses distinct colours for distinct risk levels', () => {
    expect(new Set(seed.riskLevels.map((l) => l.color.toLowerCase())).size).toBe(seed.riskLevels.length);
  });
});

describe('rejected schemes', () => {
  const copy = (): RatingScheme => structuredClone(seed);

  it('a matrix with too few rows is rejected at matrix', () => {
    const s = copy();
    s.matrix.pop();
    expect(issuePaths(s)).toContainEqual(['matrix']);
  });

  it('a matrix with too many rows is rejected at matrix', () => {
    const s = copy();
    s.matrix.push([...s.matrix[0]!]);
    expect(issuePaths(s)).toContainEqual(['matrix']);
  });

  it('a row with the wrong number of cells is rejected at that row', () => {
    const s = copy();
    s.matrix[2]!.push('high');
    expect(issuePaths(s)).toContainEqual(['matrix', 2]);
    const t = copy();
    t.matrix[4]!.splice(0, 1);
    expect(issuePaths(t)).toContainEqual(['matrix', 4]);
  });

  it('a cell naming an unknown risk level is rejected at that cell', () => {
    const s = copy();
    s.matrix[1]![3] = 'extreme';
    const paths = issuePaths(s);
    expect(paths).toEqual([['matrix', 1, 3]]);
    const result = RatingSchemeSchema.safeParse(s);
    expect(result.success ? '' : result.error.issues[0]!.message).toContain('extreme');
  });

  it('the matrix follows the scales when a city changes a scale size', () => {
    // 4 likelihood levels: every 5-cell row is now wrong.
    const s = copy();
    s.scales.likelihood.levels.pop();
    expect(issuePaths(s)).toEqual([0, 1, 2, 3, 4].map((i) => ['matrix', i]));
    // ...and 4-cell rows make it valid again.
    for (const row of s.matrix) row.pop();
    expect(RatingSchemeSchema.safeParse(s).success).toBe(true);
  });

  it('scale levels numbered out of order are rejected at the level', () => {
    const s = copy();
    s.scales.extent.levels[2]!.value = 4;
    expect(issuePaths(s)).toContainEqual(['scales', 'extent', 'levels', 2]);
  });

  it('bad colours, negative weights and unknown fields are rejected with a path', () => {
    const s = copy();
    s.riskLevels[0]!.color = 'green';
    expect(issuePaths(s)).toContainEqual(['riskLevels', 0, 'color']);
    const w = copy();
    w.priorityWeights.duration = -1;
    expect(issuePaths(w)).toContainEqual(['priorityWeights', 'duration']);
    const x = { ...copy(), extra: true };
    expect(issuePaths(x)).toEqual([[]]);
  });
});
