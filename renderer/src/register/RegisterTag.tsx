import { Tag, Tooltip } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterItem } from '../../../shared/register/register';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { routeHref } from '../routing';

/**
 * Beside an assessment's title: its register item (year and category), or a warning that it is
 * not in the register and so not counted in coverage. Both open the register page.
 */
export function RegisterTag({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const fetchItem = useCallback(() => call('register/list', { assessmentId }), [assessmentId]);
  const { data: items, loading } = useLoaded<RegisterItem[]>(fetchItem, []);
  if (loading) return null;
  const item = items[0];
  return (
    <a href={routeHref({ name: 'register' })} data-testid="register-tag">
      {item ? (
        <Tooltip title={t('register.tag.inRegisterHint')}>
          <Tag color="green">{t('register.tag.inRegister', { year: item.year, category: t(`register.categories.${item.category}`) })}</Tag>
        </Tooltip>
      ) : (
        <Tooltip title={t('register.tag.notInRegisterHint')}>
          <Tag color="orange">{t('register.tag.notInRegister')}</Tag>
        </Tooltip>
      )}
    </a>
  );
}
