import { App, Empty, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/assessment';
import type { RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { describeError } from '../errors';

/** Links an item to one of the assessments no register item links to yet. */
export function LinkAssessmentModal({
  item,
  candidates,
  onLinked,
  onCancel,
}: {
  item: RegisterItem | null;
  candidates: AssessmentSummary[];
  onLinked: () => unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function close() {
    setChosen(null);
    onCancel();
  }

  async function link() {
    if (!item || !chosen) return;
    setSaving(true);
    try {
      const linked = await call('register/link', { id: item.id, assessmentId: chosen });
      void message.success(t('register.messages.linked', { number: linked.assessment?.number ?? '', title: linked.title }));
      setChosen(null);
      await onLinked();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={item !== null}
      title={t('register.link.title')}
      okText={t('register.link.ok')}
      cancelText={t('register.form.cancel')}
      okButtonProps={{ disabled: chosen === null }}
      confirmLoading={saving}
      onOk={link}
      onCancel={close}
      width={640}
    >
      <Typography.Paragraph>{t('register.link.hint', { title: item?.title ?? '' })}</Typography.Paragraph>
      {candidates.length === 0 ? (
        <Empty description={t('register.link.none')} />
      ) : (
        <Select
          aria-label={t('register.link.title')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('register.link.placeholder')}
          value={chosen}
          onChange={setChosen}
          options={candidates.map((a) => ({ value: a.id, label: t('register.link.option', { number: a.number, title: a.title, department: a.department }) }))}
        />
      )}
    </Modal>
  );
}
