import { determinantOverviewHeight, determinantOverviewOption, overviewImpacts } from '../../../shared/charts/determinant-overview';
import { riskMatrixOption } from '../../../shared/charts/risk-matrix';
import type { ReportModel } from '../model';
import { prepareChartFonts } from './fonts';
import { loadChartModules, rasterize, renderChartSvg, type RenderedChart } from './render-chart';

/**
 * The report's two figures, drawn from the option builders the UI uses (shared/charts), so the
 * Word figure and the screen show the same thing. A chart that cannot be drawn is null with a
 * reason; the figure section then prints a table instead. A report never fails for a chart.
 */

export type ChartMode = 'image' | 'table';

export interface ReportCharts {
  matrix: RenderedChart | null;
  overview: RenderedChart | null;
  /** Impacts in the overview figure, and how many had a score (the figure shows the top ones). */
  overviewShown: number;
  overviewTotal: number;
  /** Why charts are tables, if they are (printed nowhere; for logs and tests). */
  fallbackReason: string | null;
  /** The font the charts were drawn with, and whether it was subset. */
  font: string | null;
}

/** Chart canvas width in CSS pixels; printed at the 156 mm text width (~590 px), so text shrinks only a little. */
export const CHART_WIDTH = 640;
const MATRIX_HEIGHT = 460;
/** Bars in the overview figure: 20 bars fill most of a page; the table lists every impact. */
export const OVERVIEW_MAX = 20;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Starts drawing the figures. Call after `loadChartModules()`: the SVG layout and font subsetting
 * happen before this returns, and only the rasterising (off this thread) is left in the promise,
 * so the caller builds the rest of the document meanwhile.
 */
export function startReportCharts(m: ReportModel, mode: ChartMode, canRasterize: boolean): Promise<ReportCharts> {
  const scheme = m.snapshot.ratingScheme;
  const names = (id: string) => m.determinantName(id);
  const scored = overviewImpacts(m.ranked);
  const shown = scored.slice(0, OVERVIEW_MAX);
  const none = { matrix: null, overview: null, overviewShown: shown.length, overviewTotal: scored.length, font: null };
  if (mode === 'table') return Promise.resolve({ ...none, fallbackReason: 'charts: table requested' });
  if (!canRasterize) return Promise.resolve({ ...none, fallbackReason: 'chart libraries (echarts, resvg) could not be loaded' });

  const sizes = { matrix: MATRIX_HEIGHT, overview: determinantOverviewHeight(shown.length) };
  let svgs: { matrix: string; overview: string };
  try {
    svgs = {
      matrix: renderChartSvg(riskMatrixOption(scheme, m.ranked, names, 'zh-CN'), CHART_WIDTH, sizes.matrix),
      overview: renderChartSvg(determinantOverviewOption(scheme, shown, names, 'zh-CN'), CHART_WIDTH, sizes.overview),
    };
  } catch (err) {
    return Promise.resolve({ ...none, fallbackReason: `echarts: ${message(err)}` });
  }

  // One font subset for both charts: every character either of them draws.
  const fonts = prepareChartFonts(svgs.matrix + svgs.overview);
  const chart = (r: PromiseSettledResult<Buffer>, height: number): RenderedChart | null =>
    r.status === 'fulfilled' ? { png: r.value, width: CHART_WIDTH, height } : null;
  return Promise.allSettled([rasterize(svgs.matrix, fonts.font), rasterize(svgs.overview, fonts.font)])
    .then(([matrix, overview]) => {
      const failed = [matrix!, overview!].find((r) => r.status === 'rejected');
      return {
        ...none,
        matrix: chart(matrix!, sizes.matrix),
        overview: chart(overview!, sizes.overview),
        fallbackReason: failed ? `resvg: ${message(failed.reason)}` : null,
        font: `${fonts.family}${fonts.subset ? ' (subset)' : ''}`,
      };
    })
    .finally(() => fonts.dispose());
}

/** Both figures, from start to finish (for callers that have nothing to do meanwhile). */
export async function renderReportCharts(m: ReportModel, mode: ChartMode = 'image'): Promise<ReportCharts> {
  const can = mode === 'image' && (await loadChartModules());
  return startReportCharts(m, mode, can);
}
