import { App, Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import type { PanelView } from './usePanel';

/** Offers a second round while divergent items exist in round 1; explains round 2 once started. */
export function SecondRound({ assessmentId, panel, readOnly, onPanel }: { assessmentId: string; panel: PanelView; readOnly: boolean; onPanel: (p: PanelView) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const divergent = panel.aggregation.filter((a) => a.divergent).length;

  if (panel.state.round > 1) return <Alert type="info" showIcon data-testid="round2-active" title={t('panel.round2.active')} />;
  if (divergent === 0 || readOnly) return null;

  function start() {
    modal.confirm({
      title: t('panel.round2.confirmTitle'),
      content: t('panel.round2.confirmBody'),
      okText: t('panel.round2.ok'),
      cancelText: t('panel.round2.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          onPanel(await call('panel/second-round', { id: assessmentId }));
          void message.success(t('panel.round2.started'));
        } catch (err) {
          void message.error(describeError(t, err));
        } finally {
          setBusy(false);
        }
      },
    });
  }

  return (
    <Alert
      type="warning"
      showIcon
      title={t('panel.round2.hint', { count: divergent })}
      action={
        <Button size="small" loading={busy} onClick={start}>
          {t('panel.round2.button')}
        </Button>
      }
    />
  );
}
