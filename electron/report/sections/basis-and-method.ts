import type { FileChild } from 'docx';
import { SCALE_NAMES } from '../../../shared/workflow/rating-scheme';
import { maxPriorityScore } from '../../../shared/workflow/scoring';
import { body, caption, dataTable, labelled } from '../blocks';
import { L, tint } from '../labels';
import type { ReportModel } from '../model';
import { heading1, heading2 } from './contents';

/**
 * 二、评价依据与方法: the legal and policy basis, the procedure, the panel, the evidence base
 * and the rating scale (scales, risk matrix, priority score), all read from the snapshot so a
 * city's adapted scheme is printed as it was used.
 */

/** National basis every local HIA scheme cites; the local documents come from the evidence used. */
const NATIONAL_BASIS = [
  '《中华人民共和国基本医疗卫生与健康促进法》（建立健康影响评估制度）',
  '《“健康中国2030”规划纲要》（全面建立健康影响评价评估制度）',
  '《国务院关于实施健康中国行动的意见》及《健康中国行动（2019—2030年）》',
];

const PROCEDURE = '登记、初筛、范围界定、专家独立评估、汇总与共识、提出建议、形成报告、签发备案';

export function basisAndMethodSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const scheme = s.ratingScheme;
  const documents = [...new Set(s.evidence.map((e) => e.documentTitle))];
  const members = s.panel.members;
  const leader = members.find((p) => p.role === 'leader');
  const fields = [...new Set(members.map((p) => p.field).filter((f) => f.trim()))];

  const scaleTable = m.nextTable();
  const levels = Math.max(...SCALE_NAMES.map((k) => scheme.scales[k].levels.length));
  const scaleRows = Array.from({ length: levels }, (_, i) => [
    String(i + 1),
    ...SCALE_NAMES.map((k) => scheme.scales[k].levels[i]?.label ?? L.none),
  ]);

  const matrixTable = m.nextTable();
  const matrixRows = scheme.scales.severity.levels
    .map((sev, y) => [
      `${sev.value} ${sev.label}`,
      ...scheme.scales.likelihood.levels.map((_, x) => {
        const level = scheme.riskLevels.find((l) => l.id === scheme.matrix[y]?.[x]);
        return level ? { text: level.label, fill: tint(level.color) } : L.none;
      }),
    ])
    .reverse(); // highest severity on top, as the figure draws it

  const weights = SCALE_NAMES.filter((k) => scheme.priorityWeights[k] > 0)
    .map((k) => `${scheme.priorityWeights[k]}×${scheme.scales[k].name}`)
    .join(' + ');

  return [
    heading1('basis', { pageBreakBefore: true }),
    heading2(1, '评价依据'),
    ...NATIONAL_BASIS.map((b, i) => body(`${i + 1}. ${b}`)),
    ...documents.map((d, i) => body(`${NATIONAL_BASIS.length + i + 1}. 《${d}》`)),
    heading2(2, '评价程序'),
    body(`本次评价按照${PROCEDURE}的程序开展。初筛采用${s.screeningForm.title}（${s.screeningForm.questions.length}个问题）；专家先独立评分，再经讨论形成专家组评估意见，由专家组组长确定最终评定。`),
    heading2(3, '专家组'),
    body(
      `评价专家组由${members.length}名专家组成${leader ? `，${leader.name}任组长` : ''}` +
        `${fields.length > 0 ? `，专业领域涵盖${fields.join('、')}` : ''}。专家名单见“五、专家组意见”。`,
    ),
    heading2(4, '证据基础'),
    body(
      documents.length > 0
        ? `评价引用证据段落${s.evidence.length}条，来自${documents.length}份文件。每条证据均注明来源文件、章节和行号，详见附录。`
        : '评价未引用证据库段落。',
    ),
    heading2(5, '评分标准'),
    body(`各健康影响因素按影响方向（正面、负面、不确定、无影响）判断，并就${SCALE_NAMES.map((k) => scheme.scales[k].name).join('、')}分级评分（表${scaleTable}）。`),
    caption(`表${scaleTable}\u3000评分等级`),
    dataTable(
      [{ title: '等级', weight: 0.6, align: 'center' }, ...SCALE_NAMES.map((k) => ({ title: scheme.scales[k].name, weight: 1, align: 'center' as const }))],
      scaleRows,
    ),
    body(`风险等级由可能性与严重程度组合确定（表${matrixTable}），分为${scheme.riskLevels.map((l) => l.label).join('、')}${scheme.riskLevels.length}级。`),
    caption(`表${matrixTable}\u3000风险矩阵（严重程度 × 可能性）`),
    dataTable(
      [
        { title: '严重程度＼可能性', weight: 1.4, align: 'center' },
        ...scheme.scales.likelihood.levels.map((l) => ({ title: `${l.value} ${l.label}`, weight: 1, align: 'center' as const })),
      ],
      matrixRows,
    ),
    labelled('优先级得分：', `${weights}，满分${maxPriorityScore(scheme)}分。得分仅用于本评价内各项影响的相对排序，负面和不确定影响参与排序。`),
  ];
}

