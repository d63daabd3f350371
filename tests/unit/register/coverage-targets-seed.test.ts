/**
 * The default coverage targets are traceable: each quote occurs at its cited lines of its seed
 * document (lines split on "\n", each trimmed, joined with ""), its document title is the
 * manifest's, and the share it sets is the one quoted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../../electron/evidence/seed-data';
import { loadDefaultCoverageSettings } from '../../../electron/register/coverage-settings';
import { citedText } from '../../../shared/evidence/indicator';
import { ManifestSchema } from '../../../shared/evidence/manifest';

const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(DEFAULT_SEEDS_DIR, 'manifest.json'), 'utf8')));
const settings = loadDefaultCoverageSettings(DEFAULT_SEEDS_DIR);

describe('default coverage targets (seeds/coverage-targets.json)', () => {
  it('are the three the seeds set, exempt items out of the denominator', () => {
    expect(settings.exemptInDenominator).toBe(false);
    expect(settings.targets.map((t) => [t.id, t.minShare, t.categories])).toEqual([
      ['hz-fyp-overall-40', 0.4, []],
      ['hz-health-fyp-overall-50', 0.5, []],
      ['hz-fyp-plans-projects-80', 0.8, ['plan', 'major-project']],
    ]);
  });

  it.each(settings.targets.map((t) => [t.id, t] as const))('%s quotes its source at the cited lines', (_id, target) => {
    const source = target.source!;
    const doc = manifest.documents.find((d) => d.id === source.document);
    expect(doc, source.document).toBeDefined();
    expect(source.documentTitle).toBe(doc!.title);
    const lines = readFileSync(path.join(DEFAULT_SEEDS_DIR, doc!.file), 'utf8').split('\n');
    expect(source.lineEnd).toBeGreaterThanOrEqual(source.lineStart);
    expect(source.lineEnd).toBeLessThanOrEqual(lines.length);
    expect(citedText(lines, source.lineStart, source.lineEnd)).toContain(source.quote);
    expect(source.quote).toContain(`${Math.round(target.minShare * 100)}%`);
  });
});
