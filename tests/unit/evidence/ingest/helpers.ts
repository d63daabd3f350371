/** Shared helpers of the ingestion tests: fixtures, full seed documents, citation check. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedPassage } from '../../../../shared/evidence/passage';
import { parseDocument } from '../../../../electron/evidence/ingest/parse-document';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/seed-excerpts/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const SHARED_SEEDS = '/work/shared/seeds/';

export interface Excerpt {
  doc: string;
  /** Document line of the excerpt's first line. */
  first: number;
  text: string;
}

/** Read `tests/fixtures/seed-excerpts/<doc>-L<first>-<last>.txt`. */
export function excerpt(name: string): Excerpt {
  const m = /^(\d{3})-L(\d+)-(\d+)$/.exec(name);
  if (!m) throw new Error(`bad excerpt name ${name}`);
  return { doc: m[1] as string, first: Number(m[2]), text: readFileSync(`${FIXTURES}${name}.txt`, 'utf8') };
}

/** Parse an excerpt and shift line numbers back to document lines. */
export function parseExcerpt(name: string): ParsedPassage[] {
  const e = excerpt(name);
  return parseDocument(e.doc, e.text).map((p) => ({
    ...p,
    lineStart: p.lineStart + e.first - 1,
    lineEnd: p.lineEnd + e.first - 1,
  }));
}

/** Full text of a seed document, from seeds/manifest.json or the shared seeds folder; null if absent. */
export function seedText(id: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(`${SEEDS}manifest.json`, 'utf8')) as {
      documents: { id: string; file: string }[];
    };
    const entry = manifest.documents.find((d) => d.id === id);
    if (entry && existsSync(`${SEEDS}${entry.file}`)) return readFileSync(`${SEEDS}${entry.file}`, 'utf8');
  } catch {
    // fall through to the shared folder
  }
  if (existsSync(SHARED_SEEDS)) {
    const file = readdirSync(SHARED_SEEDS).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
    if (file) return readFileSync(`${SHARED_SEEDS}${file}`, 'utf8');
  }
  return null;
}

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export const seedsAvailable = SEED_IDS.every((id) => seedText(id) !== null);

/** Physical lines as cat -n numbers them (index 0 = line 1). */
export function physicalLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

/**
 * The citation check: every ideograph of the passage text occurs, in order, in the raw
 * text of lines lineStart..lineEnd. Returns the first ideograph that could not be found.
 */
export function uncitedChar(p: ParsedPassage, lines: string[]): string | null {
  const source = lines.slice(p.lineStart - 1, p.lineEnd).join('\n');
  let at = 0;
  for (const ch of p.text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    const k = source.indexOf(ch, at);
    if (k < 0) return ch;
    at = k + ch.length;
  }
  return null;
}

/** Passages whose text contains `needle`. */
export function containing(ps: ParsedPassage[], needle: string): ParsedPassage[] {
  return ps.filter((p) => p.text.includes(needle));
}

/** The single passage containing `needle` (throws when none or several). */
export function only(ps: ParsedPassage[], needle: string): ParsedPassage {
  const hits = containing(ps, needle);
  if (hits.length !== 1) throw new Error(`expected one passage with "${needle}", got ${hits.length}`);
  return hits[0] as ParsedPassage;
}

export const body = (ps: ParsedPassage[]): ParsedPassage[] => ps.filter((p) => p.kind !== 'heading');
