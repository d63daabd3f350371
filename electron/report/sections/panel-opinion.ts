import type { FileChild } from 'docx';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import type { AggregatedItem, ExpertRating } from '../../../shared/snapshot/snapshot';
import { riskLevel } from '../../../shared/workflow/scoring';
import type { ScoreItem } from '../../../shared/workflow/stage-data';
import { body, bodyText, caption, dataTable, labelled, minorHeading, note, type Cell } from '../blocks';
import { directionText, L, scoreText } from '../labels';
import type { ReportModel } from '../model';
import { heading1, heading2 } from './contents';

/**
 * 五、专家组意见: who the panel is, its consolidated opinion, every expert's rating beside the
 * others (so a reader sees the spread, not only the median), and each divergence with the rule
 * that flagged it and how the group leader resolved it.
 */

/** “负面 4×3”: direction and likelihood × severity, compact enough for five experts in a cell. */
function ratingBrief(r: Pick<ScoreItem, 'direction' | 'likelihood' | 'severity'>): string {
  const ls = r.likelihood !== null && r.severity !== null ? ` ${r.likelihood}×${r.severity}` : '';
  return `${directionText(r.direction)}${ls}`;
}

/** Each member's latest-round rating (round 2 replaces round 1 after discussion). */
function latestRatings(a: AggregatedItem): ExpertRating[] {
  const byMember = new Map<string, ExpertRating>();
  for (const r of a.ratings) {
    const prev = byMember.get(r.memberId);
    if (!prev || r.round > prev.round) byMember.set(r.memberId, r);
  }
  return [...byMember.values()];
}

const median = (v: number | null) => (v === null ? L.none : scoreText(v));

export function panelOpinionSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const scheme = s.ratingScheme;
  const names = (id: string) => m.determinantName(id);
  const order = new Map(m.ranked.map((r, i) => [`${r.item.determinantId}|${r.item.phase}`, i]));
  const aggregation = [...s.panel.aggregation].sort(
    (a, b) => (order.get(`${a.determinantId}|${a.phase}`) ?? Infinity) - (order.get(`${b.determinantId}|${b.phase}`) ?? Infinity),
  );
  const label = (a: AggregatedItem) => itemLabel({ determinantId: a.determinantId, phase: a.phase as ScoreItem['phase'] }, names, 'zh-CN');

  const membersTable = m.nextTable();
  const memberRows = s.panel.members.map((p, i) => [String(i + 1), p.name, p.organisation || L.none, p.field || L.none, L.role[p.role]]);

  const ratingsTable = m.nextTable();
  const ratingRows: Cell[][] = aggregation.map((a) => [
    label(a),
    latestRatings(a)
      .map((r) => `${m.memberName(r.memberId)}：${ratingBrief(r)}${r.round === 2 ? '（二轮）' : ''}`)
      .join('\n') || L.none,
    `${a.majorityDirection ? directionText(a.majorityDirection as ScoreItem['direction']) : L.none}\n${median(a.medianLikelihood)}×${median(a.medianSeverity)}`,
    a.range === null ? L.none : scoreText(a.range),
    a.agreement === null ? L.none : `${Math.round(a.agreement * 100)}%`,
    a.divergent ? { text: '有分歧', bold: true } : '一致',
    a.final ? ratingBrief(a.final) : '未评定',
  ]);

  const divergent = aggregation.filter((a) => a.divergent);
  const divergenceParts: FileChild[] =
    divergent.length === 0
      ? [body('各专家对各项影响的评分基本一致，未出现需要专门讨论的分歧。')]
      : divergent.flatMap((a, k) => {
          const final = a.final;
          const level = final ? riskLevel(scheme, final.likelihood, final.severity) : null;
          const finalText = final
            ? `${directionText(final.direction)}，可能性${final.likelihood ?? L.none}、严重程度${final.severity ?? L.none}${level ? `（${level.label}）` : ''}`
            : '组长尚未作出最终评定';
          return [
            minorHeading(`${k + 1}. ${label(a)}`),
            labelled('分歧情况：', a.divergenceReason || '专家评分差异较大。'),
            labelled('各专家评分：', latestRatings(a).map((r) => `${m.memberName(r.memberId)}${ratingBrief(r)}`).join('；') || L.none),
            labelled('组长最终评定：', finalText),
            ...(a.leaderNote.trim() ? [labelled('说明：', a.leaderNote)] : []),
          ];
        });

  return [
    heading1('panel', { pageBreakBefore: true }),
    heading2(1, '专家组组成'),
    body(`专家组由${s.panel.members.length}名专家组成，名单见表${membersTable}。`),
    caption(`表${membersTable}\u3000专家组名单`),
    dataTable(
      [
        { title: '序号', weight: 0.5, align: 'center' },
        { title: '姓名', weight: 1, align: 'center' },
        { title: '单位', weight: 2.6 },
        { title: '专业领域', weight: 1.6 },
        { title: '职责', weight: 1.1, align: 'center' },
      ],
      memberRows,
    ),
    heading2(2, '专家组评估意见'),
    ...bodyText(s.panel.opinion, '（专家组尚未填写评估意见。）'),
    heading2(3, '独立评分汇总'),
    body(`各专家先独立评分，汇总结果见表${ratingsTable}。评分以“方向 可能性×严重程度”表示。`),
    caption(`表${ratingsTable}\u3000专家独立评分汇总`),
    dataTable(
      [
        { title: '健康影响因素', weight: 1.7 },
        { title: '各专家评分', weight: 2.3 },
        { title: '多数方向\n中位数', weight: 1, align: 'center' },
        { title: '极差', weight: 0.6, align: 'center' },
        { title: '一致度', weight: 0.7, align: 'center' },
        { title: '分歧', weight: 0.7, align: 'center' },
        { title: '组长最终评定', weight: 1.1, align: 'center' },
      ],
      ratingRows,
    ),
    note('注：极差为各专家“可能性×严重程度”乘积的最大值与最小值之差；一致度为与多数方向一致且评分与中位数相差不超过1级的专家所占比例。'),
    heading2(4, '分歧及处理'),
    ...divergenceParts,
  ];
}
