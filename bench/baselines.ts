/**
 * The two baselines the engine is compared with, on the same database rows:
 * - fts5: the raw bigram index, bm25 only. The query's words become an OR of their bigram
 *   phrases (the project's own tokenize/termPhrase), with no synonyms, no typo fixes, no tiers,
 *   no determinant scoring and no passage fetch: the floor any FTS5 design pays.
 * - fuse: fuse.js scanning every passage, the "just use a fuzzy search library" design.
 */
import type Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { normalizeForSearch } from '../electron/evidence/ingest/normalize';
import { termPhrase } from '../electron/evidence/search/tokens';

/** List punctuation between words; '.' is kept so PM2.5 stays one word. */
const WORDS = /[\s,;，、；]+/u;

export function fts5BaselineQuery(query: string): string | null {
  // Split on the typed spaces before normalising: normalizeForSearch drops a space between two
  // Chinese characters (a layout artefact in documents), which would glue 饮用水 水质 together.
  const phrases = query
    .split(/\s+/u)
    .flatMap((w) => normalizeForSearch(w).split(WORDS))
    .filter((w) => w.length > 0)
    .map(termPhrase)
    .filter((p): p is string => p !== null);
  return phrases.length > 0 ? phrases.join(' OR ') : null;
}

export class Fts5Baseline {
  private readonly statement: Database.Statement;

  constructor(db: Database.Database) {
    this.statement = db.prepare(
      'SELECT rowid, bm25(evidence_fts) FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY rank LIMIT 10',
    );
  }

  /** Builds the MATCH expression inside the timed call, as the engine plans inside its own. */
  search(query: string): unknown[] {
    const expr = fts5BaselineQuery(query);
    return expr === null ? [] : this.statement.all(expr);
  }
}

export interface FusePassage {
  id: number;
  text: string;
}

export function readPassages(db: Database.Database): FusePassage[] {
  return db.prepare('SELECT id, text FROM evidence_passage ORDER BY id').all() as FusePassage[];
}

export function buildFuse(passages: readonly FusePassage[]): Fuse<FusePassage> {
  return new Fuse(passages, { keys: ['text'], ignoreLocation: true, threshold: 0.4 });
}
