/**
 * Loads the curated seed data (manifest, taxonomy, synonyms, indicators, pathways) from a seeds folder,
 * checks it against the shared schemas and cross-references, and returns it typed.
 * Node only; never imports electron.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { IndicatorsSchema, splitSourceLines } from '../../shared/evidence/indicator';
import {
  ManifestSchema,
  formatSeedIssue,
  validateSeedData,
  type SeedData,
  type SeedDocument,
  type SeedFileName,
} from '../../shared/evidence/manifest';
import { PathwaysSchema } from '../../shared/evidence/pathways';
import { SynonymsSchema } from '../../shared/evidence/synonyms';
import { TaxonomySchema } from '../../shared/evidence/taxonomy';

/** `seeds/` at the project root, resolved from this file (electron/evidence/ → ../../seeds). */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Raised for unreadable, malformed or inconsistent seed files; `issues` lists every problem. */
export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`Invalid seed data in ${file}:\n  - ${issues.join('\n  - ')}`);
    this.name = 'SeedDataError';
  }
}

async function readJson(seedsDir: string, file: SeedFileName): Promise<unknown> {
  const fullPath = path.join(seedsDir, file);
  let raw: string;
  try {
    raw = await readFile(fullPath, 'utf8');
  } catch (err) {
    throw new SeedDataError(fullPath, [`cannot read file: ${(err as Error).message}`]);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new SeedDataError(fullPath, [`not valid JSON: ${(err as Error).message}`]);
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, fullPath: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => {
    const where = i.path.map(String).join('.');
    return `${where === '' ? '(root)' : where}: ${i.message}`;
  });
  throw new SeedDataError(fullPath, issues);
}

async function loadFile<S extends z.ZodType>(seedsDir: string, file: SeedFileName, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, await readJson(seedsDir, file), path.join(seedsDir, file));
}

/**
 * Read and validate all seed files. Throws SeedDataError naming the file and the JSON path of
 * each problem: schema problems first (per file), then cross-reference problems.
 */
export async function loadSeedData(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<SeedData> {
  const [manifest, taxonomy, synonyms, indicators, pathways] = await Promise.all([
    loadFile(seedsDir, 'manifest.json', ManifestSchema),
    loadFile(seedsDir, 'taxonomy.json', TaxonomySchema),
    loadFile(seedsDir, 'synonyms.json', SynonymsSchema),
    loadFile(seedsDir, 'indicators.json', IndicatorsSchema),
    loadFile(seedsDir, 'pathways.json', PathwaysSchema),
  ]);
  const data: SeedData = { manifest, taxonomy, synonyms, indicators, pathways };
  const issues = validateSeedData(data);
  if (issues.length > 0) {
    const first = issues[0]!.file;
    const files = [...new Set(issues.map((i) => i.file))];
    const where = files.length === 1 ? path.join(seedsDir, first) : `${seedsDir} (${files.join(', ')})`;
    throw new SeedDataError(where, issues.map(formatSeedIssue));
  }
  return data;
}

/** Absolute path of a manifest document, refusing paths that leave the seeds folder. */
export function seedDocumentPath(seedsDir: string, doc: SeedDocument): string {
  const root = path.resolve(seedsDir);
  const full = path.resolve(root, doc.file);
  if (!full.startsWith(root + path.sep)) {
    throw new SeedDataError(path.join(seedsDir, 'manifest.json'), [`document ${doc.id}: path escapes the seeds folder`]);
  }
  return full;
}

/** A seed document's physical lines, numbered as `cat -n` prints them (index 0 = line 1). */
export async function readSeedDocumentLines(seedsDir: string, doc: SeedDocument): Promise<string[]> {
  return splitSourceLines(await readFile(seedDocumentPath(seedsDir, doc), 'utf8'));
}
