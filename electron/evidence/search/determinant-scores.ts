import type { TermHit } from '../../../shared/evidence/determinant-matcher';
import type { Determinant } from '../../../shared/evidence/taxonomy';

export interface TermEvidence {
  determinantId: string;
  /** Sum over distinct terms of weight × (1 + ln(count)). */
  score: number;
  distinctTerms: number;
  hits: number;
  /** Distinct terms, most frequent first. */
  terms: string[];
}

/** Outcome-side determinants (疾病, 死亡率…) appear in nearly every health text: damp them. */
export const OUTCOME_DAMPING = 0.3;

/** A two-character word is more often ambiguous than a four-character one. */
function termWeight(term: string, kind: TermHit['kind']): number {
  const length = [...term].length;
  const byLength = length <= 2 ? 0.8 : length === 3 ? 1 : 1.2;
  return kind === 'name' ? byLength * 1.2 : byLength;
}

/** How strongly a text speaks of each determinant, from the words it uses. */
export function scoreTermHits(hits: TermHit[], determinants: ReadonlyMap<string, Determinant>): TermEvidence[] {
  const byDet = new Map<string, Map<string, { count: number; weight: number }>>();
  for (const h of hits) {
    const terms = byDet.get(h.determinantId) ?? new Map<string, { count: number; weight: number }>();
    const t = terms.get(h.term) ?? { count: 0, weight: termWeight(h.term, h.kind) };
    t.count += 1;
    terms.set(h.term, t);
    byDet.set(h.determinantId, terms);
  }
  return [...byDet.entries()].map(([determinantId, terms]) => {
    const entries = [...terms.entries()].sort((a, b) => b[1].count - a[1].count || b[0].length - a[0].length);
    const raw = entries.reduce((sum, [, t]) => sum + t.weight * (1 + Math.log(t.count)), 0);
    const damping = determinants.get(determinantId)?.outcomeOnly ? OUTCOME_DAMPING : 1;
    return {
      determinantId,
      score: raw * damping,
      distinctTerms: entries.length,
      hits: entries.reduce((n, [, t]) => n + t.count, 0),
      terms: entries.map(([term]) => term),
    };
  });
}
