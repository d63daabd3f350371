import { App, Card, List, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringView, Observation } from '../../../shared/monitoring/monitoring-contract';
import { call } from '../api/client';
import { describeError } from '../errors';
import { MonitoredIndicatorItem } from './MonitoredIndicatorItem';
import type { ObservationDraft } from './ObservationForm';
import { useValueText } from './useValueText';

/**
 * 跟踪监测 on the assessment page. Before sign-off it lists the indicators picked in scoping and
 * says values come after sign-off; afterwards (also while a new version is revised) each
 * indicator of the signed version with its values and progress. `revision` changes when the
 * assessment is signed or reopened, which reloads the card.
 */
export function MonitoringCard({ assessmentId, revision }: { assessmentId: string; revision: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const valueText = useValueText();
  const [view, setView] = useState<MonitoringView | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await call('monitoring/get', { id: assessmentId }));
    } catch (err) {
      void message.error(describeError(t, err));
    }
  }, [assessmentId, message, t]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  async function record(indicatorId: string, draft: ObservationDraft): Promise<boolean> {
    try {
      setView(await call('monitoring/record', { id: assessmentId, observation: { indicatorId, ...draft } }));
      void message.success(t('monitoring.followUp.saved'));
      return true;
    } catch (err) {
      void message.error(describeError(t, err));
      return false;
    }
  }

  async function remove(observation: Observation, reason: string): Promise<boolean> {
    try {
      setView(await call('monitoring/remove', { id: assessmentId, observationId: observation.id, reason }));
      void message.success(t('monitoring.followUp.removed'));
      return true;
    } catch (err) {
      void message.error(describeError(t, err));
      return false;
    }
  }

  if (!view) return <Card size="small" title={t('monitoring.followUp.title')} loading />;
  const count = view.indicators.length;

  if (!view.canRecord) {
    return (
      <Card size="small" title={t('monitoring.followUp.title')} data-testid="monitoring-card">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {count > 0 ? t('monitoring.followUp.beforeSign', { count }) : t('monitoring.followUp.noneChosen')}
        </Typography.Paragraph>
        {count > 0 && (
          <List
            size="small"
            dataSource={view.indicators}
            renderItem={({ indicator: i, determinants }) => (
              <List.Item>
                <List.Item.Meta
                  title={i.name}
                  description={
                    <Space size="large" wrap>
                      <span>{t('monitoring.followUp.baselineIs', { value: valueText(i.baseline, i.unit, i.baselineYear) })}</span>
                      <span>{t('monitoring.followUp.targetIs', { value: valueText(i.target, i.unit, i.targetYear) })}</span>
                      <span>{t('monitoring.followUp.determinantsIs', { names: determinants.join('、') })}</span>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    );
  }

  return (
    <Card size="small" title={t('monitoring.followUp.title')} data-testid="monitoring-card">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {count > 0 ? t('monitoring.followUp.intro', { version: view.signedVersion }) : t('monitoring.followUp.noneSigned', { version: view.signedVersion })}
        </Typography.Text>
        {view.indicators.map((item) => (
          <MonitoredIndicatorItem
            key={item.indicator.id}
            item={item}
            onRecord={(draft) => record(item.indicator.id, draft)}
            onRemove={remove}
          />
        ))}
      </Space>
    </Card>
  );
}
