/**
 * The search part of `npm run bench`: the evidence engine on three corpora (the real seeds,
 * ~10k and ~100k passages), with same-run baselines (raw FTS5-bigram bm25, fuse.js full scan),
 * plus screening a 20-page draft and adding 1,000 passages on the 100k database.
 */
import path from 'node:path';
import type { EvidenceEngine } from '../electron/evidence/engine';
import { loadSeedData } from '../electron/evidence/seed-data';
import type { SeedData } from '../shared/evidence/manifest';
import { buildFuse, Fts5Baseline, readPassages } from './baselines';
import {
  ingestSeeds,
  makeTempDir,
  measureSize,
  openCorpus,
  readSeedPassages,
  syntheticDocuments,
  type OpenCorpus,
  type SeedPassage,
  type SyntheticDocument,
} from './corpus';
import { buildDraft, PAGE_CHARS } from './draft';
import { QUERIES } from './queries';
import { median, ms, percentile, timed, timedAsync } from './stats';
import { target, type BenchContext, type BenchPart, type PartResult } from './types';

type CorpusName = 'seeds' | '10k' | '100k';

interface Latency {
  p50Ms: number;
  p95Ms: number;
}

interface CorpusEntry extends Latency {
  passages: number;
  documents: number;
  buildMs: number;
  /** CPU time of the build (this process, all threads, so V8's GC helpers count); well below buildMs means a busy machine. */
  buildCpuMs: number;
  passagesPerSec: number;
  dbBytes: number;
  indexBytes: number | null;
  queries: number;
  measurements: number;
  /** Queries that returned no passage, per method. */
  zeroHitQueries: { engine: string[]; fts5: string[] };
  baselines: {
    fts5: Latency & { measurements: number };
    fuse?: Latency & { buildMs: number; measurements: number };
  };
  fuseOmitted?: { reason: string; buildMs?: number; sample?: { query: string; ms: number }[] };
  add1000Ms?: number;
  removeMs?: number;
  add1000Runs?: { addMs: number; removeMs: number }[];
}

/** Fuse.js at 100k runs only if one pass is expected to take at most this long. */
const FUSE_100K_BUDGET_MS = 120_000;
const FUSE_100K_SAMPLE = ['雾霾', '老年人 跌倒', '养老服物'];

interface Repetitions {
  rounds: number;
  fuseRounds: Record<'seeds' | '10k', number>;
  screenRuns: number;
  addRuns: number;
  fuseSample: number;
}

const FULL: Repetitions = { rounds: 10, fuseRounds: { seeds: 5, '10k': 2 }, screenRuns: 7, addRuns: 3, fuseSample: 3 };
const QUICK: Repetitions = { rounds: 3, fuseRounds: { seeds: 1, '10k': 1 }, screenRuns: 5, addRuns: 3, fuseSample: 0 };

const latency = (samples: number[]): Latency => ({ p50Ms: ms(percentile(samples, 50)), p95Ms: ms(percentile(samples, 95)) });

/**
 * Each query once as warm-up for both, then `rounds` passes in which engine and baseline take
 * turns going first, so drift on this shared machine hits both alike. p50/p95 are over all
 * measurements (queries × rounds).
 */
function measureQueries(engine: EvidenceEngine, baseline: Fts5Baseline, rounds: number) {
  const zeroHit = { engine: [] as string[], fts5: [] as string[] };
  for (const q of QUERIES) {
    if (engine.search(q, { limit: 10 }).passages.length === 0) zeroHit.engine.push(q);
    if (baseline.search(q).length === 0) zeroHit.fts5.push(q);
  }
  const engineMs: number[] = [];
  const fts5Ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    QUERIES.forEach((q, i) => {
      const runEngine = () => engineMs.push(timed(() => engine.search(q, { limit: 10 })).ms);
      const runFts5 = () => fts5Ms.push(timed(() => baseline.search(q)).ms);
      if ((r + i) % 2 === 0) {
        runEngine();
        runFts5();
      } else {
        runFts5();
        runEngine();
      }
    });
  }
  return { engineMs, fts5Ms, zeroHit };
}

function measureFuse(corpus: OpenCorpus, rounds: number, log: (m: string) => void) {
  const passages = readPassages(corpus.db);
  const built = timed(() => buildFuse(passages));
  const fuse = built.value;
  for (const q of QUERIES.slice(0, 5)) fuse.search(q, { limit: 10 }); // JIT warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) samples.push(timed(() => fuse.search(q, { limit: 10 })).ms);
    log(`    fuse.js round ${r + 1}/${rounds}: median so far ${ms(median(samples))} ms`);
  }
  return { ...latency(samples), buildMs: ms(built.ms), measurements: samples.length };
}

async function measureCorpus(
  name: CorpusName,
  corpus: OpenCorpus,
  build: { ms: number; cpuMs: number; documents: number },
  reps: Repetitions,
  ctx: BenchContext,
  fuseEstimateMs: number | null,
): Promise<CorpusEntry> {
  const passages = corpus.engine.store.passageCount();
  const size = measureSize(corpus);
  ctx.log(`  ${name}: ${passages} passages built in ${ms(build.ms)} ms; timing ${QUERIES.length} queries × ${reps.rounds} rounds`);
  const q = measureQueries(corpus.engine, new Fts5Baseline(corpus.db), reps.rounds);
  const entry: CorpusEntry = {
    passages,
    documents: build.documents,
    buildMs: ms(build.ms),
    buildCpuMs: ms(build.cpuMs),
    passagesPerSec: Math.round(passages / (build.ms / 1000)),
    ...size,
    ...latency(q.engineMs),
    queries: QUERIES.length,
    measurements: q.engineMs.length,
    zeroHitQueries: q.zeroHit,
    baselines: { fts5: { ...latency(q.fts5Ms), measurements: q.fts5Ms.length } },
  };
  if (name !== '100k') {
    ctx.log(`  ${name}: fuse.js full scan, ${reps.fuseRounds[name]} round(s)`);
    entry.baselines.fuse = measureFuse(corpus, reps.fuseRounds[name], ctx.log);
  } else if (fuseEstimateMs !== null && fuseEstimateMs <= FUSE_100K_BUDGET_MS && reps.fuseSample > 0) {
    ctx.log(`  100k: fuse.js full scan (estimated ${Math.round(fuseEstimateMs / 1000)} s)`);
    entry.baselines.fuse = measureFuse(corpus, 1, ctx.log);
  } else {
    entry.fuseOmitted = {
      reason:
        `fuse.js omitted at 100k: one pass of ${QUERIES.length} queries would take about ` +
        `${fuseEstimateMs === null ? '?' : Math.round(fuseEstimateMs / 1000)} s (10k fuse p50 × passages ratio × queries), ` +
        `over the ${FUSE_100K_BUDGET_MS / 1000} s budget; ` +
        (reps.fuseSample > 0 ? `sample below is ${FUSE_100K_SAMPLE.length} queries timed once each` : 'no sample in --quick'),
    };
    if (reps.fuseSample > 0) {
      ctx.log(`  100k: fuse.js sample of ${FUSE_100K_SAMPLE.length} queries (full pass omitted)`);
      const built = timed(() => buildFuse(readPassages(corpus.db)));
      entry.fuseOmitted.buildMs = ms(built.ms);
      entry.fuseOmitted.sample = FUSE_100K_SAMPLE.map((query) => ({ query, ms: ms(timed(() => built.value.search(query, { limit: 10 })).ms) }));
    }
  }
  return entry;
}

/** Seeds (parse + index, as on first start) then the synthetic documents, timed together. */
async function buildCorpus(file: string, data: SeedData, docs: SyntheticDocument[], ctx: BenchContext) {
  const corpus = openCorpus(file, data);
  const built = await timedAsync(async () => {
    await ingestSeeds(corpus, data);
    docs.forEach((d, i) => {
      corpus.engine.store.addDocument(d.doc, d.passages);
      if ((i + 1) % 50 === 0) ctx.log(`    ${i + 1}/${docs.length} documents`);
    });
  });
  return { corpus, build: { ms: built.ms, cpuMs: built.cpuMs, documents: data.manifest.documents.length + docs.length } };
}

/** Synthetic documents that bring the seeds up to exactly `total` passages. */
function scaledDocuments(seeds: SeedPassage[], total: number): SyntheticDocument[] {
  const needed = total - seeds.length;
  const full = Math.floor(needed / 500);
  const docs = syntheticDocuments(seeds, full);
  if (needed % 500 > 0) docs.push(...syntheticDocuments(seeds, 1, { first: full, size: needed % 500 }));
  return docs;
}

function screenDraft(engine: EvidenceEngine, seeds: SeedPassage[], runs: number) {
  const draft = buildDraft(seeds, 20);
  const first = engine.screen(draft); // warm-up, and what the screen finds
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let r = 0; r < runs; r++) samples.push(timed(() => engine.screen(draft)).ms);
  const used = process.cpuUsage(cpu);
  return {
    screenMs: ms(median(samples)),
    detail: {
      /** Mean CPU time per run (this process), to set beside the wall-clock median. */
      cpuMsPerRun: ms((used.user + used.system) / 1000 / runs),
      corpus: '100k',
      pages: 20,
      chars: draft.length,
      pageChars: PAGE_CHARS,
      runs,
      runsMs: samples.map(ms),
      determinants: first.determinants.length,
      passages: first.passages.length,
    },
  };
}

function addThousand(corpus: OpenCorpus, seeds: SeedPassage[], runs: number) {
  const [extra] = syntheticDocuments(seeds, 1, { size: 1000, seedValue: 99991, idPrefix: 'bench-add' });
  const results: { addMs: number; removeMs: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const add = timed(() => corpus.engine.store.addDocument(extra!.doc, extra!.passages));
    const remove = timed(() => corpus.engine.store.removeDocument(extra!.doc.id));
    results.push({ addMs: ms(add.ms), removeMs: ms(remove.ms) });
  }
  return {
    add1000Ms: ms(median(results.map((r) => r.addMs))),
    removeMs: ms(median(results.map((r) => r.removeMs))),
    add1000Runs: results,
  };
}

export const runSearchBench: BenchPart = async (ctx) => {
  const reps = ctx.quick ? QUICK : FULL;
  const data = await loadSeedData();
  const tmp = makeTempDir();
  const search = {} as Record<CorpusName, CorpusEntry>;
  let screen: ReturnType<typeof screenDraft>;
  try {
    ctx.log('search: seeds');
    const seedsDb = await buildCorpus(path.join(tmp.dir, 'seeds.db'), data, [], ctx);
    const seeds = readSeedPassages(seedsDb.corpus.db);
    search.seeds = await measureCorpus('seeds', seedsDb.corpus, seedsDb.build, reps, ctx, null);
    seedsDb.corpus.close();

    ctx.log('search: 10k (building)');
    const tenK = await buildCorpus(path.join(tmp.dir, '10k.db'), data, scaledDocuments(seeds, 10_000), ctx);
    search['10k'] = await measureCorpus('10k', tenK.corpus, tenK.build, reps, ctx, null);
    tenK.corpus.close();

    ctx.log('search: 100k (building)');
    const docs100k = scaledDocuments(seeds, 100_000);
    const hundredK = await buildCorpus(path.join(tmp.dir, '100k.db'), data, docs100k, ctx);
    docs100k.length = 0; // let the generated texts go before the fuse.js sample
    const fuse10k = search['10k'].baselines.fuse;
    const estimate = fuse10k ? fuse10k.p50Ms * (100_000 / search['10k'].passages) * QUERIES.length : null;
    search['100k'] = await measureCorpus('100k', hundredK.corpus, hundredK.build, reps, ctx, estimate);
    ctx.log(`  100k: screening a 20-page draft × ${reps.screenRuns}`);
    screen = screenDraft(hundredK.corpus.engine, seeds, reps.screenRuns);
    ctx.log(`  100k: adding and removing 1,000 passages × ${reps.addRuns}`);
    Object.assign(search['100k'], addThousand(hundredK.corpus, seeds, reps.addRuns));
    hundredK.corpus.close();
  } finally {
    tmp.remove();
  }

  const big = search['100k'];
  const ten = search['10k'];
  const fuseRatio = ten.baselines.fuse ? ten.baselines.fuse.p50Ms / ten.p50Ms : null;
  const targets: PartResult['targets'] = {
    searchP95VsFts5At100k: target('p95 at 100k ≤ 1.5 × raw FTS5-bigram p95 (same run)', ms(big.p95Ms / big.baselines.fts5.p95Ms), '<=', 1.5, '×'),
    searchP95At100k: target('p95 at 100k < 15 ms', big.p95Ms, '<', 15, 'ms'),
    fuseSpeedupAt10k: target('p50 at 10k ≥ 50× faster than fuse.js full scan (fuse p50 / engine p50)', fuseRatio === null ? null : Math.round(fuseRatio), '>=', 50, '×'),
    build100k: target('build the 100k index < 15 s', big.buildMs, '<', 15_000, 'ms'),
    add1000At100k: target('add 1,000 passages to the 100k index < 0.5 s', big.add1000Ms ?? null, '<', 500, 'ms'),
    screen20Pages: target('screen a 20-page draft (100k DB) < 300 ms', screen.screenMs, '<', 300, 'ms'),
  };
  return {
    keys: { search, screenMs: screen.screenMs, screenDraft: screen.detail },
    targets,
    table: searchTable(search, screen),
  };
};

function searchTable(search: Record<CorpusName, CorpusEntry>, screen: ReturnType<typeof screenDraft>): string[] {
  const mb = (n: number | null) => (n === null ? '-' : (n / 1e6).toFixed(1));
  const f = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(2));
  const rows = [
    ['corpus', 'passages', 'build s', 'cpu s', 'db MB', 'fts MB', 'p50', 'p95', 'fts5 p50', 'fts5 p95', 'fuse p50', 'fuse p95'],
    ...(Object.entries(search) as [CorpusName, CorpusEntry][]).map(([name, e]) => [
      name,
      String(e.passages),
      (e.buildMs / 1000).toFixed(2),
      (e.buildCpuMs / 1000).toFixed(2),
      mb(e.dbBytes),
      mb(e.indexBytes),
      f(e.p50Ms),
      f(e.p95Ms),
      f(e.baselines.fts5.p50Ms),
      f(e.baselines.fts5.p95Ms),
      e.baselines.fuse ? f(e.baselines.fuse.p50Ms) : 'omitted',
      e.baselines.fuse ? f(e.baselines.fuse.p95Ms) : 'omitted',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  const big = search['100k'];
  lines.push('(latencies in ms: engine.search(q, {limit: 10}) wall time, p50/p95 over all queries × rounds; cpu s = build CPU time of this process)');
  if (big.fuseOmitted) lines.push(big.fuseOmitted.reason + (big.fuseOmitted.sample ? `: ${big.fuseOmitted.sample.map((s) => `${s.query} ${s.ms} ms`).join(', ')}` : ''));
  lines.push(`100k: add 1,000 passages ${big.add1000Ms} ms (remove ${big.removeMs} ms); screen 20-page draft ${screen.screenMs} ms (cpu ${screen.detail.cpuMsPerRun} ms/run)`);
  return lines;
}
