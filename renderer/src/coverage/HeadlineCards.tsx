import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageCounts } from '../../../shared/register/coverage-contract';
import { formatShare } from '../../../shared/register/percent';

/** 登记总数, 已提交评价, 豁免, 覆盖率: each with the counts that make it up. */
export function HeadlineCards({ counts }: { counts: CoverageCounts }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Headline title={t('coverage.headline.total')} value={counts.total} detail={t('coverage.headline.notAssessed', { count: counts.notAssessed })} testId="headline-total" />
      <Headline
        title={t('coverage.headline.submitted')}
        value={counts.submitted}
        detail={t('coverage.headline.submittedDetail', { inProgress: counts.inProgress, signed: counts.signed })}
        testId="headline-submitted"
      />
      <Headline title={t('coverage.headline.exempt')} value={counts.exempt} detail={t('coverage.headline.base', { base: counts.base })} testId="headline-exempt" />
      <Headline
        title={t('coverage.headline.share')}
        value={formatShare(counts.submitted, counts.base)}
        suffix={t('coverage.counts', { submitted: counts.submitted, base: counts.base })}
        detail={t('coverage.headline.shareDetail')}
        testId="headline-share"
      />
    </Row>
  );
}

function Headline({ title, value, suffix, detail, testId }: { title: string; value: number | string; suffix?: string; detail: ReactNode; testId: string }) {
  return (
    <Col xs={12} lg={6}>
      <Card size="small" data-testid={testId} style={{ height: '100%' }}>
        <Statistic title={title} value={value} suffix={suffix} />
        <Typography.Text type="secondary">{detail}</Typography.Text>
      </Card>
    </Col>
  );
}
