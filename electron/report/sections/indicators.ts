import type { FileChild } from 'docx';
import type { Snapshot } from '../../../shared/snapshot/snapshot';
import { body, caption, dataTable, note } from '../blocks';
import { L } from '../labels';
import type { ReportModel } from '../model';
import { heading1 } from './contents';

/**
 * 七、监测指标: the indicators chosen for follow-up, each with its baseline, target and the
 * source document and line it was taken from, and the determinants it monitors.
 */

type Indicator = Snapshot['indicators'][number];

/** “91.3” over “2020年”: a value with its year below, or — when the source gives none. */
function valueWithYear(value: string | null, year: string | null): string {
  if (!value) return L.none;
  return year ? `${value}\n${year}${/^\d{4}$/.test(year) ? '年' : ''}` : value;
}

function indicatorName(i: Indicator): string {
  return [i.name, i.scope ? `（${i.scope}）` : ''].join('');
}

export function indicatorsSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const monitors = new Map<string, string[]>();
  for (const d of s.stages.scoping.determinants) {
    for (const id of d.indicators) monitors.set(id, [...(monitors.get(id) ?? []), m.determinantName(d.id)]);
  }
  const rows = s.indicators.map((i, k) => [
    String(k + 1),
    indicatorName(i),
    i.unit ?? L.none,
    valueWithYear(i.baseline, i.baselineYear),
    valueWithYear(i.target, i.targetYear),
    `《${i.documentTitle}》第${i.lineStart}行`,
    (monitors.get(i.id) ?? []).join('、') || L.none,
  ]);
  const n = m.nextTable();
  return [
    heading1('indicators', { pageBreakBefore: true }),
    ...(rows.length === 0
      ? [body('未选定监测指标。')]
      : [
          body(`为跟踪草案实施后的健康影响和建议落实情况，选定监测指标${rows.length}项（表${n}）。基线和目标取自所列来源文件；来源未给出数值的，以“—”表示，由责任部门在监测中补充。`),
          caption(`表${n}\u3000监测指标`),
          dataTable(
            [
              { title: '序号', weight: 0.5, align: 'center' },
              { title: '指标', weight: 2.1 },
              { title: '单位', weight: 0.9, align: 'center' },
              { title: '基线', weight: 1.1, align: 'center' },
              { title: '目标', weight: 1.2, align: 'center' },
              { title: '来源', weight: 2 },
              { title: '监测因素', weight: 1.3 },
            ],
            rows,
          ),
          note('注：来源为证据库中的文件及其行号。'),
        ]),
  ];
}
