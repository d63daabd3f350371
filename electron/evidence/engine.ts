import type Database from 'better-sqlite3';
import { DeterminantMatcher, type TermHit } from '../../shared/evidence/determinant-matcher';
import type { Indicator } from '../../shared/evidence/indicator';
import type { IndicatorOut } from '../../shared/evidence/evidence-contract';
import { PhraseFinder } from '../../shared/evidence/phrase-finder';
import type { DeterminantResult, PassageResult, ScreenResult, SearchResult, Span } from '../../shared/evidence/search-result';
import { allDeterminants, type Determinant, type Taxonomy } from '../../shared/evidence/taxonomy';
import type { SeedData } from '../../shared/evidence/manifest';
import { scoreTermHits, type TermEvidence } from './search/determinant-scores';
import { PassageSearch, type PassageFilter, type PassageHit } from './search/passage-search';
import { QueryPlanner, type QueryPlan } from './search/query-plan';
import { screeningDecision } from './search/screening-rule';
import { combineEvidence, type CombinedEvidence } from './search/combined-evidence';
import { scorePathwayHits } from './search/pathway-scores';
import { PathwayMatcher } from '../../shared/evidence/pathway-matcher';
import { EvidenceStore, type StoredPassage } from './store';

export interface SearchOptions extends PassageFilter {
  limit?: number;
  categoryIds?: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The evidence base's answers: `search` for a query of a few words, `screen` for a whole draft.
 * Both find the determinants' words in the text, retrieve cited passages through the bigram
 * index, and rank determinants by the words used plus the evidence retrieved.
 */
export class EvidenceEngine {
  readonly matcher: DeterminantMatcher;
  readonly store: EvidenceStore;
  private readonly planner: QueryPlanner;
  private readonly passageSearch: PassageSearch;
  private readonly categoryOf = new Map<string, { id: string; name: string }>();
  private readonly groupFinder: PhraseFinder<string>;
  private readonly pathwayMatcher: PathwayMatcher;
  /** Procedural words (收费, 统计, 废止…), built once: screening counts them in every draft. */
  private readonly governanceFinder: PhraseFinder<string>;

  constructor(
    db: Database.Database,
    readonly data: SeedData,
  ) {
    const taxonomy: Taxonomy = data.taxonomy;
    this.matcher = new DeterminantMatcher(taxonomy);
    this.store = new EvidenceStore(db, this.matcher);
    for (const c of taxonomy.categories) for (const d of c.determinants) this.categoryOf.set(d.id, { id: c.id, name: c.name });
    const vocabulary = [
      ...allDeterminants(taxonomy).flatMap((d) => [d.name, ...d.keywords, ...d.synonyms]),
      ...taxonomy.groups.flatMap((g) => [g.name, ...g.keywords]),
      ...data.indicators.indicators.map((i) => i.name),
    ];
    this.planner = new QueryPlanner(this.matcher, data.synonyms, vocabulary);
    this.passageSearch = new PassageSearch(db);
    this.pathwayMatcher = new PathwayMatcher(data.pathways.pathways);
    this.governanceFinder = new PhraseFinder(taxonomy.governanceTerms.map((t) => ({ phrase: t, value: t })));
    this.groupFinder = new PhraseFinder(taxonomy.groups.flatMap((g) => [g.name, ...g.keywords].map((k) => ({ phrase: k, value: g.id }))));
  }

  determinant(id: string): Determinant | undefined {
    return this.matcher.determinants.get(id);
  }

  indicatorsFor(determinantId: string): Indicator[] {
    return this.data.indicators.indicators.filter((i) => i.determinants.includes(determinantId));
  }

  /** Seed indicators as the contract and the snapshot show them (years as text, source title). */
  indicatorRecords(keep: (i: Indicator) => boolean): IndicatorOut[] {
    const titles = new Map(this.data.manifest.documents.map((d) => [d.id, d.title]));
    const year = (y: unknown) => (y === null || y === undefined ? null : String(y));
    return this.data.indicators.indicators.filter(keep).map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit ?? null,
      scope: i.scope ?? null,
      baseline: i.baseline ?? null,
      baselineYear: year(i.baselineYear),
      target: i.target ?? null,
      targetYear: year(i.targetYear),
      document: i.document,
      documentTitle: titles.get(i.document) ?? i.document,
      lineStart: i.lineStart,
      lineEnd: i.lineEnd,
      quote: i.quote,
      determinants: i.determinants,
      kind: i.kind,
    }));
  }

  /** Passages by id, in the order asked, with citations (no highlights: there is no query). */
  passagesById(ids: readonly number[]): PassageResult[] {
    return this.passageResults(this.store.passages(ids), [], { normalized: '', groups: [], corrections: [], singleChars: [] });
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const started = performance.now();
    const limit = options.limit ?? 10;
    const plan = this.planner.plan(query);
    const filter = this.filterFor(options);
    const hits = this.passageSearch.search(plan, Math.max(limit, 20), filter);
    const stored = this.store.passages(hits.map((h) => h.id));
    const termHits = this.matcher.match(query);
    // Words found through a typo fix or the query terms themselves count like typed words.
    const corrected = plan.corrections.flatMap((c) => this.matcher.match(c.to).map((h) => ({ ...h, start: 0, end: 0 })));
    const determinants = this.rankDeterminants([...termHits, ...corrected], hits, stored)
      .filter((d) => !options.categoryIds?.length || options.categoryIds.includes(d.categoryId))
      .slice(0, limit);
    return {
      query,
      tookMs: round(performance.now() - started),
      corrections: plan.corrections,
      determinants,
      passages: this.passageResults(stored.slice(0, limit), hits, plan),
    };
  }

  screen(text: string): ScreenResult {
    const started = performance.now();
    const termHits = this.matcher.match(text);
    const activities = this.pathwayMatcher.match(text);
    const evidence = combineEvidence(scoreTermHits(termHits, this.matcher.determinants), scorePathwayHits(activities));
    const governanceHits = this.governanceFinder.findAll(text).length;
    const suggested = screeningDecision(evidence, governanceHits, activities.reduce((n, a) => n + a.count, 0)).suggested;

    const passageIds = new Set<number>();
    const allHits: PassageHit[] = [];
    const determinants = suggested.map((e) => {
      // The most specific (longest) words find the best evidence, and rare words keep the
      // index search small: a common word such as 医院 matches a sixth of a large corpus.
      const words = [...e.terms].sort((x, y) => [...y].length - [...x].length).slice(0, 3);
      const plan = this.planner.plan((words.length ? words : [this.determinant(e.determinantId)!.name]).join(' '));
      const hits = this.passageSearch.search(plan, 3, { determinantIds: [e.determinantId] });
      for (const h of hits) {
        if (passageIds.has(h.id)) continue;
        passageIds.add(h.id);
        allHits.push(h);
      }
      return this.determinantResult(e.determinantId, e.score, e, termHits, hits.map((h) => h.id));
    });
    const stored = this.store.passages([...passageIds]);
    const groups = this.groupsIn(text);
    return {
      tookMs: round(performance.now() - started),
      relevant: determinants.length > 0,
      determinants,
      groups,
      passages: this.passageResults(stored, allHits, this.planner.plan(suggested.flatMap((e) => e.terms.slice(0, 3)).join(' '))),
    };
  }

  private filterFor(options: SearchOptions): PassageFilter {
    const fromCategories = options.categoryIds?.length
      ? allDeterminants(this.data.taxonomy).filter((d) => options.categoryIds!.includes(this.categoryOf.get(d.id)!.id)).map((d) => d.id)
      : [];
    const determinantIds = [...(options.determinantIds ?? []), ...fromCategories];
    return { documentIds: options.documentIds, determinantIds: determinantIds.length ? determinantIds : undefined };
  }

  /** Determinants named in the text first, then those the retrieved passages are about. */
  private rankDeterminants(termHits: TermHit[], hits: PassageHit[], passages: StoredPassage[]): DeterminantResult[] {
    const fromTerms = new Map(scoreTermHits(termHits, this.matcher.determinants).map((e) => [e.determinantId, e]));
    const fromPassages = new Map<string, { score: number; ids: number[] }>();
    passages.forEach((p, rank) => {
      const weight = ((hits[rank]?.tier ?? 3) <= 2 ? 1 : 0.3) / (rank + 3);
      for (const d of p.determinants) {
        const entry = fromPassages.get(d) ?? { score: 0, ids: [] };
        entry.score += weight;
        entry.ids.push(p.id);
        fromPassages.set(d, entry);
      }
    });
    const ids = new Set([...fromTerms.keys(), ...fromPassages.keys()]);
    return [...ids]
      .map((id) => {
        const score = (fromTerms.get(id)?.score ?? 0) + (fromPassages.get(id)?.score ?? 0);
        return this.determinantResult(id, score, fromTerms.get(id), termHits, (fromPassages.get(id)?.ids ?? []).slice(0, 5));
      })
      .filter((d) => d.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  private determinantResult(
    id: string,
    score: number,
    terms: TermEvidence | CombinedEvidence | undefined,
    hits: TermHit[],
    evidence: number[],
  ): DeterminantResult {
    const d = this.matcher.determinants.get(id)!;
    const category = this.categoryOf.get(id)!;
    return {
      id,
      name: d.name,
      category: category.name,
      categoryId: category.id,
      score: round(score),
      terms: terms?.terms ?? [],
      mentions: hits.filter((h) => h.determinantId === id && h.end > h.start).map((h) => ({ start: h.start, end: h.end, term: h.term })),
      evidence,
      reasons: terms && 'reasons' in terms ? terms.reasons : [],
    };
  }

  private passageResults(passages: StoredPassage[], hits: PassageHit[], plan: QueryPlan): PassageResult[] {
    const scoreOf = new Map(hits.map((h) => [h.id, h.score]));
    const finder = new PhraseFinder(plan.groups.flatMap((g) => [g.term, ...g.alternatives]).map((t) => ({ phrase: t, value: t })));
    return passages.map((p) => ({
      id: p.id,
      text: p.text,
      score: scoreOf.get(p.id) ?? 0,
      source: {
        document: p.documentId,
        documentTitle: p.documentTitle,
        section: p.headingPath.join(' › '),
        lineStart: p.lineStart,
        lineEnd: p.lineEnd,
      },
      determinants: p.determinants,
      highlights: nonOverlapping(finder.findAll(p.text).map((h) => ({ start: h.start, end: h.end, term: h.phrase }))),
    }));
  }

  private groupsIn(text: string): ScreenResult['groups'] {
    const found = new Map<string, Set<string>>();
    for (const h of this.groupFinder.findAll(text)) found.set(h.value, (found.get(h.value) ?? new Set()).add(h.phrase));
    return this.data.taxonomy.groups.filter((g) => found.has(g.id)).map((g) => ({ id: g.id, name: g.name, terms: [...found.get(g.id)!] }));
  }
}

/** Highlights must not overlap for a renderer to wrap them: keep the earliest, longest. */
function nonOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}
