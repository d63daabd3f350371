import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/assessment';
import { call } from '../../api/client';
import { AssessmentForm, type AssessmentFormValues } from '../../assessments/AssessmentForm';
import { RegistrationCard } from '../../assessments/RegistrationCard';
import { describeError } from '../../errors';
import { DraftSuggestions } from '../../evidence/DraftSuggestions';

/** 登记: the registration details (editable until sign-off) and what the evidence base suggests. */
export function RegistrationStage({
  assessment,
  readOnly,
  onUpdated,
}: {
  assessment: Assessment;
  readOnly: boolean;
  onUpdated: (a: Assessment) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<AssessmentFormValues>();

  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const updated = await call('assessment/update', { id: assessment.id, changes: values, expectedUpdatedAt: assessment.updatedAt });
      onUpdated(updated);
      setEditing(false);
      void message.success(t('assessment.saved'));
    } catch (err) {
      // The form stays open with everything typed.
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  if (editing) {
    return (
      <Card title={t('assessment.editTitle')}>
        <AssessmentForm form={form} initialValues={assessment} />
        <Space>
          <Button type="primary" loading={saving} onClick={save}>
            {t('assessment.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('assessment.cancel')}</Button>
        </Space>
      </Card>
    );
  }
  return (
    <Tabs
      defaultActiveKey="details"
      tabBarExtraContent={
        !readOnly && (
          <Button
            icon={<EditOutlined />}
            onClick={() => {
              form.setFieldsValue(assessment);
              setEditing(true);
            }}
          >
            {t('assessment.edit')}
          </Button>
        )
      }
      items={[
        { key: 'details', label: t('evidence.detailsTab'), children: <RegistrationCard assessment={assessment} /> },
        { key: 'suggestions', label: t('evidence.suggestionsTab'), children: <DraftSuggestions draftText={assessment.draftText} /> },
      ]}
    />
  );
}
