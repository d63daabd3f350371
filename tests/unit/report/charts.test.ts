import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subsetFont } from '../../../electron/report/charts/font-subset';
import { prepareChartFonts } from '../../../electron/report/charts/fonts';
import { renderReportCharts, startReportCharts } from '../../../electron/report/charts/report-charts';
import { buildModel } from '../../../electron/report/model';
import { urbanRail } from './fixtures';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('report charts', () => {
  it('draws the risk matrix and the priority overview as PNGs from the shared chart options', async () => {
    const charts = await renderReportCharts(buildModel(urbanRail(), null));
    expect(charts.fallbackReason).toBeNull();
    expect(charts.matrix?.png.subarray(0, 4)).toEqual(PNG);
    expect(charts.overview?.png.subarray(0, 4)).toEqual(PNG);
    expect(charts.overviewShown).toBe(14); // every scored impact of the fixture (fewer than 20)
    expect(charts.font).not.toBeNull();
  });

  it('falls back to tables when asked, or when the chart libraries cannot load', async () => {
    const model = buildModel(urbanRail(), null);
    expect(await renderReportCharts(model, 'table')).toMatchObject({ matrix: null, overview: null, fallbackReason: 'charts: table requested' });
    expect(await startReportCharts(model, 'image', false)).toMatchObject({ matrix: null, overview: null, fallbackReason: expect.stringMatching(/could not be loaded/) });
  });

  // fonts-noto-cjk is what CI installs; elsewhere another CJK font is used and this is skipped.
  it.skipIf(!fs.existsSync(NOTO))('cuts Noto Sans CJK SC down to the characters charts use', () => {
    const bytes = subsetFont(NOTO, 2, '噪声与振动 风险矩阵 0123456789…');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('OTTO'); // CFF-flavoured OpenType
    expect(bytes.byteLength).toBeLessThan(100_000);
    const fonts = prepareChartFonts('风险');
    try {
      expect(fonts).toMatchObject({ family: 'Noto Sans CJK SC', subset: true });
      for (const f of fonts.font.fontFiles ?? []) expect(fs.existsSync(f)).toBe(true);
    } finally {
      fonts.dispose();
    }
    for (const f of fonts.font.fontFiles ?? []) expect(fs.existsSync(f)).toBe(false);
  });
});
