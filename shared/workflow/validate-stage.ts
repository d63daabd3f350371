import type { AssessmentKind } from '../assessment';
import type { DataStage, Phase, StageDataOf } from './stage-data';

const PHASE_LABELS: Record<Phase, string> = { design: '设计', construction: '施工', operation: '运营' };

/**
 * What still needs doing before a stage is complete, as messages for the user (Chinese /
 * English). An empty list means the stage can be finished.
 */
export interface StageContext {
  kind: AssessmentKind;
  draftText: string;
  scoping: StageDataOf<'scoping'>;
  scoring: StageDataOf<'scoring'>;
  /** Determinant names for messages (ids are meaningless to users). */
  nameOf?: (determinantId: string) => string;
}

export const SCREENING_QUESTION_COUNT = 10;

export function validateStage<S extends DataStage>(stage: S, data: StageDataOf<S>, ctx: StageContext): string[] {
  const problems: string[] = [];
  const name = ctx.nameOf ?? ((id: string) => id);
  switch (stage) {
    case 'screening': {
      const d = data as StageDataOf<'screening'>;
      for (let q = 1; q <= SCREENING_QUESTION_COUNT; q++) {
        if (!d.answers[String(q)]?.answer) problems.push(`请确认第 ${q} 题的回答 / Confirm the answer to question ${q}`);
      }
      if (!d.impactLevel) problems.push('请选择健康影响程度 / Choose the level of health impact');
      if (d.fullAssessment === null) problems.push('请确定是否需要开展全面评价 / Decide whether a full assessment is needed');
      break;
    }
    case 'scoping': {
      const d = data as StageDataOf<'scoping'>;
      if (d.determinants.length === 0) problems.push('请至少选择一项健康影响因素 / Choose at least one determinant');
      if (ctx.kind === 'project' && d.phases.length === 0) problems.push('请选择项目评价阶段（设计/施工/运营） / Choose the project phases');
      break;
    }
    case 'scoring': {
      const d = data as StageDataOf<'scoring'>;
      const phases = ctx.kind === 'project' ? ctx.scoping.phases : ['all'];
      for (const det of ctx.scoping.determinants) {
        for (const phase of phases) {
          const item = d.items.find((i) => i.determinantId === det.id && i.phase === phase);
          const label = phase === 'all' ? name(det.id) : `${name(det.id)}（${PHASE_LABELS[phase as Phase]}）`;
          if (!item?.direction) problems.push(`请为 ${label} 选择影响方向 / Choose the direction for ${label}`);
          else if (item.direction !== 'none' && (!item.likelihood || !item.severity)) {
            problems.push(`请为 ${label} 评定可能性和严重程度 / Rate likelihood and severity for ${label}`);
          }
        }
      }
      break;
    }
    case 'recommendations': {
      const d = data as StageDataOf<'recommendations'>;
      // Only impacts still in scope: ratings left over from a determinant or phase removed
      // from scoping are ignored here as they are in ranking.
      const scope = new Set(ctx.scoping.determinants.map((d) => d.id));
      const inScope = (i: StageDataOf<'scoring'>['items'][number]) =>
        scope.has(i.determinantId) && (ctx.kind === 'project' ? i.phase !== 'all' && ctx.scoping.phases.includes(i.phase) : i.phase === 'all');
      const needing = ctx.scoring.items.filter((i) => inScope(i) && (i.direction === 'negative' || i.direction === 'uncertain'));
      for (const i of needing) {
        if (!d.items.some((r) => r.determinantId === i.determinantId && r.kind === 'mitigation' && r.text.trim())) {
          problems.push(`请为“${name(i.determinantId)}”的负面或不确定影响提出建议 / Add a recommendation for ${name(i.determinantId)}`);
        }
      }
      for (const r of d.items) if (!r.text.trim()) problems.push(`建议内容不能为空（${name(r.determinantId)}） / A recommendation is empty`);
      break;
    }
    case 'conclusion': {
      const d = data as StageDataOf<'conclusion'>;
      if (!d.judgement) problems.push('请选择评价结论 / Choose the overall judgement');
      if (!d.reasons.trim()) problems.push('请填写结论理由 / Give the reasons for the conclusion');
      break;
    }
  }
  return [...new Set(problems)];
}
