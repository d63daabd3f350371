import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { describeError } from '../errors';
import { navigate } from '../routing';
import type { RegisterRowActions } from './RegisterTable';

/**
 * The table's actions that talk to the core: delete and unlink (after confirming: neither
 * touches the assessment itself) and 发起评价 (then open the new assessment). Editing and
 * linking open dialogs, which the page owns.
 */
export function useRowActions({
  reload,
  onEdit,
  onLink,
}: {
  reload: () => Promise<unknown>;
  onEdit: (item: RegisterItem) => void;
  onLink: (item: RegisterItem) => void;
}): RegisterRowActions {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();

  async function run(work: () => Promise<string>) {
    try {
      void message.success(await work());
      await reload();
    } catch (err) {
      void message.error(describeError(t, err));
    }
  }

  return {
    onEdit,
    onLink,
    onDelete: (item) =>
      modal.confirm({
        title: t('register.confirmDelete.title'),
        content: [
          t('register.confirmDelete.body', { title: item.title }),
          item.assessment ? t('register.confirmDelete.keepsAssessment', { number: item.assessment.number }) : t('register.confirmDelete.noAssessment'),
        ].join(' '),
        okText: t('register.confirmDelete.ok'),
        okButtonProps: { danger: true },
        cancelText: t('register.form.cancel'),
        onOk: () =>
          run(async () => {
            await call('register/delete', { id: item.id });
            return t('register.messages.deleted', { title: item.title });
          }),
      }),
    onUnlink: (item) =>
      modal.confirm({
        title: t('register.confirmUnlink.title'),
        content: t('register.confirmUnlink.body', {
          title: item.title,
          number: item.assessment?.number ?? '',
          status: t(`register.statuses.${item.recordedStatus}`),
        }),
        okText: t('register.confirmUnlink.ok'),
        cancelText: t('register.form.cancel'),
        onOk: () =>
          run(async () => {
            await call('register/link', { id: item.id, assessmentId: null });
            return t('register.messages.unlinked', { title: item.title });
          }),
      }),
    onStart: (item) => {
      void (async () => {
        try {
          const { assessmentId, item: linked } = await call('register/start-assessment', { id: item.id });
          void message.success(t('register.messages.started', { number: linked.assessment?.number ?? '', title: item.title }));
          navigate({ name: 'assessment', id: assessmentId });
        } catch (err) {
          void message.error(describeError(t, err));
        }
      })();
    },
  };
}
