/**
 * Query expansion table (seeds/synonyms.json): a word a user or a draft uses → the wording the
 * evidence base uses. Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import type { SeedIssue } from './manifest';
import { TermSchema, taxonomyVocabulary, termKey, type Taxonomy } from './taxonomy';

export const SynonymEntrySchema = z.strictObject({
  term: TermSchema,
  expandsTo: z.array(TermSchema).min(1),
});

export const SynonymsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  entries: z.array(SynonymEntrySchema).min(1),
});

export type SynonymEntry = z.infer<typeof SynonymEntrySchema>;
export type Synonyms = z.infer<typeof SynonymsSchema>;

/**
 * Every expansion target must be a word of the taxonomy (a determinant term or name, or a group
 * keyword), so that an expanded query can always be traced to a determinant.
 */
export function validateSynonyms(synonyms: Synonyms, taxonomy: Taxonomy): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const issue = (path: PropertyKey[], message: string) =>
    issues.push({ file: 'synonyms.json', path, message });
  const vocab = taxonomyVocabulary(taxonomy);
  const terms = new Set<string>();

  synonyms.entries.forEach((entry, i) => {
    const key = termKey(entry.term);
    if (terms.has(key)) issue(['entries', i, 'term'], `duplicate synonym entry "${entry.term}"`);
    terms.add(key);
    const targets = new Set<string>();
    entry.expandsTo.forEach((target, j) => {
      const tk = termKey(target);
      if (tk === key) issue(['entries', i, 'expandsTo', j], `"${entry.term}" expands to itself`);
      if (targets.has(tk)) issue(['entries', i, 'expandsTo', j], `"${target}" is listed twice`);
      targets.add(tk);
      if (!vocab.has(tk)) {
        issue(['entries', i, 'expandsTo', j], `"${target}" is not a term of the taxonomy`);
      }
    });
  });
  return issues;
}

/** Expand one query word: the word itself followed by its targets (no duplicates). */
export function expandTerm(synonyms: Synonyms, word: string): string[] {
  const key = termKey(word);
  const entry = synonyms.entries.find((e) => termKey(e.term) === key);
  if (entry === undefined) return [word];
  return [word, ...entry.expandsTo.filter((t) => termKey(t) !== key)];
}
