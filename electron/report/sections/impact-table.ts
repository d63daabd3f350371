import type { FileChild } from 'docx';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import { body, bodyText, caption, dataTable, minorHeading, note, type Cell } from '../blocks';
import { directionText, L, ratingText, riskText, scoreText, tint } from '../labels';
import { citeList, type ReportModel } from '../model';
import { heading1, heading2 } from './contents';

/**
 * 四、健康影响因素清单与影响分析: the table (determinant, direction, likelihood, severity, risk,
 * groups, evidence) in priority order; the figures (figures.ts) and then each impact's
 * rationale follow in the same section.
 */

export function impactTableSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const names = (id: string) => m.determinantName(id);
  const scopeEvidence = new Map(s.stages.scoping.determinants.map((d) => [d.id, d.evidence]));

  const rows: Cell[][] = m.ranked.map((r) => {
    const i = r.item;
    const evidence = i.evidence.length > 0 ? i.evidence : (scopeEvidence.get(i.determinantId) ?? []);
    return [
      r.rank === null ? L.none : String(r.rank),
      itemLabel(i, names, 'zh-CN'),
      directionText(i.direction),
      ratingText(s, 'likelihood', i.likelihood),
      ratingText(s, 'severity', i.severity),
      // A risk level describes harm: positive impacts get none, as in the risk-matrix figure.
      r.risk && i.direction !== 'positive' ? { text: riskText(r.risk), fill: tint(r.risk.color) } : L.none,
      scoreText(r.priority),
      i.groups.length > 0 ? i.groups.map((g) => m.groupName(g)).join('、') : L.none,
      citeList(m, evidence),
    ];
  });

  const counts = { negative: 0, positive: 0, uncertain: 0, none: 0 };
  for (const i of m.items) if (i.direction) counts[i.direction]++;

  const n = m.nextTable();
  m.refs.set('impactTable', n);

  return [
    heading1('impacts', { pageBreakBefore: true }),
    heading2(1, '影响分析表'),
    body(
      `共评定${m.items.length}项影响，其中负面${counts.negative}项、不确定${counts.uncertain}项、正面${counts.positive}项、无影响${counts.none}项。` +
        `负面和不确定影响按优先级得分排序，见表${n}。`,
    ),
    caption(`表${n}\u3000健康影响因素清单与影响分析`),
    dataTable(
      [
        // Widths fit the longest label of each column on one line at 五号 (“不太可能”, “严重程度”).
        { title: '排序', weight: 0.5, align: 'center' },
        { title: '健康影响因素', weight: 1.75 },
        { title: '影响方向', weight: 0.8, align: 'center' },
        { title: '可能性', weight: 1, align: 'center' },
        { title: '严重程度', weight: 1, align: 'center' },
        { title: '风险等级', weight: 0.75, align: 'center' },
        { title: '优先级得分', weight: 0.75, align: 'center' },
        { title: '受影响人群', weight: 1.5 },
        { title: '证据', weight: 0.85 },
      ],
      rows,
    ),
    note('注：排序和风险等级仅对负面和不确定影响给出；证据栏编号对应附录“引用证据”。'),
  ];
}

/** The rationale of each rated impact, in the table's order: sub-section `n` of section 四. */
export function impactAnalysis(m: ReportModel, n: number): FileChild[] {
  const names = (id: string) => m.determinantName(id);
  const analysed = m.ranked.filter((r) => r.item.direction !== null);
  return [
    heading2(n, '分项分析'),
    ...(analysed.length === 0
      ? [body('尚无已评定的影响。')]
      : analysed.flatMap((r, k) => [
          minorHeading(
            `${k + 1}. ${itemLabel(r.item, names, 'zh-CN')}（${directionText(r.item.direction)}${r.risk && r.item.direction !== 'positive' ? `，${r.risk.label}风险` : ''}）`,
          ),
          ...bodyText(r.item.rationale, '（未填写评估理由）'),
        ])),
  ];
}
