/**
 * Every indicator must be traceable: its quote occurs in its source document at the cited lines,
 * and the numbers it reports are printed there. Lines are read straight from the files, split on
 * "\n", so line numbers are those `cat -n` shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../../electron/evidence/seed-data';
import { IndicatorsSchema, citedText, type Indicator } from '../../../shared/evidence/indicator';
import { ManifestSchema } from '../../../shared/evidence/manifest';

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DEFAULT_SEEDS_DIR, file), 'utf8'));
const manifest = ManifestSchema.parse(readJson('manifest.json'));
const { indicators } = IndicatorsSchema.parse(readJson('indicators.json'));

function physicalLines(file: string): string[] {
  const text = readFileSync(path.join(DEFAULT_SEEDS_DIR, file), 'utf8');
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
const linesByDocument = new Map(manifest.documents.map((d) => [d.id, physicalLines(d.file)]));

/** Join lines lineStart..lineEnd after trimming each physical line, with "" (seeds digest §3). */
function joinCited(ind: Indicator): string {
  const lines = linesByDocument.get(ind.document);
  if (lines === undefined) throw new Error(`${ind.id}: unknown document ${ind.document}`);
  return lines
    .slice(ind.lineStart - 1, ind.lineEnd)
    .map((l) => l.trim())
    .join('');
}

describe.each(manifest.documents.map((d) => d.id))('indicators of document %s', (docId) => {
  const own = indicators.filter((i) => i.document === docId);

  it('cite line ranges inside the document', () => {
    const count = linesByDocument.get(docId)!.length;
    const outside = own.filter((i) => i.lineStart < 1 || i.lineEnd > count || i.lineEnd < i.lineStart);
    expect(outside.map((i) => i.id)).toEqual([]);
  });

  it('have a quote that occurs in the source at the cited lines', () => {
    expect(own.length).toBeGreaterThan(0);
    const misquoted = own
      .filter((i) => !joinCited(i).includes(i.quote))
      .map((i) => `${i.id} L${i.lineStart}-${i.lineEnd}: ${JSON.stringify(i.quote)}`);
    expect(misquoted).toEqual([]);
  });

  it('cite a range no wider than the quote needs at its start', () => {
    // A quote that still fits after dropping the first cited line means lineStart is too early.
    const early = own.filter((i) => {
      if (i.lineStart === i.lineEnd) return false;
      const rest = linesByDocument.get(docId)!.slice(i.lineStart, i.lineEnd).map((l) => l.trim()).join('');
      return rest.includes(i.quote);
    });
    expect(early.map((i) => i.id)).toEqual([]);
  });
});

describe('indicator values', () => {
  // Values the source writes in words (前五十强, 所有, 无…), checked by hand.
  const writtenInWords = new Set([
    '001-L52-2', '003-L190', '004-L289', '004-L413-1', '004-L413-2', '004-L413-3', '004-L413-4', '004-L475-1',
  ]);
  const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

  it('every number in a baseline or target is printed in the cited lines', () => {
    const unattested: string[] = [];
    for (const ind of indicators) {
      if (writtenInWords.has(ind.id)) continue;
      const cited = compact(joinCited(ind));
      for (const value of [ind.baseline, ind.target]) {
        for (const n of (value ?? '').match(/\d+(?:\.\d+)?/g) ?? []) {
          if (!cited.includes(n)) unattested.push(`${ind.id}: ${n} (${value})`);
        }
      }
    }
    expect(unattested).toEqual([]);
  });

  it('the shared citedText helper joins lines the same way', () => {
    for (const ind of indicators.slice(0, 50)) {
      expect(citedText(linesByDocument.get(ind.document)!, ind.lineStart, ind.lineEnd)).toBe(joinCited(ind));
    }
  });

  it('every indicator monitors at least one determinant, except party-building ones', () => {
    const unmapped = indicators.filter((i) => i.determinants.length === 0).map((i) => `${i.id} ${i.name}`);
    expect(unmapped).toEqual([
      '004-L355 先锋党支部',
      '004-L357 直属单位年轻干部占比',
      '004-L359 市级医院高知党员占党员总数比例',
    ]);
  });

  it('ids are unique and derived from document and start line', () => {
    expect(new Set(indicators.map((i) => i.id)).size).toBe(indicators.length);
    for (const i of indicators) expect(i.id.startsWith(`${i.document}-L${i.lineStart}`), i.id).toBe(true);
  });
});
