import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder while the page is built. */
export function IndicatorCatalogPage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('monitoring.title')}</Typography.Title>;
}
