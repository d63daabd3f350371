import type Database from 'better-sqlite3';
import type { Assessment } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import { EMPTY_STAGE_DATA, StageData, type DataStage, type StageDataOf } from '../../shared/workflow/stage-data';
import { transition, type WorkflowEvent } from '../../shared/workflow/state-machine';
import { validateStage, type StageContext } from '../../shared/workflow/validate-stage';
import { jsonDiff } from '../../shared/audit/json-diff';
import type { AuditLog } from '../audit/audit-log';
import type { RatingScheme } from '../../shared/workflow/rating-scheme';
import { outOfScale } from '../../shared/workflow/scoring';
import type { AssessmentRepository } from './repository';

export type AllStageData = { [S in DataStage]: StageDataOf<S> };

export interface WorkflowView {
  assessment: Assessment;
  data: AllStageData;
  /** What each stage still needs before it is complete. */
  problems: Record<DataStage, string[]>;
}

const DATA_STAGES = Object.keys(StageData) as DataStage[];

/**
 * Stage data of assessments: one validated JSON document per stage, written through the
 * workflow state machine, so a save never lands in a stage not yet reached or a signed
 * assessment, and a stage is finished only when it validates.
 */
export class WorkflowStore {
  constructor(
    private readonly db: Database.Database,
    private readonly assessments: AssessmentRepository,
    private readonly nameOf: (determinantId: string) => string,
    private readonly audit: AuditLog,
    private readonly scheme: RatingScheme,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private loadData(id: string): AllStageData {
    const rows = this.db.prepare('SELECT stage, data FROM assessment_stage WHERE assessment_id = ?').all(id) as {
      stage: DataStage;
      data: string;
    }[];
    const data = structuredClone(EMPTY_STAGE_DATA) as AllStageData;
    for (const r of rows) {
      // Stored data was validated on write; parse again so defaults of newer schema versions apply.
      (data as Record<DataStage, unknown>)[r.stage] = StageData[r.stage].parse(JSON.parse(r.data));
    }
    return data;
  }

  private problemsOf(assessment: Assessment, data: AllStageData): Record<DataStage, string[]> {
    const ctx: StageContext = {
      kind: assessment.kind,
      draftText: assessment.draftText,
      scoping: data.scoping,
      scoring: data.scoring,
      nameOf: this.nameOf,
    };
    return Object.fromEntries(DATA_STAGES.map((s) => [s, validateStage(s, data[s], ctx)])) as Record<DataStage, string[]>;
  }

  view(id: string): WorkflowView {
    const assessment = this.assessments.get(id);
    const data = this.loadData(id);
    return { assessment, data, problems: this.problemsOf(assessment, data) };
  }

  private apply(assessment: Assessment, event: WorkflowEvent) {
    const result = transition({ stage: assessment.stage, status: assessment.status }, event);
    if (!result.ok) {
      throw new AppError(result.code === 'LOCKED' ? 'LOCKED' : 'CONFLICT', result.message, result.problems ? { problems: result.problems } : undefined);
    }
    return result.state;
  }

  /** Autosave of one stage. Returns the fresh view (with the stage's remaining problems). */
  save<S extends DataStage>(id: string, stage: S, raw: unknown): WorkflowView {
    const data = StageData[stage].parse(raw);
    if (stage === 'scoring') {
      const bad = outOfScale(this.scheme, (data as StageDataOf<'scoring'>).items);
      if (bad.length) throw new AppError('INVALID_INPUT', `评分超出量表范围：${bad[0]} / Rating outside the scale`, { problems: bad });
    }
    return this.db.transaction(() => {
      const assessment = this.assessments.get(id);
      this.apply(assessment, { type: 'edit', stage });
      const before = this.loadData(id)[stage];
      const changes = jsonDiff(before, data);
      if (changes.length === 0) return this.view(id);
      const now = this.clock().toISOString();
      this.db
        .prepare(
          `INSERT INTO assessment_stage (assessment_id, stage, data, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (assessment_id, stage) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        )
        .run(id, stage, JSON.stringify(data), now);
      this.assessments.touch(id);
      this.audit.append(id, `stage.save`, { stage, changes });
      return this.view(id);
    })();
  }

  /** Finishes the furthest stage and opens the next, if the furthest stage is complete. */
  advance(id: string): WorkflowView {
    return this.db.transaction(() => {
      const current = this.view(id);
      const stage = current.assessment.stage;
      const problems = stage === 'registration' ? registrationProblems(current.assessment) : current.problems[stage];
      const next = this.apply(current.assessment, { type: 'advance', problems });
      this.db.prepare('UPDATE assessment SET stage = ? WHERE id = ?').run(next.stage, id);
      this.assessments.touch(id);
      this.audit.append(id, 'stage.advance', { from: stage, to: next.stage });
      return this.view(id);
    })();
  }
}

function registrationProblems(a: Assessment): string[] {
  return a.draftText.trim().length < 20 ? ['请填写或导入草案文本（至少 20 字） / Paste or import the draft text (20 characters or more)'] : [];
}
