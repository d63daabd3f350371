/**
 * pdfjs text items of one page → visual lines. A PDF has no lines, only positioned runs of
 * glyphs: LibreOffice and Word split a line into several runs wherever the font changes
 * (fallback fonts for some CJK characters do this mid-word), so runs are joined in content
 * order and a line ends where pdfjs says so (hasEOL) or where the baseline moves by more
 * than half a character. Content order is kept, not sorted by position: sorting would
 * interleave the columns of two-column layouts, content order almost never does.
 * Geometry is kept per line for pdf-reflow.ts.
 */

export interface PdfTextItem {
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (vertical scale of the text matrix). */
  size: number;
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  /** Left and right ends of the line. */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Shape of pdfjs's TextItem we rely on (TextMarkedContent items have no `str`). */
interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
  hasEOL?: unknown;
}

/** pdfjs items → PdfTextItem, dropping marked-content markers and malformed entries. */
export function toTextItems(raw: readonly unknown[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const r of raw as RawItem[]) {
    if (typeof r?.str !== 'string' || !Array.isArray(r.transform)) continue;
    const t = r.transform as number[];
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof r.height === 'number' ? r.height : 0);
    items.push({
      str: r.str,
      x: t[4] ?? 0,
      y: t[5] ?? 0,
      width: typeof r.width === 'number' ? r.width : 0,
      size: size > 0 ? size : 1,
      hasEOL: r.hasEOL === true,
    });
  }
  return items;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * Text to put between two runs on one line. pdfjs already emits the spaces that are in the
 * PDF; a visible gap without one gets a space, except between Chinese characters, where a
 * small gap is just justification (a space there would split words for the search index).
 */
function joiner(prev: string, next: string, gap: number, size: number): string {
  if (gap <= 0.25 * size || /\s$/.test(prev) || /^\s/.test(next)) return '';
  const cjkPair = CJK.test(prev.slice(-1)) && CJK.test(next.charAt(0));
  return cjkPair && gap < size ? '' : ' ';
}

export function itemsToLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  const flush = (): void => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.trim() });
    current = null;
  };
  for (const item of items) {
    if (current !== null) {
      const line: PdfLine = current;
      if (Math.abs(item.y - line.y) > 0.5 * Math.max(item.size, line.size)) flush();
    }
    if (item.str !== '') {
      if (current === null) {
        current = { text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
      } else {
        const line: PdfLine = current;
        line.text += joiner(line.text, item.str, item.x - line.x1, Math.max(item.size, line.size)) + item.str;
        line.x0 = Math.min(line.x0, item.x);
        line.x1 = Math.max(line.x1, item.x + item.width);
        line.size = Math.max(line.size, item.size);
      }
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}
