import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterItem, RegisterStatus } from '../../../shared/register/register';
import { routeHref } from '../routing';

export const STATUS_COLOR: Record<RegisterStatus, string> = {
  'not-assessed': 'default',
  'in-progress': 'processing',
  signed: 'success',
  exempt: 'warning',
};

/**
 * An item's effective status as a coloured tag, with the linked assessment's number as a link
 * under it. The tooltip says why: an exemption's reason, or that the assessment decides.
 */
export function StatusCell({ item }: { item: Pick<RegisterItem, 'status' | 'exemptReason' | 'assessment'> }) {
  const { t } = useTranslation();
  const tip =
    item.status === 'exempt'
      ? t('register.table.exemptReason', { reason: item.exemptReason })
      : item.assessment
        ? t('register.table.linkedHint', { number: item.assessment.number })
        : undefined;
  const tag = (
    <Tag color={STATUS_COLOR[item.status]} data-status={item.status}>
      {t(`register.statuses.${item.status}`)}
    </Tag>
  );
  return (
    <Flex vertical gap={2} align="flex-start">
      {tip ? <Tooltip title={tip}>{tag}</Tooltip> : tag}
      {item.assessment && (
        <a href={routeHref({ name: 'assessment', id: item.assessment.id })} title={item.assessment.title}>
          {item.assessment.number}
        </a>
      )}
    </Flex>
  );
}
