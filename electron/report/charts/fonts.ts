import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { subsetFont } from './font-subset';

/**
 * Fonts for rasterising charts. resvg sees only the fonts it is given; scanning every system font
 * costs ~100 ms a chart, and a whole CJK font costs resvg ~15 ms a label (see font-subset.ts).
 * So one known CJK font is chosen, cut down to the charts' characters where its face is known,
 * and made the sans-serif family (the chart options' font list ends with sans-serif).
 * `HIA_CHART_FONT=/a.ttf[:/b.ttf]` overrides the choice (unusual systems, tests).
 */

export type ResvgFont = NonNullable<ResvgRenderOptions['font']>;

interface FontFile {
  path: string;
  /** Face of a collection (.ttc) to subset; null: pass the whole file (face unknown). */
  face: number | null;
}

interface Candidate {
  family: string;
  /** The first is required; the others (bold, a Latin companion) are used when present. */
  files: FontFile[];
}

const WINDIR = process.env.WINDIR ?? 'C:\\Windows';
const noto = (dir: string): Candidate => ({
  family: 'Noto Sans CJK SC',
  // Faces in NotoSansCJK-*.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK (then the Mono faces).
  files: [
    { path: `/usr/share/fonts/${dir}/NotoSansCJK-Regular.ttc`, face: 2 },
    { path: `/usr/share/fonts/${dir}/NotoSansCJK-Bold.ttc`, face: 2 },
  ],
});

/** In order of preference: the font the chart options name first, then what Windows and macOS have. */
const CANDIDATES: Candidate[] = [
  noto('opentype/noto'),
  noto('google-noto-cjk'),
  noto('noto-cjk'),
  {
    family: 'Microsoft YaHei',
    files: [
      { path: path.join(WINDIR, 'Fonts', 'msyh.ttc'), face: 0 },
      { path: path.join(WINDIR, 'Fonts', 'msyhbd.ttc'), face: 0 },
    ],
  },
  { family: 'PingFang SC', files: [{ path: '/System/Library/Fonts/PingFang.ttc', face: null }] },
  { family: 'WenQuanYi Micro Hei', files: [{ path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: null }] },
  {
    family: 'Droid Sans Fallback',
    // Droid Sans Fallback has no Latin digits: DejaVu supplies them through resvg's glyph fallback.
    files: [
      { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', face: null },
      { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', face: null },
    ],
  },
];

export interface ChartFonts {
  font: ResvgFont;
  /** Which font draws the charts, and whether it was subset (for the benchmark and logs). */
  family: string;
  subset: boolean;
  /** Removes the temporary subset files; call after rendering. */
  dispose(): void;
}

function chooseCandidate(): Candidate | null {
  for (const c of CANDIDATES) {
    const files = c.files.filter((f) => fs.existsSync(f.path));
    if (files[0]?.path === c.files[0]!.path) return { ...c, files };
  }
  return null;
}

/** Fonts for charts whose text (all of it, concatenated) is `text`. */
export function prepareChartFonts(text: string): ChartFonts {
  const override = process.env.HIA_CHART_FONT?.split(path.delimiter).filter((f) => fs.existsSync(f));
  if (override && override.length > 0) {
    return { font: { loadSystemFonts: false, fontFiles: override }, family: override.join(', '), subset: false, dispose: () => {} };
  }
  const c = chooseCandidate();
  if (!c) return { font: { loadSystemFonts: true }, family: 'system fonts', subset: false, dispose: () => {} };

  const whole = { loadSystemFonts: false, defaultFontFamily: c.family, sansSerifFamily: c.family };
  if (c.files.some((f) => f.face === null)) {
    return { font: { ...whole, fontFiles: c.files.map((f) => f.path) }, family: c.family, subset: false, dispose: () => {} };
  }
  let dir: string | null = null;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-chart-fonts-'));
    const files = c.files.map((f, i) => {
      const out = path.join(dir!, `${i}.otf`);
      fs.writeFileSync(out, subsetFont(f.path, f.face!, text));
      return out;
    });
    const tmp = dir;
    return { font: { ...whole, fontFiles: files }, family: c.family, subset: true, dispose: () => fs.rmSync(tmp, { recursive: true, force: true }) };
  } catch {
    // Subsetting failed (wasm missing, odd font): the whole files still draw correctly, only slower.
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    return { font: { ...whole, fontFiles: c.files.map((f) => f.path) }, family: c.family, subset: false, dispose: () => {} };
  }
}
