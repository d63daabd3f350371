import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../shared/register/coverage-contract';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { describeError } from '../errors';
import { defaultYear, type YearChoice } from './year-choice';

/**
 * The report for the chosen year. Until a year is chosen, the latest year with items is shown:
 * the all-years report says which years exist, then that year is fetched.
 */
export function useCoverage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [choice, setChoice] = useState<YearChoice>('auto');
  const [switching, setSwitching] = useState(false);

  const fetchReport = useCallback(async () => {
    if (choice === 'all') return call('coverage/get', { year: null });
    if (choice !== 'auto') return call('coverage/get', { year: choice });
    const overview = await call('coverage/get', { year: null });
    return call('coverage/get', { year: defaultYear(overview.years, new Date()) });
  }, [choice]);
  const { data: report, loading, reload } = useLoaded<CoverageReport | null>(fetchReport, null);

  /** 豁免项计入分母: saved with the targets, so the register's other users see the same rule. */
  async function setExemptInDenominator(value: boolean) {
    setSwitching(true);
    try {
      const settings = await call('coverage/settings', {});
      await call('coverage/save-settings', { ...settings, exemptInDenominator: value });
      await reload();
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setSwitching(false);
    }
  }

  return { report, loading, reload, choice, setChoice, switching, setExemptInDenominator };
}
