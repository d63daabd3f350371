import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowViewOut } from '../../../shared/workflow/workflow-contract';
import { call } from '../api/client';
import { describeError } from '../errors';
import { useWorkflowRefresh } from '../panel/workflow-refresh';
import { ReportButton } from './ReportButton';

const DATE_FORMAT = 'YYYY-MM-DD';
type Role = 'leader' | 'approver';
type Values = Record<`${Role}Name` | `${Role}Comment`, string> & Record<`${Role}Date`, Dayjs>;

/**
 * The two signatures (group leader, approver) and 签发: enabled when the conclusion is complete,
 * confirmed in a dialog that explains the lock; then the workflow reloads as signed.
 */
export function SignForm({ view }: { view: WorkflowViewOut }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { flush, reload } = useWorkflowRefresh();
  const [form] = Form.useForm<Values>();
  const [signing, setSigning] = useState(false);
  const a = view.assessment;
  const problems = view.problems.conclusion ?? [];

  // The panel's leader signs for the panel: prefill the name if nobody typed one.
  useEffect(() => {
    let live = true;
    call('panel/get', { id: a.id })
      .then((p) => {
        const leader = p.members.find((m) => m.role === 'leader');
        if (live && leader && !form.getFieldValue('leaderName')) form.setFieldValue('leaderName', leader.name);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [a.id, form]);

  async function sign() {
    const v = await form.validateFields();
    await flush();
    modal.confirm({
      title: t('signoff.confirmTitle'),
      content: t('signoff.confirmBody', { version: a.version }),
      okText: t('signoff.confirmOk'),
      cancelText: t('signoff.cancel'),
      onOk: async () => {
        setSigning(true);
        try {
          const signer = (role: Role) => ({ name: v[`${role}Name`], date: v[`${role}Date`].format(DATE_FORMAT), comment: v[`${role}Comment`] ?? '' });
          const r = await call('signoff/sign', { id: a.id, leader: signer('leader'), approver: signer('approver') });
          void message.success(t('signoff.signedOk', { version: r.version }));
          await reload();
        } catch (err) {
          void message.error(describeError(t, err));
        } finally {
          setSigning(false);
        }
      },
    });
  }

  const signer = (role: Role) => {
    const label = t(`signoff.${role}`);
    return (
      <Col xs={24} md={12} key={role}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {label}
        </Typography.Title>
        <Form.Item
          name={`${role}Name`}
          label={t('signoff.name')}
          rules={[{ required: true, whitespace: true, message: t('signoff.nameRequired', { role: label }) }]}
        >
          <Input maxLength={100} aria-label={`${label}${t('signoff.name')}`} />
        </Form.Item>
        <Form.Item name={`${role}Date`} label={t('signoff.date')} rules={[{ required: true, message: t('signoff.dateRequired', { role: label }) }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} aria-label={`${label}${t('signoff.date')}`} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name={`${role}Comment`} label={t('signoff.comment')}>
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            aria-label={`${label}${t('signoff.comment')}`}
            placeholder={t(`signoff.${role}CommentPlaceholder`)}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <Card size="small" title={t('signoff.title')} data-testid="signoff-form">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('signoff.intro')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ leaderDate: dayjs(), approverDate: dayjs(), leaderName: '', approverName: '', leaderComment: '', approverComment: '' }}
        >
          <Row gutter={32}>{(['leader', 'approver'] as const).map(signer)}</Row>
        </Form>
        {problems.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('signoff.notReady')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <Space wrap>
            <ReportButton assessmentId={a.id} label={t('signoff.downloadDraft')} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('signoff.draftHint')}
            </Typography.Text>
          </Space>
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={signing} disabled={problems.length > 0} onClick={() => void sign().catch(() => {})}>
            {t('signoff.sign')}
          </Button>
        </Flex>
      </Space>
    </Card>
  );
}
