import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterItem } from '../../../shared/register/register';
import { StatusCell } from './StatusCell';

export interface RegisterRowActions {
  onEdit: (item: RegisterItem) => void;
  onDelete: (item: RegisterItem) => void;
  onStart: (item: RegisterItem) => void;
  onLink: (item: RegisterItem) => void;
  onUnlink: (item: RegisterItem) => void;
}

/** The register's items with their per-row actions; filtering happens in the core. */
export function RegisterTable({
  items,
  loading,
  filtered,
  actions,
}: {
  items: RegisterItem[];
  loading: boolean;
  /** Whether a filter is set, to say "nothing matches" rather than "the register is empty". */
  filtered: boolean;
  actions: RegisterRowActions;
}) {
  const { t } = useTranslation();

  return (
    <Table<RegisterItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      data-testid="register-table"
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        hideOnSinglePage: false,
        showTotal: (total, [from, to]) => t('register.table.range', { from, to, total }),
      }}
      locale={{ emptyText: <Empty description={t(filtered ? 'register.table.emptyFiltered' : 'register.table.empty')} /> }}
      columns={[
        { title: t('register.fields.title'), dataIndex: 'title', render: (title: string) => <Typography.Text>{title}</Typography.Text> },
        { title: t('register.fields.category'), dataIndex: 'category', width: 176, render: (c: string) => t(`register.categories.${c}`) },
        { title: t('register.fields.department'), dataIndex: 'department', width: 150 },
        { title: t('register.fields.year'), dataIndex: 'year', width: 72 },
        { title: t('register.fields.status'), key: 'status', width: 118, render: (_, item) => <StatusCell item={item} /> },
        {
          title: t('register.fields.note'),
          dataIndex: 'note',
          width: 140,
          ellipsis: { showTitle: true },
        },
        {
          title: t('register.fields.actions'),
          key: 'actions',
          width: 220,
          render: (_, item) => <RowActions item={item} actions={actions} />,
        },
      ]}
    />
  );
}

/** 编辑 and 发起评价 at hand; linking, unlinking and deleting one click further away. */
function RowActions({ item, actions }: { item: RegisterItem; actions: RegisterRowActions }) {
  const { t } = useTranslation();
  const label = (action: string) => `${action} ${item.title}`;
  // 发起评价 is the next step for an item not assessed yet; for one recorded as assessed
  // elsewhere (评价中/已签发 on paper) it is still possible, from the menu.
  const startable = !item.assessment && item.status !== 'exempt';
  const startAtHand = startable && item.status === 'not-assessed';
  return (
    <Space size={0}>
      <Button type="link" size="small" aria-label={label(t('register.actions.edit'))} onClick={() => actions.onEdit(item)}>
        {t('register.actions.edit')}
      </Button>
      {startAtHand && (
        <Button type="link" size="small" aria-label={label(t('register.actions.start'))} onClick={() => actions.onStart(item)}>
          {t('register.actions.start')}
        </Button>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(startable && !startAtHand ? [{ key: 'start', label: t('register.actions.start'), onClick: () => actions.onStart(item) }] : []),
            item.assessment
              ? { key: 'unlink', label: t('register.actions.unlink'), onClick: () => actions.onUnlink(item) }
              : { key: 'link', label: t('register.actions.link'), onClick: () => actions.onLink(item) },
            { type: 'divider' },
            { key: 'delete', danger: true, label: t('register.actions.delete'), onClick: () => actions.onDelete(item) },
          ],
        }}
      >
        <Button type="link" size="small" aria-label={label(t('register.actions.more'))}>
          {t('register.actions.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
