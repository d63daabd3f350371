import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';

/**
 * Data a page shows, loaded through the contract: fetched when `fetch` changes (memoise it with
 * useCallback), reloadable after a change, with a loading flag; a failure is reported and the
 * last data kept.
 */
export function useLoaded<T>(fetch: () => Promise<T>, initial: T): { data: T; loading: boolean; reload: () => Promise<void> } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await fetch());
    } catch (err) {
      void message.error(describeError(t, err));
    } finally {
      setLoading(false);
    }
  }, [fetch, message, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, reload };
}
