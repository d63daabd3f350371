/**
 * Visual lines of one PDF page → paragraphs, one per line. PDFs wrap paragraphs at the
 * margin, often mid-word in Chinese ("…绿色、经" / "济的城市…"), which would cut words apart
 * for the evidence index and give a draft imported as PDF three times as many lines as the
 * same draft imported as DOCX or TXT. A line is joined to the one before only when all the
 * signs of a soft wrap are there:
 * - the line before reaches the right margin of the page's text block;
 * - it does not end a sentence or introduce a list (。！？：；);
 * - this line starts at the left margin (a first-line indent starts a new paragraph), has the
 *   same font size (a heading does not) and sits right below;
 * - this line does not start with a heading or item number ("（三）", "2.", "第一条"), which
 *   also keeps flattened table rows apart.
 * Anything else keeps its line break: a missed join costs an extra line; a wrong join would
 * merge a heading into body text.
 */
import type { PdfLine } from './pdf-text-lines';

const ENDS_SENTENCE = /[。！？!?：:；;]$/;
const STARTS_ITEM =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条款部分]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[①-⑳]|[•·●▪■◆-])/;
const LATIN_END = /[A-Za-z0-9,.;:)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

function isSoftWrap(prev: PdfLine, line: PdfLine, left: number, right: number): boolean {
  const size = prev.size;
  const below = prev.y - line.y;
  return (
    prev.x1 >= right - 2.5 * size &&
    !ENDS_SENTENCE.test(prev.text) &&
    line.x0 <= left + 0.5 * line.size &&
    Math.abs(line.size - size) <= 0.15 * size &&
    below >= 0.8 * size &&
    below <= 2.5 * size &&
    !STARTS_ITEM.test(line.text)
  );
}

/**
 * Left edge and right margin of the page's text. The right margin is the median right end of
 * the long lines, not the maximum: punctuation may hang into the margin and runs of digits
 * end a line a little further right, while a line whose next character may not start a line
 * (kinsoku: "（", "“") ends a character or two short.
 */
function textBlock(lines: readonly PdfLine[]): { left: number; right: number } {
  // Loops, not Math.min(...spread): a crafted page can hold more lines than the call stack.
  let left = Infinity;
  let max = -Infinity;
  for (const l of lines) {
    left = Math.min(left, l.x0);
    max = Math.max(max, l.x1);
  }
  const long = lines.map((l) => l.x1).filter((x1) => x1 >= left + 0.85 * (max - left)).sort((a, b) => a - b);
  return { left, right: long[Math.floor(long.length / 2)] ?? max };
}

/** Paragraph texts of one page, in order. */
export function reflowPage(lines: readonly PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const { left, right } = textBlock(lines);
  const out: string[] = [];
  let prev: PdfLine | null = null;
  for (const line of lines) {
    const last = out.length - 1;
    // A text block narrower than ten characters is a table cell or a label column, not prose.
    if (prev !== null && last >= 0 && right - left > 10 * prev.size && isSoftWrap(prev, line, left, right)) {
      const space = LATIN_END.test(out[last] as string) && LATIN_START.test(line.text) ? ' ' : '';
      out[last] = (out[last] as string) + space + line.text;
    } else {
      out.push(line.text);
    }
    prev = line;
  }
  return out;
}
