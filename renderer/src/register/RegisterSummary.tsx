import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterItem } from '../../../shared/register/register';
import { countCoverage } from '../../../shared/register/coverage';

/**
 * The counts of what the table shows, spelled out so they can be checked against the table
 * and the coverage page: 共 N 项，已提交评价 M 项（评价中 a，已签发 b）…
 */
export function RegisterSummary({ items, all, filtered }: { items: RegisterItem[]; all: number; filtered: boolean }) {
  const { t } = useTranslation();
  // Only the status counts are shown here, so the denominator rule does not matter.
  const { share: _share, ...c } = countCoverage(items, false);
  return (
    <Typography.Text data-testid="register-summary">
      {t('register.summary', c)}
      {filtered && <Typography.Text type="secondary">{t('register.summaryFiltered', { all })}</Typography.Text>}
    </Typography.Text>
  );
}
