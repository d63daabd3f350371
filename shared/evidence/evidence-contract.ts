import { z } from 'zod';
import { LIMITS } from '../assessment';
import { IndicatorKindSchema } from './indicator';

/** Contract schemas for the evidence base (see shared/contract.ts). */
export const SearchInput = z.strictObject({
  query: z.string().trim().min(1).max(500),
  limit: z.number().int().min(1).max(100).optional(),
  documentIds: z.array(z.string().max(64)).max(50).optional(),
  categoryIds: z.array(z.string().max(64)).max(20).optional(),
  determinantIds: z.array(z.string().max(64)).max(100).optional(),
});

export const ScreenInput = z.strictObject({ text: z.string().max(LIMITS.draftText) });

export const EvidenceDocument = z.strictObject({
  id: z.string(),
  title: z.string(),
  origin: z.enum(['seed', 'import']),
  fileName: z.string(),
  format: z.string(),
  sha256: z.string(),
  lineCount: z.number().int(),
  passageCount: z.number().int(),
  addedAt: z.string(),
});
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;

export const ContextPassage = z.strictObject({
  id: z.number().int(),
  kind: z.string(),
  section: z.string(),
  lineStart: z.number().int(),
  lineEnd: z.number().int(),
  text: z.string(),
});

export const PassageContextOutput = z.strictObject({
  document: EvidenceDocument,
  focusId: z.number().int(),
  passages: z.array(ContextPassage),
  /** The cited lines exactly as in the source file, so a reader can check the citation. */
  sourceLines: z.array(z.strictObject({ line: z.number().int(), text: z.string() })),
});
export type PassageContextOutput = z.infer<typeof PassageContextOutput>;

export const TaxonomyOutput = z.strictObject({
  categories: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      determinants: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          nameEn: z.string(),
          description: z.string(),
          terms: z.array(z.string()),
          groups: z.array(z.string()),
          indicatorCount: z.number().int(),
        }),
      ),
    }),
  ),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string(), nameEn: z.string() })),
});
export type TaxonomyOutput = z.infer<typeof TaxonomyOutput>;

/** Largest file accepted for import (also enforced by the readers). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const ImportInput = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64-encoded (JSON-safe over both transports). */
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, '文件过大（上限 20 MB） / File too large (20 MB max)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
  title: z.string().trim().max(200).optional(),
});

export const IndicatorOut = z.strictObject({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  scope: z.string().nullable(),
  baseline: z.string().nullable(),
  baselineYear: z.string().nullable(),
  target: z.string().nullable(),
  targetYear: z.string().nullable(),
  document: z.string(),
  documentTitle: z.string(),
  lineStart: z.number().int(),
  lineEnd: z.number().int(),
  quote: z.string(),
  determinants: z.array(z.string()),
  /**
   * target: a goal still to reach; review: a past plan's goal with the value achieved (not a
   * follow-up target); status: a reported value. Null for a signed indicator no longer in the seeds.
   */
  kind: IndicatorKindSchema.nullable(),
});
export type IndicatorOut = z.infer<typeof IndicatorOut>;
