import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoredIndicator } from '../../../shared/monitoring/monitoring-contract';
import { trendOption, trendPoints } from '../../../shared/monitoring/trend-option';
import { EChart } from '../charts/EChart';

/** Values of one indicator over time, drawn once two of them are numbers. */
export function TrendChart({ item }: { item: MonitoredIndicator }) {
  const { t } = useTranslation();
  const { indicator, observations, progress } = item;
  const points = useMemo(() => trendPoints(observations, indicator.unit), [observations, indicator.unit]);
  const option = useMemo(
    () =>
      trendOption(
        points,
        { baseline: progress.baselineValue, target: progress.targetValue },
        { value: t('monitoring.followUp.value'), baseline: t('monitoring.followUp.baseline'), target: t('monitoring.followUp.target') },
      ),
    [points, progress.baselineValue, progress.targetValue, t],
  );
  if (points.length < 2) return null;
  const title = t('monitoring.followUp.chartTitle', { name: indicator.name });
  return <EChart option={option} height={180} title={title} fileName={title} testId="trend-chart" />;
}
