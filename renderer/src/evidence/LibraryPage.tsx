import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../files/FilePicker';
import type { EvidenceDocument } from '../../../shared/evidence/evidence-contract';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { describeError } from '../errors';
import { fileToBase64, IMPORT_ACCEPT } from '../files/file-to-base64';
import { formatDateTime } from '../format';

/** 证据库: the seed documents and the user's own imports (TXT/GBK, Markdown, DOCX, PDF). */
export function LibraryPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [importing, setImporting] = useState<string | null>(null);

  const fetchDocs = useCallback(() => call('evidence/documents', {}), []);
  const { data: docs, loading, reload: load } = useLoaded<EvidenceDocument[]>(fetchDocs, []);

  async function importFile(file: File) {
    setImporting(file.name);
    try {
      const doc = await call('evidence/import', { fileName: file.name, dataBase64: await fileToBase64(file) });
      void message.success(t('library.imported', { title: doc.title, count: doc.passageCount }));
      await load();
    } catch (err) {
      // Nothing was added: the import is one transaction.
      void message.error({ content: describeError(t, err), duration: 8 });
    } finally {
      setImporting(null);
    }
  }

  function remove(doc: EvidenceDocument) {
    modal.confirm({
      title: t('library.confirmRemove'),
      content: t('library.confirmRemoveBody', { title: doc.title }),
      okText: t('assessment.delete'),
      okButtonProps: { danger: true },
      cancelText: t('assessment.cancel'),
      onOk: async () => {
        try {
          await call('evidence/remove', { id: doc.id });
          void message.success(t('library.removed', { title: doc.title }));
          await load();
        } catch (err) {
          void message.error(describeError(t, err));
        }
      },
    });
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('library.title')}
        </Typography.Title>
        <FilePicker accept={IMPORT_ACCEPT} onFile={importFile}>
          <Button type="primary" icon={<UploadOutlined />} loading={importing !== null}>
            {importing ? t('library.importing', { name: importing }) : t('library.import')}
          </Button>
        </FilePicker>
      </Flex>
      <Typography.Text type="secondary">{t('library.hint')}</Typography.Text>
      <Table<EvidenceDocument>
        rowKey="id"
        loading={loading}
        dataSource={docs}
        pagination={false}
        columns={[
          { title: t('library.docTitle'), dataIndex: 'title' },
          {
            title: t('library.origin'),
            dataIndex: 'origin',
            width: 90,
            render: (o: string) => <Tag color={o === 'seed' ? 'blue' : 'green'}>{t(o === 'seed' ? 'library.originSeed' : 'library.originImport')}</Tag>,
          },
          { title: t('library.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('library.passages'), dataIndex: 'passageCount', width: 90 },
          { title: t('library.added'), dataIndex: 'addedAt', width: 150, render: formatDateTime },
          {
            title: t('assessment.actions'),
            key: 'actions',
            width: 90,
            render: (_, d) =>
              d.origin === 'import' && (
                <Button danger type="link" icon={<DeleteOutlined />} aria-label={`${t('assessment.delete')} ${d.title}`} onClick={() => remove(d)}>
                  {t('assessment.delete')}
                </Button>
              ),
          },
        ]}
      />
    </Space>
  );
}
