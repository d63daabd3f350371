import { Result, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/register/register';
import { inLanguage } from './bilingual';

/** What the import did: imported, skipped, and the rejected rows with their reasons. */
export function ImportResultStep({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Result
        status={result.rejected.length > 0 || result.skipped > 0 ? 'warning' : 'success'}
        title={t('register.import.imported', { count: result.imported })}
        subTitle={result.skipped > 0 ? t('register.import.resultDetail', { count: result.skipped }) : undefined}
        style={{ padding: '16px 0' }}
      />
      {result.rejected.length > 0 && (
        <>
          <Typography.Text strong>{t('register.import.rejectedList')}</Typography.Text>
          <Table
            size="small"
            rowKey="row"
            data-testid="import-rejected"
            dataSource={result.rejected}
            pagination={false}
            scroll={{ y: 280 }}
            columns={[
              { title: t('register.import.row'), dataIndex: 'row', width: 72 },
              {
                title: t('register.import.problems'),
                key: 'errors',
                render: (_, r) => <Typography.Text type="danger">{r.errors.map((e) => inLanguage(e, i18n.language)).join('；')}</Typography.Text>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
