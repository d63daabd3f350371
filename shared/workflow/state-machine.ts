import { STAGES, stageIndex, type Stage, type Status } from './stages';

export interface WorkflowState {
  /** The furthest stage reached. Every stage up to it can be opened and, until sign-off, edited. */
  stage: Stage;
  status: Status;
}

export type WorkflowEvent =
  /** Finish the furthest stage and open the next one; `problems` are its validation errors. */
  | { type: 'advance'; problems: string[] }
  /** Save data of a stage (autosave). */
  | { type: 'edit'; stage: Stage }
  /** Sign off the finished assessment. */
  | { type: 'sign'; problems: string[] };

export type RefusalCode = 'LOCKED' | 'NOT_REACHED' | 'INCOMPLETE' | 'LAST_STAGE' | 'NOT_FINISHED';

export type Transition =
  | { ok: true; state: WorkflowState }
  | { ok: false; code: RefusalCode; message: string; problems?: string[] };

const refuse = (code: RefusalCode, message: string, problems?: string[]): Transition =>
  problems ? { ok: false, code, message, problems } : { ok: false, code, message };

/**
 * The assessment workflow. Forward moves go one stage at a time and only when the furthest
 * stage validates; any reached stage can be edited (revisited) until sign-off; sign-off needs
 * the conclusion stage complete; a signed assessment accepts nothing (a change makes a new
 * version, which starts active).
 */
export function transition(state: WorkflowState, event: WorkflowEvent): Transition {
  if (state.status === 'signed') return refuse('LOCKED', '评价已签发锁定，不能修改 / The assessment is signed off and locked');
  const at = stageIndex(state.stage);
  switch (event.type) {
    case 'edit':
      return stageIndex(event.stage) <= at
        ? { ok: true, state }
        : refuse('NOT_REACHED', `尚未进入该阶段 / The ${event.stage} stage has not been reached`);
    case 'advance':
      if (at === STAGES.length - 1) return refuse('LAST_STAGE', '已是最后一个阶段 / Already at the last stage');
      if (event.problems.length > 0) {
        return refuse('INCOMPLETE', '当前阶段尚未完成 / The current stage is not complete', event.problems);
      }
      return { ok: true, state: { ...state, stage: STAGES[at + 1]! } };
    case 'sign':
      if (at !== STAGES.length - 1) return refuse('NOT_FINISHED', '尚未完成全部评价阶段 / The assessment has not reached its conclusion');
      if (event.problems.length > 0) return refuse('INCOMPLETE', '结论尚未完成 / The conclusion is not complete', event.problems);
      return { ok: true, state: { ...state, status: 'signed' } };
  }
}

/** Stages a user may open. */
export function reachableStages(state: WorkflowState): Stage[] {
  return STAGES.slice(0, stageIndex(state.stage) + 1);
}
