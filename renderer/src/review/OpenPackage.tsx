import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../files/FilePicker';
import { call } from '../api/client';
import { describeError } from '../errors';
import { PACKAGE_ACCEPT } from '../panel/files';
import type { ReviewTask } from './review-model';

/** 打开评审包: the chosen .hiapkg request is checked and kept as a task in this computer's database. */
export function OpenPackage({ onOpened, onError }: { onOpened: (task: ReviewTask) => void; onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function open(file: File) {
    setBusy(true);
    onError(null);
    try {
      const task = await call('review/open', { content: await file.text() });
      void message.success(t('review.opened', { title: task.request.content.title }));
      onOpened(task);
    } catch (err) {
      onError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FilePicker accept={PACKAGE_ACCEPT} onFile={open}>
      <Button type="primary" icon={<FolderOpenOutlined />} loading={busy}>
        {t('review.open')}
      </Button>
    </FilePicker>
  );
}
