import { UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../files/FilePicker';
import { call } from '../api/client';
import { describeError } from '../errors';
import { PACKAGE_ACCEPT } from './files';
import type { PanelView } from './usePanel';

/**
 * 导入专家评审结果: reads the chosen .hiapkg as text and hands it to the core, which checks it
 * completely before writing anything. A refusal goes to `onError` to stay on screen.
 */
export function ImportResponse({
  assessmentId,
  onImported,
  onError,
}: {
  assessmentId: string;
  onImported: (panel: PanelView) => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    onError(null);
    try {
      const r = await call('panel/import-response', { id: assessmentId, content: await file.text() });
      void message.success(t('panel.import.done', { member: r.member, count: r.ratings }));
      onImported(await call('panel/get', { id: assessmentId }));
    } catch (err) {
      onError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FilePicker accept={PACKAGE_ACCEPT} onFile={importFile}>
      <Button size="small" type="primary" icon={<UploadOutlined />} loading={busy} title={t('panel.import.hint')}>
        {t('panel.import.button')}
      </Button>
    </FilePicker>
  );
}
