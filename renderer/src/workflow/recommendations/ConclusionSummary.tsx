import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatingScheme } from '../../../../shared/workflow/rating-scheme';
import type { ImpactSummary } from '../../../../shared/workflow/recommend';
import type { RankedItem } from '../../../../shared/workflow/scoring';
import type { Direction } from '../../../../shared/workflow/stage-data';
import { RiskTag } from './RiskTag';

/** Rows in order of concern; "no impact" last. */
const ROW_ORDER: readonly Direction[] = ['negative', 'uncertain', 'positive', 'none'];

/**
 * The 结论 stage's overview: scored impacts counted by direction and risk level, the top-ranked
 * negative or uncertain impacts, and how many recommendations were made.
 */
export function ConclusionSummary({
  summary,
  scheme,
  nameOf,
  recommendations,
}: {
  summary: ImpactSummary;
  scheme: RatingScheme;
  nameOf: (id: string) => string;
  recommendations: { mitigation: number; enhancement: number };
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const rows = ROW_ORDER.map((d) => ({ key: d, direction: d, ...summary.byDirection[d] }));
  const phase = (r: RankedItem) => (r.item.phase === 'all' ? '' : `（${t(`recommendations.phase.${r.item.phase}`)}）`);

  return (
    <Card size="small" title={t('conclusion.summaryTitle')} data-testid="conclusion-summary">
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('conclusion.impactCount', { count: summary.total })}
          </Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              {
                title: t('conclusion.directionCol'),
                dataIndex: 'direction',
                render: (d: Direction) => t(`recommendations.direction.${d}`),
              },
              ...scheme.riskLevels.map((l) => ({
                title: <RiskTag risk={l} />,
                key: l.id,
                align: 'center' as const,
                render: (_: unknown, row: (typeof rows)[number]) => row.byRisk[l.id] || '–',
              })),
              { title: t('conclusion.unratedCol'), dataIndex: 'unrated', align: 'center' as const, render: (n: number) => n || '–' },
              { title: t('conclusion.totalCol'), dataIndex: 'total', align: 'center' as const, render: (n: number) => <strong>{n}</strong> },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            {t('conclusion.recommendationCount', {
              count: recommendations.mitigation + recommendations.enhancement,
              mitigation: recommendations.mitigation,
              enhancement: recommendations.enhancement,
            })}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('conclusion.topTitle')}
          </Typography.Text>
          {summary.top.length === 0 ? (
            <Typography.Text type="secondary">{t('conclusion.noTop')}</Typography.Text>
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.item.determinantId}:${r.item.phase}`}
              dataSource={summary.top}
              columns={[
                { title: t('conclusion.rankCol'), dataIndex: 'rank', width: 64, align: 'center' as const },
                {
                  title: t('conclusion.determinantCol'),
                  render: (_: unknown, r: RankedItem) => (
                    <>
                      {nameOf(r.item.determinantId)}
                      {phase(r)}
                      {r.item.direction === 'uncertain' && (
                        <Tag style={{ marginInlineStart: 6 }} color="orange">
                          {t('recommendations.direction.uncertain')}
                        </Tag>
                      )}
                    </>
                  ),
                },
                { title: t('conclusion.riskCol'), width: 96, render: (_: unknown, r: RankedItem) => <RiskTag risk={r.risk} /> },
                { title: t('conclusion.priorityCol'), dataIndex: 'priority', width: en ? 110 : 96, align: 'center' as const },
              ]}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}
