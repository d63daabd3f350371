import { Card, Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { valueWithUnit } from '../../../shared/monitoring/format-value';
import type { MonitoredIndicator, Observation } from '../../../shared/monitoring/monitoring-contract';
import { ObservationForm, type ObservationDraft } from './ObservationForm';
import { ObservationHistory } from './ObservationHistory';
import { ProgressStatus } from './ProgressStatus';
import { TrendChart } from './TrendChart';
import { useValueText } from './useValueText';

/**
 * One followed indicator after sign-off: baseline, target, the latest value and its date, the
 * progress status, the values over time, the form to record one and the history.
 */
export function MonitoredIndicatorItem({
  item,
  onRecord,
  onRemove,
}: {
  item: MonitoredIndicator;
  onRecord: (draft: ObservationDraft) => Promise<boolean>;
  onRemove: (observation: Observation, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const { indicator: i, progress, observations } = item;
  const latest = observations.at(-1);
  const name = i.scope ? `${i.name}（${i.scope}）` : i.name;
  // A review row's "baseline" is what a past plan achieved and its "target" that plan's goal.
  const review = i.kind === 'review';

  return (
    <Card
      type="inner"
      size="small"
      data-testid="monitored-indicator"
      title={
        <Flex justify="space-between" align="center" gap="small" wrap>
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {name}
            {review && (
              <Tooltip title={t('monitoring.followUp.reviewHint')}>
                <Tag style={{ marginInlineStart: 8, fontWeight: 'normal' }}>{t('monitoring.kinds.review')}</Tag>
              </Tooltip>
            )}
          </Typography.Text>
          <ProgressStatus progress={progress} />
        </Flex>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t(review ? 'monitoring.followUp.achieved' : 'monitoring.followUp.baseline')}>
            {valueText(i.baseline, i.unit, i.baselineYear)}
          </Descriptions.Item>
          <Descriptions.Item label={t(review ? 'monitoring.followUp.pastTarget' : 'monitoring.followUp.target')}>
            {valueText(i.target, i.unit, i.targetYear)}
            {progress.direction && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                {t(`monitoring.followUp.direction.${progress.direction}`)}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('monitoring.followUp.latest')}>
            <span data-testid="latest-value">
              {latest ? t('monitoring.valueWhen', { value: valueWithUnit(latest.value, i.unit), year: latest.observedOn }) : t('monitoring.followUp.noValue')}
            </span>
          </Descriptions.Item>
        </Descriptions>
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('monitoring.followUp.determinantsIs', { names: '' })}
          </Typography.Text>
          {item.determinants.map((d) => (
            <Tag key={d}>{d}</Tag>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={i.quote}>
            {`《${i.documentTitle}》${i.lineStart === i.lineEnd ? t('monitoring.sourceLine', { start: i.lineStart }) : t('monitoring.sourceLines', { start: i.lineStart, end: i.lineEnd })}`}
          </Typography.Text>
        </Flex>
        <TrendChart item={item} />
        <ObservationForm name={i.name} onSubmit={onRecord} />
        <ObservationHistory observations={observations} unit={i.unit} onRemove={onRemove} />
      </Space>
    </Card>
  );
}
