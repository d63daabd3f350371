import { z } from 'zod';
import { AssessmentId } from '../assessment';
import { AggregatedItem, PanelMember } from '../snapshot/snapshot';
import { ScoreItem } from '../workflow/stage-data';
import { RequestPackage } from './review-package';

/** Contract schemas for the expert panel, review packages, sign-off, feedback and audit. */
export const PanelViewSchema = z.strictObject({
  members: z.array(PanelMember),
  state: z.strictObject({
    round: z.number().int(),
    opinion: z.string(),
    finals: z.array(z.strictObject({ determinantId: z.string(), phase: ScoreItem.shape.phase, final: ScoreItem, leaderNote: z.string() })),
  }),
  aggregation: z.array(AggregatedItem),
});

const text = (max: number) => z.string().trim().max(max);
export const MemberInput = z.strictObject({
  id: z.uuid().optional(),
  name: text(100).min(1),
  organisation: text(200).default(''),
  field: text(100).default(''),
  role: z.enum(['leader', 'member']),
});

export const PackageFile = z.strictObject({ fileName: z.string(), content: z.string() });
/** Package files are small JSON; 20 MB is far above any real panel. */
export const PackageContent = z.string().min(1).max(20 * 1024 * 1024);

export const ReviewTaskSchema = z.strictObject({
  request: RequestPackage,
  ratings: z.array(ScoreItem),
  /** The expert's overall comment, saved as they type and sent with the response. */
  comment: z.string(),
});

export const SignerInput = z.strictObject({
  name: text(100).min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD'),
  comment: text(2000).default(''),
});

export const SignedVersionInfo = z.strictObject({
  assessmentId: AssessmentId,
  version: z.number().int(),
  fingerprint: z.string(),
  signedAt: z.string(),
});

export const AuditEntrySchema = z.strictObject({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  assessmentId: z.string().nullable(),
  action: z.string(),
  detail: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

export const AuditVerifySchema = z.strictObject({
  ok: z.boolean(),
  entries: z.number().int(),
  problems: z.array(z.strictObject({ seq: z.number().int().nullable(), problem: z.string() })),
});

export const FeedbackSchema = z.array(
  z.strictObject({ recommendationId: z.string(), adoption: z.enum(['adopted', 'partly', 'not-adopted']), reason: z.string(), updatedAt: z.string() }),
);
