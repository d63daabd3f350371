import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackagePassage } from './review-model';

/** A cited passage as the package carries it (the expert's evidence base may not have it). */
export function PassageModal({ passage, onClose }: { passage: PackagePassage | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={passage !== null} title={t('review.passageTitle')} onCancel={onClose} footer={null} width={720}>
      {passage && (
        <>
          <Typography.Paragraph type="secondary">
            {t('review.citation', { document: passage.documentTitle, section: passage.section || '—', start: passage.lineStart, end: passage.lineEnd })}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{passage.text}</Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
