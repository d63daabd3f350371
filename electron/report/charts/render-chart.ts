import type * as EchartsModule from 'echarts';
import type { EChartsOption } from 'echarts';
import type * as ResvgNamespace from '@resvg/resvg-js';
import type { ResvgFont } from './fonts';

/**
 * Draws an ECharts option (the same one the UI shows) as a PNG: ECharts server-side rendering to
 * an SVG string, then @resvg/resvg-js to pixels. Word 2016+ could show SVG, but WPS and older
 * Word need a raster image, and a PNG also keeps LibreOffice's PDF export faithful.
 *
 * Both libraries are imported lazily: ECharts takes ~150 ms to load and is needed only for a
 * report, and resvg is a native module that may be missing on an unusual platform, in which
 * case the report uses table fallbacks instead of failing.
 */

export interface RenderedChart {
  png: Buffer;
  /** Size the chart was laid out at, in CSS pixels (the PNG has `scale` times as many). */
  width: number;
  height: number;
}

type Echarts = typeof EchartsModule;
type ResvgModule = typeof ResvgNamespace;

let echarts: Echarts | null = null;
/** undefined: not tried yet; null: cannot load here (remembered). */
let resvg: ResvgModule | null | undefined;

/**
 * Loads ECharts and resvg once per process. Returns whether charts can be rasterised here; after
 * it resolves, the functions below run synchronously up to the rasterising itself.
 */
export async function loadChartModules(): Promise<boolean> {
  try {
    echarts ??= await import('echarts');
  } catch {
    return false; // charts become tables; the report itself still builds
  }
  if (resvg === undefined) {
    resvg = await import('@resvg/resvg-js').then(
      (m) => m,
      () => null,
    );
  }
  return resvg !== null;
}

/** The chart as an SVG string, laid out at `width` × `height` CSS pixels. Needs loadChartModules(). */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  if (!echarts) throw new Error('renderChartSvg before loadChartModules');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * An SVG as a PNG at `scale` × its size (2 gives ~190 dpi at the width it is printed). The work
 * starts at once on libuv's thread pool (renderAsync), so the caller can go on building the
 * document while both charts rasterise. Needs loadChartModules() to have returned true.
 */
export function rasterize(svg: string, font: ResvgFont, scale = 2): Promise<Buffer> {
  if (!resvg) return Promise.reject(new Error('resvg is not available'));
  return resvg.renderAsync(svg, { font, fitTo: { mode: 'zoom', value: scale }, background: '#ffffff', logLevel: 'off' }).then((image) => image.asPng());
}
