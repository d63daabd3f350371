import { EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import { useWorkflowRefresh } from '../panel/workflow-refresh';

/** 新建修订版本: unlocks the assessment as version n+1 (version n stays signed), with a reason. */
export function ReopenButton({ assessmentId, version }: { assessmentId: string; version: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { reload } = useWorkflowRefresh();
  const [open, setOpen] = useState(false);
  // A new modal (and form) per opening.
  const [session, setSession] = useState(0);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  async function reopen() {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      const r = await call('signoff/reopen', { id: assessmentId, reason });
      setBusy(false);
      setOpen(false);
      void message.success(t('signoff.reopen.done', { version: r.version }));
      await reload();
    } catch (err) {
      setBusy(false);
      void message.error(describeError(t, err));
    }
  }

  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => (setSession((n) => n + 1), setOpen(true))}>
        {t('signoff.reopen.button')}
      </Button>
      <Modal
        key={session}
        open={open}
        title={t('signoff.reopen.title')}
        okText={t('signoff.reopen.ok')}
        cancelText={t('signoff.cancel')}
        confirmLoading={busy}
        onOk={() => void reopen().catch(() => {})}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('signoff.reopen.body', { version, next: version + 1 })}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('signoff.reopen.reason')} rules={[{ required: true, whitespace: true, message: t('signoff.reopen.reasonRequired') }]}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('signoff.reopen.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
