import { Alert, App, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/assessment';
import { REGISTER_CATEGORIES, REGISTER_LIMITS, REGISTER_STATUSES, type RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { describeError } from '../errors';
import { fieldsOf, type RegisterFormValues } from './register-form';

/** What the form is opened for: a new item, an existing one, or an assessment to record. */
export interface FormTarget {
  values: RegisterFormValues;
  item: RegisterItem | null;
  /** Linked to the saved item afterwards (register/save, then register/link). */
  linkTo: AssessmentSummary | null;
}

/**
 * Add or edit one register item in a dialog. The rules mirror the shared schema (limits, an
 * exemption needs a reason) so the form says what is wrong before anything is sent.
 */
export function RegisterItemForm({
  target,
  departments,
  onSaved,
  onCancel,
}: {
  target: FormTarget | null;
  /** Departments already in the register, offered while typing so names stay consistent. */
  departments: string[];
  onSaved: (item: RegisterItem) => unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterFormValues>();
  const [saving, setSaving] = useState(false);
  // An item created in this opening whose link then failed: a retry updates it, never adds a twin.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const status = Form.useWatch('status', form);
  const locked = target?.item?.assessment ?? null;

  // The dialog's form stays mounted (forceRender) and is refilled for each opening, so an
  // earlier item's values or errors never show through.
  useEffect(() => {
    if (!target) return;
    setCreatedId(null);
    form.resetFields();
    form.setFieldsValue(target.values);
  }, [form, target]);

  const required = (field: string) => ({ required: true, whitespace: true, message: t('assessment.required', { field }) });
  const maxLength = (field: string, max: number) => ({ max, message: t('assessment.tooLong', { field, max }) });

  async function save() {
    if (!target) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const id = target.item?.id ?? createdId;
      // Saving and linking are one transaction in the core: a refused link saves nothing.
      const item = await call('register/save', { ...(id ? { id } : {}), fields: fieldsOf(values), ...(target.linkTo ? { linkTo: target.linkTo.id } : {}) });
      setCreatedId(item.id);
      void message.success(t('register.messages.saved', { title: item.title }));
      await onSaved(item);
    } catch (err) {
      // The dialog stays open with everything typed, so nothing is lost on an error.
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={target !== null}
      title={t(target?.item ? 'register.form.editTitle' : 'register.form.addTitle')}
      okText={t('register.form.save')}
      cancelText={t('register.form.cancel')}
      confirmLoading={saving}
      onOk={save}
      onCancel={onCancel}
      width={640}
      forceRender
    >
      {target?.linkTo && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('register.form.linkAfterSave', { number: target.linkTo.number, title: target.linkTo.title })}
        />
      )}
      <Form form={form} layout="vertical" name="register-item">
        <Form.Item
          name="title"
          label={t('register.fields.title')}
          rules={[required(t('register.fields.title')), maxLength(t('register.fields.title'), REGISTER_LIMITS.title)]}
        >
          <Input maxLength={REGISTER_LIMITS.title} autoFocus />
        </Form.Item>
        <Form.Item name="category" label={t('register.fields.category')} rules={[{ required: true, message: t('assessment.required', { field: t('register.fields.category') }) }]}>
          <Select options={REGISTER_CATEGORIES.map((c) => ({ value: c, label: t(`register.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="department"
          label={t('register.fields.department')}
          rules={[required(t('register.fields.department')), maxLength(t('register.fields.department'), REGISTER_LIMITS.department)]}
        >
          <AutoComplete
            options={departments.map((d) => ({ value: d }))}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            maxLength={REGISTER_LIMITS.department}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('register.fields.year')}
          rules={[
            { required: true, message: t('assessment.required', { field: t('register.fields.year') }) },
            {
              type: 'integer',
              min: REGISTER_LIMITS.minYear,
              max: REGISTER_LIMITS.maxYear,
              message: t('register.form.yearRange', { min: REGISTER_LIMITS.minYear, max: REGISTER_LIMITS.maxYear }),
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('register.fields.status')}
          extra={locked ? t('register.form.statusLocked', { number: locked.number }) : undefined}
        >
          <Radio.Group
            disabled={locked !== null}
            optionType="button"
            buttonStyle="solid"
            options={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`register.statuses.${s}`) }))}
          />
        </Form.Item>
        {status === 'exempt' && (
          <Form.Item
            name="exemptReason"
            label={t('register.fields.exemptReason')}
            rules={[
              { required: true, whitespace: true, message: t('register.form.exemptReasonRequired') },
              maxLength(t('register.fields.exemptReason'), REGISTER_LIMITS.reason),
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={REGISTER_LIMITS.reason} placeholder={t('register.form.exemptReasonPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('register.fields.note')} rules={[maxLength(t('register.fields.note'), REGISTER_LIMITS.note)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={REGISTER_LIMITS.note} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
