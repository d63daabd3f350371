/**
 * 监测 (monitoring): the indicators an assessment chose (in scoping, per determinant), and after
 * sign-off the follow-up values recorded against them, with progress toward each target.
 * Schemas only; progress arithmetic is in progress.ts.
 */
import { z } from 'zod';
import { IndicatorOut } from '../evidence/evidence-contract';
import { IndicatorKindSchema } from '../evidence/indicator';

/** An indicator as the catalogue (指标库) shows it: the contract record plus its context. */
export const CatalogueIndicator = IndicatorOut.extend({
  /** The table's 类别, or the section path of the passage. */
  category: z.string(),
  kind: IndicatorKindSchema,
  note: z.string().nullable(),
  /** How many assessments chose it for monitoring. */
  usedBy: z.number().int().nonnegative(),
});
export type CatalogueIndicator = z.infer<typeof CatalogueIndicator>;

export const Observation = z.strictObject({
  id: z.uuid(),
  indicatorId: z.string(),
  /** YYYY-MM-DD. */
  observedOn: z.iso.date(),
  /** As printed by the source of the value, e.g. "92.5" or "92.5%"; parsed for progress. */
  value: z.string(),
  note: z.string(),
  recordedAt: z.iso.datetime(),
});
export type Observation = z.infer<typeof Observation>;

export const Progress = z.strictObject({
  /** numeric: baseline/target/value parsed as numbers; otherwise only the values are shown. */
  kind: z.enum(['numeric', 'qualitative', 'no-data']),
  direction: z.enum(['increase', 'decrease']).nullable(),
  baselineValue: z.number().nullable(),
  targetValue: z.number().nullable(),
  latestValue: z.number().nullable(),
  latestOn: z.iso.date().nullable(),
  /** (latest − baseline) / (target − baseline), not clamped; null without a numeric baseline. */
  fraction: z.number().nullable(),
  status: z.enum(['achieved', 'improving', 'not-improving', 'no-data', 'not-comparable']),
});
export type Progress = z.infer<typeof Progress>;

export const MonitoredIndicator = z.strictObject({
  indicator: IndicatorOut,
  /** Names of the determinants in scope that chose it. */
  determinants: z.array(z.string()),
  observations: z.array(Observation),
  progress: Progress,
});
export type MonitoredIndicator = z.infer<typeof MonitoredIndicator>;

export const MonitoringView = z.strictObject({
  assessmentId: z.uuid(),
  /** The newest signed version whose indicators are followed up, or null before sign-off. */
  signedVersion: z.number().int().nullable(),
  /** Follow-up values can be recorded only after sign-off. */
  canRecord: z.boolean(),
  indicators: z.array(MonitoredIndicator),
});
export type MonitoringView = z.infer<typeof MonitoringView>;

export const ObservationInput = z.strictObject({
  indicatorId: z.string().min(1).max(64),
  observedOn: z.iso.date(),
  value: z.string().trim().min(1).max(100),
  note: z.string().trim().max(2000).default(''),
});
