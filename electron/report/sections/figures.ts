import { AlignmentType, ImageRun, LineRuleType, Paragraph, type FileChild } from 'docx';
import { body, caption, note } from '../blocks';
import { riskMatrixTable } from '../charts/matrix-table';
import type { RenderedChart } from '../charts/render-chart';
import type { ReportCharts } from '../charts/report-charts';
import type { ReportModel } from '../model';
import { TEXT_WIDTH_PX } from '../styles';
import { heading2 } from './contents';

/**
 * The risk-matrix figure and the priority overview, as sub-sections `first` and `first + 1` of
 * section 四. Images are inline (not floating) so they flow with the text in every office suite.
 */

/** Figure intros stay on the page of their figure, so a heading never sits alone above a page break. */
const withNext = { keepNext: true };

function image(chart: RenderedChart, alt: string): Paragraph {
  const width = Math.min(TEXT_WIDTH_PX, chart.width);
  const height = Math.round((chart.height * width) / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // Single (auto) spacing: a fixed line pitch would crop the picture to one line's height.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width, height },
        altText: { name: alt, title: alt, description: alt },
      }),
    ],
  });
}

export function figuresSection(m: ReportModel, charts: ReportCharts, first: number): FileChild[] {
  const tableRef = m.refs.get('impactTable');
  const seeTable = tableRef ? `，各项影响的评分见表${tableRef}` : '';

  const matrix: FileChild[] = [heading2(first, '风险矩阵')];
  matrix.push(body(`负面和不确定影响按可能性与严重程度在风险矩阵中的位置如下${seeTable}。格中数字为该格影响项数，名称过长的从略。`, {}, withNext));
  if (charts.matrix) {
    matrix.push(image(charts.matrix, '风险矩阵'), caption(`图${m.nextFigure()}\u3000风险矩阵`, { below: true }));
  } else {
    // The table stands in for the figure and keeps its number, so later numbers never shift.
    matrix.push(riskMatrixTable(m), caption(`图${m.nextFigure()}\u3000风险矩阵（严重程度 × 可能性）`, { below: true }));
  }

  const overview: FileChild[] = [heading2(first + 1, '健康影响因素优先级')];
  if (charts.overviewTotal === 0) {
    overview.push(body('尚无完成评分的影响，未绘制优先级图。'));
  } else if (charts.overview) {
    const part =
      charts.overviewShown < charts.overviewTotal ? `图中列出优先级最高的${charts.overviewShown}项（共${charts.overviewTotal}项）` : '图中列出全部已评分影响';
    overview.push(
      body(`各项影响的优先级得分如下：负面和不确定影响按得分排序并按风险等级着色，正面影响列于其后。${part}${seeTable}。`, {}, withNext),
      image(charts.overview, '健康影响因素优先级'),
      caption(`图${m.nextFigure()}\u3000健康影响因素优先级`, { below: true }),
    );
  } else {
    overview.push(body(`优先级图未能生成${seeTable}（表中“优先级得分”一栏即为排序依据）。`));
  }
  if (charts.matrix === null || (charts.overview === null && charts.overviewTotal > 0)) {
    overview.push(note('注：本机未能生成图表图片，已以表格代替。'));
  }
  return [...matrix, ...overview];
}
