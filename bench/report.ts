/**
 * The report part of `npm run bench`: building the Word report of a large assessment (60 scored
 * determinants, 5 experts, 100 cited passages: tests/fixtures/snapshots/make-large.ts), charts
 * included. The first build in a process loads ECharts, resvg, the font subsetter and the fonts,
 * so it is reported apart (coldMs); the target is the median of the builds after it.
 */
import { buildReport } from '../electron/report/build-report';
import { buildModel } from '../electron/report/model';
import { renderReportCharts } from '../electron/report/charts/report-charts';
import { makeLargeSnapshot } from '../tests/fixtures/snapshots/make-large';
import { median, ms, timedAsync } from './stats';
import { target, type BenchContext, type BenchPart } from './types';

/** The figures under the `report` key of the benchmark JSON. */
export interface ReportBenchResult {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time of the median build; far below medianMs means other processes had the CPU. */
  medianCpuMs: number;
  /** The first build in this process (module loading and fonts included). */
  coldMs: number;
  /** Median time of drawing the two charts alone (part of medianMs). */
  chartsMedianMs: number;
  chartFont: string | null;
  runs: number;
  determinants: number;
  experts: number;
  passages: number;
  bytes: number;
}

export const REPORT_TARGET_MS = 1500;
const FINGERPRINT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Measures report builds; `quick` makes it a smoke check (3 runs instead of 9). */
export async function measureReport(opts: { quick?: boolean; log?: (m: string) => void } = {}): Promise<ReportBenchResult> {
  const log = opts.log ?? (() => {});
  const snapshot = makeLargeSnapshot();
  const runs = opts.quick ? 3 : 9;

  const cold = await timedAsync(() => buildReport(snapshot, { fingerprint: FINGERPRINT }));
  log(`report: first build ${Math.round(cold.ms)} ms`);
  const samples: { ms: number; cpuMs: number; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timedAsync(() => buildReport(snapshot, { fingerprint: FINGERPRINT }));
    samples.push({ ms: r.ms, cpuMs: r.cpuMs, bytes: r.value.byteLength });
    log(`report: build ${i + 1}/${runs} ${Math.round(r.ms)} ms`);
  }
  const model = buildModel(snapshot, FINGERPRINT);
  const charts: number[] = [];
  let chartFont: string | null = null;
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const r = await timedAsync(() => renderReportCharts(model));
    charts.push(r.ms);
    chartFont = r.value.font;
  }

  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    medianMs: ms(median(samples.map((s) => s.ms))),
    minMs: ms(sorted[0]!.ms),
    maxMs: ms(sorted.at(-1)!.ms),
    medianCpuMs: ms(mid.cpuMs),
    coldMs: ms(cold.ms),
    chartsMedianMs: ms(median(charts)),
    chartFont,
    runs,
    determinants: snapshot.stages.scoring.items.length,
    experts: snapshot.panel.members.length,
    passages: snapshot.evidence.length,
    bytes: mid.bytes,
  };
}

/** The bench part: `report` key, one target, a short table. */
export const runReportBench: BenchPart = async (ctx: BenchContext) => {
  const report = await measureReport({ quick: ctx.quick, log: ctx.log });
  return {
    keys: { report },
    targets: {
      reportMedian: target(
        `report build median < ${REPORT_TARGET_MS / 1000} s (${report.determinants} determinants, ${report.experts} experts, ${report.passages} passages)`,
        report.medianMs,
        '<',
        REPORT_TARGET_MS,
        'ms',
      ),
    },
    table: [
      `report  ${report.determinants} determinants × ${report.experts} experts, ${report.passages} passages, ${Math.round(report.bytes / 1024)} KiB`,
      `        median ${Math.round(report.medianMs)} ms (min ${Math.round(report.minMs)}, max ${Math.round(report.maxMs)}, ${report.runs} runs; CPU ${Math.round(report.medianCpuMs)} ms)`,
      `        first build ${Math.round(report.coldMs)} ms; charts alone ${Math.round(report.chartsMedianMs)} ms (${report.chartFont ?? 'no charts'})`,
    ],
  };
};
