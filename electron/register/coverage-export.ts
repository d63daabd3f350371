/**
 * The coverage dashboard as a table to send upward (统计表): one row per group — overall, each
 * category, each department, each year, each target — with the same counts and the same
 * percentages (shared/register/percent.ts) the page and `hia coverage` show.
 */
import type { CoverageCounts, CoverageReport } from '../../shared/register/coverage-contract';
import { formatMinShare, formatShare } from '../../shared/register/percent';
import { CATEGORY_NAMES_ZH, type TableFormat } from '../../shared/register/register';
import { writeTable, type OutCell } from './table-write';

const HEADER = ['分组', '名称', '登记', '未评价', '评价中', '已签发', '豁免', '已提交', '分母', '覆盖率', '目标', '是否达标', '来源'];
const WIDTHS = [8, 36, 7, 7, 7, 7, 7, 7, 7, 9, 8, 9, 60];

function row(group: string, name: string, c: CoverageCounts, target: readonly OutCell[] = ['', '', '']): OutCell[] {
  return [group, name, c.total, c.notAssessed, c.inProgress, c.signed, c.exempt, c.submitted, c.base, formatShare(c.submitted, c.base), ...target];
}

export async function exportCoverage(report: CoverageReport, format: TableFormat): Promise<{ fileName: string; bytes: Buffer }> {
  const yearName = report.year === null ? '全部年度' : `${report.year}年`;
  const rule = report.exemptInDenominator ? '分母含豁免' : '分母为登记总数减豁免';
  const rows: OutCell[][] = [
    row('总体', `${yearName}（${rule}）`, report.overall),
    ...report.byCategory.map((c) => row('类别', CATEGORY_NAMES_ZH[c.category], c)),
    ...report.byDepartment.map((d) => row('部门', d.department, d)),
    ...report.byYear.map((y) => row('年度', `${y.year}年`, y)),
    ...report.targets.map(({ target, counts, met }) => {
      const source = target.source ? `《${target.source.documentTitle}》第${target.source.lineStart}–${target.source.lineEnd}行：${target.source.quote}` : '自定目标';
      const verdict = met === null ? (report.year === null ? '按年度评估' : '无数据') : met ? '达标' : '未达标';
      return row('目标', target.label, counts, [`≥${formatMinShare(target.minShare)}`, verdict, source]);
    }),
  ];
  const bytes = await writeTable(format, { header: HEADER, rows, widths: WIDTHS, sheetName: '覆盖率' });
  return { fileName: `健康影响评价覆盖率-${yearName}.${format}`, bytes };
}
