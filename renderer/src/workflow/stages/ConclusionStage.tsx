import { Empty } from 'antd';
import type { StageProps } from '../stage-props';

/** Placeholder until the conclusion stage is built. */
export function ConclusionStage(_props: StageProps<'conclusion'>) {
  return <Empty description="conclusion" />;
}
