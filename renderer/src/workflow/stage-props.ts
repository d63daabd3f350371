import type { z } from 'zod';
import type { DataStage, StageDataOf } from '../../../shared/workflow/stage-data';
import type { WorkflowReferenceSchema, WorkflowViewOut } from '../../../shared/workflow/workflow-contract';

export type WorkflowReference = z.infer<typeof WorkflowReferenceSchema>;

/**
 * What every stage component receives. `data` is the stage's current (unsaved-included) value;
 * `onChange` replaces it and triggers autosave; nothing else writes. `readOnly` after sign-off.
 */
export interface StageProps<S extends DataStage> {
  view: WorkflowViewOut;
  reference: WorkflowReference;
  data: StageDataOf<S>;
  onChange: (next: StageDataOf<S>) => void;
  readOnly: boolean;
}
