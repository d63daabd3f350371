import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/assessment';
import { ApiError, call } from '../api/client';
import { describeError } from '../errors';
import { formatDateTime } from '../format';
import { navigate } from '../routing';
import { AssessmentForm, type AssessmentFormValues } from './AssessmentForm';
import { useDeleteAssessment } from './useDeleteAssessment';

/** One assessment: its registration details, editable until later stages exist. */
export function AssessmentDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<AssessmentFormValues>();
  const deleteAssessment = useDeleteAssessment();

  const load = useCallback(async () => {
    try {
      setAssessment(await call('assessment/get', { id }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  async function save() {
    if (!assessment) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const updated = await call('assessment/update', {
        id,
        changes: values,
        expectedUpdatedAt: assessment.updatedAt,
      });
      setAssessment(updated);
      setEditing(false);
      void message.success(t('assessment.saved'));
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate({ name: 'list' })}>
      {t('assessment.back')}
    </Button>
  );

  if (error) {
    const notFound = error instanceof ApiError && error.payload.code === 'NOT_FOUND';
    return <Result status={notFound ? '404' : 'error'} title={describeError(t, error)} extra={back} />;
  }
  if (!assessment) return <Spin size="large" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Space>
          {back}
          <Typography.Title level={3} style={{ margin: 0 }}>
            {assessment.title}
          </Typography.Title>
        </Space>
        {!editing && (
          <Space>
            <Button
              icon={<EditOutlined />}
              onClick={() => {
                form.setFieldsValue(assessment);
                setEditing(true);
              }}
            >
              {t('assessment.edit')}
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={async () => {
                if (await deleteAssessment(assessment)) navigate({ name: 'list' });
              }}
            >
              {t('assessment.delete')}
            </Button>
          </Space>
        )}
      </Flex>
      {editing ? (
        <Card title={t('assessment.editTitle')}>
          <AssessmentForm form={form} initialValues={assessment} />
          <Space>
            <Button type="primary" loading={saving} onClick={save}>
              {t('assessment.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('assessment.cancel')}</Button>
          </Space>
        </Card>
      ) : (
        <Card>
          <Descriptions column={2} bordered size="middle">
            <Descriptions.Item label={t('assessment.kind')}>{t(`kind.${assessment.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('assessment.department')}>{assessment.department}</Descriptions.Item>
            <Descriptions.Item label={t('assessment.contact')}>{assessment.contact || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('assessment.createdAt')}>{formatDateTime(assessment.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('assessment.updatedAt')}>{formatDateTime(assessment.updatedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('assessment.draftLength')}>
              {t('assessment.characters', { count: assessment.draftText.length })}
            </Descriptions.Item>
            <Descriptions.Item label={t('assessment.draftText')} span={2}>
              {/* User text is rendered as text, never as HTML. */}
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto', margin: 0 }}>
                {assessment.draftText || '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
