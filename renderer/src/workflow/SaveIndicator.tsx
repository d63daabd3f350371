import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosave';

/** Tells the user, always, whether what they typed is saved. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return (
        <Typography.Text type="secondary" role="status">
          <LoadingOutlined /> {t('workflow.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" role="status">
          <CheckCircleOutlined /> {t('workflow.savedAt', { time: dayjs(state.at).format('HH:mm:ss') })}
        </Typography.Text>
      );
    case 'error':
      return (
        <Typography.Text type="danger" role="alert" title={state.message}>
          <ExclamationCircleOutlined /> {t('workflow.saveFailed')}
        </Typography.Text>
      );
  }
}
