import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorOut } from '../../../../shared/evidence/evidence-contract';
import type { PassageResult, ScreenResult } from '../../../../shared/evidence/search-result';
import { call } from '../../api/client';
import { describeError } from '../../errors';

export type ScreenState = { kind: 'loading' } | { kind: 'done'; result: ScreenResult } | { kind: 'error'; message: string };

/** A cited passage that is not in the screen result, rebuilt from its place in the document. */
async function passageById(id: number): Promise<PassageResult> {
  const ctx = await call('evidence/passage-context', { id, radius: 0 });
  const focus = ctx.passages.find((p) => p.id === id) ?? ctx.passages[0]!;
  return {
    id,
    text: focus.text,
    score: 0,
    source: {
      document: ctx.document.id,
      documentTitle: ctx.document.title,
      section: focus.section,
      lineStart: focus.lineStart,
      lineEnd: focus.lineEnd,
    },
    determinants: [],
    highlights: [],
  };
}

/**
 * What the scoping stage shows beside the person's choices: the evidence base's reading of the
 * draft (scores, matched words, passages), the cited passages by id, and the indicators of the
 * chosen determinants.
 */
export function useScopingEvidence(draftText: string, chosenIds: string[], citedIds: number[]) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<ScreenState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [passages, setPassages] = useState<ReadonlyMap<number, PassageResult>>(new Map());
  const [indicators, setIndicators] = useState<IndicatorOut[] | null>(null);
  const requested = useRef(new Set<number>());

  const addPassages = useCallback((list: PassageResult[]) => {
    if (list.length === 0) return;
    setPassages((m) => {
      const next = new Map(m);
      for (const p of list) if (!next.get(p.id)?.highlights.length) next.set(p.id, p);
      return next;
    });
  }, []);

  useEffect(() => {
    let live = true;
    setScreen({ kind: 'loading' });
    call('evidence/screen', { text: draftText })
      .then((result) => {
        if (!live) return;
        addPassages(result.passages);
        setScreen({ kind: 'done', result });
      })
      .catch((err: unknown) => live && setScreen({ kind: 'error', message: describeError(t, err) }));
    return () => {
      live = false;
    };
  }, [draftText, attempt, addPassages, t]);

  // Cited passages the screen did not return (added determinants, a changed draft): by id.
  const citedKey = [...new Set(citedIds)].sort((a, b) => a - b).join(',');
  useEffect(() => {
    if (screen.kind === 'loading' || !citedKey) return;
    const missing = citedKey
      .split(',')
      .map(Number)
      .filter((id) => !passages.has(id) && !requested.current.has(id));
    for (const id of missing) {
      requested.current.add(id);
      // A passage of a document removed from the library is simply not shown.
      passageById(id).then((p) => addPassages([p]), () => {});
    }
  }, [citedKey, screen.kind, passages, addPassages]);

  const chosenKey = [...new Set(chosenIds)].sort().join(',');
  useEffect(() => {
    if (!chosenKey) {
      setIndicators([]);
      return;
    }
    let live = true;
    call('evidence/indicators', { determinantIds: chosenKey.split(',') })
      .then((list) => live && setIndicators(list))
      .catch(() => live && setIndicators([]));
    return () => {
      live = false;
    };
  }, [chosenKey]);

  /** Passages of the evidence base about one determinant, for a determinant the person added. */
  const findEvidence = useCallback(
    async (determinantId: string, query: string): Promise<number[]> => {
      const result = await call('evidence/search', { query, determinantIds: [determinantId], limit: 3 });
      const about = result.passages.filter((p) => p.determinants.includes(determinantId));
      addPassages(about);
      return about.map((p) => p.id);
    },
    [addPassages],
  );

  return {
    screen,
    retry: () => setAttempt((n) => n + 1),
    passages,
    indicators,
    findEvidence,
  };
}
