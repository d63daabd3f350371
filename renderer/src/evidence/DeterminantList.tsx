import { List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeterminantResult } from '../../../shared/evidence/search-result';

/** Ranked determinants with their category and the words that found them. */
export function DeterminantList({
  determinants,
  onSelect,
  selected,
}: {
  determinants: DeterminantResult[];
  onSelect?: (d: DeterminantResult) => void;
  selected?: string | null;
}) {
  const { t } = useTranslation();
  const top = Math.max(...determinants.map((d) => d.score), 1);
  return (
    <List
      size="small"
      dataSource={determinants}
      locale={{ emptyText: t('evidence.noDeterminants') }}
      renderItem={(d) => (
        <List.Item
          data-testid="determinant"
          onClick={onSelect ? () => onSelect(d) : undefined}
          onKeyDown={onSelect ? (e) => (e.key === 'Enter' || e.key === ' ') && onSelect(d) : undefined}
          tabIndex={onSelect ? 0 : undefined}
          role={onSelect ? 'button' : undefined}
          style={{ cursor: onSelect ? 'pointer' : undefined, background: selected === d.id ? '#e6f4ff' : undefined }}
        >
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{d.name}</Typography.Text>
              <Tag bordered={false}>{d.category}</Tag>
            </Space>
            <Progress percent={Math.round((d.score / top) * 100)} showInfo={false} size="small" />
            {d.terms.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('evidence.matchedTerms')}：{d.terms.join('、')}
              </Typography.Text>
            )}
            {d.reasons.slice(0, 2).map((r) => (
              <Typography.Text key={r.pathway} type="secondary" style={{ fontSize: 12 }}>
                {t('evidence.inferred', { pathway: r.pathway, triggers: r.triggers.slice(0, 3).join('、') })}
                {r.reason}
              </Typography.Text>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
