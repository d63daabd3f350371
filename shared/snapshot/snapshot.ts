import { z } from 'zod';
import { ASSESSMENT_KINDS } from '../assessment';
import { IndicatorOut } from '../evidence/evidence-contract';
import { RatingSchemeSchema } from '../workflow/rating-scheme';
import { ScreeningFormSchema } from '../workflow/screening-form';
import { StageData, ScoreItem } from '../workflow/stage-data';

/**
 * Everything an assessment's report shows, in one self-contained document: the registration,
 * every stage, the names and texts it refers to (determinants, cited passages, indicators),
 * the expert panel, and the signatures. Sign-off stores this canonical JSON with its SHA-256;
 * the Word report is built from it alone, so a signed report can be rebuilt and verified.
 */
export const PanelMember = z.strictObject({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  field: z.string(),
  role: z.enum(['leader', 'member']),
});
export type PanelMember = z.infer<typeof PanelMember>;

/** One expert's independent rating of one determinant (and phase). */
export const ExpertRating = ScoreItem.extend({ memberId: z.string(), round: z.number().int().min(1).max(2) });
export type ExpertRating = z.infer<typeof ExpertRating>;

/** The panel's view of one determinant: each expert side by side, the summary, the final. */
export const AggregatedItem = z.strictObject({
  determinantId: z.string(),
  phase: ScoreItem.shape.phase,
  ratings: z.array(ExpertRating),
  medianLikelihood: z.number().nullable(),
  medianSeverity: z.number().nullable(),
  majorityDirection: z.string().nullable(),
  /** Spread of likelihood × severity products as max − min. */
  range: z.number().nullable(),
  /** Share of experts agreeing with the majority direction and within one point of the medians. */
  agreement: z.number().min(0).max(1).nullable(),
  divergent: z.boolean(),
  /** Why it is flagged, in words (which rule fired). */
  divergenceReason: z.string(),
  /** The group leader's final rating (the consolidated opinion) and a note where it differs from the median. */
  final: ScoreItem.nullable(),
  leaderNote: z.string(),
});
export type AggregatedItem = z.infer<typeof AggregatedItem>;

export const Signature = z.strictObject({
  role: z.enum(['leader', 'approver']),
  name: z.string().min(1),
  /** ISO date (YYYY-MM-DD) the person signed. */
  date: z.string(),
  comment: z.string(),
});
export type Signature = z.infer<typeof Signature>;

export const SnapshotSchema = z.strictObject({
  schemaVersion: z.literal(1),
  assessment: z.strictObject({
    id: z.string(),
    /** Human-readable number printed on the report, e.g. HIA-2026-003. */
    number: z.string(),
    title: z.string(),
    kind: z.enum(ASSESSMENT_KINDS),
    department: z.string(),
    contact: z.string(),
    draftText: z.string(),
    createdAt: z.string(),
  }),
  /** 1 for the first signed version; each change after sign-off makes a new version. */
  version: z.number().int().min(1),
  stages: z.strictObject(StageData),
  determinants: z.array(z.strictObject({ id: z.string(), name: z.string(), category: z.string() })),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  evidence: z.array(
    z.strictObject({
      id: z.number().int(),
      text: z.string(),
      document: z.string(),
      documentTitle: z.string(),
      section: z.string(),
      lineStart: z.number().int(),
      lineEnd: z.number().int(),
    }),
  ),
  indicators: z.array(
    IndicatorOut.pick({
      id: true,
      name: true,
      unit: true,
      scope: true,
      baseline: true,
      baselineYear: true,
      target: true,
      targetYear: true,
      documentTitle: true,
      lineStart: true,
    }),
  ),
  panel: z.strictObject({
    members: z.array(PanelMember),
    aggregation: z.array(AggregatedItem),
    /** Notes of the panel discussion (专家组意见). */
    opinion: z.string(),
  }),
  signatures: z.array(Signature),
  ratingScheme: RatingSchemeSchema,
  screeningForm: ScreeningFormSchema,
  /** When this snapshot was made (sign-off time for signed versions). */
  createdAt: z.string(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
