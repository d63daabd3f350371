import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { proposedFinal } from '../../../shared/panel/aggregate';
import type { RatingScheme } from '../../../shared/workflow/rating-scheme';
import { FinalEditor } from './FinalEditor';
import { RatingText } from './RatingText';
import type { AggregatedRow, PanelView } from './usePanel';

const rowKey = (a: Pick<AggregatedRow, 'determinantId' | 'phase'>) => `${a.determinantId}|${a.phase}`;

/** Remounts the final editor when what it starts from changes (a new import, a confirmed final). */
const editorKey = (a: AggregatedRow) => {
  const p = proposedFinal(a);
  return `${rowKey(a)}|${JSON.stringify([a.final, a.leaderNote, p.direction, p.likelihood, p.severity])}`;
};

/**
 * Per determinant (and phase): each expert's latest rating side by side, the medians, the
 * spread, the agreement, the divergence flag with its reason, and the leader's final rating.
 */
export function AggregationTable({
  assessmentId,
  panel,
  scheme,
  labelOf,
  readOnly,
  onSaved,
}: {
  assessmentId: string;
  panel: PanelView;
  scheme: RatingScheme;
  labelOf: (item: Pick<AggregatedRow, 'determinantId' | 'phase'>) => string;
  readOnly: boolean;
  onSaved: (panel: PanelView) => void;
}) {
  const { t } = useTranslation();
  const experts: ColumnsType<AggregatedRow> = panel.members.map((m) => ({
    key: `member-${m.id}`,
    title: (
      <Tooltip title={[m.organisation, m.field].filter(Boolean).join(' · ') || undefined}>
        <span style={{ whiteSpace: 'nowrap' }}>
          {m.name}
          {m.role === 'leader' && (
            <Tag color="gold" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
              {t('panel.members.roles.leader')}
            </Tag>
          )}
        </span>
      </Tooltip>
    ),
    width: 96,
    render: (_, a) => {
      const r = a.ratings.find((x) => x.memberId === m.id);
      return r ? (
        <RatingText direction={r.direction} likelihood={r.likelihood} severity={r.severity} suffix={r.round > 1 ? t('panel.round', { round: r.round }) : undefined} />
      ) : (
        <RatingText direction={null} likelihood={null} severity={null} />
      );
    },
  }));

  const columns: ColumnsType<AggregatedRow> = [
    {
      key: 'determinant',
      title: t('panel.aggregation.determinant'),
      width: 132,
      fixed: 'left',
      render: (_, a) => <Typography.Text strong>{labelOf(a)}</Typography.Text>,
    },
    ...experts,
    {
      key: 'median',
      title: t('panel.aggregation.median'),
      width: 96,
      render: (_, a) =>
        a.ratings.length === 0 ? '—' : <RatingText direction={a.majorityDirection} likelihood={a.medianLikelihood} severity={a.medianSeverity} />,
    },
    { key: 'range', title: t('panel.aggregation.range'), width: 52, align: 'center', render: (_, a) => a.range ?? '—' },
    {
      key: 'agreement',
      title: t('panel.aggregation.agreement'),
      width: 60,
      align: 'center',
      render: (_, a) => (a.agreement === null ? '—' : `${Math.round(a.agreement * 100)}%`),
    },
    {
      key: 'divergence',
      title: t('panel.aggregation.divergence'),
      width: 124,
      render: (_, a) =>
        a.ratings.length === 0 ? (
          '—'
        ) : a.divergent ? (
          <Flex vertical gap={2} align="flex-start">
            <Tooltip title={a.divergenceReason}>
              <Tag color="red" data-testid="divergent-tag">
                {t('panel.aggregation.divergent')}
              </Tag>
            </Tooltip>
            <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="divergence-reason">
              {a.divergenceReason}
            </Typography.Text>
          </Flex>
        ) : (
          <Tag color="green">{t('panel.aggregation.consistent')}</Tag>
        ),
    },
    {
      key: 'final',
      title: t('panel.aggregation.final'),
      render: (_, a) => (
        <FinalEditor
          key={editorKey(a)}
          assessmentId={assessmentId}
          item={a}
          label={labelOf(a)}
          scheme={scheme}
          readOnly={readOnly}
          onSaved={onSaved}
        />
      ),
    },
  ];

  return (
    <Table<AggregatedRow>
      size="small"
      bordered
      rowKey={rowKey}
      pagination={false}
      dataSource={panel.aggregation}
      columns={columns}
      scroll={{ x: 'max-content' }}
      rowClassName={(a) => (a.divergent ? 'panel-divergent-row' : '')}
      locale={{ emptyText: t('panel.aggregation.empty') }}
    />
  );
}
