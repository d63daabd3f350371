/**
 * Paragraphs of running text: PDF-broken lines joined, headings recognised, long
 * paragraphs split at sentence ends, items merged on one line split apart.
 *
 * Joining rule (seeds-digest §2(c) quirk 11): a paragraph stays open when its last line does
 * not end with 。！？；： or a closing quote/bracket, and the next non-blank line does not
 * start a heading, a numbered item, a "——" item, a bullet or a note. Blank lines and page
 * artefacts in between are ignored, so "金牌 / (blank) / 健康讲师" (000 L35-37) and
 * "智 / —43— / 慧化发展" (001 L1474-1480) are joined. In a PDF-wrapped document (001) the
 * line width decides instead: a full-width line continues, a shorter one ends the paragraph.
 * Lines are joined with a space that cleaning removes next to Chinese characters, so CJK
 * joins with "" and Latin words keep one space.
 */
import { meaningfulLength, TERMINAL_CHARS } from './chars';
import {
  chineseNumeral,
  headingLabel,
  isBareTitle,
  isTitleLike,
  matchNamedHeading,
  matchNumbering,
  type HeadingTracker,
  type Numbering,
} from './headings';
import { isFullLine, isShortLine, opensWithLead, type Layout } from './layout';
import { concatMapped, lineRange, mapped, sliceMapped, type MappedText } from './mapped-text';
import { cleanMapped } from './normalize';
import { splitAtSentences } from './sentences';
import type { Emit, PreparedLine } from './types';

/** Paragraphs with fewer meaningful characters (ideographs, letters, digits) are dropped. */
export const MIN_MEANINGFUL = 6;

export interface SegmentContext {
  layout: Layout;
  tracker: HeadingTracker;
  emit: Emit;
}

interface OpenParagraph {
  pieces: MappedText[];
  path: string[];
  numbering: Numbering | null;
  open: boolean;
  /** Last character of the last line added. */
  lastChar: string;
}

/** True when the paragraph ends with this line. */
function closesParagraph(line: PreparedLine, layout: Layout): boolean {
  if (layout.pdfWrapped) return !isFullLine(line.text, layout);
  return TERMINAL_CHARS.includes(line.clean.slice(-1));
}

/** True when the line cannot continue a paragraph, whatever the paragraph ended with. */
function startsBlock(line: PreparedLine, para: OpenParagraph, layout: Layout): boolean {
  const c = line.clean;
  return (
    (layout.pdfWrapped && TERMINAL_CHARS.includes(para.lastChar) && opensWithLead(c)) ||
    line.mdLevel !== undefined ||
    line.bullet ||
    matchNamedHeading(c) !== null ||
    matchNumbering(c) !== null ||
    /^——/.test(c) ||
    /^注\s*[:：]/.test(c)
  );
}

function itemMarker(style: Numbering['style'], n: number): RegExp | null {
  switch (style) {
    case 'arabic':
      return new RegExp(`[。；;]\\s*(?=${n}\\s*[.、](?!\\d))`, 'u');
    case 'cn-paren':
      return new RegExp(`[。；;]\\s*(?=[(（]${chineseNumeral(n)}[)）])`, 'u');
    case 'cn-dun':
      return new RegExp(`[。；;]\\s*(?=${chineseNumeral(n)}、)`, 'u');
    default:
      return null;
  }
}

/** "…加强监管和审计。3.构建联防联控…" (003 L141): split where the next item number follows a stop. */
function splitMergedItems(m: MappedText, num: Numbering | null, tracker: HeadingTracker): MappedText[] {
  if (!num) return [m];
  const out: MappedText[] = [];
  let rest = m;
  for (let n = num.number + 1; ; n++) {
    const re = itemMarker(num.style, n);
    const hit = re?.exec(rest.text);
    if (!hit) break;
    const cut = hit.index + hit[0].length;
    out.push(sliceMapped(rest, 0, cut));
    rest = sliceMapped(rest, cut);
    tracker.numberedParagraph({ ...num, number: n });
  }
  out.push(rest);
  return out;
}

/** Process the lines of one text region, emitting headings and paragraphs in order. */
export function segmentText(lines: PreparedLine[], ctx: SegmentContext): void {
  const { layout, tracker, emit } = ctx;
  let para: OpenParagraph | null = null;

  const flush = (): void => {
    if (!para) return;
    const cleaned = cleanMapped(concatMapped(para.pieces));
    for (const part of splitMergedItems(cleaned, para.numbering, tracker)) {
      for (const chunk of splitAtSentences(part)) {
        if (meaningfulLength(chunk.text) < MIN_MEANINGFUL) continue;
        emit({ kind: 'paragraph', text: chunk.text, ...lineRange(chunk), headingPath: para.path });
      }
    }
    para = null;
  };

  const heading = (line: PreparedLine, apply: () => void): void => {
    apply();
    const label = headingLabel(line.clean);
    const path = tracker.path();
    const parent = path[path.length - 1] === label ? path.slice(0, -1) : path;
    emit({ kind: 'heading', text: label, lineStart: line.no, lineEnd: line.no, headingPath: parent });
  };

  const start = (line: PreparedLine, numbering: Numbering | null): void => {
    para = {
      pieces: [mapped(line.text, line.no)],
      path: tracker.path(),
      numbering,
      open: !closesParagraph(line, layout),
      lastChar: line.clean.slice(-1),
    };
  };

  for (const line of lines) {
    if (line.blank || line.skip) continue;
    if (para !== null && (para as OpenParagraph).open && !startsBlock(line, para, layout)) {
      const p = para as OpenParagraph;
      p.pieces.push(mapped(` ${line.text}`, line.no));
      p.open = !closesParagraph(line, layout);
      p.lastChar = line.clean.slice(-1);
      continue;
    }
    flush();
    const c = line.clean;
    const named = matchNamedHeading(c);
    if (named) {
      heading(line, () => tracker.named(named, c));
      continue;
    }
    const num = matchNumbering(c);
    if (num) {
      const titleLike = isTitleLike(num.rest, num.rank) && !isFullLine(line.text, layout);
      if (titleLike && (!tracker.inBox() || tracker.closesBox(num, true))) {
        heading(line, () => tracker.numbered(num, c));
        continue;
      }
      tracker.numberedParagraph(num);
      start(line, num);
      continue;
    }
    if (line.mdLevel !== undefined) {
      heading(line, () => tracker.unnumbered(c, line.mdLevel));
      continue;
    }
    if (!line.bullet && isBareTitle(c) && isShortLine(line.text, layout)) {
      heading(line, () => tracker.unnumbered(c));
      continue;
    }
    start(line, null);
  }
  flush();
}
