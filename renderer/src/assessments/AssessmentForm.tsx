import { Form, Input, Radio } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_KINDS, LIMITS, type AssessmentFieldsInput } from '../../../shared/assessment';
import { DraftImportButton } from './DraftImportButton';

export type AssessmentFormValues = Required<AssessmentFieldsInput>;

/**
 * The registration fields (登记). The limits come from the shared schema, so the form refuses
 * what the core would refuse and says why before anything is sent.
 */
export function AssessmentForm({
  form,
  initialValues,
}: {
  form: FormInstance<AssessmentFormValues>;
  initialValues?: Partial<AssessmentFormValues>;
}) {
  const { t } = useTranslation();
  const requiredRule = (field: string) => ({ required: true, whitespace: true, message: t('assessment.required', { field }) });
  const maxRule = (field: string, max: number) => ({ max, message: t('assessment.tooLong', { field, max }) });

  return (
    <Form
      form={form}
      layout="vertical"
      name="assessment"
      initialValues={{ kind: 'policy', contact: '', draftText: '', ...initialValues }}
    >
      <Form.Item
        name="title"
        label={t('assessment.title')}
        rules={[requiredRule(t('assessment.title')), maxRule(t('assessment.title'), LIMITS.title)]}
      >
        <Input maxLength={LIMITS.title} autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t('assessment.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('assessment.department')}
        rules={[requiredRule(t('assessment.department')), maxRule(t('assessment.department'), LIMITS.department)]}
      >
        <Input maxLength={LIMITS.department} />
      </Form.Item>
      <Form.Item name="contact" label={t('assessment.contact')} rules={[maxRule(t('assessment.contact'), LIMITS.contact)]}>
        <Input maxLength={LIMITS.contact} />
      </Form.Item>
      <Form.Item
        name="draftText"
        label={t('assessment.draftText')}
        extra={t('assessment.draftTextHint')}
        rules={[maxRule(t('assessment.draftText'), LIMITS.draftText)]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 18 }} />
      </Form.Item>
      <Form.Item>
        <DraftImportButton
          current={() => form.getFieldValue('draftText') ?? ''}
          onText={(text) => form.setFieldsValue({ draftText: text })}
        />
      </Form.Item>
    </Form>
  );
}
