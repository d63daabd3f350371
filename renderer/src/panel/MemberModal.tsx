import { App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import type { Member, PanelView } from './usePanel';

interface Values {
  name: string;
  organisation: string;
  field: string;
  role: Member['role'];
}

/** Adds or edits a panel member. Only one leader: the option is off while another member leads. */
export function MemberModal({
  assessmentId,
  open,
  member,
  members,
  onClose,
  onSaved,
}: {
  assessmentId: string;
  open: boolean;
  /** null to add a member. */
  member: Member | null;
  members: Member[];
  onClose: () => void;
  onSaved: (panel: PanelView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const otherLeader = members.find((m) => m.role === 'leader' && m.id !== member?.id);

  const initial: Values = member
    ? { name: member.name, organisation: member.organisation, field: member.field, role: member.role }
    : { name: '', organisation: '', field: '', role: otherLeader ? 'member' : 'leader' };

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const panel = await call('panel/save-member', { id: assessmentId, member: { ...values, ...(member ? { id: member.id } : {}) } });
      setSaving(false);
      void message.success(t('panel.members.saved', { name: values.name.trim() }));
      onSaved(panel);
      onClose();
    } catch (err) {
      setSaving(false);
      void message.error(describeError(t, err));
    }
  }

  return (
    <Modal
      open={open}
      title={member ? t('panel.members.editTitle') : t('panel.members.addTitle')}
      okText={t('panel.members.save')}
      cancelText={t('panel.members.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      // A fresh form and footer each time: a closing modal keeps its last content (spinner included).
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={initial}>
        <Form.Item name="name" label={t('panel.members.name')} rules={[{ required: true, whitespace: true, message: t('panel.members.nameRequired') }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="organisation" label={t('panel.members.organisation')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="field" label={t('panel.members.field')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('panel.members.role')}
          extra={otherLeader ? t('panel.members.leaderTaken', { name: otherLeader.name }) : undefined}
        >
          <Radio.Group
            options={[
              { value: 'leader', label: t('panel.members.roles.leader'), disabled: !!otherLeader },
              { value: 'member', label: t('panel.members.roles.member') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
