import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/assessment';
import { formatDateTime } from '../format';

/** The registration details (登记) of an assessment, read-only. */
export function RegistrationCard({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Descriptions column={2} bordered size="middle">
        <Descriptions.Item label={t('assessment.kind')}>{t(`kind.${assessment.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.department')}>{assessment.department}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.contact')}>{assessment.contact || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.createdAt')}>{formatDateTime(assessment.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.updatedAt')}>{formatDateTime(assessment.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.draftLength')}>
          {t('assessment.characters', { count: assessment.draftText.length })}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.draftText')} span={2}>
          {/* User text is rendered as text, never as HTML. */}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto', margin: 0 }}>
            {assessment.draftText || '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
