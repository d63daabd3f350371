/**
 * Benchmark corpora: the real seed passages, and synthetic documents made from them to reach
 * ~10k and ~100k passages. Every corpus is built into a fresh temp database through the app's
 * own code path (openDatabase → migrations → EvidenceStore.addDocument), so the build time
 * includes determinant tagging, normalisation, bigram tokenisation and the FTS5 inserts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { SeedData } from '../shared/evidence/manifest';
import type { ParsedPassage, PassageKind } from '../shared/evidence/passage';
import { openDatabase } from '../electron/db/connection';
import { EvidenceEngine } from '../electron/evidence/engine';
import { DEFAULT_SEEDS_DIR } from '../electron/evidence/seed-data';
import { ensureSeedEvidence } from '../electron/evidence/seed-loader';
import type { NewEvidenceDocument } from '../electron/evidence/store';
import { prng } from '../tests/support/prng';

export interface SeedPassage {
  text: string;
  kind: PassageKind;
  headingPath: string[];
}

export interface SyntheticDocument {
  doc: NewEvidenceDocument;
  passages: ParsedPassage[];
}

export interface OpenCorpus {
  file: string;
  db: Database.Database;
  engine: EvidenceEngine;
  close(): void;
}

/** Passages per synthetic document: the size of a long plan imported by a user. */
export const PASSAGES_PER_DOCUMENT = 500;

/** A temp folder for this run's databases, removed by the returned function. */
export function makeTempDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-bench-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function openCorpus(file: string, data: SeedData): OpenCorpus {
  const { db } = openDatabase(file);
  const engine = new EvidenceEngine(db, data);
  return { file, db, engine, close: () => db.close() };
}

/** Ingests the real seed documents (parse + index), as the app does on first start. */
export async function ingestSeeds(corpus: OpenCorpus, data: SeedData): Promise<void> {
  await ensureSeedEvidence(corpus.engine.store, DEFAULT_SEEDS_DIR, data);
}

/** The indexed (non-heading) seed passages, in id order. */
export function readSeedPassages(db: Database.Database): SeedPassage[] {
  const rows = db.prepare('SELECT text, kind, heading_path FROM evidence_passage ORDER BY id').all() as {
    text: string;
    kind: PassageKind;
    heading_path: string;
  }[];
  return rows.map((r) => ({ text: r.text, kind: r.kind, headingPath: JSON.parse(r.heading_path) as string[] }));
}

/** Folds the WAL into the file, then reports the file size and the FTS5 shadow tables' size. */
export function measureSize(corpus: OpenCorpus): { dbBytes: number; indexBytes: number | null } {
  corpus.db.pragma('wal_checkpoint(TRUNCATE)');
  const wal = `${corpus.file}-wal`;
  const dbBytes = fs.statSync(corpus.file).size + (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
  let indexBytes: number | null = null;
  try {
    indexBytes = corpus.db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'evidence_fts%'").pluck().get() as number;
  } catch {
    indexBytes = null; // SQLite built without SQLITE_ENABLE_DBSTAT_VTAB
  }
  return { dbBytes, indexBytes };
}

// --- synthetic documents ---------------------------------------------------------------
//
// How the scaled corpora are made, so the index is not 150 identical copies of the seeds:
// - Each synthetic document belongs to one (real) Zhejiang city or county: every 杭州/温岭 in
//   its passages and heading paths becomes that place, as if another city had issued a plan
//   modelled on Hangzhou's (which is how these plans are really written).
// - Each passage starts from a seed passage drawn uniformly at random (a fixed-seed PRNG, so
//   every run builds the same corpus), then:
//   · numbers other than years are perturbed (±40%, same number of decimals), with p = 0.7;
//   · a paragraph of several sentences is rotated (its sentences start at a random one), p = 0.3,
//     or mixed with another paragraph (the first half of one + the second half of the other),
//     p = 0.35; otherwise it is kept as drawn. Table rows only get the place and number changes.
// The vocabulary stays the seeds' (plus the place names), so posting lists of common bigrams
// (健康, 服务) grow linearly with the corpus: pessimistic for common terms, optimistic for rare
// ones, the same caveat as reference/search-perf.md §11.

const PLACES = [
  '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水',
  '义乌', '余姚', '慈溪', '诸暨', '乐清', '瑞安', '海宁', '桐乡', '临海', '东阳',
  '永康', '兰溪', '江山', '龙泉', '平湖', '嵊州', '建德', '玉环', '上虞', '萧山',
];
const PLACE_PATTERN = /杭州|温岭/gu;
const NUMBER = /\d+(?:\.\d+)?/gu;
const SENTENCE = /[^。；！？]+[。；！？]?/gu;


function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function perturbNumbers(text: string, rand: () => number): string {
  return text.replace(NUMBER, (n) => {
    if (/^(19|20)\d\d$/.test(n)) return n; // a year: keep the plan's time frame
    const decimals = n.includes('.') ? n.split('.')[1]!.length : 0;
    const value = Number(n) * (0.6 + rand() * 0.8);
    return value.toFixed(decimals);
  });
}

function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [text];
}

function vary(seed: SeedPassage, seeds: readonly SeedPassage[], place: string, rand: () => number): string {
  let text = seed.text.replace(PLACE_PATTERN, place);
  if (rand() < 0.7) text = perturbNumbers(text, rand);
  if (seed.kind !== 'paragraph') return text;
  const parts = sentences(text);
  const r = rand();
  if (r < 0.3 && parts.length > 1) {
    const k = 1 + Math.floor(rand() * (parts.length - 1));
    return [...parts.slice(k), ...parts.slice(0, k)].join('');
  }
  if (r < 0.65) {
    const other = pick(rand, seeds);
    if (other.kind !== 'paragraph') return text;
    const otherParts = sentences(other.text.replace(PLACE_PATTERN, place));
    const head = parts.slice(0, Math.max(1, Math.ceil(parts.length / 2)));
    const tail = otherParts.slice(Math.floor(otherParts.length / 2));
    return [...head, ...tail].join('');
  }
  return text;
}

/**
 * `count` synthetic documents of `size` passages each, numbered from `first`. The same
 * (seedValue, first) always gives the same documents.
 */
export function syntheticDocuments(
  seeds: readonly SeedPassage[],
  count: number,
  options: { first?: number; size?: number; seedValue?: number; idPrefix?: string } = {},
): SyntheticDocument[] {
  const { first = 0, size = PASSAGES_PER_DOCUMENT, seedValue = 20261122, idPrefix = 'bench' } = options;
  const out: SyntheticDocument[] = [];
  for (let d = first; d < first + count; d++) {
    const rand = prng(seedValue + d * 7919);
    const place = PLACES[d % PLACES.length]!;
    const passages: ParsedPassage[] = [];
    for (let i = 0; i < size; i++) {
      const seed = pick(rand, seeds);
      passages.push({
        documentId: `${idPrefix}-${d}`,
        headingPath: seed.headingPath.map((h) => h.replace(PLACE_PATTERN, place)),
        // One passage per physical line of sourceText, so citations stay valid.
        lineStart: i + 1,
        lineEnd: i + 1,
        text: vary(seed, seeds, place, rand),
        kind: seed.kind,
        ordinal: i,
      });
    }
    out.push({
      doc: {
        id: `${idPrefix}-${d}`,
        title: `${place}市健康城市建设行动方案（基准合成文档 ${d}）`,
        origin: 'import',
        fileName: `${idPrefix}-${d}.txt`,
        format: 'txt',
        sourceText: passages.map((p) => p.text).join('\n') + '\n',
        parser: 'bench-synthetic',
      },
      passages,
    });
  }
  return out;
}
