/** What `bench/run.ts` needs from each part of the benchmark (search, later report…). */

export interface BenchContext {
  /** Fewer repetitions: a smoke check that the part still runs, not numbers to quote. */
  quick: boolean;
  /** Progress for humans; always goes to stderr so `--json` keeps stdout to one object. */
  log(message: string): void;
}

export interface TargetResult {
  /** What is promised, in words, e.g. "p95 at 100k ≤ 1.5 × FTS5-bigram baseline". */
  description: string;
  value: number | null;
  limit: number;
  /** How value compares with limit: '<=', '<' or '>='. */
  comparison: '<=' | '<' | '>=';
  unit: string;
  pass: boolean;
}

export interface PartResult {
  /** Top-level keys of the JSON output this part contributes (e.g. `search`, `screenMs`). */
  keys: Record<string, unknown>;
  targets: Record<string, TargetResult>;
  /** Lines of the human-readable table. */
  table: string[];
}

export type BenchPart = (ctx: BenchContext) => Promise<PartResult>;

export function target(
  description: string,
  value: number | null,
  comparison: TargetResult['comparison'],
  limit: number,
  unit: string,
): TargetResult {
  const pass =
    value !== null &&
    Number.isFinite(value) &&
    (comparison === '<=' ? value <= limit : comparison === '<' ? value < limit : value >= limit);
  return { description, value, limit, comparison, unit, pass };
}
