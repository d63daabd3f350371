/**
 * Heading recognition and the running heading path.
 *
 * Levels come from the numbering, never from markdown '#' counts (000 uses '##' and '####'
 * for the same level):
 *   rank 0  附件/附表/附录/附 (appendix, kept in the path) and document titles (not kept)
 *   rank 1  一、 / 第一章 / 前言-type words
 *   rank 2  (一) （一） / 第一节
 *   rank 3  1. 1、
 *   rank 4  (1) （1）
 *   rank 5  ① …
 *   box     专栏N, below whatever section is open; bare short lines inside a box are its
 *           sub-headings (003 L145 "健全公共卫生服务体系").
 * Unnumbered short lines and unnumbered markdown headings are titles before the first
 * numbered heading, and sub-headings (half a rank below the deepest open heading) after it.
 * A document without numbered headings uses the markdown level, or rank 1 for bare lines.
 */
import { meaningfulLength } from './chars';

export type NumberStyle = 'chapter' | 'cn-dun' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

export interface Numbering {
  style: NumberStyle;
  rank: number;
  number: number;
  /** Text after the number marker. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numeral (up to 九十九) or Arabic digits to a number; NaN when not a numeral. */
export function numeralValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九两])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s] ?? NaN;
  return NaN;
}

const CN_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1-99 as a Chinese numeral ("十二", "二十"). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_CHARS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (CN_CHARS[tens] ?? '')}十${CN_CHARS[n % 10] ?? ''}`;
}

const CN = '[一二三四五六七八九十两]{1,3}';
const PATTERNS: { style: NumberStyle; rank: number; re: RegExp }[] = [
  { style: 'chapter', rank: 1, re: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*[章部篇编](?:分)?\\s*`) },
  { style: 'chapter', rank: 2, re: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*节\\s*`) },
  { style: 'cn-dun', rank: 1, re: new RegExp(`^(${CN})\\s*[、.](?!\\d)\\s*`) },
  { style: 'cn-paren', rank: 2, re: new RegExp(`^[(（]\\s*(${CN})\\s*[)）]\\s*`) },
  { style: 'arabic', rank: 3, re: /^(\d{1,2})\s*[.、](?!\s*\d)\s*/ },
  { style: 'arabic-paren', rank: 4, re: /^[(（]\s*(\d{1,2})\s*[)）]\s*/ },
  { style: 'circled', rank: 5, re: /^([①-⑳])\s*/ },
];

/** Numbering at the start of a cleaned line, if any. "38. 54%" is a decimal, not an item. */
export function matchNumbering(text: string): Numbering | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const raw = m[1] ?? '';
    const number = p.style === 'circled' ? raw.charCodeAt(0) - 0x2460 + 1 : numeralValue(raw);
    if (Number.isNaN(number)) continue;
    const rest = text.slice(m[0].length);
    if (rest.trim() === '') continue;
    return { style: p.style, rank: p.rank, number, rest };
  }
  return null;
}

/**
 * True when the text after a number marker is a title rather than the start of a numbered
 * paragraph: short, and no sentence inside it (a single trailing 。 or ： is allowed,
 * "（二）改善健康环境。" in 000).
 */
export function isTitleLike(rest: string, rank: number): boolean {
  const trailingStop = /[。.]$/.test(rest);
  const t = rest.replace(/[。.：:]$/, '');
  const n = meaningfulLength(t);
  if (n === 0 || n > 40) return false;
  if (/[。；;！？!?]/.test(t) || /[：:]./.test(t)) return false;
  // "1.区级以上单设卫生应急办公室。" is an item sentence; numbered titles with a stop are short.
  if (trailingStop && rank >= 3 && (n > 20 || /[，,]/.test(t))) return false;
  return true;
}

const SPECIAL = /^(前言|序言|引言|导言|结语|结束语|后记|总则|附则|编制说明|说明)$/;
const APPENDIX = /^(附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*(?:[:：].*)?$|^附\s*(?:[:：].*)?$/;
const BOX = /^专栏\s*[\d一二三四五六七八九十]+(?!\d)/;

export type LineHeadingKind = 'special' | 'appendix' | 'box';

/** Headings recognised by their words rather than a number. */
export function matchNamedHeading(text: string): LineHeadingKind | null {
  const compact = text.replace(/\s+/g, '');
  if (SPECIAL.test(compact)) return 'special';
  if (BOX.test(text) && meaningfulLength(text) <= 40 && !/[。；]/.test(text)) return 'box';
  if (APPENDIX.test(text) && meaningfulLength(text) <= 40 && !/[。；]/.test(text.replace(/。$/, ''))) return 'appendix';
  return null;
}

/** A short line with no prose punctuation: a title, box sub-heading or table caption. */
export function isBareTitle(text: string): boolean {
  const n = meaningfulLength(text);
  if (n < 2 || n > 40) return false;
  if (/[。，；：！？,;:!?]/.test(text)) return false;
  if (/^\d{4}\s*年\s*\d{1,2}\s*月/.test(text)) return false;
  if (/(印发|发布|签发)$/.test(text)) return false;
  if (/^[\d.\s%‰/-]+$/.test(text)) return false;
  if (/^(——|-|注)/.test(text)) return false;
  return true;
}

/** Heading text as it appears in paths: trailing 。/： dropped. */
export function headingLabel(text: string): string {
  return text.replace(/[。：:]+$/, '').trim();
}

interface Entry {
  rank: number;
  text: string;
  inPath: boolean;
  kind: 'numbered' | 'named' | 'bare' | 'title' | 'box' | 'box-sub' | 'markdown';
  style?: NumberStyle;
}

const BOX_RANK = 50;
const BOX_SUB_RANK = 60;

/** The heading path as a document is read from top to bottom. */
export class HeadingTracker {
  private stack: Entry[] = [];
  private outside = new Map<number, number>();
  private boxItems = new Map<number, number>();
  private seenNumbered = false;

  /** @param docHasNumbered whether the document uses numbered headings at all */
  constructor(private readonly docHasNumbered: boolean) {}

  path(): string[] {
    return this.stack.filter((e) => e.inPath).map((e) => e.text);
  }

  inBox(): boolean {
    return this.stack.some((e) => e.kind === 'box');
  }

  private popWhile(pred: (e: Entry) => boolean): void {
    while (this.stack.length > 0 && pred(this.stack[this.stack.length - 1] as Entry)) this.stack.pop();
  }

  private resetBelow(rank: number): void {
    for (const k of [...this.outside.keys()]) if (k > rank) this.outside.delete(k);
  }

  private deepest(): number {
    return this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Entry).rank : 0;
  }

  /** A numbered heading such as "三、发展任务" or "(一)改善健康环境". */
  numbered(n: Numbering, text: string): void {
    this.seenNumbered = true;
    this.popWhile((e) => e.rank >= n.rank);
    this.stack.push({ rank: n.rank, text: headingLabel(text), inPath: true, kind: 'numbered', style: n.style });
    this.outside.set(n.rank, n.number);
    this.resetBelow(n.rank);
  }

  /**
   * A numbered paragraph ("6. 蓝天碧水净土清废行动。…"). Inside a box it is a box item unless
   * its number continues the section's own sequence, which closes the box (003 L217).
   * @returns true when the paragraph is an item of the open box
   */
  numberedParagraph(n: Numbering): boolean {
    if (this.inBox()) {
      const inBoxCount = this.boxItems.get(n.rank) ?? 0;
      const outsideCount = this.outside.get(n.rank) ?? 0;
      if (n.number === inBoxCount + 1 || !(n.number === outsideCount + 1 && n.number > 1)) {
        this.boxItems.set(n.rank, n.number);
        return true;
      }
      this.popWhile((e) => e.rank >= BOX_RANK);
    }
    this.popWhile((e) => e.rank > n.rank || (e.rank === n.rank && e.kind === 'numbered' && e.style === n.style));
    this.outside.set(n.rank, n.number);
    this.resetBelow(n.rank);
    return false;
  }

  /**
   * Whether a numbered line inside an open box closes it: it continues the section's own
   * sequence, or it is a section title ("（八）…", rank 1-2) that does not continue the box's.
   */
  closesBox(n: Numbering, isTitle = false): boolean {
    if (!this.inBox()) return false;
    const inBoxCount = this.boxItems.get(n.rank) ?? 0;
    if (n.number === inBoxCount + 1) return false;
    if (isTitle && n.rank <= 2) return true;
    const outsideCount = this.outside.get(n.rank) ?? 0;
    return n.number === outsideCount + 1 && n.number > 1;
  }

  named(kind: LineHeadingKind, text: string): void {
    const label = headingLabel(text);
    if (kind === 'box') {
      this.popWhile((e) => e.rank >= BOX_RANK);
      this.stack.push({ rank: BOX_RANK, text: label, inPath: true, kind: 'box' });
      this.boxItems.clear();
      return;
    }
    const rank = kind === 'appendix' ? 0 : 1;
    this.seenNumbered = true;
    this.popWhile((e) => e.rank >= rank);
    this.stack.push({ rank, text: label, inPath: true, kind: 'named' });
    this.outside.clear();
  }

  /**
   * An unnumbered heading: a bare short line, or a markdown heading without numbering.
   * @returns 'title' when it is document front matter (not kept in paths)
   */
  unnumbered(text: string, mdLevel?: number): 'title' | 'box-sub' | 'sub' {
    const label = headingLabel(text);
    if (this.inBox()) {
      this.popWhile((e) => e.kind === 'box-sub');
      this.stack.push({ rank: BOX_SUB_RANK, text: label, inPath: true, kind: 'box-sub' });
      return 'box-sub';
    }
    if (this.docHasNumbered && !this.seenNumbered) {
      this.stack = [{ rank: 0, text: label, inPath: false, kind: 'title' }];
      return 'title';
    }
    if (!this.docHasNumbered) {
      const rank = mdLevel ?? 1;
      this.popWhile((e) => e.rank >= rank);
      this.stack.push({ rank, text: label, inPath: true, kind: 'markdown' });
      return 'sub';
    }
    this.popWhile((e) => e.kind === 'bare' || e.kind === 'title');
    this.stack.push({ rank: this.deepest() + 0.5, text: label, inPath: true, kind: 'bare' });
    return 'sub';
  }
}
