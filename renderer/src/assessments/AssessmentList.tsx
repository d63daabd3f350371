import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/assessment';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { describeError } from '../errors';
import { formatDateTime } from '../format';
import { navigate, routeHref } from '../routing';
import { AssessmentForm, type AssessmentFormValues } from './AssessmentForm';
import { useDeleteAssessment } from './useDeleteAssessment';

/** The register of assessments: search, create, open, delete. */
export function AssessmentList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<AssessmentFormValues>();
  const deleteAssessment = useDeleteAssessment();

  const fetchRows = useCallback(() => call('assessment/list', search ? { search } : {}), [search]);
  const { data: rows, loading, reload: load } = useLoaded<AssessmentSummary[]>(fetchRows, []);

  async function create() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const created = await call('assessment/create', values);
      void message.success(t('assessment.created', { title: created.title }));
      setCreating(false);
      form.resetFields();
      navigate({ name: 'assessment', id: created.id });
    } catch (err) {
      // The dialog stays open with everything typed, so nothing is lost on an error.
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessment.listTitle')}
        </Typography.Title>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('assessment.searchPlaceholder')}
            aria-label={t('assessment.searchPlaceholder')}
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 280 }}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('assessment.new')}
          </Button>
        </Space>
      </Flex>
      <Table<AssessmentSummary>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('assessment.empty')} /> }}
        columns={[
          {
            title: t('assessment.title'),
            dataIndex: 'title',
            render: (title: string, r) => <a href={routeHref({ name: 'assessment', id: r.id })}>{title}</a>,
          },
          { title: t('assessment.kind'), dataIndex: 'kind', width: 90, render: (k: string) => <Tag>{t(`kind.${k}`)}</Tag> },
          { title: t('assessment.department'), dataIndex: 'department' },
          {
            title: t('assessment.draftLength'),
            dataIndex: 'draftLength',
            width: 110,
            render: (n: number) => t('assessment.characters', { count: n }),
          },
          { title: t('assessment.updatedAt'), dataIndex: 'updatedAt', width: 160, render: formatDateTime },
          {
            title: t('assessment.actions'),
            key: 'actions',
            width: 90,
            // Signed work (now, or an earlier version) is kept: no delete for it.
            render: (_, r) =>
              r.status !== 'signed' &&
              r.version === 1 && (
                <Button
                  danger
                  type="link"
                  aria-label={`${t('assessment.delete')} ${r.title}`}
                  onClick={async () => {
                    if (await deleteAssessment(r)) await load();
                  }}
                >
                  {t('assessment.delete')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('assessment.createTitle')}
        okText={t('assessment.save')}
        cancelText={t('assessment.cancel')}
        confirmLoading={saving}
        onOk={create}
        onCancel={() => setCreating(false)}
        width={760}
        destroyOnHidden={false}
      >
        <AssessmentForm form={form} />
      </Modal>
    </Space>
  );
}
