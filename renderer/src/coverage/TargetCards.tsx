import { Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../shared/register/coverage-contract';
import { formatMinShare, formatShare, sharePercent, shortfall } from '../../../shared/register/percent';
import { TargetSource } from './TargetSource';

type TargetResult = CoverageReport['targets'][number];

/** One card per target: the share against the minimum, the counts, the target year and the source. */
export function TargetCards({ targets, year }: { targets: TargetResult[]; year: number | null }) {
  const { t } = useTranslation();
  if (targets.length === 0) return <Typography.Text type="secondary">{t('coverage.targets.none')}</Typography.Text>;
  return (
    <Row gutter={[16, 16]}>
      {targets.map((r) => (
        <Col key={r.target.id} xs={24} md={12} xl={8}>
          <TargetCard result={r} year={year} />
        </Col>
      ))}
    </Row>
  );
}

function TargetCard({ result, year }: { result: TargetResult; year: number | null }) {
  const { t } = useTranslation();
  const { target, counts, met } = result;
  const pct = sharePercent(counts.submitted, counts.base);
  const minPct = Math.round(target.minShare * 1000) / 10;
  const scope =
    target.categories.length === 0 ? t('coverage.targets.allCategories') : target.categories.map((c) => t(`register.categories.${c}`)).join(t('coverage.targets.separator'));
  const missing = shortfall(counts.submitted, counts.base, target.minShare);

  return (
    <Card
      size="small"
      data-testid={`target-${target.id}`}
      style={{ height: '100%' }}
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {target.label}
        </Typography.Text>
      }
      styles={{ header: { paddingBlock: 8 } }}
      extra={
        <Tag color={met === null ? 'default' : met ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
          {t(met === null ? (year === null ? 'coverage.targets.notJudged' : 'coverage.targets.noData') : met ? 'coverage.targets.met' : 'coverage.targets.notMet')}
        </Tag>
      }
    >
      <Flex vertical gap={6}>
        <Flex align="baseline" gap={8} wrap>
          <Typography.Text style={{ fontSize: 24, fontWeight: 600 }} data-testid="target-share">
            {formatShare(counts.submitted, counts.base)}
          </Typography.Text>
          <Typography.Text type="secondary">{t('coverage.targets.minShare', { share: formatMinShare(target.minShare) })}</Typography.Text>
        </Flex>
        {/* The bar with a mark at the target, so "how far" reads without arithmetic. */}
        <div style={{ position: 'relative' }}>
          <Progress percent={pct ?? 0} showInfo={false} status={met ? 'success' : 'normal'} aria-label={target.label} />
          <div
            title={formatMinShare(target.minShare)}
            style={{ position: 'absolute', left: `${minPct}%`, top: 2, bottom: 2, width: 2, background: '#d4380d', transform: 'translateX(-1px)' }}
          />
        </div>
        <Typography.Text>{t('coverage.targets.counts', { submitted: counts.submitted, base: counts.base, total: counts.total, exempt: counts.exempt })}</Typography.Text>
        {met === false && missing > 0 && <Typography.Text type="danger">{t('coverage.targets.shortfall', { count: missing })}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('coverage.targets.scopeYear', { scope, year: target.targetYear })}
          {year !== null && year !== target.targetYear && t('coverage.targets.otherYear', { year })}
        </Typography.Text>
        <TargetSource source={target.source} />
      </Flex>
    </Card>
  );
}
