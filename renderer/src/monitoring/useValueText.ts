import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { valueWithUnit } from '../../../shared/monitoring/format-value';

/**
 * "91.3%（2020年）": a baseline or target with its unit and year, or — when the source gives
 * none. Years such as 2025年末 or 十三五 are printed as written.
 */
export function useValueText(): (value: string | null, unit: string | null, year?: string | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (value, unit, year) => {
      // Tables in the sources print “-” for a value they do not give.
      if (value === null || /^\s*[-—–/]+\s*$/.test(value)) return t('monitoring.none');
      const v = valueWithUnit(value, unit);
      // “2020—2022年平均水平” already says its years.
      if (!year || value.includes(year)) return v;
      return t(/^\d{4}$/.test(year) ? 'monitoring.valueYear' : 'monitoring.valueWhen', { value: v, year });
    },
    [t],
  );
}
