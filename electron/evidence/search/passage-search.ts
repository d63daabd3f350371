import type Database from 'better-sqlite3';
import { tierQueries, type QueryPlan } from './query-plan';

export interface PassageFilter {
  documentIds?: string[];
  determinantIds?: string[];
}

export interface PassageHit {
  id: number;
  /** 1 = every term, 2 = any term, 3 = any bigram of a term, 4 = single-character scan. */
  tier: 1 | 2 | 3 | 4;
  /** Higher is better; tiers never overlap (tier 1 scores are above all tier 2 scores…). */
  score: number;
}

/**
 * Tiered retrieval over the bigram index: passages with all terms first, then any term, then
 * any bigram, each tier ranked by bm25, until `limit` passages are found. Filters join the
 * passage table; an unfiltered query touches only the FTS index.
 */
export class PassageSearch {
  private readonly plain: Database.Statement;
  private readonly filtered: Database.Statement;
  private readonly scan: Database.Statement;
  private readonly tags: Database.Statement;

  constructor(db: Database.Database) {
    this.plain = db.prepare(
      'SELECT rowid AS id, bm25(evidence_fts) AS rank FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?',
    );
    this.filtered = db.prepare(
      `SELECT f.rowid AS id, bm25(evidence_fts) AS rank
       FROM evidence_fts f JOIN evidence_passage p ON p.id = f.rowid
       WHERE evidence_fts MATCH @q
         AND (@docs IS NULL OR p.document_id IN (SELECT value FROM json_each(@docs)))
         AND (@dets IS NULL OR EXISTS (SELECT 1 FROM json_each(p.determinants) j
                                      WHERE j.value IN (SELECT value FROM json_each(@dets))))
       ORDER BY rank LIMIT @limit`,
    );
    this.tags = db.prepare('SELECT id, determinants FROM evidence_passage WHERE id IN (SELECT value FROM json_each(?))');
    this.scan = db.prepare(
      `SELECT p.id FROM evidence_passage p
       WHERE instr(p.text, @ch) > 0
         AND (@docs IS NULL OR p.document_id IN (SELECT value FROM json_each(@docs)))
         AND (@dets IS NULL OR EXISTS (SELECT 1 FROM json_each(p.determinants) j
                                      WHERE j.value IN (SELECT value FROM json_each(@dets))))
       ORDER BY p.id LIMIT @limit`,
    );
  }

  /**
   * Determinant-filtered search. Joining the passage table and parsing its tags for every
   * match costs more than ranking the matches alone, so rank in the index first and filter a
   * generous candidate list; only when that list runs short fall back to the SQL filter.
   */
  private byDeterminant(q: string, wanted: Set<string>, dets: string, want: number): { id: number; rank: number }[] {
    const cap = Math.max(200, want * 40);
    const candidates = this.plain.all(q, cap) as { id: number; rank: number }[];
    const tagged = new Map(
      (this.tags.all(JSON.stringify(candidates.map((c) => c.id))) as { id: number; determinants: string }[]).map((r) => [
        r.id,
        JSON.parse(r.determinants) as string[],
      ]),
    );
    const kept = candidates.filter((c) => tagged.get(c.id)?.some((d) => wanted.has(d)));
    if (kept.length >= want || candidates.length < cap) return kept.slice(0, want);
    return this.filtered.all({ q, docs: null, dets, limit: want }) as { id: number; rank: number }[];
  }

  search(plan: QueryPlan, limit: number, filter: PassageFilter = {}): PassageHit[] {
    const found = new Map<number, PassageHit>();
    const docs = filter.documentIds?.length ? JSON.stringify(filter.documentIds) : null;
    const dets = filter.determinantIds?.length ? JSON.stringify(filter.determinantIds) : null;
    const tiers = tierQueries(plan);
    let previous: string | null = null;
    for (const [i, q] of tiers.entries()) {
      if (found.size >= limit) break;
      if (!q || q === previous) continue;
      previous = q;
      const tier = (i + 1) as 1 | 2 | 3;
      const want = limit + found.size;
      const rows = (
        docs
          ? this.filtered.all({ q, docs, dets, limit: want })
          : dets
            ? this.byDeterminant(q, new Set(filter.determinantIds), dets, want)
            : this.plain.all(q, want)
      ) as { id: number; rank: number }[];
      for (const r of rows) {
        if (found.size >= limit) break;
        if (found.has(r.id)) continue;
        // bm25 is negative, lower is better; map it into (0, 1) and stack the tiers.
        const relevance = -r.rank / (1 - r.rank);
        found.set(r.id, { id: r.id, tier, score: Number((4 - tier + relevance).toFixed(4)) });
      }
    }
    for (const ch of plan.singleChars) {
      if (found.size >= limit) break;
      for (const r of this.scan.all({ ch, docs, dets, limit }) as { id: number }[]) {
        if (found.size >= limit) break;
        if (!found.has(r.id)) found.set(r.id, { id: r.id, tier: 4, score: 0.5 });
      }
    }
    return [...found.values()];
  }
}
