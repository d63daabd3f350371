import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/assessment';
import { ApiError, call } from '../api/client';
import { describeError } from '../errors';
import { navigate } from '../routing';
import { DraftSuggestions } from '../evidence/DraftSuggestions';
import { RegistrationCard } from './RegistrationCard';
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
        <Tabs
          defaultActiveKey="details"
          items={[
            { key: 'details', label: t('evidence.detailsTab'), children: <RegistrationCard assessment={assessment} /> },
            { key: 'suggestions', label: t('evidence.suggestionsTab'), children: <DraftSuggestions draftText={assessment.draftText} /> },
          ]}
        />
      )}
    </Space>
  );
}
