import { RightOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { TaskSummary } from './review-model';

/** The review tasks opened on this computer, most recently saved first; a click opens one. */
export function TaskList({ tasks, selected, onSelect }: { tasks: TaskSummary[]; selected: string | null; onSelect: (packageId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table<TaskSummary>
      size="small"
      rowKey="packageId"
      pagination={tasks.length > 8 ? { pageSize: 8, size: 'small' } : false}
      dataSource={tasks}
      locale={{ emptyText: t('review.empty') }}
      // The theme's selected-row colour is a dark grey-green with this primary: mark the row lightly instead.
      onRow={(r) => ({
        onClick: () => onSelect(r.packageId),
        'aria-selected': r.packageId === selected,
        style: { cursor: 'pointer', background: r.packageId === selected ? '#e6f2ec' : undefined },
      })}
      columns={[
        {
          key: 'title',
          title: t('review.columns.title'),
          render: (_, r) => (
            <Typography.Text strong={r.packageId === selected}>
              {r.packageId === selected && <RightOutlined style={{ marginInlineEnd: 6, fontSize: 11 }} />}
              {r.title}
            </Typography.Text>
          ),
        },
        { key: 'number', title: t('review.columns.number'), dataIndex: 'assessmentNumber', width: 130 },
        { key: 'member', title: t('review.columns.member'), dataIndex: 'member', width: 110 },
        { key: 'round', title: t('review.columns.round'), width: 80, render: (_, r) => <Tag>{t('review.round', { round: r.round })}</Tag> },
        { key: 'updated', title: t('review.columns.updatedAt'), width: 150, render: (_, r) => formatDateTime(r.updatedAt) },
      ]}
    />
  );
}
