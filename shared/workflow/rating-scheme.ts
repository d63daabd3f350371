import { z } from 'zod';

/**
 * The rating scheme (seeds/rating-scheme.json): scales with labels, the likelihood × severity
 * risk matrix, and the weights of the summed priority score. Data, so a city can adapt it.
 */
const Label = z.strictObject({ value: z.number().int().min(1), label: z.string().min(1), labelEn: z.string().min(1), hint: z.string() });

export const ScaleSchema = z.strictObject({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  levels: z.array(Label).min(2).max(10),
});

export const RiskLevelSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export const RatingSchemeSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    scales: z.strictObject({
      likelihood: ScaleSchema,
      severity: ScaleSchema,
      extent: ScaleSchema,
      duration: ScaleSchema,
      frequency: ScaleSchema,
    }),
    /** Ordered from lowest to highest risk. */
    riskLevels: z.array(RiskLevelSchema).min(2),
    /** matrix[severity - 1][likelihood - 1] = risk level id. */
    matrix: z.array(z.array(z.string())),
    /** Weights of each scale in the summed priority score. */
    priorityWeights: z.strictObject({
      likelihood: z.number().nonnegative(),
      severity: z.number().nonnegative(),
      extent: z.number().nonnegative(),
      duration: z.number().nonnegative(),
      frequency: z.number().nonnegative(),
    }),
  })
  .superRefine((s, ctx) => {
    const levels = new Set(s.riskLevels.map((l) => l.id));
    const rows = s.scales.severity.levels.length;
    const cols = s.scales.likelihood.levels.length;
    if (s.matrix.length !== rows) ctx.addIssue({ code: 'custom', path: ['matrix'], message: `matrix needs ${rows} rows (severity levels)` });
    s.matrix.forEach((row, i) => {
      if (row.length !== cols) ctx.addIssue({ code: 'custom', path: ['matrix', i], message: `row needs ${cols} cells (likelihood levels)` });
      row.forEach((cell, j) => {
        if (!levels.has(cell)) ctx.addIssue({ code: 'custom', path: ['matrix', i, j], message: `unknown risk level "${cell}"` });
      });
    });
    for (const [name, scale] of Object.entries(s.scales)) {
      scale.levels.forEach((l, i) => {
        if (l.value !== i + 1) ctx.addIssue({ code: 'custom', path: ['scales', name, 'levels', i], message: 'levels must be numbered 1..n in order' });
      });
    }
  });

export type RatingScheme = z.infer<typeof RatingSchemeSchema>;
export type ScaleName = keyof RatingScheme['scales'];
export const SCALE_NAMES: readonly ScaleName[] = ['likelihood', 'severity', 'extent', 'duration', 'frequency'];
