import type { Command } from 'commander';
import type { CoverageCounts, CoverageReport } from '../../shared/register/coverage-contract';
import { CATEGORY_NAMES_ZH } from '../../shared/register/register';
import { formatMinShare, formatShare } from '../../shared/register/percent';
import type { Core } from '../core';
import { contractCall, yearOption } from './contract-call';

type WithCore = <T>(work: (core: Core) => Promise<T> | T) => Promise<T>;

/** Terminal columns a string takes: CJK and full-width characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

const COLUMNS = ['登记', '未评价', '评价中', '已签发', '豁免', '已提交', '分母', '覆盖率'];

function table(title: string, rows: { label: string; counts: CoverageCounts }[]): string[] {
  const labelWidth = Math.max(12, ...rows.map((r) => width(r.label))) + 2;
  const cells = (c: CoverageCounts) => [c.total, c.notAssessed, c.inProgress, c.signed, c.exempt, c.submitted, c.base].map(String).concat(formatShare(c.submitted, c.base));
  return [
    title,
    `  ${padEnd('', labelWidth)}${COLUMNS.map((h) => padStart(h, 8)).join('')}`,
    ...rows.map((r) => `  ${padEnd(r.label, labelWidth)}${cells(r.counts).map((c) => padStart(c, 8)).join('')}`),
  ];
}

/** The report as a readable Chinese table (with English headings), for a person at a terminal. */
export function coverageText(report: CoverageReport): string {
  const rule = report.exemptInDenominator ? '豁免计入分母 / exempt items count in the denominator' : '豁免不计入分母 / exempt items are left out of the denominator';
  const o = report.overall;
  const lines = [
    `覆盖率 / coverage: ${report.year === null ? '全部年度 / all years' : `${report.year} 年`}（${rule}）`,
    `总体 / overall: 已提交 ${o.submitted} / 分母 ${o.base} = ${formatShare(o.submitted, o.base)}（登记 ${o.total}，未评价 ${o.notAssessed}，评价中 ${o.inProgress}，已签发 ${o.signed}，豁免 ${o.exempt}）`,
    '',
    ...table('按类别 / by category', report.byCategory.map((c) => ({ label: CATEGORY_NAMES_ZH[c.category], counts: c }))),
    '',
    ...table('按部门 / by department', report.byDepartment.map((d) => ({ label: d.department, counts: d }))),
    '',
    ...table('按年度 / by year', report.byYear.map((y) => ({ label: String(y.year), counts: y }))),
    '',
    '目标 / targets',
  ];
  for (const { target, counts, met } of report.targets) {
    const verdict =
      met !== null ? (met ? '✓ 达标 / met' : '✗ 未达标 / not met') : report.year === null ? '— 按年度评估，请用 --year / judged per year: use --year' : '— 无可计数条目 / nothing to count';
    lines.push(`  ${verdict}  ${target.label}：目标 ≥${formatMinShare(target.minShare)}（${target.targetYear} 年），当前 ${formatShare(counts.submitted, counts.base)}（${counts.submitted}/${counts.base}）`);
    if (target.source) {
      const s = target.source;
      const at = s.lineStart === s.lineEnd ? `${s.lineStart}` : `${s.lineStart}–${s.lineEnd}`;
      lines.push(`      来源 / source: 《${s.documentTitle}》第 ${at} 行：“${s.quote}”`);
    }
  }
  return lines.join('\n');
}

/** `hia coverage`: the coverage dashboard's numbers. */
export function addCoverageCommands(program: Command, withCore: WithCore): void {
  program
    .command('coverage')
    .description('健康影响评价覆盖率（按年度、类别、部门）与目标 / HIA coverage by year, category and department, against the targets')
    .option('--year <n>', '年度（缺省为全部年度） / year (default: all years)', yearOption)
    .option('--json', '输出 JSON / print JSON')
    .action(async (opts: { year?: number; json?: boolean }) => {
      const report = await withCore((core) => contractCall(core)('coverage/get', { year: opts.year ?? null }));
      console.log(opts.json ? JSON.stringify(report) : coverageText(report));
    });
}
