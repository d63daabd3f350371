import { z } from 'zod';
import { STAGES, STATUSES } from './workflow/stages';

/** What is assessed: 政策 (normative documents and policies), 规划 (plans), 项目 (projects). */
export const ASSESSMENT_KINDS = ['policy', 'plan', 'project'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Limits are generous for real drafts but stop a pasted binary or a runaway paste. */
export const LIMITS = {
  title: 200,
  department: 100,
  contact: 100,
  draftText: 1_000_000,
} as const;

/** Text a person typed: lone UTF-16 surrogates (broken pastes) are refused, never altered. */
const wellFormed = (s: z.ZodString) =>
  s.refine((v) => v.isWellFormed(), '文本含有无效字符（不完整的 Unicode 代理对） / Text contains invalid characters (lone surrogates)');
const trimmed = (max: number) => wellFormed(z.string().trim().max(max));
const required = (max: number) => wellFormed(z.string().trim().max(max).min(1));

/** Fields an official enters at registration (登记). */
export const AssessmentFields = z.strictObject({
  title: required(LIMITS.title),
  kind: z.enum(ASSESSMENT_KINDS),
  department: required(LIMITS.department),
  contact: trimmed(LIMITS.contact).default(''),
  draftText: wellFormed(z.string().max(LIMITS.draftText)).default(''),
});
export type AssessmentFields = z.infer<typeof AssessmentFields>;

/**
 * A partial update. Built without defaults: zod applies `.default()` even inside
 * `.partial()`, which would silently blank fields the caller did not send.
 */
export const AssessmentChanges = z.strictObject({
  title: required(LIMITS.title).optional(),
  kind: z.enum(ASSESSMENT_KINDS).optional(),
  department: required(LIMITS.department).optional(),
  contact: trimmed(LIMITS.contact).optional(),
  draftText: wellFormed(z.string().max(LIMITS.draftText)).optional(),
});
export type AssessmentFieldsInput = z.input<typeof AssessmentFields>;

export const AssessmentId = z.uuid();

export const Assessment = z.strictObject({
  id: AssessmentId,
  title: z.string(),
  kind: z.enum(ASSESSMENT_KINDS),
  department: z.string(),
  contact: z.string(),
  draftText: z.string(),
  /** Printed on the report, e.g. HIA-2026-003. */
  number: z.string(),
  /** 1 until signed; each reopening after sign-off makes the next version. */
  version: z.number().int().min(1),
  /** Furthest workflow stage reached, and whether it is signed off (locked). */
  stage: z.enum(STAGES),
  status: z.enum(STATUSES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.infer<typeof Assessment>;

/** A list row: everything but the (possibly long) draft text. */
export const AssessmentSummary = Assessment.omit({ draftText: true }).extend({
  draftLength: z.number().int().nonnegative(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;
