/**
 * Exposure pathways (seeds/pathways.json): activities and project types that a draft describes
 * (施工, 垃圾焚烧, 夜市…) and the determinants they usually act through, with the reason an
 * expert would give. They let screening suggest 扬尘→空气质量 for a construction plan that never
 * writes 空气. Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import type { SeedIssue } from './manifest';
import { allDeterminants, SeedIdSchema, TermSchema, type Taxonomy } from './taxonomy';

export const PathwaySchema = z.strictObject({
  id: SeedIdSchema,
  /** The activity, e.g. 施工建设. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Words in a draft that show the activity is planned or regulated. */
  triggers: z.array(TermSchema).min(1),
  /** Phrases containing a trigger that do not mean the activity (like taxonomy excludes). */
  exclude: z.array(TermSchema),
  determinants: z
    .array(
      z.strictObject({
        id: SeedIdSchema,
        /** 0–1: how reliably the activity acts through this determinant. */
        weight: z.number().gt(0).max(1),
        /** One Chinese sentence an expert would accept as the reason. */
        reason: z.string().min(4),
      }),
    )
    .min(1),
});

export const PathwaysSchema = z.strictObject({
  schemaVersion: z.literal(1),
  pathways: z.array(PathwaySchema).min(1),
});

export type Pathway = z.infer<typeof PathwaySchema>;
export type Pathways = z.infer<typeof PathwaysSchema>;

export function validatePathways(data: Pathways, taxonomy: Taxonomy): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const known = new Set(allDeterminants(taxonomy).map((d) => d.id));
  const ids = new Set<string>();
  data.pathways.forEach((p, i) => {
    if (ids.has(p.id)) issues.push({ file: 'pathways.json', path: ['pathways', i, 'id'], message: `duplicate pathway id "${p.id}"` });
    ids.add(p.id);
    const dets = new Set<string>();
    p.determinants.forEach((d, j) => {
      if (!known.has(d.id)) {
        issues.push({ file: 'pathways.json', path: ['pathways', i, 'determinants', j, 'id'], message: `unknown determinant "${d.id}"` });
      }
      if (dets.has(d.id)) {
        issues.push({ file: 'pathways.json', path: ['pathways', i, 'determinants', j, 'id'], message: `"${d.id}" is listed twice` });
      }
      dets.add(d.id);
    });
    const triggers = new Set(p.triggers);
    p.exclude.forEach((x, j) => {
      if (![...triggers].some((t) => x.includes(t))) {
        issues.push({ file: 'pathways.json', path: ['pathways', i, 'exclude', j], message: `exclude "${x}" contains no trigger` });
      }
    });
  });
  return issues;
}
