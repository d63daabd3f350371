/**
 * Coverage arithmetic against numbers worked out by hand (in the comments) for a small
 * register: 8 items in 2025, 2 in 2024.
 */
import { describe, expect, it } from 'vitest';
import { computeCoverage, countCoverage, type CoverageItem } from '../../../shared/register/coverage';
import type { CoverageSettings, CoverageTarget } from '../../../shared/register/coverage-contract';
import { normalizeDepartment, RegisterItemFields } from '../../../shared/register/register';

const item = (year: number, category: CoverageItem['category'], department: string, status: CoverageItem['status']): CoverageItem => ({ year, category, department, status });

const ITEMS: CoverageItem[] = [
  item(2025, 'normative', '甲局', 'signed'),
  item(2025, 'normative', '甲局', 'in-progress'),
  item(2025, 'normative', '乙局', 'not-assessed'),
  item(2025, 'plan', '甲局', 'exempt'),
  item(2025, 'plan', '乙局', 'signed'),
  item(2025, 'major-project', '丙局', 'not-assessed'),
  item(2025, 'major-project', '丙局', 'in-progress'),
  item(2025, 'other', '乙局', 'exempt'),
  item(2024, 'normative', '甲局', 'signed'),
  item(2024, 'plan', '乙局', 'not-assessed'),
];

const target = (id: string, minShare: number, categories: CoverageTarget['categories'] = []): CoverageTarget => ({
  id,
  label: id,
  categories,
  minShare,
  targetYear: 2025,
  source: null,
});
const SETTINGS: CoverageSettings = {
  exemptInDenominator: false,
  targets: [target('all-40', 0.4), target('all-70', 0.7), target('plans-projects-80', 0.8, ['plan', 'major-project']), target('policy-50', 0.5, ['major-policy'])],
};

describe('countCoverage', () => {
  it('submitted = in progress + signed; base leaves out exempt items unless told otherwise', () => {
    const y2025 = ITEMS.filter((i) => i.year === 2025);
    // 8 items: 2 not assessed, 2 in progress, 2 signed, 2 exempt → submitted 4, base 8 − 2 = 6.
    expect(countCoverage(y2025, false)).toEqual({ total: 8, notAssessed: 2, inProgress: 2, signed: 2, exempt: 2, submitted: 4, base: 6, share: 4 / 6 });
    expect(countCoverage(y2025, true)).toMatchObject({ submitted: 4, base: 8, share: 0.5 });
  });

  it('has no share when nothing counts', () => {
    expect(countCoverage([], false)).toEqual({ total: 0, notAssessed: 0, inProgress: 0, signed: 0, exempt: 0, submitted: 0, base: 0, share: null });
    // Only exempt items: base 0 under the default rule, 1 when exemptions count.
    expect(countCoverage([item(2025, 'other', '乙局', 'exempt')], false)).toMatchObject({ base: 0, share: null });
    expect(countCoverage([item(2025, 'other', '乙局', 'exempt')], true)).toMatchObject({ base: 1, share: 0 });
  });
});

describe('computeCoverage for 2025 (exempt items out of the denominator)', () => {
  const report = computeCoverage(ITEMS, SETTINGS, 2025);

  it('overall: 4 of 6', () => {
    expect(report).toMatchObject({ year: 2025, years: [2024, 2025], exemptInDenominator: false });
    expect(report.overall).toMatchObject({ total: 8, submitted: 4, base: 6, share: 4 / 6 });
  });

  it('by category: every category in order, empty ones with a null share', () => {
    expect(report.byCategory.map((c) => [c.category, c.total, c.submitted, c.base, c.share])).toEqual([
      ['normative', 3, 2, 3, 2 / 3],
      ['major-policy', 0, 0, 0, null],
      ['plan', 2, 1, 1, 1], // one signed, one exempt
      ['major-project', 2, 1, 2, 0.5],
      ['other', 1, 0, 0, null], // only an exempt item
    ]);
  });

  it('by department: by total, then name in Chinese (pinyin) order', () => {
    expect(report.byDepartment.map((d) => [d.department, d.total, d.submitted, d.base, d.share])).toEqual([
      ['甲局', 3, 2, 2, 1], // signed, in progress, exempt
      ['乙局', 3, 1, 2, 0.5], // not assessed, signed, exempt
      ['丙局', 2, 1, 2, 0.5],
    ]);
  });

  it('by year ignores the chosen year', () => {
    expect(report.byYear.map((y) => [y.year, y.total, y.submitted, y.base, y.share])).toEqual([
      [2024, 2, 1, 2, 0.5],
      [2025, 8, 4, 6, 4 / 6],
    ]);
  });

  it('targets count their categories within the year; met is share >= minShare, null without a base', () => {
    expect(report.targets.map((t) => [t.target.id, t.counts.submitted, t.counts.base, t.met])).toEqual([
      ['all-40', 4, 6, true],
      ['all-70', 4, 6, false],
      ['plans-projects-80', 2, 3, false], // plan: signed + exempt; project: not assessed + in progress
      ['policy-50', 0, 0, null],
    ]);
  });
});

describe('computeCoverage, other choices', () => {
  it('exempt items in the denominator', () => {
    const report = computeCoverage(ITEMS, { ...SETTINGS, exemptInDenominator: true }, 2025);
    expect(report.exemptInDenominator).toBe(true);
    expect(report.overall).toMatchObject({ submitted: 4, base: 8, share: 0.5 });
    expect(report.byCategory.find((c) => c.category === 'plan')).toMatchObject({ base: 2, share: 0.5 });
    expect(report.byCategory.find((c) => c.category === 'other')).toMatchObject({ base: 1, share: 0 });
    expect(report.targets.map((t) => t.met)).toEqual([true, false, false, null]); // 4/8, 4/8, 2/4, —
  });

  it('all years together', () => {
    const report = computeCoverage(ITEMS, SETTINGS, null);
    // 10 items, 5 submitted, 2 exempt → 5 / 8.
    expect(report.year).toBeNull();
    expect(report.overall).toMatchObject({ total: 10, submitted: 5, exempt: 2, base: 8, share: 0.625 });
    expect(report.byCategory.find((c) => c.category === 'normative')).toMatchObject({ total: 4, submitted: 3, base: 4, share: 0.75 });
    expect(report.targets.find((t) => t.target.id === 'plans-projects-80')!.counts).toMatchObject({ total: 5, submitted: 2, base: 4, share: 0.5 });
    // Targets are for one year's submissions: pooled years are counted but not judged.
    expect(report.targets.map((t) => t.met)).toEqual([null, null, null, null]);
  });

  it('a year with no items: zero counts, every category listed, no departments, targets undecided', () => {
    const report = computeCoverage(ITEMS, SETTINGS, 2030);
    expect(report.overall).toMatchObject({ total: 0, base: 0, share: null });
    expect(report.byCategory).toHaveLength(5);
    expect(report.byCategory.every((c) => c.total === 0 && c.share === null)).toBe(true);
    expect(report.byDepartment).toEqual([]);
    expect(report.byYear).toHaveLength(2);
    expect(report.targets.map((t) => t.met)).toEqual([null, null, null, null]);
  });

  it('a share exactly at the target meets it (2 of 5 against 40%; 7 of 10 against 70%)', () => {
    const five = [...Array(5)].map((_, i) => item(2025, 'normative', '甲局', i < 2 ? 'signed' : 'not-assessed'));
    expect(computeCoverage(five, SETTINGS, 2025).targets[0]).toMatchObject({ met: true, counts: { share: 0.4 } });
    const ten = [...Array(10)].map((_, i) => item(2025, 'normative', '甲局', i < 7 ? 'in-progress' : 'not-assessed'));
    expect(computeCoverage(ten, SETTINGS, 2025).targets[1]).toMatchObject({ met: true });
  });

  it('an empty register', () => {
    const report = computeCoverage([], SETTINGS, null);
    expect(report).toMatchObject({ years: [], byYear: [], byDepartment: [], overall: { total: 0, share: null } });
  });
});

describe('department spellings', () => {
  it('are made one before counting, so coverage groups them once', () => {
    const variants = ['市 卫健委', '市卫健委', ' 市卫健委 ', '市卫健委'];
    expect(new Set(variants.map(normalizeDepartment))).toEqual(new Set(['市卫健委']));
    expect(normalizeDepartment('ＸＸ局')).toBe('XX局');
    expect(normalizeDepartment('市卫生健康委员会（疾控）')).toBe('市卫生健康委员会（疾控）');
    expect(normalizeDepartment('Municipal  Health   Commission')).toBe('Municipal Health Commission');
    const fields = RegisterItemFields.parse({ title: '某规划', category: 'plan', department: '市 卫健委', year: 2025 });
    expect(fields.department).toBe('市卫健委');
  });
});
