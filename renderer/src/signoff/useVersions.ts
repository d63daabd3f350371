import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { SignedVersion } from './VersionHistory';

/** The signed versions of an assessment; reloaded when the assessment's version or status changes. */
export function useVersions(assessmentId: string, key: string) {
  const [versions, setVersions] = useState<SignedVersion[]>([]);
  const load = useCallback(async () => {
    try {
      setVersions(await call('signoff/versions', { id: assessmentId }));
    } catch {
      setVersions([]);
    }
  }, [assessmentId]);
  useEffect(() => {
    void load();
  }, [load, key]);
  return versions;
}
