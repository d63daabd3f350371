import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { TaxonomySchema, type Taxonomy } from '../../shared/evidence/taxonomy';
import {
  formatMitigationIssue,
  MitigationLibrarySchema,
  validateMitigations,
  type MitigationLibrary,
} from '../../shared/workflow/mitigation-library';
import { RatingSchemeSchema, type RatingScheme } from '../../shared/workflow/rating-scheme';
import { ScreeningFormSchema, type ScreeningForm } from '../../shared/workflow/screening-form';

export interface WorkflowReference {
  ratingScheme: RatingScheme;
  screeningForm: ScreeningForm;
  mitigations: MitigationLibrary;
}

async function load<S extends z.ZodType>(seedsDir: string, file: string, schema: S): Promise<z.infer<S>> {
  const full = path.join(seedsDir, file);
  const parsed = schema.safeParse(JSON.parse(await readFile(full, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${full} 格式错误 / is invalid: ${issues}`);
  }
  return parsed.data;
}

/** The adaptable workflow data of seeds/: rating scheme, screening form and mitigation library. */
export async function loadWorkflowReference(seedsDir: string, knownTaxonomy?: Taxonomy): Promise<WorkflowReference> {
  // The core passes the taxonomy it has already loaded and validated; read it only otherwise.
  const [ratingScheme, screeningForm, mitigations, taxonomy] = await Promise.all([
    load(seedsDir, 'rating-scheme.json', RatingSchemeSchema),
    load(seedsDir, 'screening-form.json', ScreeningFormSchema),
    load(seedsDir, 'mitigations.json', MitigationLibrarySchema),
    knownTaxonomy ?? load(seedsDir, 'taxonomy.json', TaxonomySchema),
  ]);
  // Determinant ids must exist, or a suggestion would never reach anyone (or name nothing).
  const issues = validateMitigations(mitigations, taxonomy);
  if (issues.length > 0) {
    throw new Error(`${path.join(seedsDir, 'mitigations.json')} 引用错误 / has bad references: ${issues.map(formatMitigationIssue).join('; ')}`);
  }
  return { ratingScheme, screeningForm, mitigations };
}
