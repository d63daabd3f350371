import type { FileChild } from 'docx';
import type { StageDataOf } from '../../../shared/workflow/stage-data';
import { body, bodyParagraph, run } from '../blocks';
import { L } from '../labels';
import type { ReportModel } from '../model';
import { safeLines } from '../sanitize';
import { heading1, heading2 } from './contents';

/**
 * 六、建议与减缓措施: recommendations grouped by determinant, determinants in the order of the
 * impact table (highest priority first), mitigations before enhancements within each.
 */

type Recommendation = StageDataOf<'recommendations'>['items'][number];

export function recommendationsSection(m: ReportModel): FileChild[] {
  const items = m.snapshot.stages.recommendations.items;
  const order: string[] = [];
  for (const r of m.ranked) if (!order.includes(r.item.determinantId)) order.push(r.item.determinantId);
  for (const r of items) if (!order.includes(r.determinantId)) order.push(r.determinantId);

  const byDeterminant = new Map<string, Recommendation[]>();
  for (const r of items) byDeterminant.set(r.determinantId, [...(byDeterminant.get(r.determinantId) ?? []), r]);

  const mitigation = items.filter((r) => r.kind === 'mitigation').length;
  const parts: FileChild[] = [
    heading1('recommendations', { pageBreakBefore: true }),
    body(
      items.length === 0
        ? '专家组未提出建议。'
        : `针对评价发现的健康影响，专家组提出建议${items.length}条，其中减缓负面影响的措施${mitigation}条、增进正面影响的措施${items.length - mitigation}条。建议起草部门在修改完善草案时予以采纳，并在反馈中说明采纳情况。`,
    ),
  ];

  let section = 0;
  let number = 0;
  for (const id of order) {
    const list = byDeterminant.get(id);
    if (!list) continue;
    const sorted = [...list].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'mitigation' ? -1 : 1));
    parts.push(heading2(++section, m.determinantName(id)));
    for (const r of sorted) {
      const lines = safeLines(r.text);
      const [first = '（空）', ...rest] = lines;
      parts.push(bodyParagraph([run(`${++number}. `), run(`【${L.recommendationKind[r.kind]}】`, { bold: true }), run(first)]));
      for (const line of rest) parts.push(body(line));
    }
  }
  return parts;
}
