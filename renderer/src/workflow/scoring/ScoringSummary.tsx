import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { determinantOverviewHeight, determinantOverviewOption, overviewImpacts } from '../../../../shared/charts/determinant-overview';
import { itemLabel, riskMatrixOption, textOn, type ChartNames } from '../../../../shared/charts/risk-matrix';
import type { Language } from '../../../../shared/i18n';
import type { RatingScheme } from '../../../../shared/workflow/rating-scheme';
import type { RankedItem } from '../../../../shared/workflow/scoring';
import { EChart } from '../../charts/EChart';
import { slotKey } from './score-items';

const MATRIX_HEIGHT = 400;

/**
 * The results so far: the risk matrix, the priority overview (the option builders the Word
 * report uses too) and the ranked list of impacts.
 */
export function ScoringSummary({
  scheme,
  ranked,
  names,
  lang,
  title,
}: {
  scheme: RatingScheme;
  ranked: RankedItem[];
  names: ChartNames;
  lang: Language;
  /** The assessment title, for the exported file names. */
  title: string;
}) {
  const { t } = useTranslation();
  const matrix = useMemo(() => riskMatrixOption(scheme, ranked, names, lang), [scheme, ranked, names, lang]);
  const overview = useMemo(() => determinantOverviewOption(scheme, ranked, names, lang), [scheme, ranked, names, lang]);
  const bars = overviewImpacts(ranked).length;
  const rows = ranked.filter((r) => r.item.direction !== null);

  return (
    <Card title={t('scoring.summary.title')} size="small" data-testid="scoring-summary">
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Typography.Text strong>{t('scoring.summary.matrix')}</Typography.Text>
          <EChart
            option={matrix}
            height={MATRIX_HEIGHT}
            title={t('scoring.chart.riskMatrix')}
            fileName={`${title}-${t('scoring.chart.riskMatrix')}`}
            testId="chart-risk-matrix"
          />
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Text strong>{t('scoring.summary.overview')}</Typography.Text>
          <EChart
            option={overview}
            height={Math.max(MATRIX_HEIGHT, determinantOverviewHeight(bars))}
            title={t('scoring.chart.determinantOverview')}
            fileName={`${title}-${t('scoring.chart.determinantOverview')}`}
            testId="chart-determinant-overview"
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('scoring.summary.ranked')}
      </Typography.Title>
      <Table<RankedItem>
        size="small"
        pagination={false}
        data-testid="ranked-table"
        rowKey={(r) => slotKey(r.item.determinantId, r.item.phase)}
        dataSource={rows}
        locale={{ emptyText: t('scoring.summary.empty') }}
        columns={[
          {
            title: t('scoring.summary.rank'),
            width: 72,
            render: (_, r) => r.rank ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
          { title: t('scoring.summary.determinant'), render: (_, r) => itemLabel(r.item, names, lang) },
          { title: t('scoring.summary.direction'), width: 110, render: (_, r) => t(`scoring.directions.${r.item.direction!}`) },
          {
            title: t('scoring.summary.risk'),
            width: 110,
            render: (_, r) =>
              r.risk && r.item.direction !== 'positive' ? (
                <Tag style={{ background: r.risk.color, color: textOn(r.risk.color), border: 'none' }}>
                  {lang === 'en' ? r.risk.labelEn : r.risk.label}
                </Tag>
              ) : (
                '—'
              ),
          },
          { title: t('scoring.summary.priority'), width: 120, render: (_, r) => r.priority ?? '—' },
        ]}
      />
    </Card>
  );
}
