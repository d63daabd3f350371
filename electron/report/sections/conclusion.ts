import type { FileChild } from 'docx';
import { itemLabel } from '../../../shared/charts/risk-matrix';
import { riskRank } from '../../../shared/workflow/scoring';
import { body, bodyText, labelled } from '../blocks';
import { L } from '../labels';
import type { ReportModel } from '../model';
import { heading1 } from './contents';

/**
 * 八、结论: the panel's overall judgement and its reasons, preceded by the facts it rests on
 * (how many impacts, which need attention first) so the conclusion reads on its own.
 */

/** How many top-ranked impacts the conclusion names. */
const TOP = 3;

export function conclusionSection(m: ReportModel): FileChild[] {
  const s = m.snapshot;
  const scheme = s.ratingScheme;
  const data = s.stages.conclusion;
  const names = (id: string) => m.determinantName(id);
  const ranked = m.ranked.filter((r) => r.rank !== null);
  // "High or above" is the upper half of the scheme's levels, whatever a city names them.
  const highFrom = Math.ceil(scheme.riskLevels.length / 2);
  const high = ranked.filter((r) => riskRank(scheme, r.risk) >= highFrom);
  const top = ranked.slice(0, TOP).map((r) => `${itemLabel(r.item, names, 'zh-CN')}，${r.risk ? `${r.risk.label}风险` : '未定级'}`);
  const recs = s.stages.recommendations.items.length;

  return [
    heading1('conclusion', { pageBreakBefore: true }),
    body(
      `本次评价共评定${m.items.length}项健康影响，需排序关注的负面或不确定影响${ranked.length}项，` +
        `其中${scheme.riskLevels[highFrom]?.label ?? '较高'}风险及以上${high.length}项。` +
        (top.length > 0 ? `优先关注：${top.join('；')}。` : '') +
        `专家组提出建议${recs}条。`,
    ),
    labelled('评价结论：', data.judgement ? L.judgement[data.judgement] : '尚未作出结论'),
    labelled('结论理由：', ''),
    ...bodyText(data.reasons, '（未填写结论理由）'),
  ];
}
