import { z } from 'zod';
import { Assessment, AssessmentChanges, AssessmentFields, AssessmentId, AssessmentSummary } from './assessment';
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
import { PassageResult, ScreenResult, SearchResult } from './evidence/search-result';
import {
  SaveStageInput,
  ScreeningSuggestionSchema,
  WorkflowReferenceSchema,
  WorkflowViewSchema,
} from './workflow/workflow-contract';
import {
  AuditEntrySchema,
  AuditVerifySchema,
  FeedbackSchema,
  MemberInput,
  PackageContent,
  PackageFile,
  PanelViewSchema,
  ReviewTaskSchema,
  SignedVersionInfo,
  SignerInput,
} from './panel/panel-contract';
import { ScoreItem } from './workflow/stage-data';
import { ERROR_CODES, type ErrorPayload } from './errors';
import { ImportPreview, ImportResult, RegisterFilter, RegisterItem, RegisterItemFields, TABLE_FORMATS, TableFileInput } from './register/register';
import { CoverageQuery, CoverageReport, CoverageSettings } from './register/coverage-contract';
import { CatalogueIndicator, MonitoringView, ObservationInput } from './monitoring/monitoring-contract';

const BackupInfo = z.strictObject({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  at: z.iso.datetime(),
  reason: z.enum(['manual', 'scheduled', 'pre-migrate', 'pre-restore']),
});
/** A backup in the backups folder, by name (or its full path there). */
const BackupFileInput = z.strictObject({ file: z.string().min(1).max(1000) });
/** A file the core produced for the user to save. */
const FileOut = z.strictObject({ fileName: z.string(), dataBase64: z.string() });
const TableFormat = z.enum(TABLE_FORMATS);

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
      changes: AssessmentChanges,
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
  'evidence/passages': {
    input: z.strictObject({ ids: z.array(z.number().int().positive()).max(500) }),
    output: z.array(PassageResult),
  },
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
  'panel/get': { input: z.strictObject({ id: AssessmentId }), output: PanelViewSchema },
  'panel/save-member': { input: z.strictObject({ id: AssessmentId, member: MemberInput }), output: PanelViewSchema },
  'panel/remove-member': { input: z.strictObject({ id: AssessmentId, memberId: z.uuid() }), output: PanelViewSchema },
  'panel/save-ratings': {
    input: z.strictObject({ id: AssessmentId, memberId: z.uuid(), items: z.array(ScoreItem).max(600) }),
    output: PanelViewSchema,
  },
  'panel/second-round': { input: z.strictObject({ id: AssessmentId }), output: PanelViewSchema },
  'panel/set-final': {
    input: z.strictObject({ id: AssessmentId, final: ScoreItem, note: z.string().max(5000) }),
    output: PanelViewSchema,
  },
  'panel/save-opinion': { input: z.strictObject({ id: AssessmentId, opinion: z.string().max(20000) }), output: PanelViewSchema },
  'panel/export-request': { input: z.strictObject({ id: AssessmentId, memberId: z.uuid() }), output: PackageFile },
  'panel/import-response': {
    input: z.strictObject({ id: AssessmentId, content: PackageContent }),
    output: z.strictObject({ memberId: z.string(), member: z.string(), ratings: z.number().int() }),
  },
  'review/open': { input: z.strictObject({ content: PackageContent }), output: ReviewTaskSchema },
  'review/list': {
    input: z.strictObject({}),
    output: z.array(
      z.strictObject({ packageId: z.string(), title: z.string(), assessmentNumber: z.string(), member: z.string(), round: z.number(), updatedAt: z.string() }),
    ),
  },
  'review/get': { input: z.strictObject({ packageId: z.uuid() }), output: ReviewTaskSchema },
  /** Saves the expert's scores, overall comment, or both. */
  'review/save': {
    input: z.strictObject({ packageId: z.uuid(), ratings: z.array(ScoreItem).max(600).optional(), comment: z.string().max(10000).optional() }),
    output: ReviewTaskSchema,
  },
  'review/export': { input: z.strictObject({ packageId: z.uuid(), comment: z.string().max(10000) }), output: PackageFile },
  'signoff/sign': {
    input: z.strictObject({ id: AssessmentId, leader: SignerInput, approver: SignerInput }),
    output: SignedVersionInfo,
  },
  'signoff/reopen': { input: z.strictObject({ id: AssessmentId, reason: z.string().trim().min(1).max(2000) }), output: z.strictObject({ version: z.number().int() }) },
  'signoff/versions': { input: z.strictObject({ id: AssessmentId }), output: z.array(SignedVersionInfo) },
  'feedback/list': { input: z.strictObject({ id: AssessmentId, version: z.number().int().min(1) }), output: FeedbackSchema },
  'feedback/record': {
    input: z.strictObject({
      id: AssessmentId,
      version: z.number().int().min(1),
      recommendationId: z.string().min(1).max(64),
      adoption: z.enum(['adopted', 'partly', 'not-adopted']),
      reason: z.string().max(5000),
    }),
    output: FeedbackSchema,
  },
  'audit/list': {
    input: z.strictObject({ id: AssessmentId.optional(), limit: z.number().int().min(1).max(2000).optional() }),
    output: z.array(AuditEntrySchema),
  },
  'audit/verify': { input: z.strictObject({}), output: AuditVerifySchema },
  'files/read-text': {
    input: ImportInput.omit({ title: true }),
    output: z.strictObject({
      text: z.string(),
      format: z.enum(['txt', 'md', 'docx', 'pdf']),
      encoding: z.string().nullable(),
      pages: z.number().int().nullable(),
      warnings: z.array(z.string()),
    }),
  },
  'backup/create': { input: z.strictObject({}), output: BackupInfo },
  'backup/list': { input: z.strictObject({}), output: z.array(BackupInfo.extend({ name: z.string() })) },
  'backup/validate': {
    input: BackupFileInput,
    output: z.strictObject({
      ok: z.boolean(),
      file: z.string(),
      bytes: z.number().int().nonnegative(),
      schemaVersion: z.number().int().nullable(),
      supportedVersion: z.number().int(),
      assessments: z.number().int().nullable(),
      auditEntries: z.number().int().nullable(),
      problems: z.array(z.string()),
    }),
  },
  /** Answered by the host (electron/backup/restore-host.ts), which closes and restarts the core. */
  'backup/restore': {
    input: BackupFileInput,
    output: z.strictObject({
      restoredFrom: z.string(),
      schemaVersion: z.number().int().nullable(),
      assessments: z.number().int().nullable(),
      preRestoreFile: z.string().nullable(),
    }),
  },
  'report/build': {
    input: z.strictObject({ id: AssessmentId, version: z.number().int().min(1).optional() }),
    output: z.strictObject({ fileName: z.string(), dataBase64: z.string(), signed: z.boolean(), version: z.number().int() }),
  },
  'register/list': { input: RegisterFilter, output: z.array(RegisterItem) },
  /** Creates an item, or updates it when `id` is given; `linkTo` also links an assessment, in the same transaction. */
  'register/save': {
    input: z.strictObject({ id: z.uuid().optional(), fields: RegisterItemFields, linkTo: AssessmentId.optional() }),
    output: RegisterItem,
  },
  'register/delete': { input: z.strictObject({ id: z.uuid() }), output: z.strictObject({ id: z.uuid() }) },
  /** Links an item to an assessment, or unlinks it with null. */
  'register/link': { input: z.strictObject({ id: z.uuid(), assessmentId: AssessmentId.nullable() }), output: RegisterItem },
  /** Registers an assessment for the item (title, type, department from it) and links them. */
  'register/start-assessment': { input: z.strictObject({ id: z.uuid() }), output: z.strictObject({ item: RegisterItem, assessmentId: AssessmentId }) },
  /** Assessments no register item links to: the register page offers to record them. */
  'register/unregistered': { input: z.strictObject({}), output: z.array(AssessmentSummary) },
  'register/preview-import': { input: TableFileInput, output: ImportPreview },
  /** Imports the file's valid rows in one transaction; rows with errors are reported, not imported. */
  'register/import': { input: TableFileInput, output: ImportResult },
  'register/export': { input: z.strictObject({ format: TableFormat, filter: RegisterFilter.optional() }), output: FileOut },
  /** An empty register file with the expected columns and one example row. */
  'register/template': { input: z.strictObject({ format: TableFormat }), output: FileOut },
  'coverage/get': { input: CoverageQuery, output: CoverageReport },
  'coverage/settings': { input: z.strictObject({}), output: CoverageSettings },
  'coverage/save-settings': { input: CoverageSettings, output: CoverageSettings },
  /** Back to the seeds' targets and the default counting rule. */
  'coverage/reset-settings': { input: z.strictObject({}), output: CoverageSettings },
  /** The dashboard's numbers as a CSV or XLSX table (统计表). */
  'coverage/export': { input: CoverageQuery.extend({ format: TableFormat }), output: FileOut },
  'indicators/catalogue': { input: z.strictObject({}), output: z.array(CatalogueIndicator) },
  'monitoring/get': { input: z.strictObject({ id: AssessmentId }), output: MonitoringView },
  'monitoring/record': { input: z.strictObject({ id: AssessmentId, observation: ObservationInput }), output: MonitoringView },
  /** Removes a mistaken value; the reason goes to the audit trail. */
  'monitoring/remove': {
    input: z.strictObject({ id: AssessmentId, observationId: z.uuid(), reason: z.string().trim().min(1).max(2000) }),
    output: MonitoringView,
  },
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
