import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { safeLines, safeText } from './sanitize';
import { BODY_LINE, COLOR, INDENT_2CH, SIZE, TABLE_LINE, TEXT_WIDTH, runFont, type FontRole } from './styles';

/**
 * The building blocks every section uses. All user text goes through `safeText`/`safeLines`
 * here, so no section can forget to sanitise, and every run gets all four font slots.
 */

export interface RunStyle {
  font?: FontRole;
  size?: number;
  bold?: boolean;
  color?: string;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: safeText(text).replace(/\n/g, ' '),
    font: runFont(style.font ?? 'body'),
    size: style.size ?? SIZE.sanhao,
    bold: style.bold,
    color: style.color,
  });
}

/** A run whose text is kept verbatim (no zero-width spaces), for fingerprints and identifiers. */
export function literalRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.replace(/[^\x20-\x7E\u3000-\u9FFF\uFF00-\uFFEF]/g, ''),
    font: runFont(style.font ?? 'body'),
    size: style.size ?? SIZE.sanhao,
    bold: style.bold,
    color: style.color,
  });
}

type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'>;

/** Body paragraph: 三号 仿宋, first line indented two characters, fixed 28 pt pitch. */
export function bodyParagraph(children: ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT_2CH }, spacing: BODY_LINE, ...options, children });
}

/** A body paragraph of plain text. */
export function body(text: string, style: RunStyle = {}, options: ParaOptions = {}): Paragraph {
  return bodyParagraph([run(text, style)], options);
}

/** User text that may hold several lines: one body paragraph per non-empty line. */
export function bodyText(text: string, empty = '（无）'): Paragraph[] {
  const lines = safeLines(text);
  return (lines.length > 0 ? lines : [empty]).map((l) => bodyParagraph([run(l)]));
}

/** Quoted user text (the draft): 楷体 四号, indented, so it never reads as the report's own headings. */
export function quote(text: string): Paragraph[] {
  return safeLines(text).map(
    (line) =>
      new Paragraph({
        indent: { left: INDENT_2CH, right: INDENT_2CH },
        spacing: { line: 440, lineRule: LineRuleType.EXACT },
        children: [run(line, { font: 'heading2', size: SIZE.sihao })],
      }),
  );
}

/** A label in 仿宋 bold followed by plain text, as in “评价结论：修改完善后出台”. */
export function labelled(label: string, text: string, options: ParaOptions = {}): Paragraph {
  return bodyParagraph([run(label, { bold: true }), run(text)], options);
}

/** Level-3 heading “1. …”: 仿宋 bold in the body, as GB/T 9704 numbers its third level. */
export function minorHeading(text: string): Paragraph {
  return bodyParagraph([run(text, { bold: true })], { keepNext: true });
}

/** A table caption (above, kept with its table) or a figure caption (`below`: nothing to keep with). */
export function caption(text: string, options: { below?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_LINE, before: 120 },
    // A figure caption kept with the next heading would chain figure, caption and the next
    // section together, longer than a page, and office suites then drop the keep altogether.
    keepNext: !options.below,
    children: [run(text, { font: 'heading1', size: SIZE.sihao })],
  });
}

/** Small note under a table or figure (sources, abbreviations). */
export function note(text: string): Paragraph {
  return new Paragraph({ spacing: { ...TABLE_LINE, after: 120 }, children: [run(text, { size: SIZE.xiaowu, color: COLOR.muted })] });
}

export function spacer(): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, children: [] });
}

// ---- tables --------------------------------------------------------------------------------

export interface Column {
  title: string;
  /** Share of the text width; widths are scaled to add up to TEXT_WIDTH exactly. */
  weight: number;
  align?: 'left' | 'center';
}

/** A cell: text (lines become paragraphs, empty text prints —), or styled; `blank` leaves it empty (for signatures). */
export type Cell = string | { text: string; fill?: string; color?: string; bold?: boolean; blank?: boolean };

const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
/** 3 pt each side: room for one more character in narrow columns than Word's default 5.4 pt. */
const CELL_MARGIN = { top: 40, bottom: 40, left: 60, right: 60 };

/** Column widths in twips from weights, summing to `total` exactly (the last takes the rounding). */
export function columnWidths(columns: readonly Column[], total = TEXT_WIDTH): number[] {
  const sum = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((n, w) => n + w, 0);
  return widths;
}

interface CellLayout {
  align: 'left' | 'center';
  header: boolean;
  /** Keep with the next row: set on every row but the last keeps a short table on one page. */
  keepNext: boolean;
  size: number;
}

function cellParagraphs(text: string, layout: CellLayout, style: RunStyle, blank = false): Paragraph[] {
  const lines = safeLines(text);
  if (lines.length === 0 && blank) return [new Paragraph({ spacing: TABLE_LINE, keepNext: layout.keepNext, children: [] })];
  return (lines.length > 0 ? lines : ['—']).map(
    (line) =>
      new Paragraph({
        alignment: layout.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: TABLE_LINE,
        keepNext: layout.keepNext,
        children: [run(line, { size: layout.size, ...style })],
      }),
  );
}

function cell(content: Cell, width: number, layout: CellLayout): TableCell {
  const c = typeof content === 'string' ? { text: content } : content;
  const header = layout.header;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGIN,
    verticalAlign: VerticalAlign.CENTER,
    shading: header ? { type: ShadingType.CLEAR, fill: COLOR.headerFill, color: 'auto' } : c.fill ? { type: ShadingType.CLEAR, fill: c.fill, color: 'auto' } : undefined,
    children: cellParagraphs(c.text, layout, header ? { font: 'heading1' } : { bold: c.bold, color: c.color }, 'blank' in c && c.blank),
  });
}

export interface TableOptions {
  /** Let rows break across pages (long passages); otherwise a row moves whole to the next page. */
  splitRows?: boolean;
  /** Run size in half-points; 五号 (10.5 pt) unless given. */
  size?: number;
}

/** Tables up to this many rows are kept on one page (a 5 × 5 matrix split in two is unreadable). */
const KEEP_TOGETHER_ROWS = 12;

/**
 * A table that keeps its shape in Word, WPS and LibreOffice: fixed layout, explicit grid and cell
 * widths in twips (auto-fit tables collapse to the widest word in LibreOffice), a header row
 * repeated on every page, and rows that do not split across pages unless `splitRows` (long text).
 */
export function dataTable(columns: readonly Column[], rows: readonly Cell[][], options: TableOptions = {}): Table {
  const widths = columnWidths(columns);
  const size = options.size ?? SIZE.wuhao;
  const together = rows.length <= KEEP_TOGETHER_ROWS;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.title, widths[i]!, { align: 'center', header: true, keepNext: true, size })),
  });
  const body = rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: !options.splitRows,
        children: columns.map((c, i) =>
          cell(r[i] ?? '', widths[i]!, { align: c.align ?? 'left', header: false, keepNext: together && k < rows.length - 1, size }),
        ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    alignment: AlignmentType.CENTER,
    rows: [header, ...body],
  });
}

/** Two-column label/value table (基本情况), with the labels shaded. */
export function fieldTable(fields: readonly [string, string][]): Table {
  const widths = columnWidths([{ title: '', weight: 1 }, { title: '', weight: 3 }]);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    alignment: AlignmentType.CENTER,
    rows: fields.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(label, widths[0]!, { align: 'center', header: true, keepNext: false, size: SIZE.wuhao }),
            cell(value, widths[1]!, { align: 'left', header: false, keepNext: false, size: SIZE.wuhao }),
          ],
        }),
    ),
  });
}
