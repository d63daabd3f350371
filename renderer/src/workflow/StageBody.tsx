import type { DataStage, StageDataOf } from '../../../shared/workflow/stage-data';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import type { WorkflowReference } from './stage-props';
import { ConclusionStage } from './stages/ConclusionStage';
import { RecommendationsStage } from './stages/RecommendationsStage';
import { RegistrationStage } from './stages/RegistrationStage';
import { ScopingStage } from './stages/ScopingStage';
import { ScoringStage } from './stages/ScoringStage';
import { ScreeningStage } from './stages/ScreeningStage';

/** Picks the component of a data stage and hands it its slice of the workflow. */
function Data({
  stage,
  view,
  reference,
  readOnly,
  onChange,
}: {
  stage: DataStage;
  view: WorkflowViewOut;
  reference: WorkflowReference;
  readOnly: boolean;
  onChange: <S extends DataStage>(stage: S, next: StageDataOf<S>) => void;
}) {
  const common = { view, reference, readOnly };
  switch (stage) {
    case 'screening':
      return <ScreeningStage {...common} data={view.data.screening} onChange={(d) => onChange('screening', d)} />;
    case 'scoping':
      return <ScopingStage {...common} data={view.data.scoping} onChange={(d) => onChange('scoping', d)} />;
    case 'scoring':
      return <ScoringStage {...common} data={view.data.scoring} onChange={(d) => onChange('scoring', d)} />;
    case 'recommendations':
      return <RecommendationsStage {...common} data={view.data.recommendations} onChange={(d) => onChange('recommendations', d)} />;
    case 'conclusion':
      return <ConclusionStage {...common} data={view.data.conclusion} onChange={(d) => onChange('conclusion', d)} />;
  }
}

export const StageBody = { Registration: RegistrationStage, Data };
