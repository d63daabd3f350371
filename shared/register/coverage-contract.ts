/**
 * 覆盖率 (coverage): the share of registered policies, plans and projects submitted for HIA,
 * against targets the seeds set. Schemas only; the arithmetic is in coverage.ts.
 */
import { z } from 'zod';
import { REGISTER_CATEGORIES } from './register';

/** Where a default target was taken from: a seed document's lines, quoted exactly. */
export const TargetSource = z.strictObject({
  document: z.string().min(1),
  documentTitle: z.string().min(1),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  /** The cited lines, each trimmed and joined with "", contain this text (tested). */
  quote: z.string().min(1),
});

export const CoverageTarget = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().trim().min(1).max(100),
  /** Categories the target counts; empty means every category. */
  categories: z.array(z.enum(REGISTER_CATEGORIES)).max(REGISTER_CATEGORIES.length),
  /** The minimum share, 0–1 (0.4 = 40%). */
  minShare: z.number().min(0).max(1),
  targetYear: z.number().int().min(2000).max(2100),
  /** Null for a target a person added. */
  source: TargetSource.nullable(),
});
export type CoverageTarget = z.infer<typeof CoverageTarget>;

export const CoverageSettings = z.strictObject({
  targets: z.array(CoverageTarget).max(20),
  /**
   * Whether exempt (豁免) items count in the denominator. Default false: the base is the items
   * that should be submitted (登记总数 − 豁免). Shown next to every share.
   */
  exemptInDenominator: z.boolean(),
});
export type CoverageSettings = z.infer<typeof CoverageSettings>;

const Counts = z.strictObject({
  total: z.number().int(),
  notAssessed: z.number().int(),
  inProgress: z.number().int(),
  signed: z.number().int(),
  exempt: z.number().int(),
  /** 已提交评价 = 评价中 + 已签发. */
  submitted: z.number().int(),
  /** The denominator under the settings' rule. */
  base: z.number().int(),
  /** submitted / base, or null when base is 0. */
  share: z.number().min(0).max(1).nullable(),
});
export type CoverageCounts = z.infer<typeof Counts>;

export const CoverageReport = z.strictObject({
  /** The year shown, or null for all years together. */
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  exemptInDenominator: z.boolean(),
  overall: Counts,
  byCategory: z.array(Counts.extend({ category: z.enum(REGISTER_CATEGORIES) })),
  byDepartment: z.array(Counts.extend({ department: z.string() })),
  /** Every year in the register, for the trend chart (ignores the chosen year). */
  byYear: z.array(Counts.extend({ year: z.number().int() })),
  targets: z.array(
    z.strictObject({
      target: CoverageTarget,
      counts: Counts,
      /** null when nothing counts toward it in the chosen year, or for all years pooled. */
      met: z.boolean().nullable(),
    }),
  ),
});
export type CoverageReport = z.infer<typeof CoverageReport>;

export const CoverageQuery = z.strictObject({
  year: z.number().int().min(2000).max(2100).nullable().optional(),
});
