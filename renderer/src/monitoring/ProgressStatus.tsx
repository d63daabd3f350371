import { Flex, Progress as Bar, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../shared/monitoring/monitoring-contract';

const COLOR: Record<Progress['status'], string> = {
  achieved: 'green',
  improving: 'blue',
  'not-improving': 'red',
  'no-data': 'default',
  'not-comparable': 'gold',
};

/** 达标/改善中/未改善/暂无数据/无法比较, with a bar of the way from baseline to target where it is known. */
export function ProgressStatus({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <Flex align="center" gap="small" wrap>
      <Tag color={COLOR[progress.status]} data-testid="progress-status" style={{ marginInlineEnd: 0 }}>
        {t(`monitoring.followUp.status.${progress.status}`)}
      </Tag>
      {percent !== null && (
        <div style={{ width: 200 }} title={t('monitoring.followUp.progress', { percent })}>
          <Bar
            size="small"
            percent={Math.max(0, Math.min(100, percent))}
            status={progress.status === 'achieved' ? 'success' : progress.status === 'not-improving' ? 'exception' : 'normal'}
            format={() => `${percent}%`}
            aria-label={t('monitoring.followUp.progress', { percent })}
          />
        </div>
      )}
    </Flex>
  );
}
