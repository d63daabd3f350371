/**
 * The mitigation library (seeds/mitigations.json): reusable recommendation wording, each entry
 * tied to taxonomy determinants, either a mitigation (减缓措施, for negative or uncertain
 * impacts) or an enhancement (增益措施, for positive ones). Every entry names its source: a
 * seed document line that states the measure, or the common practice / standard it follows.
 * Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import { ASSESSMENT_KINDS } from '../assessment';
import { allDeterminants, SeedIdSchema, type Taxonomy } from '../evidence/taxonomy';
import { PHASES } from './stage-data';

export const RECOMMENDATION_KINDS = ['mitigation', 'enhancement'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** A seed document line (or range) that states the measure; `quote` is its wording, checked by tests. */
export const DocumentSourceSchema = z.strictObject({
  document: z.string().min(1).max(16),
  line: z.number().int().positive(),
  lineEnd: z.number().int().positive().optional(),
  /** Exact words of the cited lines (whitespace and full/half width ignored), so a reader can verify. */
  quote: z.string().min(4).max(200),
});

/** Common practice or the standard followed, e.g. "GB 12523-2011《建筑施工场界环境噪声排放标准》". */
export const PracticeSourceSchema = z.strictObject({ practice: z.string().min(4).max(200) });

export const MitigationSourceSchema = z.union([DocumentSourceSchema, PracticeSourceSchema]);

export const MitigationEntrySchema = z.strictObject({
  id: SeedIdSchema,
  determinants: z.array(SeedIdSchema).min(1).max(8),
  kind: z.enum(RECOMMENDATION_KINDS),
  /** Short Chinese title shown on the suggestion card. */
  title: z.string().min(2).max(20),
  /** One to three sentences an official pastes into the report and edits. */
  text: z.string().min(10).max(300),
  appliesTo: z.array(z.enum(ASSESSMENT_KINDS)).min(1).max(3),
  /** Project phases the measure belongs to; absent = any phase. Ignored for policies and plans. */
  phases: z.array(z.enum(PHASES)).min(1).max(3).optional(),
  source: MitigationSourceSchema,
});

export const MitigationLibrarySchema = z.strictObject({
  schemaVersion: z.literal(1),
  entries: z.array(MitigationEntrySchema).min(1).max(2000),
});

export type DocumentSource = z.infer<typeof DocumentSourceSchema>;
export type MitigationSource = z.infer<typeof MitigationSourceSchema>;
export type MitigationEntry = z.infer<typeof MitigationEntrySchema>;
export type MitigationLibrary = z.infer<typeof MitigationLibrarySchema>;

export function isDocumentSource(s: MitigationSource): s is DocumentSource {
  return 'document' in s;
}

export interface MitigationIssue {
  /** JSON path inside mitigations.json, e.g. ['entries', 3, 'determinants', 0]. */
  path: PropertyKey[];
  message: string;
}

export function formatMitigationIssue(issue: MitigationIssue): string {
  const path = issue.path.map(String).join('.');
  return `mitigations.json${path === '' ? '' : ` at ${path}`}: ${issue.message}`;
}

/** Text compared with quotes: `<sub>` tags dropped, widths folded, whitespace removed. */
export function normaliseQuoteText(s: string): string {
  return s.replace(/<\/?sub>/g, '').normalize('NFKC').replace(/\s+/g, '');
}

const SENTENCE_END = /[。！？]/g;

/**
 * Cross-reference checks the schema cannot express: unique ids, every determinant id in the
 * taxonomy, no repeats inside an entry, 1–3 sentences of text. Pass `documents` (document id →
 * its lines, 1-based numbering as `cat -n`) to also check that each cited line range exists and
 * contains the quote. Returns every problem found (empty when valid).
 */
export function validateMitigations(
  library: MitigationLibrary,
  taxonomy: Taxonomy,
  documents?: ReadonlyMap<string, readonly string[]>,
): MitigationIssue[] {
  const issues: MitigationIssue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const known = new Set(allDeterminants(taxonomy).map((d) => d.id));
  const ids = new Map<string, number>();

  library.entries.forEach((e, i) => {
    const at = (...rest: PropertyKey[]) => ['entries', i, ...rest];
    const first = ids.get(e.id);
    if (first !== undefined) issue(at('id'), `duplicate entry id "${e.id}" (also entries.${first})`);
    else ids.set(e.id, i);

    e.determinants.forEach((d, di) => {
      if (!known.has(d)) issue(at('determinants', di), `entry "${e.id}" refers to unknown determinant "${d}"`);
    });
    if (new Set(e.determinants).size !== e.determinants.length) issue(at('determinants'), `entry "${e.id}" lists a determinant twice`);
    if (new Set(e.appliesTo).size !== e.appliesTo.length) issue(at('appliesTo'), `entry "${e.id}" lists a kind twice`);
    if (e.phases && new Set(e.phases).size !== e.phases.length) issue(at('phases'), `entry "${e.id}" lists a phase twice`);

    const sentences = e.text.match(SENTENCE_END)?.length ?? 0;
    if (!/[。！？]$/.test(e.text)) issue(at('text'), `entry "${e.id}": text must end with a full stop (。)`);
    if (sentences > 3) issue(at('text'), `entry "${e.id}": text has ${sentences} sentences, at most 3`);

    const s = e.source;
    if (!isDocumentSource(s)) return;
    const end = s.lineEnd ?? s.line;
    if (end < s.line) issue(at('source', 'lineEnd'), 'lineEnd is before line');
    if (documents === undefined) return;
    const lines = documents.get(s.document);
    if (lines === undefined) {
      issue(at('source', 'document'), `unknown document "${s.document}"`);
    } else if (end > lines.length) {
      issue(at('source', 'line'), `line ${end} is past the end of document ${s.document} (${lines.length} lines)`);
    } else {
      const cited = normaliseQuoteText(lines.slice(s.line - 1, end).join(''));
      if (!cited.includes(normaliseQuoteText(s.quote))) {
        issue(at('source', 'quote'), `the quote is not in document ${s.document} lines ${s.line}–${end}`);
      }
    }
  });
  return issues;
}

/** Entries for a determinant and kind, those naming it first ahead of those naming it later. */
export function entriesFor(library: MitigationLibrary, determinantId: string, kind: RecommendationKind): MitigationEntry[] {
  return library.entries
    .filter((e) => e.kind === kind && e.determinants.includes(determinantId))
    .sort((a, b) => a.determinants.indexOf(determinantId) - b.determinants.indexOf(determinantId));
}
