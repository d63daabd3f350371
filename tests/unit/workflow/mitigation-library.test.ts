import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkflowReference } from '../../../electron/assessment/workflow-reference';
import { DEFAULT_SEEDS_DIR, loadSeedData, readSeedDocumentLines } from '../../../electron/evidence/seed-data';
import type { SeedData } from '../../../shared/evidence/manifest';
import { allDeterminants } from '../../../shared/evidence/taxonomy';
import {
  entriesFor,
  formatMitigationIssue,
  isDocumentSource,
  MitigationLibrarySchema,
  normaliseQuoteText,
  validateMitigations,
  type MitigationLibrary,
} from '../../../shared/workflow/mitigation-library';

let seeds: SeedData;
let library: MitigationLibrary;
let documents: Map<string, string[]>;

beforeAll(async () => {
  seeds = await loadSeedData();
  library = MitigationLibrarySchema.parse(JSON.parse(await readFile(path.join(DEFAULT_SEEDS_DIR, 'mitigations.json'), 'utf8')));
  documents = new Map();
  for (const doc of seeds.manifest.documents) documents.set(doc.id, await readSeedDocumentLines(DEFAULT_SEEDS_DIR, doc));
});

describe('seeds/mitigations.json', () => {
  it('parses and passes every cross-reference check, quotes included', () => {
    expect(validateMitigations(library, seeds.taxonomy, documents).map(formatMitigationIssue)).toEqual([]);
    expect(library.entries.length).toBeGreaterThanOrEqual(120);
    expect(library.entries.length).toBeLessThanOrEqual(200);
  });

  it('has at least one mitigation for every determinant of the taxonomy', () => {
    const dets = allDeterminants(seeds.taxonomy);
    expect(dets).toHaveLength(63);
    const missing = dets.filter((d) => entriesFor(library, d.id, 'mitigation').length === 0).map((d) => d.id);
    expect(missing).toEqual([]);
    // Enhancements where a positive impact is plausible (most determinants).
    const withEnhancement = dets.filter((d) => entriesFor(library, d.id, 'enhancement').length > 0);
    expect(withEnhancement.length).toBeGreaterThanOrEqual(45);
    expect(entriesFor(library, 'physical-activity', 'enhancement').map((e) => e.title)).toContain('同步建设慢行系统与健身设施');
  });

  it('cites the lines tightly: the first and last cited lines are both needed for the quote', () => {
    for (const e of library.entries) {
      const s = e.source;
      if (!isDocumentSource(s) || s.lineEnd === undefined) continue;
      const lines = documents.get(s.document)!;
      const q = normaliseQuoteText(s.quote);
      const join = (from: number, to: number) => normaliseQuoteText(lines.slice(from - 1, to).join(''));
      expect(join(s.line + 1, s.lineEnd).includes(q), `${e.id}: starts later than line ${s.line}`).toBe(false);
      expect(join(s.line, s.lineEnd - 1).includes(q), `${e.id}: ends before line ${s.lineEnd}`).toBe(false);
    }
  });

  it('carries the well-known Chinese practice measures with their standards', () => {
    const text = (id: string) => library.entries.find((e) => e.id === id)?.text ?? '';
    expect(text('construction-dust-six-100')).toContain('六个百分百');
    expect(text('construction-night-noise')).toMatch(/22时至次日6时/);
    expect(library.entries.find((e) => e.id === 'construction-night-noise')?.source).toMatchObject({ practice: expect.stringContaining('GB 12523-2011') });
    expect(text('no-tobacco-near-schools')).toContain('不得设置烟、酒、彩票销售网点');
  });

  it('draws on the seeds where they state a measure, and on practice otherwise', () => {
    const fromSeeds = library.entries.filter((e) => isDocumentSource(e.source)).length;
    expect(fromSeeds).toBeGreaterThanOrEqual(60);
    expect(library.entries.length - fromSeeds).toBeGreaterThanOrEqual(60);
    expect(new Set(library.entries.filter((e) => isDocumentSource(e.source)).map((e) => (e.source as { document: string }).document))).toEqual(
      new Set(['000', '001', '002', '003', '004']),
    );
  });

  it('is written as report text: short titles, full stops, one to three sentences', () => {
    for (const e of library.entries) {
      expect(e.title.length, e.id).toBeLessThanOrEqual(16);
      expect(e.text, e.id).toMatch(/[\u4e00-\u9fff]/);
      expect(e.text.match(/[。！？]/g)?.length ?? 0, e.id).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('validateMitigations', () => {
  const entry = {
    id: 'x-entry',
    determinants: ['air-quality'],
    kind: 'mitigation' as const,
    title: '测试条目',
    text: '这是一条用于测试的建议文本。',
    appliesTo: ['policy' as const],
    source: { practice: '常用做法说明' },
  };
  const lib = (...entries: object[]) => MitigationLibrarySchema.parse({ schemaVersion: 1, entries });

  it('names the path of an unknown determinant id and of a duplicate id', () => {
    const issues = validateMitigations(lib(entry, { ...entry, determinants: ['air-quality', 'no-such-thing'] }), seeds.taxonomy);
    expect(issues).toEqual([
      { path: ['entries', 1, 'id'], message: 'duplicate entry id "x-entry" (also entries.0)' },
      { path: ['entries', 1, 'determinants', 1], message: 'entry "x-entry" refers to unknown determinant "no-such-thing"' },
    ]);
    expect(formatMitigationIssue(issues[1]!)).toBe('mitigations.json at entries.1.determinants.1: entry "x-entry" refers to unknown determinant "no-such-thing"');
  });

  it('checks cited lines and quotes when document lines are given', () => {
    const docs = new Map([['000', ['第一行', '禁止向未成年人销售烟草制品', '第三行内容']]]);
    const cite = (line: number, quote: string, lineEnd?: number) => ({ ...entry, source: { document: '000', line, quote, ...(lineEnd ? { lineEnd } : {}) } });
    expect(validateMitigations(lib(cite(2, '禁止向未成年人 销售')), seeds.taxonomy, docs)).toEqual([]);
    expect(validateMitigations(lib(cite(1, '禁止向未成年人')), seeds.taxonomy, docs).map((i) => i.path)).toEqual([['entries', 0, 'source', 'quote']]);
    expect(validateMitigations(lib(cite(3, '第三行内容', 4)), seeds.taxonomy, docs)[0]?.message).toMatch(/past the end/);
    expect(validateMitigations(lib({ ...entry, source: { document: '009', line: 1, quote: '任意引文' } }), seeds.taxonomy, docs)[0]?.message).toBe(
      'unknown document "009"',
    );
  });

  it('refuses text with more than three sentences or without a full stop, and repeated ids in lists', () => {
    const issues = validateMitigations(
      lib({ ...entry, text: '第一句话。第二句话。第三句话。第四句话。', appliesTo: ['policy', 'policy'] }, { ...entry, id: 'y', text: '这是一条没有句号结尾的建议' }),
      seeds.taxonomy,
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['entries.0.appliesTo', 'entries.0.text', 'entries.1.text']);
  });
});

describe('loadWorkflowReference', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hia-mitigations-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('delivers the library with the rating scheme and the screening form', async () => {
    const ref = await loadWorkflowReference(DEFAULT_SEEDS_DIR);
    expect(ref.mitigations.entries.length).toBe(library.entries.length);
    expect(ref.ratingScheme.riskLevels.length).toBeGreaterThan(1);
  });

  it('refuses a library that names an unknown determinant, with the JSON path', async () => {
    const seedsCopy = path.join(dir, 'seeds');
    await cp(DEFAULT_SEEDS_DIR, seedsCopy, { recursive: true });
    const bad = structuredClone(library);
    bad.entries[2]!.determinants = ['nonexistent-determinant'];
    await writeFile(path.join(seedsCopy, 'mitigations.json'), JSON.stringify(bad));
    await expect(loadWorkflowReference(seedsCopy)).rejects.toThrow(/entries\.2\.determinants\.0: .*"nonexistent-determinant"/);
  });
});
