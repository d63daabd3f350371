import { App, Card, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import type { PanelView } from './usePanel';

/** 专家组意见: the panel's consolidated opinion, saved when the field loses focus. */
export function OpinionCard({ assessmentId, panel, readOnly, onPanel }: { assessmentId: string; panel: PanelView; readOnly: boolean; onPanel: (p: PanelView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stored = panel.state.opinion;
  const [text, setText] = useState(stored);
  useEffect(() => setText(stored), [stored]);

  async function save() {
    if (text === stored) return;
    try {
      onPanel(await call('panel/save-opinion', { id: assessmentId, opinion: text }));
      void message.success(t('panel.opinion.saved'));
    } catch (err) {
      void message.error(describeError(t, err));
    }
  }

  return (
    <Card size="small" title={<label htmlFor="panel-opinion">{t('panel.opinion.title')}</label>}>
      <Input.TextArea
        id="panel-opinion"
        aria-label={t('panel.opinion.title')}
        value={text}
        disabled={readOnly}
        maxLength={20000}
        autoSize={{ minRows: 3, maxRows: 12 }}
        placeholder={t('panel.opinion.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
      />
    </Card>
  );
}
