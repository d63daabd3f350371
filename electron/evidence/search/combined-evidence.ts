import type { TermEvidence } from './determinant-scores';
import type { InferredEvidence } from './pathway-scores';

/** Everything screening knows about one determinant in a draft. */
export interface CombinedEvidence {
  determinantId: string;
  score: number;
  /** From the determinant's own words in the draft. */
  wordScore: number;
  /** From the activities the draft describes (seeds/pathways.json). */
  inferredScore: number;
  distinctTerms: number;
  hits: number;
  terms: string[];
  reasons: InferredEvidence['reasons'];
}

/** How much an inferred pathway counts next to the determinant's own words. */
export const INFERRED_FACTOR = 0.9;

export function combineEvidence(words: TermEvidence[], inferred: InferredEvidence[]): CombinedEvidence[] {
  const out = new Map<string, CombinedEvidence>();
  for (const w of words) {
    out.set(w.determinantId, { ...w, wordScore: w.score, inferredScore: 0, reasons: [] });
  }
  for (const i of inferred) {
    const entry =
      out.get(i.determinantId) ??
      ({ determinantId: i.determinantId, score: 0, wordScore: 0, inferredScore: 0, distinctTerms: 0, hits: 0, terms: [], reasons: [] } as CombinedEvidence);
    entry.inferredScore = i.score * INFERRED_FACTOR;
    entry.score = entry.wordScore + entry.inferredScore;
    entry.reasons = i.reasons;
    out.set(i.determinantId, entry);
  }
  return [...out.values()];
}
