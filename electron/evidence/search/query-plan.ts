import Fuse from 'fuse.js';
import type { DeterminantMatcher } from '../../../shared/evidence/determinant-matcher';
import type { Synonyms } from '../../../shared/evidence/synonyms';
import { termKey } from '../../../shared/evidence/taxonomy';
import { normalizeForSearch } from '../ingest/normalize';
import { isSingleHan, termPhrase, tokenize } from './tokens';

/** One thing the user asked for, with the other words that mean the same. */
export interface TermGroup {
  term: string;
  alternatives: string[];
}

export interface QueryPlan {
  normalized: string;
  groups: TermGroup[];
  /** Typos fixed against the vocabulary, e.g. 养老服物 → 养老服务. */
  corrections: { from: string; to: string }[];
  /** Lone Han characters: no bigram exists, so they are found by a scan. */
  singleChars: string[];
}

// Not '.': after normalisation an ASCII dot is part of a number or name (PM2.5, 2.0).
const SPLIT = /[\s,;:!?"'()[\]{}<>|/\\。、·…—-]+/u;

/**
 * Turns a query into term groups. A chunk that contains known determinant words is searched by
 * those words (地铁施工噪声 → 地铁, 施工噪声); an unknown chunk is searched as typed, plus its
 * closest vocabulary word when it looks like a typo. Each term brings its synonyms
 * (雾霾 → 细颗粒物, PM2.5…).
 */
export class QueryPlanner {
  private readonly synonyms: Map<string, string[]>;
  private readonly vocabulary: Set<string>;
  private readonly fuse: Fuse<string>;

  constructor(
    private readonly matcher: DeterminantMatcher,
    synonyms: Synonyms,
    vocabulary: Iterable<string>,
  ) {
    this.synonyms = new Map(synonyms.entries.map((e) => [termKey(e.term), e.expandsTo]));
    const words = [...new Set([...vocabulary].filter((w) => w.length >= 2))];
    this.vocabulary = new Set(words.map(termKey));
    // fuse.js shines on this small list: typo-tolerant lookup of a few thousand words.
    this.fuse = new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 });
  }

  plan(query: string): QueryPlan {
    // Split on the user's spaces first: normalisation treats a space between Chinese
    // characters as a layout artefact and would glue separate words together.
    const chunks = query
      .split(/\s+/u)
      .map(normalizeForSearch)
      .flatMap((c) => c.split(SPLIT))
      .filter((c) => c.length > 0);
    const normalized = chunks.join(' ');
    const groups = new Map<string, TermGroup>();
    const corrections: QueryPlan['corrections'] = [];
    const singleChars: string[] = [];
    const add = (term: string, extra: string[] = []) => {
      const key = termKey(term);
      const group = groups.get(key) ?? { term, alternatives: [] };
      for (const alt of [...(this.synonyms.get(key) ?? []), ...extra]) {
        const n = normalizeForSearch(alt);
        if (termKey(n) !== key && !group.alternatives.includes(n)) group.alternatives.push(n);
      }
      groups.set(key, group);
    };

    for (const chunk of chunks) {
      if (isSingleHan(chunk)) {
        singleChars.push(chunk);
        continue;
      }
      if (tokenize(chunk).length === 0) continue;
      const hits = this.matcher.match(chunk);
      if (hits.length > 0) {
        for (const h of hits) add(normalizeForSearch(chunk.slice(h.start, h.end)));
        // Words typed together without spaces: what the known words leave over is a term too
        // (青少年近视 → 近视 + 青少年).
        for (const rest of uncovered(chunk, hits)) if (tokenize(rest).length > 0 && !isSingleHan(rest)) add(rest);
        continue;
      }
      const fix = this.vocabulary.has(termKey(chunk)) ? null : this.correct(chunk);
      if (fix) corrections.push({ from: chunk, to: fix });
      add(chunk, fix ? [fix] : []);
    }
    return { normalized, groups: [...groups.values()], corrections, singleChars };
  }

  /** The vocabulary word a short chunk was probably meant to be, if one is close enough. */
  private correct(chunk: string): string | null {
    const length = [...chunk].length;
    if (length < 3 || length > 12) return null;
    const best = this.fuse.search(chunk, { limit: 5 }).find((r) => Math.abs([...r.item].length - length) <= 1);
    return best && (best.score ?? 1) <= 0.35 ? best.item : null;
  }
}

function uncovered(chunk: string, hits: { start: number; end: number }[]): string[] {
  const covered = new Array<boolean>(chunk.length).fill(false);
  for (const h of hits) for (let i = h.start; i < h.end; i++) covered[i] = true;
  return chunk.split('').map((c, i) => (covered[i] ? ' ' : c)).join('').split(' ').filter((r) => r.length >= 2);
}

/** FTS5 MATCH expressions for the three tiers, most precise first; null where a tier is empty. */
export function tierQueries(plan: QueryPlan): [string | null, string | null, string | null] {
  const groupExprs = plan.groups
    .map((g) => [g.term, ...g.alternatives].map(termPhrase).filter((p): p is string => p !== null))
    .filter((phrases) => phrases.length > 0)
    .map((phrases) => (phrases.length === 1 ? phrases[0]! : `(${phrases.join(' OR ')})`));
  const allTerms = groupExprs.length > 1 ? groupExprs.join(' AND ') : null;
  const anyTerm = groupExprs.length > 0 ? groupExprs.join(' OR ') : null;
  const bigrams = [...new Set(plan.groups.flatMap((g) => tokenize(g.term)))].map((t) => `"${t}"`);
  const anyBigram = bigrams.length > 0 ? bigrams.join(' OR ') : null;
  return [allTerms, anyTerm, anyBigram];
}
