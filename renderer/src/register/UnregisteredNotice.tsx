import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/assessment';

/** Buttons shown before "另有 N 项": enough to act on, short enough not to push the table away. */
const SHOWN = 6;

/**
 * Assessments made on the 评价项目 page that no register item links to: they would be missing
 * from coverage, so each gets a button that records it (form prefilled, linked on save).
 */
export function UnregisteredNotice({ assessments, onRecord }: { assessments: AssessmentSummary[]; onRecord: (a: AssessmentSummary) => void }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (assessments.length === 0) return null;
  const shown = expanded ? assessments : assessments.slice(0, SHOWN);

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unregistered-notice"
      title={t('register.unregistered.message', { count: assessments.length })}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('register.unregistered.description')}</Typography.Text>
          <Flex wrap gap={8}>
            {shown.map((a) => (
              <Button key={a.id} size="small" onClick={() => onRecord(a)} title={a.title} style={{ maxWidth: 420 }}>
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{t('register.unregistered.record', { number: a.number, title: a.title })}</span>
              </Button>
            ))}
            {assessments.length > SHOWN && (
              <Button size="small" type="link" onClick={() => setExpanded(!expanded)}>
                {expanded ? t('register.unregistered.less') : t('register.unregistered.more', { count: assessments.length - SHOWN })}
              </Button>
            )}
          </Flex>
        </Flex>
      }
    />
  );
}
