import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder while the page is built. */
export function CoveragePage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('coverage.title')}</Typography.Title>;
}
