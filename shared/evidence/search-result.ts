import { z } from 'zod';

/** A span of text to highlight, offsets into the text it belongs to (end exclusive). */
export const Span = z.strictObject({ start: z.number().int(), end: z.number().int(), term: z.string() });
export type Span = z.infer<typeof Span>;

export const PassageSourceOut = z.strictObject({
  document: z.string(),
  documentTitle: z.string(),
  /** Heading path joined with ' › ', e.g. 三、发展任务 › （一）改善健康环境. */
  section: z.string(),
  lineStart: z.number().int(),
  lineEnd: z.number().int(),
});

export const PassageResult = z.strictObject({
  id: z.number().int(),
  text: z.string(),
  score: z.number(),
  source: PassageSourceOut,
  determinants: z.array(z.string()),
  highlights: z.array(Span),
});
export type PassageResult = z.infer<typeof PassageResult>;

export const DeterminantResult = z.strictObject({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  categoryId: z.string(),
  score: z.number(),
  /** The determinant's words found in the query or draft, most frequent first. */
  terms: z.array(z.string()),
  /** Where those words are in the query or draft. */
  mentions: z.array(Span),
  /** Passage ids that support it. */
  evidence: z.array(z.number().int()),
  /** Activities in the draft that act through this determinant, with the expert's reason. */
  reasons: z.array(z.strictObject({ pathway: z.string(), reason: z.string(), triggers: z.array(z.string()) })),
});
export type DeterminantResult = z.infer<typeof DeterminantResult>;

export const SearchResult = z.strictObject({
  query: z.string(),
  tookMs: z.number(),
  corrections: z.array(z.strictObject({ from: z.string(), to: z.string() })),
  determinants: z.array(DeterminantResult),
  passages: z.array(PassageResult),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const ScreenResult = z.strictObject({
  tookMs: z.number(),
  /** True when the draft has at least one material health pathway worth assessing. */
  relevant: z.boolean(),
  determinants: z.array(DeterminantResult),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string(), terms: z.array(z.string()) })),
  passages: z.array(PassageResult),
});
export type ScreenResult = z.infer<typeof ScreenResult>;
