/**
 * Determinant taxonomy (seeds/taxonomy.json): categories → determinants with the words that
 * reveal them in a draft, plus population groups and the damping lists used by matching.
 * Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import type { SeedIssue } from './manifest';

/** Stable kebab-case id, e.g. `air-quality`. Ids are referenced by indicators and assessments. */
export const SeedIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, -)');

/** A matchable word: at least two characters, because one Chinese character matches almost anything. */
export const TermSchema = z
  .string()
  .min(2, 'terms must have at least 2 characters')
  .refine((s) => s === s.trim(), 'terms must not start or end with whitespace');

export const SeedRefSchema = z.strictObject({
  document: z.string().min(1),
  line: z.number().int().positive(),
  lineEnd: z.number().int().positive().optional(),
});

export const DeterminantSchema = z.strictObject({
  id: SeedIdSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string().min(1),
  /** Exposure/activity words as they occur in the seed documents. */
  keywords: z.array(TermSchema),
  /** Words officials type that the seeds do not use (colloquial, technical, other cities'). */
  synonyms: z.array(TermSchema),
  /** Phrases that contain a term but must not count (烟花爆竹 for tobacco, 酒店 for alcohol). */
  exclude: z.array(TermSchema),
  /** True for outcome-side determinants (diseases, mortality): a hit alone is not a pathway. */
  outcomeOnly: z.boolean(),
  groups: z.array(SeedIdSchema),
  /** Numbers 1–10 of the screening form in DOMAIN.md that this determinant bears on. */
  screeningQuestions: z.array(z.number().int().min(1).max(10)).min(1),
  seedRefs: z.array(SeedRefSchema),
});

export const CategorySchema = z.strictObject({
  id: SeedIdSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  determinants: z.array(DeterminantSchema).min(1),
});

export const PopulationGroupSchema = z.strictObject({
  id: SeedIdSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  keywords: z.array(TermSchema).min(1),
});

export const TaxonomySchema = z.strictObject({
  schemaVersion: z.literal(1),
  categories: z.array(CategorySchema).min(1),
  groups: z.array(PopulationGroupSchema).min(1),
  /** Outcome words present in nearly every health document; matching must damp them. */
  outcomeTerms: z.array(TermSchema),
  /** Procedural words that mark documents with no material health pathway. */
  governanceTerms: z.array(TermSchema),
  /** Words too generic to be a determinant term on their own (健康, 管理, 建设, 服务…). */
  genericTerms: z.array(TermSchema),
});

export type SeedRef = z.infer<typeof SeedRefSchema>;
export type Determinant = z.infer<typeof DeterminantSchema>;
export type DeterminantCategory = z.infer<typeof CategorySchema>;
export type PopulationGroup = z.infer<typeof PopulationGroupSchema>;
export type Taxonomy = z.infer<typeof TaxonomySchema>;

/** Minimum number of keywords + synonyms per determinant: fewer cannot find it in real drafts. */
export const MIN_TERMS_PER_DETERMINANT = 5;

/** Comparison key for terms: case-insensitive, full/half width folded. */
export function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase();
}

export function allDeterminants(taxonomy: Taxonomy): Determinant[] {
  return taxonomy.categories.flatMap((c) => c.determinants);
}

/** Every term a determinant can be found by (keywords first). */
export function determinantTerms(d: Determinant): string[] {
  return [...d.keywords, ...d.synonyms];
}

/** All words the taxonomy knows: determinant terms, names and group keywords (for synonym targets). */
export function taxonomyVocabulary(taxonomy: Taxonomy): Set<string> {
  const vocab = new Set<string>();
  for (const d of allDeterminants(taxonomy)) {
    vocab.add(termKey(d.name));
    for (const t of determinantTerms(d)) vocab.add(termKey(t));
  }
  for (const g of taxonomy.groups) {
    vocab.add(termKey(g.name));
    for (const k of g.keywords) vocab.add(termKey(k));
  }
  return vocab;
}

/** Line counts of the documents seed refs may cite, keyed by document id. */
export type DocumentLineCounts = ReadonlyMap<string, number>;

/**
 * Cross-reference checks the schema cannot express. Returns every problem found (empty when valid).
 * Pass `documents` to also check that seed refs cite existing documents and lines.
 */
export function validateTaxonomy(taxonomy: Taxonomy, documents?: DocumentLineCounts): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const issue = (path: PropertyKey[], message: string) =>
    issues.push({ file: 'taxonomy.json', path, message });

  const groupIds = new Set<string>();
  taxonomy.groups.forEach((g, gi) => {
    if (groupIds.has(g.id)) issue(['groups', gi, 'id'], `duplicate group id "${g.id}"`);
    groupIds.add(g.id);
  });

  const generic = new Set(taxonomy.genericTerms.map(termKey));
  const outcome = new Set(taxonomy.outcomeTerms.map(termKey));
  const categoryIds = new Set<string>();
  const determinantIds = new Map<string, string>();

  taxonomy.categories.forEach((c, ci) => {
    if (categoryIds.has(c.id)) issue(['categories', ci, 'id'], `duplicate category id "${c.id}"`);
    categoryIds.add(c.id);
    c.determinants.forEach((d, di) => {
      const at = (...rest: PropertyKey[]) => ['categories', ci, 'determinants', di, ...rest];
      const previous = determinantIds.get(d.id);
      if (previous !== undefined) {
        issue(at('id'), `duplicate determinant id "${d.id}" (also in category "${previous}")`);
      }
      determinantIds.set(d.id, c.id);
      checkDeterminant(d, at, issue, { groupIds, generic, outcome, documents });
    });
  });
  return issues;
}

interface DeterminantContext {
  groupIds: Set<string>;
  generic: Set<string>;
  outcome: Set<string>;
  documents: DocumentLineCounts | undefined;
}

function checkDeterminant(
  d: Determinant,
  at: (...rest: PropertyKey[]) => PropertyKey[],
  issue: (path: PropertyKey[], message: string) => void,
  ctx: DeterminantContext,
): void {
  d.groups.forEach((g, i) => {
    if (!ctx.groupIds.has(g)) issue(at('groups', i), `determinant "${d.id}" refers to unknown group "${g}"`);
  });
  if (new Set(d.groups).size !== d.groups.length) issue(at('groups'), `determinant "${d.id}" lists a group twice`);
  if (new Set(d.screeningQuestions).size !== d.screeningQuestions.length) {
    issue(at('screeningQuestions'), `determinant "${d.id}" lists a screening question twice`);
  }
  if (d.keywords.length + d.synonyms.length < MIN_TERMS_PER_DETERMINANT) {
    issue(at('keywords'), `determinant "${d.id}" needs at least ${MIN_TERMS_PER_DETERMINANT} keywords + synonyms`);
  }

  const seen = new Map<string, string>();
  const excludes = d.exclude.map(termKey);
  for (const field of ['keywords', 'synonyms'] as const) {
    d[field].forEach((term, i) => {
      const key = termKey(term);
      const first = seen.get(key);
      if (first !== undefined) issue(at(field, i), `"${term}" is listed twice in "${d.id}" (first in ${first})`);
      seen.set(key, field);
      if (ctx.generic.has(key)) issue(at(field, i), `"${term}" is too generic to identify "${d.id}"`);
      if (!d.outcomeOnly && ctx.outcome.has(key)) {
        issue(at(field, i), `"${term}" is an outcome term; only outcomeOnly determinants may use it`);
      }
      const blocking = excludes.find((e) => key.includes(e));
      if (blocking !== undefined) {
        issue(at(field, i), `"${term}" contains the exclude phrase "${blocking}", so it could never match`);
      }
    });
  }
  d.exclude.forEach((e, i) => {
    if (seen.has(termKey(e))) issue(at('exclude', i), `"${e}" is both a term and an exclude phrase of "${d.id}"`);
  });

  d.seedRefs.forEach((ref, i) => {
    const end = ref.lineEnd ?? ref.line;
    if (end < ref.line) issue(at('seedRefs', i, 'lineEnd'), 'lineEnd is before line');
    if (ctx.documents === undefined) return;
    const lines = ctx.documents.get(ref.document);
    if (lines === undefined) {
      issue(at('seedRefs', i, 'document'), `unknown document "${ref.document}"`);
    } else if (end > lines) {
      issue(at('seedRefs', i), `line ${end} is past the end of document ${ref.document} (${lines} lines)`);
    }
  });
}
