import type { Table } from 'docx';
import { itemLabel, matrixImpacts } from '../../../shared/charts/risk-matrix';
import { dataTable, type Cell } from '../blocks';
import { tint } from '../labels';
import type { ReportModel } from '../model';

/**
 * The risk matrix as a table, for when the figure cannot be rasterised: the same cells, colours
 * and impacts as riskMatrixOption places (negative and uncertain impacts with both ratings),
 * highest severity on top. Every name is listed; a table has the room a chart cell lacks.
 */
export function riskMatrixTable(m: ReportModel): Table {
  const scheme = m.snapshot.ratingScheme;
  const names = (id: string) => m.determinantName(id);
  const cells = new Map<string, string[]>();
  for (const r of matrixImpacts(m.ranked)) {
    const key = `${r.item.likelihood! - 1},${r.item.severity! - 1}`;
    const label = itemLabel(r.item, names, 'zh-CN') + (r.item.direction === 'uncertain' ? '（不确定）' : '');
    cells.set(key, [...(cells.get(key) ?? []), label]);
  }
  const rows: Cell[][] = scheme.scales.severity.levels
    .map((sev, y) => [
      `${sev.value} ${sev.label}`,
      ...scheme.scales.likelihood.levels.map((_, x): Cell => {
        const level = scheme.riskLevels.find((l) => l.id === scheme.matrix[y]?.[x]);
        const inCell = cells.get(`${x},${y}`) ?? [];
        return { text: [level?.label ?? '', ...inCell].join('\n'), fill: level ? tint(level.color) : undefined, bold: false };
      }),
    ])
    .reverse();
  return dataTable(
    [
      { title: '严重程度＼可能性', weight: 1.2, align: 'center' },
      ...scheme.scales.likelihood.levels.map((l) => ({ title: `${l.value} ${l.label}`, weight: 1, align: 'center' as const })),
    ],
    rows,
  );
}
