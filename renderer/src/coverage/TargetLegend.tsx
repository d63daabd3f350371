import { Flex, Typography } from 'antd';
import { targetColor, type TargetLine } from './coverage-chart-options';

/** Names the dashed target lines of a chart, in their colours (the lines carry only "≥40%"). */
export function TargetLegend({ targets }: { targets: readonly TargetLine[] }) {
  if (targets.length === 0) return null;
  return (
    <Flex wrap gap="4px 16px">
      {targets.map((tl, i) => (
        <Flex key={`${i}-${tl.label}`} align="center" gap={6}>
          <span aria-hidden style={{ width: 22, borderTop: `2px dashed ${targetColor(i)}` }} />
          <Typography.Text style={{ color: targetColor(i), fontSize: 12 }}>{tl.label}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
