import type { Pathway } from './pathways';
import { PhraseFinder } from './phrase-finder';

/** An activity found in a text, with the trigger words that showed it. */
export interface PathwayHit {
  pathway: Pathway;
  triggers: string[];
  count: number;
  /** Offsets of every trigger occurrence in the text. */
  spans: { start: number; end: number; term: string }[];
}

/** Finds the activities of seeds/pathways.json in a text, honouring each pathway's excludes. */
export class PathwayMatcher {
  private readonly triggers: PhraseFinder<Pathway>;
  private readonly excludes: PhraseFinder<string>;

  constructor(pathways: readonly Pathway[]) {
    this.triggers = new PhraseFinder(pathways.flatMap((p) => p.triggers.map((t) => ({ phrase: t, value: p }))));
    this.excludes = new PhraseFinder(pathways.flatMap((p) => p.exclude.map((x) => ({ phrase: x, value: p.id }))));
  }

  match(text: string): PathwayHit[] {
    const excluded = this.excludes.findAll(text);
    const byPathway = new Map<string, PathwayHit>();
    for (const h of this.triggers.findAll(text)) {
      if (excluded.some((x) => x.value === h.value.id && x.start <= h.start && h.end <= x.end)) continue;
      const hit = byPathway.get(h.value.id) ?? { pathway: h.value, triggers: [], count: 0, spans: [] };
      if (!hit.triggers.includes(h.phrase)) hit.triggers.push(h.phrase);
      hit.count += 1;
      hit.spans.push({ start: h.start, end: h.end, term: h.phrase });
      byPathway.set(h.value.id, hit);
    }
    return [...byPathway.values()];
  }
}
