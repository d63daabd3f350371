import { Empty } from 'antd';
import type { StageProps } from '../stage-props';

/** Placeholder until the recommendations stage is built. */
export function RecommendationsStage(_props: StageProps<'recommendations'>) {
  return <Empty description="recommendations" />;
}
