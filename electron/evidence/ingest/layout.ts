/**
 * Detects the "PDF-wrapped" layout of a document (001): every paragraph is broken into
 * physical lines of nearly the same width, wherever the page edge fell, even mid-word. In
 * that layout a line that reaches the usual width continues on the next line, whatever
 * character it ends with, and a clearly shorter line ends its paragraph. Documents with one
 * paragraph per line (000, 002-004) are not PDF-wrapped: there, the end character decides.
 */
import { displayWidth, TERMINAL_CHARS } from './chars';

export interface Layout {
  /** True when lines are wrapped at a fixed width. */
  pdfWrapped: boolean;
  /** Typical width (display columns) of a full line; 0 when not PDF-wrapped. */
  lineWidth: number;
}

/** A full line reaches at least this share of the typical width. */
export const FULL_SHARE = 0.8;

export function detectLayout(lines: string[]): Layout {
  const widths = lines.map((l) => l.trim()).filter((l) => l !== '').map((l) => ({ l, w: displayWidth(l) }));
  const long = widths.filter((x) => x.w >= 20).map((x) => x.w).sort((a, b) => a - b);
  if (long.length < 20) return { pdfWrapped: false, lineWidth: 0 };
  const p90 = long[Math.floor(long.length * 0.9)] ?? 0;
  if (p90 > 140) return { pdfWrapped: false, lineWidth: 0 };
  const full = widths.filter((x) => x.w >= FULL_SHARE * p90 && x.w <= 1.15 * p90);
  const open = full.filter((x) => !TERMINAL_CHARS.includes(x.l.slice(-1)));
  const pdfWrapped = full.length >= 20 && full.length >= 0.3 * long.length && open.length >= 0.6 * full.length;
  return pdfWrapped ? { pdfWrapped, lineWidth: p90 } : { pdfWrapped: false, lineWidth: 0 };
}

export function isFullLine(text: string, layout: Layout): boolean {
  return layout.pdfWrapped && displayWidth(text.trim()) >= FULL_SHARE * layout.lineWidth;
}

/**
 * In a PDF-wrapped document, a line after a sentence end that opens with a short lead
 * sentence ("健康文化氛围浓郁。", "强化规划引领。") starts a new paragraph even though the
 * line before it was full.
 */
export function opensWithLead(text: string): boolean {
  return /^[\p{Script=Han}“”、·]{2,16}。/u.test(text);
}

export function isShortLine(text: string, layout: Layout, share = 0.6): boolean {
  return !layout.pdfWrapped || displayWidth(text.trim()) < share * layout.lineWidth;
}
