import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/**
 * Page geometry, fonts and sizes after GB/T 9704-2012 as commonly summarised: A4, 天头 37 mm,
 * 订口 28 mm, 版心 156 × 225 mm; title 小标宋 二号, body 仿宋_GB2312 三号, level-1 headings 黑体,
 * level-2 楷体, numerals and Latin text in Times New Roman, 22 lines of 28 characters a page.
 */

/** Twips (1/20 pt, DXA) per millimetre. */
const MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * MM);

export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(18), gutter: 0 },
} as const;

/** 版心 width in twips (156 mm): every table's columns add up to this, so none is squeezed. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Text width in CSS pixels (96 dpi), the unit docx sizes images in. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/**
 * East-Asian font names as Word and WPS on Chinese Windows spell them (the names in the font
 * files' Chinese name tables); LibreOffice on Linux maps them to Noto CJK through fontconfig.
 */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

export type FontRole = keyof typeof FONT;

/**
 * A run font with every slot set: Word picks `eastAsia` for CJK characters and `ascii`/`hAnsi`
 * for the rest, so setting only one leaves the other to the theme (Calibri / 等线).
 */
export function runFont(role: FontRole) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia: FONT[role] };
}

/** Half-points, as docx sizes runs. 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = {
  erhao: 44,
  sanhao: 32,
  sihao: 28,
  xiaosi: 24,
  wuhao: 21,
  xiaowu: 18,
  tiny: 14,
} as const;

/** Fixed line pitch of body text: 28 pt, the usual 固定值 for 22 lines on a 225 mm 版心. */
export const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Tables use single spacing (at least 15 pt) so emoji and mixed scripts are never clipped. */
export const TABLE_LINE = { line: 300, lineRule: LineRuleType.AT_LEAST } as const;

/** Two full-width characters of first-line indent at 三号 (16 pt = 320 twips each). */
export const INDENT_2CH = 640;

export const COLOR = {
  text: '000000',
  draft: 'C00000',
  muted: '595959',
  headerFill: 'E7E6E6',
  border: '000000',
} as const;

/**
 * Document styles: defaults and the built-in Title/Heading styles (so Word's navigation pane and
 * a TOC field find the headings). Runs still carry their own fonts, because WPS and LibreOffice
 * give direct formatting priority and a style font alone is sometimes replaced on import.
 */
export function documentStyles(): IStylesOptions {
  const heading = (role: FontRole) => ({
    run: { font: runFont(role), size: SIZE.sanhao, bold: false, color: COLOR.text },
    paragraph: { spacing: { ...BODY_LINE, before: 0, after: 0 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: runFont('body'), size: SIZE.sanhao, color: COLOR.text, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        // Single spacing by default: an exact 28 pt pitch would crop inline images to one line.
        // Body paragraphs set the fixed pitch themselves (blocks.ts).
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED },
      },
      title: {
        run: { font: runFont('title'), size: SIZE.erhao, bold: false, color: COLOR.text },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 720, lineRule: LineRuleType.EXACT } },
      },
      heading1: { ...heading('heading1'), paragraph: { ...heading('heading1').paragraph, outlineLevel: 0 } },
      heading2: { ...heading('heading2'), paragraph: { ...heading('heading2').paragraph, outlineLevel: 1 } },
      heading3: { ...heading('body'), paragraph: { ...heading('body').paragraph, outlineLevel: 2 } },
    },
  };
}
