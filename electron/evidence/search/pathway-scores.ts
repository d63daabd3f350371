import type { PathwayHit } from '../../../shared/evidence/pathway-matcher';

export interface InferredEvidence {
  determinantId: string;
  score: number;
  reasons: { pathway: string; reason: string; triggers: string[] }[];
}

/** How much an activity counts: more distinct trigger words, more certainty; repeats count little. */
export function pathwayStrength(hit: PathwayHit): number {
  return Math.min(2, 0.6 + 0.4 * hit.triggers.length + 0.2 * Math.log(hit.count));
}

/** Cap on what activities alone can add to one determinant. */
export const MAX_INFERRED = 2.4;

/** Determinants suggested by the activities a draft describes, with the experts' reasons. */
export function scorePathwayHits(hits: PathwayHit[]): InferredEvidence[] {
  const byDet = new Map<string, InferredEvidence>();
  for (const hit of hits) {
    const strength = pathwayStrength(hit);
    for (const link of hit.pathway.determinants) {
      const entry = byDet.get(link.id) ?? { determinantId: link.id, score: 0, reasons: [] };
      entry.score = Math.min(MAX_INFERRED, entry.score + link.weight * strength);
      entry.reasons.push({ pathway: hit.pathway.name, reason: link.reason, triggers: hit.triggers });
      byDet.set(link.id, entry);
    }
  }
  return [...byDet.values()];
}
