import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';
import { downloadBase64 } from '../files/download';

/** Builds the Word report (signed version, or a draft before sign-off) and downloads it. */
export function ReportButton({
  assessmentId,
  version,
  label,
  primary = false,
  size,
}: {
  assessmentId: string;
  /** A signed version; omitted: the latest signed version, or a draft if never signed. */
  version?: number;
  label: string;
  primary?: boolean;
  size?: 'small';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const r = await call('report/build', version === undefined ? { id: assessmentId } : { id: assessmentId, version });
      downloadBase64(r.fileName, r.dataBase64);
      void message.success(t('signoff.downloaded', { file: r.fileName }));
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button type={primary ? 'primary' : 'default'} size={size} icon={<FileWordOutlined />} loading={busy} onClick={() => void download()}>
      {label}
    </Button>
  );
}
