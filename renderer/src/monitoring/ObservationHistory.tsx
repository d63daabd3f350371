import { Button, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueWithUnit } from '../../../shared/monitoring/format-value';
import type { Observation } from '../../../shared/monitoring/monitoring-contract';
import { formatDateTime } from '../format';

/** The values recorded for one indicator, newest first; removing one asks for the reason. */
export function ObservationHistory({
  observations,
  unit,
  onRemove,
}: {
  observations: Observation[];
  unit: string | null;
  onRemove: (observation: Observation, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Observation | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!removing || !reason.trim()) return;
    setBusy(true);
    try {
      if (await onRemove(removing, reason.trim())) {
        setRemoving(null);
        setReason('');
      }
    } finally {
      setBusy(false);
    }
  }

  if (observations.length === 0) return null;
  return (
    <>
      <Table<Observation>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="observation-history"
        dataSource={[...observations].reverse()}
        columns={[
          { key: 'date', title: t('monitoring.followUp.date'), width: 120, render: (_, o) => o.observedOn },
          { key: 'value', title: t('monitoring.followUp.value'), width: 140, render: (_, o) => valueWithUnit(o.value, unit) },
          { key: 'note', title: t('monitoring.followUp.note'), render: (_, o) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{o.note}</Typography.Text> },
          { key: 'recordedAt', title: t('monitoring.followUp.recordedAt'), width: 150, render: (_, o) => formatDateTime(o.recordedAt) },
          {
            key: 'remove',
            width: 70,
            render: (_, o) => (
              <Button size="small" type="link" danger onClick={() => setRemoving(o)}>
                {t('monitoring.followUp.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={removing !== null}
        title={t('monitoring.followUp.removeTitle')}
        okText={t('monitoring.followUp.remove')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy }}
        cancelText={t('monitoring.followUp.cancel')}
        onOk={() => void confirm()}
        onCancel={() => {
          setRemoving(null);
          setReason('');
        }}
        destroyOnHidden
      >
        {removing && (
          <Typography.Paragraph>{t('monitoring.followUp.removeBody', { date: removing.observedOn, value: valueWithUnit(removing.value, unit) })}</Typography.Paragraph>
        )}
        <Input.TextArea
          aria-label={t('monitoring.followUp.reason')}
          placeholder={t('monitoring.followUp.reasonRequired')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
