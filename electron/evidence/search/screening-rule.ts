import type { TermEvidence } from './determinant-scores';

/**
 * When a draft's words amount to a health pathway worth suggesting. A determinant is suggested
 * when its words carry enough weight; procedural documents (fees, statistics, credit, repeal,
 * meeting rules) are full of governance words and few exposure words, so the bar rises with the
 * share of governance words. Thresholds are tuned on eval/cases.json (npm run eval).
 */
export const SCREENING = {
  /** Minimum term score for a suggestion in a draft with no governance words. */
  baseThreshold: 2.0,
  /** How much a fully procedural vocabulary raises the bar (threshold × (1 + k × share)). */
  governanceFactor: 2.5,
  /** A single two-character word, however often repeated, is not enough on its own. */
  minDistinctTermsForShortWords: 2,
} as const;

export interface ScreeningDecision {
  threshold: number;
  governanceShare: number;
  suggested: Set<string>;
}

export function screeningDecision(evidence: TermEvidence[], governanceHits: number, _textLength: number): ScreeningDecision {
  const exposureHits = evidence.reduce((n, e) => n + e.hits, 0);
  const governanceShare = governanceHits + exposureHits === 0 ? 0 : governanceHits / (governanceHits + exposureHits);
  const threshold = SCREENING.baseThreshold * (1 + SCREENING.governanceFactor * governanceShare);
  const suggested = new Set(
    evidence
      .filter((e) => e.score >= threshold)
      .filter((e) => e.distinctTerms >= SCREENING.minDistinctTermsForShortWords || [...(e.terms[0] ?? '')].length > 2)
      .map((e) => e.determinantId),
  );
  return { threshold, governanceShare, suggested };
}
