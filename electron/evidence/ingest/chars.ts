/**
 * Character classes shared by the ingestion steps. Chinese text mixes ideographs, CJK
 * punctuation, full-width forms and ASCII; most heuristics only need to know whether a
 * character is "wide" (belongs to the Chinese flow, where spaces are never meaningful).
 */

const HAN = /\p{Script=Han}/u;

/** True for a Chinese ideograph (what the citation check compares). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * True for characters of the Chinese text flow: ideographs, CJK symbols and punctuation,
 * full-width forms, curly quotes, em dashes and similar. A space next to one of these is
 * never a word separator.
 */
export function isWide(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.codePointAt(0) ?? 0;
  return (
    HAN.test(ch) ||
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation 、。〈〉《》「」『』【】〔〕
    (c >= 0xff00 && c <= 0xffef) || // full-width and half-width forms
    (c >= 0x2e80 && c <= 0x2fdf) || // radicals
    (c >= 0x31c0 && c <= 0x31ef) ||
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || // ‘ ’ “ ”
    c === 0x2014 || c === 0x2026 || c === 0x00b7 || c === 0x2022 // — … · •
  );
}

/** Characters that end a sentence or clause in Chinese prose (both widths). */
export const SENTENCE_END = '。！？；!?;';

/** Characters after which a PDF line may end without the paragraph continuing (quirk 11 rule). */
export const TERMINAL_CHARS = '。！？；：!?;:”’」』)）】》〕';

/** Punctuation that only occurs inside prose, never in a bare title line. */
export const PROSE_PUNCT = /[。，；：！？,;:!?]/;

/** Count of characters that carry meaning for search: ideographs, letters and digits. */
export function meaningfulLength(text: string): number {
  const m = text.match(/[\p{Script=Han}A-Za-z0-9]/gu);
  return m ? m.length : 0;
}

/** Display width as a monospace terminal shows it: wide characters count 2, others 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 2 : 1;
  return w;
}
