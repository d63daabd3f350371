import { Drawer, Flex, Table, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterFilter, RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { StatusCell } from '../register/StatusCell';
import { countCoverage } from '../../../shared/register/coverage';
import { formatShare } from '../../../shared/register/percent';

/** A bar or table row opened: which items it counts. */
export interface Drill {
  title: string;
  filter: RegisterFilter;
}

/**
 * The items behind one number of the dashboard, from the register itself (register/list with
 * the same year and category or department), recounted here so the two can be compared.
 */
export function DrillDownDrawer({ drill, exemptInDenominator, onClose }: { drill: Drill | null; exemptInDenominator: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fetchItems = useCallback(() => (drill ? call('register/list', drill.filter) : Promise.resolve([])), [drill]);
  const { data: items, loading } = useLoaded<RegisterItem[]>(fetchItems, []);
  const c = countCoverage(items, exemptInDenominator);

  return (
    <Drawer open={drill !== null} title={drill?.title} size={960} onClose={onClose} destroyOnHidden>
      <Flex vertical gap={12}>
        <Typography.Text data-testid="drill-count">
          {t('coverage.drill.count', { ...c, share: formatShare(c.submitted, c.base) })}
        </Typography.Text>
        <Table<RegisterItem>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={items}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: t('register.fields.title'), dataIndex: 'title' },
            { title: t('register.fields.category'), dataIndex: 'category', width: 176, render: (v: string) => t(`register.categories.${v}`) },
            { title: t('register.fields.department'), dataIndex: 'department', width: 170 },
            { title: t('register.fields.year'), dataIndex: 'year', width: 64 },
            { title: t('register.fields.status'), key: 'status', width: 110, render: (_, item) => <StatusCell item={item} /> },
          ]}
        />
      </Flex>
    </Drawer>
  );
}
