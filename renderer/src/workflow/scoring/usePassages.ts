import { useEffect, useMemo, useState } from 'react';
import { call } from '../../api/client';

/** What a score card shows of a cited passage. */
export interface Citation {
  id: number;
  document: string;
  section: string;
  lineStart: number;
  lineEnd: number;
  text: string;
}

export type CitationState = Citation | 'loading' | 'missing';

// Passages do not change while the app runs (an import adds new ids), so keep them per page load.
const cache = new Map<number, Promise<Citation | null>>();

function load(id: number): Promise<Citation | null> {
  let p = cache.get(id);
  if (!p) {
    p = call('evidence/passage-context', { id, radius: 0 })
      .then((ctx) => {
        const focus = ctx.passages.find((x) => x.id === ctx.focusId);
        return focus
          ? { id, document: ctx.document.title, section: focus.section, lineStart: focus.lineStart, lineEnd: focus.lineEnd, text: focus.text }
          : null;
      })
      .catch(() => {
        // A removed document: show the id; a later page load may try again.
        cache.delete(id);
        return null;
      });
    cache.set(id, p);
  }
  return p;
}

/**
 * Citations of the given passage ids (the scoping evidence of the determinants in scope).
 * There is no batch channel, so one `evidence/passage-context` call per passage, cached.
 */
export function usePassages(ids: readonly number[]): Map<number, CitationState> {
  const [found, setFound] = useState<Map<number, Citation | null>>(() => new Map());
  const wanted = [...new Set(ids)].sort((a, b) => a - b).join(',');

  useEffect(() => {
    let live = true;
    const list = wanted ? wanted.split(',').map(Number) : [];
    void Promise.all(list.map(async (id) => [id, await load(id)] as const)).then((pairs) => {
      if (live) setFound(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [wanted]);

  // Same map while nothing changes, so memoised cards do not redraw.
  return useMemo(() => {
    const out = new Map<number, CitationState>();
    for (const id of wanted ? wanted.split(',').map(Number) : []) {
      const c = found.get(id);
      out.set(id, c === undefined ? 'loading' : (c ?? 'missing'));
    }
    return out;
  }, [found, wanted]);
}
