import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { describeError } from '../errors';

/** Asks for confirmation, then deletes; resolves true only when the record is gone. */
export function useDeleteAssessment(): (a: { id: string; title: string }) => Promise<boolean> {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  return (a) =>
    new Promise((resolve) => {
      modal.confirm({
        title: t('assessment.confirmDeleteTitle'),
        content: t('assessment.confirmDeleteBody', { title: a.title }),
        okText: t('assessment.confirmDeleteOk'),
        okButtonProps: { danger: true },
        cancelText: t('assessment.cancel'),
        onOk: async () => {
          try {
            await call('assessment/delete', { id: a.id });
            void message.success(t('assessment.deleted', { title: a.title }));
            resolve(true);
          } catch (err) {
            void message.error(describeError(t, err));
            resolve(false);
          }
        },
        onCancel: () => resolve(false),
      });
    });
}
