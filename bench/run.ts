/**
 * `npm run bench [-- --json] [-- --quick] [-- --only search,report]`
 *
 * Benchmarks are scripts, not timed tests (ARCHITECTURE.md → Performance discipline): each part
 * prints medians next to same-run baselines and checks its targets, and a failed target is
 * reported, not hidden (the exit code stays 0 so a run always prints its numbers).
 * With --json, stdout is one JSON object: `machine`, each part's keys (`search`, `screenMs`…)
 * and `targets`; progress goes to stderr. npm prints its "> tsx bench/run.ts" banner on stdout
 * too, so pipe `npm run -s bench -- --json` (or `npx tsx bench/run.ts --json`) into a parser.
 *
 * To add a part: write `bench/<part>.ts` exporting a BenchPart (see types.ts) and add it to
 * PARTS below. Its keys appear beside `search`, its targets in `targets`.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import { runLoadBench } from './load';
import { runRegisterBench } from './register';
import { runReportBench } from './report';
import { runSearchBench } from './search';
import type { BenchPart, TargetResult } from './types';

const PARTS: Record<string, BenchPart> = {
  search: runSearchBench,
  report: runReportBench,
  load: runLoadBench,
  register: runRegisterBench,
};

/** A bad command line: reported as one line, without a stack trace. */
class UsageError extends Error {}

interface Args {
  json: boolean;
  quick: boolean;
  only: string[] | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, quick: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--quick') args.quick = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] : a.slice('--only='.length);
      args.only = (value ?? '').split(',').filter((p) => p.length > 0);
    } else if (a === '--help' || a === '-h') {
      console.log(`usage: npm run -s bench -- [--json] [--quick] [--only ${Object.keys(PARTS).join(',')}]`);
      process.exit(0);
    } else {
      throw new UsageError(`unknown option ${a}; see --help`);
    }
  }
  for (const p of args.only ?? []) if (!(p in PARTS)) throw new UsageError(`unknown part ${p}; parts: ${Object.keys(PARTS).join(', ')}`);
  return args;
}

function machine() {
  const require = createRequire(import.meta.url);
  const version = (pkg: string): string | null => {
    try {
      return (require(`${pkg}/package.json`) as { version: string }).version;
    } catch {
      return null; // packages whose "exports" hide package.json
    }
  };
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    betterSqlite3: version('better-sqlite3'),
    loadavgStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

function formatTarget(t: TargetResult): string {
  const value = t.value === null ? 'n/a' : `${t.value} ${t.unit}`;
  return `${t.pass ? '✓' : '✗'} ${t.description}: ${value} (target ${t.comparison} ${t.limit} ${t.unit})`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const output: Record<string, unknown> = { machine: machine(), quick: args.quick };
  const targets: Record<string, TargetResult> = {};
  const tables: string[] = [];
  const started = performance.now();
  for (const [name, part] of Object.entries(PARTS)) {
    if (args.only && !args.only.includes(name)) continue;
    log(`== ${name}`);
    const result = await part({ quick: args.quick, log });
    Object.assign(output, result.keys);
    Object.assign(targets, result.targets);
    tables.push(`== ${name}`, ...result.table, '');
  }
  output.targets = targets;
  Object.assign(output.machine as object, {
    loadavgEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  });

  if (args.json) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const m = output.machine as ReturnType<typeof machine> & { loadavgEnd: number[]; totalSeconds: number };
  console.log(`HIA Workbench benchmark${args.quick ? ' (--quick: fewer repetitions, smoke check only)' : ''}`);
  console.log(`${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB, Node ${m.node}, load ${m.loadavgStart.join('/')} → ${m.loadavgEnd.join('/')}, ${m.totalSeconds} s\n`);
  console.log(tables.join('\n'));
  console.log('targets');
  for (const t of Object.values(targets)) console.log(`  ${formatTarget(t)}`);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(err.message);
    process.exitCode = 2;
    return;
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
