/**
 * Splitting of long passages at sentence ends, so that a search hit points at a readable
 * piece of text and its line range stays tight. Works on mapped text so each piece keeps
 * the physical lines it came from.
 */
import { sliceMapped, trimMapped, type MappedText } from './mapped-text';

/** Passages longer than this are split (characters of cleaned text). */
export const MAX_PASSAGE = 300;
/** A trailing piece shorter than this is merged into the previous one. */
const MIN_TAIL = 80;
/** A single sentence longer than this is split at commas. */
const HARD_MAX = 450;

/** Offsets just after each sentence end (。！？；!?; plus a closing quote or bracket that follows). */
function boundaries(text: string, marks: RegExp): number[] {
  const out: number[] = [];
  const re = new RegExp(`${marks.source}[”’」』)）]*`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (end < text.length) out.push(end);
  }
  return out;
}

function pack(text: string, cuts: number[], max: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  let lastCut = -1;
  for (const b of cuts) {
    if (b - start > max && lastCut > start) {
      pieces.push([start, lastCut]);
      start = lastCut;
    }
    lastCut = b;
  }
  if (text.length - start > max && lastCut > start) {
    pieces.push([start, lastCut]);
    start = lastCut;
  }
  pieces.push([start, text.length]);
  // merge a short tail into the piece before it
  if (pieces.length >= 2) {
    const tail = pieces[pieces.length - 1] as [number, number];
    const prev = pieces[pieces.length - 2] as [number, number];
    if (tail[1] - tail[0] < MIN_TAIL && tail[1] - prev[0] <= max * 1.3) {
      pieces.splice(pieces.length - 2, 2, [prev[0], tail[1]]);
    }
  }
  return pieces;
}

/** Split at sentence ends; overlong sentences are split again at commas, then hard. */
export function splitAtSentences(m: MappedText, max = MAX_PASSAGE): MappedText[] {
  if (m.text.length <= max) return [m];
  const out: MappedText[] = [];
  for (const [a, b] of pack(m.text, boundaries(m.text, /[。！？；!?;]/), max)) {
    const piece = sliceMapped(m, a, b);
    if (piece.text.length <= HARD_MAX) {
      out.push(piece);
      continue;
    }
    for (const [c, d] of pack(piece.text, boundaries(piece.text, /[，、,：:]/), max)) {
      const sub = sliceMapped(piece, c, d);
      for (let k = 0; k < sub.text.length; k += HARD_MAX) out.push(sliceMapped(sub, k, k + HARD_MAX));
    }
  }
  return out.map(trimMapped).filter((p) => p.text !== '');
}
