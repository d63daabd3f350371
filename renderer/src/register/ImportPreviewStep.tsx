import { Alert, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRow } from '../../../shared/register/register';
import { inLanguage } from './bilingual';

/** The order fields are shown in, whatever the file's column order. */
const FIELD_ORDER = ['title', 'category', 'department', 'year', 'status', 'exemptReason', 'note', 'assessmentNumber'];
const fieldRank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);

/**
 * What the file will give before anything is written: which column feeds which field, which
 * columns are ignored, the counts, and every row with its errors (red, not imported) and
 * warnings (orange, imported).
 */
export function ImportPreviewStep({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const fields = useMemo(() => Object.keys(preview.columns).sort((a, b) => fieldRank(a) - fieldRank(b)), [preview.columns]);
  const rows = errorsOnly ? preview.rows.filter((r) => r.errors.length > 0) : preview.rows;
  const fieldName = (f: string) => t(`register.fields.${f}`, { defaultValue: f });
  const warned = preview.rows.filter((r) => r.errors.length === 0 && r.warnings.length > 0).length;

  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Text strong>{t('register.import.mapping')}</Typography.Text>
        <Flex wrap gap={6} style={{ marginTop: 6 }} data-testid="import-mapping">
          {fields.map((f) => (
            <Tag key={f} color="green">
              {t('register.import.mapsTo', { column: preview.columns[f], field: fieldName(f) })}
            </Tag>
          ))}
        </Flex>
      </div>
      <div>
        <Typography.Text strong>{t('register.import.ignored')}</Typography.Text>{' '}
        {preview.ignoredColumns.length === 0 ? (
          <Typography.Text type="secondary">{t('register.import.noIgnored')}</Typography.Text>
        ) : (
          preview.ignoredColumns.map((c) => <Tag key={c}>{c}</Tag>)
        )}
      </div>
      <Alert
        type={preview.invalid > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="import-counts"
        title={t('register.import.counts', { total: preview.rows.length, valid: preview.valid, invalid: preview.invalid })}
        description={warned > 0 ? t('register.import.warnedRows', { count: warned }) : undefined}
      />
      <Checkbox checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)}>
        {t('register.import.errorsOnly')}
      </Checkbox>
      <Table<ImportRow>
        size="small"
        rowKey="row"
        data-testid="import-preview-table"
        dataSource={rows}
        scroll={{ x: 'max-content', y: 360 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            title: t('register.import.row'),
            dataIndex: 'row',
            width: 64,
            fixed: 'left',
            // Rows that will not be imported stand out by their number too.
            render: (n: number, r: ImportRow) => (r.errors.length > 0 ? <Typography.Text type="danger" strong>{n}</Typography.Text> : n),
          },
          // The problems next to the row number: the cells may scroll sideways, the reasons never.
          {
            title: t('register.import.problems'),
            key: 'problems',
            width: 320,
            render: (_: unknown, r: ImportRow) => <RowProblems row={r} />,
          },
          ...fields.map((f) => ({
            title: fieldName(f),
            key: f,
            render: (_: unknown, r: ImportRow) => <span style={{ whiteSpace: 'nowrap' }}>{r.cells[f] ?? ''}</span>,
          })),
        ]}
      />
    </Flex>
  );
}

function RowProblems({ row }: { row: ImportRow }) {
  const { i18n } = useTranslation();
  return (
    <Flex vertical gap={2} style={{ width: 300 }}>
      {row.errors.map((e) => (
        <Typography.Text key={`e-${e}`} type="danger" data-kind="error">
          {inLanguage(e, i18n.language)}
        </Typography.Text>
      ))}
      {row.warnings.map((w) => (
        <Typography.Text key={`w-${w}`} type="warning" data-kind="warning">
          {inLanguage(w, i18n.language)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
