/**
 * Seed manifest (seeds/manifest.json): the source documents of the evidence base, and the
 * validation of the whole seed set. Pure data validation, no Node or DOM APIs.
 */
import { z } from 'zod';
import { validateIndicators, type Indicators } from './indicator';
import { validatePathways, type Pathways } from './pathways';
import { validateSynonyms, type Synonyms } from './synonyms';
import { validateTaxonomy, type Taxonomy } from './taxonomy';

export const SEED_FILES = ['manifest.json', 'taxonomy.json', 'synonyms.json', 'indicators.json', 'pathways.json'] as const;
export type SeedFileName = (typeof SEED_FILES)[number];

/** One problem in the seed data, located by file and JSON path. */
export interface SeedIssue {
  file: SeedFileName;
  path: PropertyKey[];
  message: string;
}

export function formatSeedIssue(issue: SeedIssue): string {
  const path = issue.path.map(String).join('.');
  return `${issue.file}${path === '' ? '' : ` at ${path}`}: ${issue.message}`;
}

export const SeedDocumentSchema = z.strictObject({
  /** Short stable id cited by indicators and seed refs, e.g. "001". */
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'document ids are ASCII letters, digits, "_" and "-"'),
  /** Path relative to the seeds folder; ASCII names only, no sub-folders or "..". */
  file: z.string().regex(/^documents\/[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, 'must be documents/<ascii-name>.txt'),
  /** File name the text had when it was collected, if any. */
  originalName: z.string().min(1).nullable(),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  issuer: z.string().min(1).nullable(),
  region: z.string().min(1).nullable().optional(),
  /** Issue date (ISO yyyy-mm-dd), null when the text gives none. */
  date: z.iso.date().nullable(),
  period: z
    .strictObject({ from: z.number().int(), to: z.number().int() })
    .refine((p) => p.from <= p.to, 'period.from must not be after period.to'),
  docNumber: z.string().min(1).nullable(),
  status: z.enum(['issued', 'draft']),
  /** Number of lines as `cat -n` prints them (a last line without "\n" counts). */
  lines: z.number().int().positive(),
  /** SHA-256 of the file bytes, so a changed text (and shifted line numbers) is noticed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256').optional(),
  note: z.string().min(1).optional(),
});

export const ManifestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  documents: z.array(SeedDocumentSchema).min(1),
});

export type SeedDocument = z.infer<typeof SeedDocumentSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

export function validateManifest(manifest: Manifest): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const ids = new Set<string>();
  const files = new Set<string>();
  manifest.documents.forEach((doc, i) => {
    if (ids.has(doc.id)) issues.push({ file: 'manifest.json', path: ['documents', i, 'id'], message: `duplicate document id "${doc.id}"` });
    if (files.has(doc.file)) issues.push({ file: 'manifest.json', path: ['documents', i, 'file'], message: `file "${doc.file}" is listed twice` });
    ids.add(doc.id);
    files.add(doc.file);
  });
  return issues;
}

export function documentLineCounts(manifest: Manifest): Map<string, number> {
  return new Map(manifest.documents.map((d) => [d.id, d.lines]));
}

/** The five seed files after schema parsing. */
export interface SeedData {
  manifest: Manifest;
  taxonomy: Taxonomy;
  synonyms: Synonyms;
  indicators: Indicators;
  /** Activities → the determinants they usually act through (seeds/pathways.json). */
  pathways: Pathways;
}

/** All cross-file checks of a parsed seed set; an empty list means the data is consistent. */
export function validateSeedData(data: SeedData): SeedIssue[] {
  const lines = documentLineCounts(data.manifest);
  return [
    ...validateManifest(data.manifest),
    ...validateTaxonomy(data.taxonomy, lines),
    ...validateSynonyms(data.synonyms, data.taxonomy),
    ...validateIndicators(data.indicators, data.taxonomy, lines),
    ...validatePathways(data.pathways, data.taxonomy),
  ];
}
