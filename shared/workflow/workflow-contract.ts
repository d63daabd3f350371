import { z } from 'zod';
import { Assessment, AssessmentId } from '../assessment';
import { ScreenResult } from '../evidence/search-result';
import { MitigationLibrarySchema } from './mitigation-library';
import { RatingSchemeSchema } from './rating-scheme';
import { ScreeningFormSchema } from './screening-form';
import { ANSWERS, IMPACT_LEVELS, StageData } from './stage-data';

const DataStageEnum = z.enum(['screening', 'scoping', 'scoring', 'recommendations', 'conclusion']);

export const WorkflowViewSchema = z.strictObject({
  assessment: Assessment,
  data: z.strictObject(StageData),
  problems: z.record(DataStageEnum, z.array(z.string())),
});
export type WorkflowViewOut = z.infer<typeof WorkflowViewSchema>;

export const SaveStageInput = z.strictObject({
  id: AssessmentId,
  stage: DataStageEnum,
  /** Validated against the stage's schema by the core. */
  data: z.unknown(),
});

export const ScreeningSuggestionSchema = z.strictObject({
  answers: z.record(
    z.string(),
    z.strictObject({ answer: z.enum(ANSWERS).nullable(), suggested: z.enum(ANSWERS), reason: z.string(), note: z.string() }),
  ),
  impactLevel: z.enum(IMPACT_LEVELS),
  fullAssessment: z.boolean(),
  screen: ScreenResult,
});

export const WorkflowReferenceSchema = z.strictObject({
  ratingScheme: RatingSchemeSchema,
  screeningForm: ScreeningFormSchema,
  /** Reusable recommendation wording for the 建议 stage (seeds/mitigations.json). */
  mitigations: MitigationLibrarySchema,
});
