/**
 * Monitoring indicators (seeds/indicators.json): each value is tied to the exact lines of the
 * seed document it comes from. Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import type { SeedIssue } from './manifest';
import { allDeterminants, type DocumentLineCounts, type Taxonomy } from './taxonomy';

const text = z.string().min(1);
/** Optional cell: null when the source gives nothing (never an empty string). */
const cell = z.string().min(1).nullable();

export const IndicatorKindSchema = z.enum([
  /** A future goal, possibly with a baseline. */
  'target',
  /** A 13th-FYP review row: `target` = the 2020 goal, `baseline` = the 2020 actual value. */
  'review',
  /** A reported value only. */
  'status',
]);

export const IndicatorSchema = z.strictObject({
  /** `<document>-L<lineStart>` with a `-<n>` suffix when several indicators start on one line. */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids are ASCII letters, digits, ".", "_" and "-"'),
  document: text,
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  name: text,
  /** The table's 类别, or the section path of the passage. */
  category: text,
  unit: cell,
  /** 口径/范围 (市区, 市域, 建成区, 农村…) or which column of a two-target table. */
  scope: cell,
  baseline: cell,
  baselineYear: cell,
  target: cell,
  targetYear: cell,
  kind: IndicatorKindSchema,
  /** `text`, `table:<title>`, `box:专栏N` or `appendix-table(vertical)`. */
  source: z.string().regex(/^(text|table:.+|box:.+|appendix-table\(vertical\))$/, 'unknown source kind'),
  /** Exact source text: the cited lines, each trimmed, joined with "" (see citedText). */
  quote: text,
  note: cell,
  /** Taxonomy determinant ids this indicator monitors. */
  determinants: z.array(z.string().min(1)),
});

export const IndicatorsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  indicators: z.array(IndicatorSchema).min(1),
});

export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Indicators = z.infer<typeof IndicatorsSchema>;

/** Split a document into physical lines numbered as `cat -n` prints them (1-based). */
export function splitSourceLines(content: string): string[] {
  const lines = content.split('\n');
  if (content.endsWith('\n')) lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** The text an indicator quote is checked against: lines lineStart..lineEnd, trimmed, joined with "". */
export function citedText(lines: readonly string[], lineStart: number, lineEnd: number): string {
  return lines
    .slice(lineStart - 1, lineEnd)
    .map((l) => l.trim())
    .join('');
}

export function quoteOccursInSource(lines: readonly string[], indicator: Indicator): boolean {
  return citedText(lines, indicator.lineStart, indicator.lineEnd).includes(indicator.quote);
}

/**
 * Cross-reference checks: unique ids, known documents and determinants, line ranges inside
 * the document, and the fields each kind requires.
 */
export function validateIndicators(
  data: Indicators,
  taxonomy: Taxonomy,
  documents?: DocumentLineCounts,
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const issue = (path: PropertyKey[], message: string) =>
    issues.push({ file: 'indicators.json', path, message });
  const determinantIds = new Set(allDeterminants(taxonomy).map((d) => d.id));
  const ids = new Set<string>();

  data.indicators.forEach((ind, i) => {
    const at = (...rest: PropertyKey[]) => ['indicators', i, ...rest];
    if (ids.has(ind.id)) issue(at('id'), `duplicate indicator id "${ind.id}"`);
    ids.add(ind.id);
    if (ind.lineEnd < ind.lineStart) issue(at('lineEnd'), `${ind.id}: lineEnd is before lineStart`);
    if (documents !== undefined) {
      const lines = documents.get(ind.document);
      if (lines === undefined) issue(at('document'), `${ind.id}: unknown document "${ind.document}"`);
      else if (ind.lineEnd > lines) issue(at('lineEnd'), `${ind.id}: line ${ind.lineEnd} is past the end (${lines} lines)`);
    }
    ind.determinants.forEach((d, j) => {
      if (!determinantIds.has(d)) issue(at('determinants', j), `${ind.id}: unknown determinant "${d}"`);
    });
    if (new Set(ind.determinants).size !== ind.determinants.length) {
      issue(at('determinants'), `${ind.id}: a determinant is listed twice`);
    }
    if ((ind.kind === 'target' || ind.kind === 'review') && ind.target === null) {
      issue(at('target'), `${ind.id}: a ${ind.kind} indicator needs a target`);
    }
    if ((ind.kind === 'status' || ind.kind === 'review') && ind.baseline === null) {
      issue(at('baseline'), `${ind.id}: a ${ind.kind} indicator needs a baseline`);
    }
    if (ind.kind === 'status' && ind.target !== null) {
      issue(at('target'), `${ind.id}: a status indicator reports a value and has no target`);
    }
  });
  return issues;
}

/** Indicators that monitor a determinant, in file order. */
export function indicatorsForDeterminant(data: Indicators, determinantId: string): Indicator[] {
  return data.indicators.filter((ind) => ind.determinants.includes(determinantId));
}
