import { Card, Flex, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageReport, CoverageTarget } from '../../../shared/register/coverage-contract';
import type { RegisterCategory } from '../../../shared/register/register';
import { EChart } from '../charts/EChart';
import {
  categoryShareOption,
  departmentChartHeight,
  departmentShareOption,
  sortByShare,
  trendOption,
  type ChartText,
  type ShareRow,
  type TargetLine,
} from './coverage-chart-options';
import { CoverageTable, type CoverageRow } from './CoverageTable';
import type { Drill } from './DrillDownDrawer';
import { formatMinShare, formatShare } from '../../../shared/register/percent';
import { TargetLegend } from './TargetLegend';

const CHART_HEIGHT = 320;

/**
 * The three breakdowns — by category, by department, by year — each a chart over its table of
 * counts. Clicking a bar, a point or a row opens the items it counts.
 */
export function CoverageCharts({ report, onDrill }: { report: CoverageReport; onDrill: (drill: Drill) => void }) {
  const { t } = useTranslation();
  const yearName = report.year === null ? t('coverage.allYears') : t('coverage.yearOption', { year: report.year });

  const text: ChartText = useMemo(
    () => ({
      axis: t('coverage.charts.axis'),
      counts: (submitted: number, base: number) => t('coverage.counts', { submitted, base }),
      tooltip: ({ name, counts: c }: ShareRow) =>
        [
          name,
          `${t('coverage.table.share')} ${formatShare(c.submitted, c.base)}${t('coverage.counts', c)}`,
          t('coverage.charts.tooltipCounts', c),
        ].join('\n'),
    }),
    [t],
  );

  const targetLine = ({ minShare, categories, source }: CoverageTarget): TargetLine => ({
    minShare,
    label: t('coverage.charts.target', {
      share: formatMinShare(minShare),
      scope: categories.length === 0 ? t('coverage.targets.allCategories') : categories.map((c) => t(`register.categories.${c}`)).join(t('coverage.targets.separator')),
      source: source ? `《${source.documentTitle}》` : '',
    }),
  });
  const allTargets = report.targets.map((r) => targetLine(r.target));
  // Departments and years mix categories: only the targets over every category compare with them.
  const overallTargets = report.targets.filter((r) => r.target.categories.length === 0).map((r) => targetLine(r.target));

  const categoryRows: CoverageRow[] = report.byCategory.map(({ category, ...counts }) => ({
    key: category,
    name: t(`register.categories.${category}`),
    counts,
  }));
  const departmentRows: CoverageRow[] = sortByShare(report.byDepartment.map(({ department, ...counts }) => ({ name: department, counts }))).map(
    (r) => ({ key: r.name, ...r }),
  );
  const yearRows: CoverageRow[] = report.byYear.map(({ year, ...counts }) => ({ key: String(year), name: String(year), counts }));

  const byCategory = (row: CoverageRow) =>
    onDrill({
      title: `${yearName} · ${row.name}`,
      filter: { ...(report.year !== null ? { year: report.year } : {}), category: row.key as RegisterCategory },
    });
  const byDepartment = (row: CoverageRow) =>
    onDrill({ title: `${yearName} · ${row.name}`, filter: { ...(report.year !== null ? { year: report.year } : {}), department: row.name } });
  const byYear = (row: CoverageRow) => onDrill({ title: t('coverage.yearOption', { year: row.name }), filter: { year: Number(row.name) } });
  const at = (rows: CoverageRow[], open: (row: CoverageRow) => void) => (i: number) => {
    const row = rows[i];
    if (row) open(row);
  };

  return (
    <Flex vertical gap={16}>
      <Section title={t('coverage.charts.byCategory', { year: yearName })} hint={t('coverage.charts.clickHint')}>
        <TargetLegend targets={allTargets} />
        <EChart
          option={categoryShareOption(categoryRows, allTargets, text)}
          height={CHART_HEIGHT}
          title={t('coverage.charts.byCategory', { year: yearName })}
          fileName={t('coverage.charts.byCategory', { year: yearName })}
          testId="chart-by-category"
          onItemClick={at(categoryRows, byCategory)}
        />
        <CoverageTable rows={categoryRows} total={report.overall} nameTitle={t('coverage.table.category')} onOpen={byCategory} testId="table-by-category" />
      </Section>
      <Section title={t('coverage.charts.byDepartment', { year: yearName })} hint={t('coverage.charts.clickHint')}>
        <TargetLegend targets={overallTargets} />
        <EChart
          option={departmentShareOption(departmentRows, overallTargets, text)}
          height={departmentChartHeight(departmentRows.length)}
          title={t('coverage.charts.byDepartment', { year: yearName })}
          fileName={t('coverage.charts.byDepartment', { year: yearName })}
          testId="chart-by-department"
          onItemClick={at(departmentRows, byDepartment)}
        />
        <CoverageTable
          rows={departmentRows}
          total={report.overall}
          nameTitle={t('coverage.table.department')}
          onOpen={byDepartment}
          testId="table-by-department"
        />
      </Section>
      <Section title={t('coverage.charts.byYear')} hint={t('coverage.charts.byYearHint')}>
        <TargetLegend targets={overallTargets} />
        <EChart
          option={trendOption(yearRows, overallTargets, text)}
          height={CHART_HEIGHT}
          title={t('coverage.charts.byYear')}
          fileName={t('coverage.charts.byYear')}
          testId="chart-by-year"
          onItemClick={at(yearRows, byYear)}
        />
        <CoverageTable rows={yearRows} total={null} nameTitle={t('coverage.table.year')} onOpen={byYear} testId="table-by-year" />
      </Section>
    </Flex>
  );
}

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} extra={<Typography.Text type="secondary">{hint}</Typography.Text>}>
      {children}
    </Card>
  );
}
