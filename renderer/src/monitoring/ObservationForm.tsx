import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ObservationDraft {
  observedOn: string;
  value: string;
  note: string;
}

/** 登记监测值: the date (today by default, never later), the value as the source prints it, a note. */
export function ObservationForm({ name, onSubmit }: { name: string; onSubmit: (draft: ObservationDraft) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ observedOn: Dayjs; value: string; note: string }>();
  const [saving, setSaving] = useState(false);

  async function submit(values: { observedOn: Dayjs; value: string; note?: string }) {
    setSaving(true);
    try {
      const ok = await onSubmit({ observedOn: values.observedOn.format('YYYY-MM-DD'), value: values.value.trim(), note: (values.note ?? '').trim() });
      if (ok) form.setFieldsValue({ value: '', note: '' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} layout="inline" initialValues={{ observedOn: dayjs(), value: '', note: '' }} onFinish={(v) => void submit(v)} style={{ rowGap: 8 }}>
      <Form.Item name="observedOn" rules={[{ required: true, message: t('monitoring.followUp.dateRequired') }]}>
        <DatePicker
          allowClear={false}
          aria-label={`${name} ${t('monitoring.followUp.date')}`}
          placeholder={t('monitoring.followUp.date')}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item name="value" rules={[{ required: true, whitespace: true, message: t('monitoring.followUp.valueRequired') }]}>
        <Input aria-label={`${name} ${t('monitoring.followUp.value')}`} placeholder={t('monitoring.followUp.valuePlaceholder')} maxLength={100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note">
        <Input aria-label={`${name} ${t('monitoring.followUp.note')}`} placeholder={t('monitoring.followUp.notePlaceholder')} maxLength={2000} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('monitoring.followUp.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
