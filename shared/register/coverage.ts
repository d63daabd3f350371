/**
 * 覆盖率 arithmetic: one pure function, so the dashboard, the CLI and the tests show the same
 * numbers. Every count uses an item's effective status (a linked assessment decides it, see
 * effectiveStatus in register.ts).
 *
 * For any set of items:
 *   submitted (已提交评价) = 评价中 + 已签发
 *   base (denominator)   = total − 豁免   when exemptInDenominator is false (the default),
 *                          total          when it is true
 *   share                = submitted / base, or null when base is 0
 * Sets:
 *   overall, byCategory, byDepartment — the items of the chosen year (null = every year);
 *   byYear — every year in the register, ignoring the chosen year (the trend chart);
 *   byCategory — always every category, in REGISTER_CATEGORIES order, even with 0 items;
 *   byDepartment — sorted by total, largest first, then by name (Chinese collation);
 *   targets — per target, the items of the chosen year whose category is in target.categories
 *     (empty = every category); met = share >= minShare, or null when base is 0.
 */
import type { CoverageCounts, CoverageReport, CoverageSettings } from './coverage-contract';
import { REGISTER_CATEGORIES, type RegisterItem } from './register';

/** What the arithmetic needs of an item; `status` is the effective status. */
export type CoverageItem = Pick<RegisterItem, 'category' | 'department' | 'year' | 'status'>;

export function countCoverage(items: readonly CoverageItem[], exemptInDenominator: boolean): CoverageCounts {
  let notAssessed = 0;
  let inProgress = 0;
  let signed = 0;
  let exempt = 0;
  for (const item of items) {
    if (item.status === 'not-assessed') notAssessed++;
    else if (item.status === 'in-progress') inProgress++;
    else if (item.status === 'signed') signed++;
    else exempt++;
  }
  const total = items.length;
  const submitted = inProgress + signed;
  const base = exemptInDenominator ? total : total - exempt;
  return { total, notAssessed, inProgress, signed, exempt, submitted, base, share: base === 0 ? null : submitted / base };
}

function groupBy<K>(items: readonly CoverageItem[], key: (item: CoverageItem) => K): Map<K, CoverageItem[]> {
  const groups = new Map<K, CoverageItem[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function computeCoverage(items: readonly CoverageItem[], settings: CoverageSettings, year: number | null): CoverageReport {
  const rule = settings.exemptInDenominator;
  const inYear = year === null ? items : items.filter((i) => i.year === year);
  const byCategory = groupBy(inYear, (i) => i.category);
  const byYear = [...groupBy(items, (i) => i.year)].sort(([a], [b]) => a - b);
  const byDepartment = [...groupBy(inYear, (i) => i.department)]
    .map(([department, group]) => ({ department, ...countCoverage(group, rule) }))
    .sort((a, b) => b.total - a.total || a.department.localeCompare(b.department, 'zh-CN'));
  return {
    year,
    years: byYear.map(([y]) => y),
    exemptInDenominator: rule,
    overall: countCoverage(inYear, rule),
    byCategory: REGISTER_CATEGORIES.map((category) => ({ category, ...countCoverage(byCategory.get(category) ?? [], rule) })),
    byDepartment,
    byYear: byYear.map(([y, group]) => ({ year: y, ...countCoverage(group, rule) })),
    targets: settings.targets.map((target) => {
      const counted = target.categories.length === 0 ? inYear : inYear.filter((i) => target.categories.includes(i.category));
      const counts = countCoverage(counted, rule);
      // A target is for one year's submissions ("到2025年…达到40%"): all years pooled are shown
      // for reference but not judged. Comparing the shares (both correctly rounded) is exact:
      // 2/5 >= 0.4 holds.
      const met = year === null || counts.share === null ? null : counts.share >= target.minShare;
      return { target, counts, met };
    }),
  };
}
