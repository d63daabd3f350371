import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/**
 * Saves the latest value after the user pauses typing (debounced), one save at a time, and
 * flushes on page hide so nothing typed is lost. Failed saves keep the value and retry on the
 * next change; the state tells the user which is the case.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs = 700) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState({ kind: 'saving' });
    running.current = saveRef
      .current(next.value)
      .then(() => setState({ kind: 'saved', at: new Date() }))
      .catch((err: unknown) => {
        // Keep the unsaved value unless something newer arrived meanwhile.
        pending.current ??= next;
        setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => {
        running.current = null;
      });
    await running.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush, hasPending: () => pending.current !== null || running.current !== null };
}
