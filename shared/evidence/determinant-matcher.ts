import { PhraseFinder } from './phrase-finder';
import { allDeterminants, type Determinant, type Taxonomy } from './taxonomy';

export type TermKind = 'name' | 'keyword' | 'synonym';

/** One occurrence of a determinant's term in a text; offsets index the original text. */
export interface TermHit {
  determinantId: string;
  term: string;
  kind: TermKind;
  start: number;
  end: number;
}

interface TermEntry {
  determinantId: string;
  kind: TermKind;
}

/**
 * Finds the words of every determinant in a text (a query, a passage or a whole draft).
 * A hit inside one of the determinant's `exclude` phrases does not count (烟 in 烟花爆竹, 酒 in
 * 酒店), and a hit nested in a longer hit of the same determinant is dropped (颗粒物 inside
 * 细颗粒物), so every occurrence is counted once with its most specific term.
 */
export class DeterminantMatcher {
  private readonly terms: PhraseFinder<TermEntry>;
  private readonly excludes: PhraseFinder<string>;
  readonly determinants: ReadonlyMap<string, Determinant>;

  constructor(taxonomy: Taxonomy) {
    const dets = allDeterminants(taxonomy);
    this.determinants = new Map(dets.map((d) => [d.id, d]));
    this.terms = new PhraseFinder<TermEntry>(
      dets.flatMap((d) => [
        { phrase: d.name, value: { determinantId: d.id, kind: 'name' as const } },
        ...d.keywords.map((k) => ({ phrase: k, value: { determinantId: d.id, kind: 'keyword' as const } })),
        ...d.synonyms.map((s) => ({ phrase: s, value: { determinantId: d.id, kind: 'synonym' as const } })),
      ]),
    );
    this.excludes = new PhraseFinder<string>(dets.flatMap((d) => d.exclude.map((e) => ({ phrase: e, value: d.id }))));
  }

  match(text: string): TermHit[] {
    const excluded = this.excludes.findAll(text);
    const hits = this.terms
      .findAll(text)
      .filter((h) => !excluded.some((x) => x.value === h.value.determinantId && x.start <= h.start && h.end <= x.end))
      .map((h) => ({ determinantId: h.value.determinantId, term: h.phrase, kind: h.value.kind, start: h.start, end: h.end }));
    return dropNested(hits);
  }
}

/** Keeps, per determinant, only hits not contained in a longer hit of the same determinant. */
function dropNested(hits: TermHit[]): TermHit[] {
  const byDet = new Map<string, TermHit[]>();
  for (const h of hits) byDet.set(h.determinantId, [...(byDet.get(h.determinantId) ?? []), h]);
  const kept: TermHit[] = [];
  for (const list of byDet.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let coverEnd = -1;
    for (const h of list) {
      if (h.end <= coverEnd) continue;
      kept.push(h);
      coverEnd = Math.max(coverEnd, h.end);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.determinantId.localeCompare(b.determinantId));
}
