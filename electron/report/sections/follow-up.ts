import type { FileChild } from 'docx';
import { valueWithUnit } from '../../../shared/monitoring/format-value';
import type { Observation, Progress } from '../../../shared/monitoring/monitoring-contract';
import { byDate } from '../../../shared/monitoring/progress';
import { body, caption, dataTable, note } from '../blocks';
import { L } from '../labels';
import { chineseDate, type ReportModel } from '../model';

/** A value recorded after sign-off, with the progress status it gave (see progressHistory). */
export type FollowUpValue = Observation & { status: Progress['status'] };

/**
 * 签发后跟踪监测记录, at the end of 监测指标: the values recorded after sign-off for this
 * version's indicators, each with the progress status as of that value. They are not part of
 * the signed snapshot, so the report says so; the fingerprint (and `hia verify`) covers the
 * snapshot only, and the report's properties do not change with them.
 */
export function followUpSection(m: ReportModel, values: readonly FollowUpValue[]): FileChild[] {
  if (!m.signed) return [];
  const rows = m.snapshot.indicators.flatMap((indicator) => {
    const name = [indicator.name, indicator.scope ? `（${indicator.scope}）` : ''].join('');
    return byDate(values.filter((v) => v.indicatorId === indicator.id)).map((v) => [
      name,
      chineseDate(v.observedOn),
      valueWithUnit(v.value, indicator.unit),
      L.progressStatus[v.status],
      v.note || L.none,
    ]);
  });
  if (rows.length === 0) return [];
  const n = m.nextTable();
  return [
    body(
      `自评价首次签发起，责任部门登记了上述监测指标的跟踪监测值${rows.length}条（表${n}）。这些数值在签发后录入，不属于签发内容；报告的签发指纹仅覆盖签发时的评价内容，不包括本表。`,
    ),
    caption(`表${n}\u3000签发后跟踪监测记录`),
    dataTable(
      [
        { title: '序号', weight: 0.5, align: 'center' },
        { title: '指标', weight: 2.4 },
        { title: '监测日期', weight: 1.7, align: 'center' },
        { title: '监测值', weight: 1, align: 'center' },
        { title: '进展', weight: 0.9, align: 'center' },
        { title: '备注', weight: 1.6 },
      ],
      rows.map((r, k) => [String(k + 1), ...r]),
    ),
    note('注：进展为登记该值时相对基线和目标的状态：达标、改善中、未改善，或无法比较（监测值或目标不是数值、又无升降方向可循时）。'),
  ];
}
