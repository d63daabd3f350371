import { Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageTarget } from '../../../shared/register/coverage-contract';

/**
 * Where a target comes from: "来源：《健康杭州“十四五”规划》第1574–1576行", the exact quote on
 * hover or focus; a target a person added says it has no source.
 */
export function TargetSource({ source }: { source: CoverageTarget['source'] }) {
  const { t } = useTranslation();
  if (!source) return <Typography.Text type="secondary">{t('coverage.targets.noSource')}</Typography.Text>;
  const cite =
    source.lineStart === source.lineEnd
      ? t('coverage.targets.sourceLine', { title: source.documentTitle, line: source.lineStart })
      : t('coverage.targets.sourceLines', { title: source.documentTitle, start: source.lineStart, end: source.lineEnd });
  return (
    <Popover
      title={t('coverage.targets.quote')}
      content={<Typography.Paragraph style={{ maxWidth: 360, margin: 0 }}>“{source.quote}”</Typography.Paragraph>}
    >
      <Typography.Text type="secondary" underline tabIndex={0} data-testid="target-source" style={{ cursor: 'help' }}>
        {cite}
      </Typography.Text>
    </Popover>
  );
}
