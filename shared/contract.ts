import { z } from 'zod';
import { Assessment, AssessmentFields, AssessmentId, AssessmentSummary } from './assessment';
import type { Channel } from './channels';
import {
  EvidenceDocument,
  ImportInput,
  IndicatorOut,
  PassageContextOutput,
  ScreenInput,
  SearchInput,
  TaxonomyOutput,
} from './evidence/evidence-contract';
import { ScreenResult, SearchResult } from './evidence/search-result';
import {
  SaveStageInput,
  ScreeningSuggestionSchema,
  WorkflowReferenceSchema,
  WorkflowViewSchema,
} from './workflow/workflow-contract';
import { ERROR_CODES, type ErrorPayload } from './errors';

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one contract between renderer and core: channel → input and output schemas.
 * Both hosts (Electron IPC and the loopback HTTP host) dispatch through it.
 */
export const contract = {
  'app/info': {
    input: z.strictObject({}),
    output: z.strictObject({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      dataPath: z.string(),
      host: z.enum(['electron', 'web']),
    }),
  },
  'assessment/list': {
    input: z.strictObject({ search: z.string().trim().max(200).optional() }),
    output: z.array(AssessmentSummary),
  },
  'assessment/get': {
    input: z.strictObject({ id: AssessmentId }),
    output: Assessment,
  },
  'assessment/create': {
    input: AssessmentFields,
    output: Assessment,
  },
  'assessment/update': {
    input: z.strictObject({
      id: AssessmentId,
      changes: AssessmentFields.partial(),
      /** When given, the update is refused if someone saved in between (CONFLICT). */
      expectedUpdatedAt: z.iso.datetime().optional(),
    }),
    output: Assessment,
  },
  'assessment/delete': {
    input: z.strictObject({ id: AssessmentId }),
    output: z.strictObject({ id: AssessmentId }),
  },
  'evidence/search': { input: SearchInput, output: SearchResult },
  'evidence/screen': { input: ScreenInput, output: ScreenResult },
  'evidence/documents': { input: z.strictObject({}), output: z.array(EvidenceDocument) },
  'evidence/passage-context': {
    input: z.strictObject({ id: z.number().int().positive(), radius: z.number().int().min(0).max(10).optional() }),
    output: PassageContextOutput,
  },
  'evidence/import': { input: ImportInput, output: EvidenceDocument },
  'evidence/remove': {
    input: z.strictObject({ id: z.string().min(1).max(64) }),
    output: z.strictObject({ id: z.string() }),
  },
  'taxonomy/get': { input: z.strictObject({}), output: TaxonomyOutput },
  'evidence/indicators': {
    input: z.strictObject({ determinantIds: z.array(z.string().max(64)).max(200) }),
    output: z.array(IndicatorOut),
  },
  'workflow/get': { input: z.strictObject({ id: AssessmentId }), output: WorkflowViewSchema },
  'workflow/save': { input: SaveStageInput, output: WorkflowViewSchema },
  'workflow/advance': { input: z.strictObject({ id: AssessmentId }), output: WorkflowViewSchema },
  'workflow/screening-suggestion': { input: z.strictObject({ id: AssessmentId }), output: ScreeningSuggestionSchema },
  'workflow/reference': { input: z.strictObject({}), output: WorkflowReferenceSchema },
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const ErrorPayloadSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
