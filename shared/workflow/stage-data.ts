import { z } from 'zod';

/** What each stage stores. Every field is optional while the user works (autosave keeps
 * half-finished input); completeness is checked by validation (validate-stage.ts) before moving on. */

export const ANSWERS = ['yes', 'unknown', 'no'] as const;
export const IMPACT_LEVELS = ['minimal', 'mild', 'major'] as const;
export const DIRECTIONS = ['positive', 'negative', 'uncertain', 'none'] as const;
export const PHASES = ['design', 'construction', 'operation'] as const;
export const JUDGEMENTS = ['issue-as-drafted', 'revise-then-issue', 'postpone-or-major-revision'] as const;

export type Answer = (typeof ANSWERS)[number];
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Phase = (typeof PHASES)[number];
export type Judgement = (typeof JUDGEMENTS)[number];

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const rating = z.number().int().min(1).max(10);

export const ScreeningData = z.strictObject({
  /** Keyed by question number 1–10 of the screening form. */
  answers: z.record(
    z.string().regex(/^([1-9]|10)$/),
    z.strictObject({
      answer: z.enum(ANSWERS).nullable(),
      /** The tool's suggestion and its reason, kept to show what the person changed. */
      suggested: z.enum(ANSWERS),
      reason: text(2000),
      note: text(2000).default(''),
    }),
  ),
  impactLevel: z.enum(IMPACT_LEVELS).nullable().default(null),
  fullAssessment: z.boolean().nullable().default(null),
  note: text(5000).default(''),
});

export const ScopingData = z.strictObject({
  determinants: z
    .array(
      z.strictObject({
        id,
        origin: z.enum(['suggested', 'added']),
        /** Cited passages (evidence ids) and indicators chosen for follow-up. */
        evidence: z.array(z.number().int()).max(50).default([]),
        indicators: z.array(id).max(50).default([]),
        note: text(2000).default(''),
      }),
    )
    .max(200),
  groups: z.array(id).max(50).default([]),
  /** Projects only: the phases assessed. */
  phases: z.array(z.enum(PHASES)).max(3).default([]),
});

export const ScoreItem = z.strictObject({
  determinantId: id,
  /** 'all' for policies and plans; a phase for projects. */
  phase: z.union([z.enum(PHASES), z.literal('all')]),
  direction: z.enum(DIRECTIONS).nullable().default(null),
  likelihood: rating.nullable().default(null),
  severity: rating.nullable().default(null),
  extent: rating.nullable().default(null),
  duration: rating.nullable().default(null),
  frequency: rating.nullable().default(null),
  groups: z.array(id).max(50).default([]),
  rationale: text(5000).default(''),
  evidence: z.array(z.number().int()).max(50).default([]),
});
export type ScoreItem = z.infer<typeof ScoreItem>;

export const ScoringData = z.strictObject({ items: z.array(ScoreItem).max(600) });

export const RecommendationsData = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id,
        determinantId: id,
        kind: z.enum(['mitigation', 'enhancement']),
        text: text(5000),
        /** The library entry it started from, if any. */
        libraryId: id.nullable().default(null),
      }),
    )
    .max(500),
});

export const ConclusionData = z.strictObject({
  judgement: z.enum(JUDGEMENTS).nullable().default(null),
  reasons: text(10000).default(''),
});

export const StageData = {
  screening: ScreeningData,
  scoping: ScopingData,
  scoring: ScoringData,
  recommendations: RecommendationsData,
  conclusion: ConclusionData,
} as const;

export type DataStage = keyof typeof StageData;
export type StageDataOf<S extends DataStage> = z.infer<(typeof StageData)[S]>;

export const EMPTY_STAGE_DATA: { [S in DataStage]: StageDataOf<S> } = {
  screening: { answers: {}, impactLevel: null, fullAssessment: null, note: '' },
  scoping: { determinants: [], groups: [], phases: [] },
  scoring: { items: [] },
  recommendations: { items: [] },
  conclusion: { judgement: null, reasons: '' },
};
