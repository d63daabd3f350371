import { z } from 'zod';
import { PanelMember } from '../snapshot/snapshot';
import { ScoreItem } from '../workflow/stage-data';
import { RatingSchemeSchema } from '../workflow/rating-scheme';
import { ASSESSMENT_KINDS } from '../assessment';

/**
 * The offline exchange with experts: the official exports a review request per expert (a
 * single .hiapkg file), the expert scores it in their own copy of the app and exports a
 * response. Both are JSON with a schema version and a SHA-256 over their canonical content.
 */
export const PACKAGE_FORMAT = 'hia-review-package';
export const PACKAGE_SCHEMA_VERSION = 1;
export const PACKAGE_EXTENSION = '.hiapkg';

const Header = {
  format: z.literal(PACKAGE_FORMAT),
  schemaVersion: z.number().int(),
  packageId: z.uuid(),
  assessmentId: z.uuid(),
  assessmentNumber: z.string(),
  assessmentVersion: z.number().int().min(1),
  round: z.number().int().min(1).max(2),
  member: PanelMember,
  createdAt: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
};

export const RequestContent = z.strictObject({
  title: z.string(),
  kind: z.enum(ASSESSMENT_KINDS),
  department: z.string(),
  draftText: z.string(),
  phases: z.array(z.string()),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  determinants: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      description: z.string(),
      evidence: z.array(
        z.strictObject({ id: z.number().int(), text: z.string(), documentTitle: z.string(), section: z.string(), lineStart: z.number().int(), lineEnd: z.number().int() }),
      ),
    }),
  ),
  ratingScheme: RatingSchemeSchema,
  /** The blank score sheet: one item per determinant and phase to rate. */
  sheet: z.array(ScoreItem),
});
export type RequestContent = z.infer<typeof RequestContent>;

export const RequestPackage = z.strictObject({ ...Header, type: z.literal('request'), content: RequestContent });
export const ResponsePackage = z.strictObject({
  ...Header,
  type: z.literal('response'),
  /** The request this answers. */
  requestId: z.uuid(),
  content: z.strictObject({ ratings: z.array(ScoreItem).max(600), comment: z.string().max(10000) }),
});
export type RequestPackage = z.infer<typeof RequestPackage>;
export type ResponsePackage = z.infer<typeof ResponsePackage>;
