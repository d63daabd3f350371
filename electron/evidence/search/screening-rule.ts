import type { CombinedEvidence } from './combined-evidence';

/**
 * When a draft's words amount to a health pathway worth suggesting. A draft is relevant when
 * some determinant has strong evidence: enough weight from specific words, or a clearly
 * described activity. Procedural documents (fees, statistics, credit, repeal, meeting rules)
 * are full of governance words and few exposure words, so the bar rises with the share of
 * governance words. Once relevant, every determinant with real evidence is listed, strongest
 * first. Thresholds are tuned on eval/cases.json (npm run eval).
 */
export const SCREENING = {
  /** Minimum score of the strongest determinant for a draft to be relevant. */
  baseThreshold: 2.0,
  /** How much a fully procedural vocabulary raises the bars (× (1 + k × share)). */
  governanceFactor: 2.5,
  /** Evidence needed to be listed once the draft is relevant. */
  listThreshold: 1.2,
  maxSuggestions: 10,
} as const;

export interface ScreeningDecision {
  threshold: number;
  governanceShare: number;
  /** Ordered, strongest first. */
  suggested: CombinedEvidence[];
}

/** Strong evidence: several words, one specific (3+ character) word, or a clear activity. */
function isStrong(e: CombinedEvidence, threshold: number): boolean {
  if (e.score < threshold) return false;
  const specificWord = [...(e.terms[0] ?? '')].length > 2;
  return e.distinctTerms >= 2 || specificWord || e.inferredScore >= 1;
}

export function screeningDecision(evidence: CombinedEvidence[], governanceHits: number, activityHits: number): ScreeningDecision {
  const exposureHits = evidence.reduce((n, e) => n + e.hits, 0) + activityHits;
  const governanceShare = governanceHits + exposureHits === 0 ? 0 : governanceHits / (governanceHits + exposureHits);
  const damping = 1 + SCREENING.governanceFactor * governanceShare;
  const threshold = SCREENING.baseThreshold * damping;
  if (!evidence.some((e) => isStrong(e, threshold))) return { threshold, governanceShare, suggested: [] };
  const suggested = evidence
    .filter((e) => e.score >= SCREENING.listThreshold * damping)
    .sort((a, b) => b.score - a.score)
    .slice(0, SCREENING.maxSuggestions);
  return { threshold, governanceShare, suggested };
}
