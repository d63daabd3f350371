import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CoverageCounts } from '../../../shared/register/coverage-contract';
import { formatShare } from '../../../shared/register/percent';

export interface CoverageRow {
  key: string;
  name: string;
  counts: CoverageCounts;
}

const COUNT_KEYS = ['total', 'submitted', 'inProgress', 'signed', 'notAssessed', 'exempt', 'base'] as const;

/**
 * The numbers behind a chart, one row per category, department or year, with a 合计 row: each
 * share sits beside the counts it is computed from, so it can be checked by hand. A row opens
 * its items.
 */
export function CoverageTable({
  rows,
  total,
  nameTitle,
  onOpen,
  testId,
}: {
  rows: CoverageRow[];
  /** The 合计 row (the overall counts), or null where a total would mislead (years). */
  total: CoverageCounts | null;
  nameTitle: string;
  onOpen?: (row: CoverageRow) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<CoverageRow> = [
    {
      title: nameTitle,
      dataIndex: 'name',
      render: (name: string, row) =>
        onOpen ? (
          <a
            role="button"
            onClick={(e) => {
              // The row opens it too; one opening per click.
              e.stopPropagation();
              onOpen(row);
            }}
          >
            {name}
          </a>
        ) : (
          name
        ),
    },
    ...COUNT_KEYS.map((k) => ({
      title: t(`coverage.table.${k}`),
      key: k,
      width: k === 'base' ? 96 : 80,
      align: 'right' as const,
      render: (_: unknown, row: CoverageRow) => row.counts[k],
    })),
    {
      title: t('coverage.table.share'),
      key: 'share',
      width: 90,
      align: 'right',
      render: (_, row) => <Typography.Text strong>{formatShare(row.counts.submitted, row.counts.base)}</Typography.Text>,
    },
  ];

  return (
    <Table<CoverageRow>
      size="small"
      rowKey="key"
      data-testid={testId}
      dataSource={rows}
      columns={columns}
      pagination={false}
      onRow={onOpen ? (row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } }) : undefined}
      summary={
        total
          ? () => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('coverage.table.sum')}</Typography.Text>
                </Table.Summary.Cell>
                {COUNT_KEYS.map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 1} align="right">
                    {total[k]}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={COUNT_KEYS.length + 1} align="right">
                  <Typography.Text strong>{formatShare(total.submitted, total.base)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          : undefined
      }
    />
  );
}
