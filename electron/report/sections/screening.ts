import type { FileChild } from 'docx';
import { body, bodyText, caption, dataTable, labelled } from '../blocks';
import { L } from '../labels';
import type { ReportModel } from '../model';
import { heading1 } from './contents';

/**
 * 三、初筛结果: the ten questions with the confirmed answers (and the tool's suggestion where
 * the person chose differently, so a reader sees what was changed), then the conclusion.
 */
export function screeningSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const data = s.stages.screening;
  const rows = s.screeningForm.questions.map((q) => {
    const a = data.answers[String(q.number)];
    const answer = a?.answer ? L.answer[a.answer] : '未作答';
    const changed = a && a.answer && a.answer !== a.suggested ? `\n（系统建议：${L.answer[a.suggested]}）` : '';
    const explanation = a ? (a.note.trim() ? a.note : a.reason) : '';
    return [String(q.number), q.text + (q.critical ? '（关键题）' : ''), answer + changed, explanation || L.none];
  });
  const yes = Object.values(data.answers).filter((a) => a.answer === 'yes').length;
  const unknown = Object.values(data.answers).filter((a) => a.answer === 'unknown').length;

  const level = data.impactLevel ? L.impactLevel[data.impactLevel] : '未确定';
  const full = data.fullAssessment === null ? '尚未确定是否需要开展全面评价' : data.fullAssessment ? '需要开展全面评价' : '无需开展全面评价';

  const n = m.nextTable();
  return [
    heading1('screening', { pageBreakBefore: true }),
    body(`采用${s.screeningForm.title}对草案进行初筛，${s.screeningForm.questions.length}个问题中回答“是”${yes}个、“不知道”${unknown}个，结果见表${n}。`),
    caption(`表${n}\u3000${s.screeningForm.title}`),
    dataTable(
      [
        { title: '序号', weight: 0.55, align: 'center' },
        { title: '初筛问题', weight: 3.4 },
        { title: '回答', weight: 1.1, align: 'center' },
        { title: '说明', weight: 3.6 },
      ],
      rows,
    ),
    labelled('初筛结论：', `健康影响程度为“${level}”，${full}。`),
    ...(data.note.trim() ? bodyText(data.note) : []),
  ];
}
