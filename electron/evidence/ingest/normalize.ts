/**
 * Text normalisation for evidence passages.
 *
 * Canonical form chosen (the same everywhere, so index and query agree):
 * - ASCII letters, digits, brackets and symbols are half-width: （）→(), ＰＭ２．５→PM2.5, ＜→<.
 * - Chinese clause punctuation is full-width: ，：；！？ stay, and an ASCII , : ; ! ? next to
 *   Chinese text becomes ，：；！？ (001 is typeset with ASCII commas, the other seeds are not).
 *   。、“”《》〔〕 are kept as they are.
 * - Roman numerals Ⅰ-Ⅻ become I-XII; sub/superscript digits become digits (m²→m2).
 * - Spaces are kept only between two non-Chinese tokens ("Times New Roman", "76.7 91.3");
 *   a space next to a Chinese character is a layout artefact and is removed.
 * - Decimals broken by a space are repaired: "91. 3"→"91.3", "PM2. 5 )"→"PM2.5)". A number
 *   at the very start of the text is a list number and is left alone ("1. 2025年…").
 * - HTML tags, markdown emphasis/code/links and LaTeX residue are removed
 *   ("PM<sub>2.5</sub>"→"PM2.5", "$\times 10$ 万"→"×10万").
 *
 * `cleanText` gives the display text of a passage; `normalizeForSearch` adds case and
 * punctuation folding on top and must be applied to both passages and queries.
 */
import { isWide } from './chars';
import { mapped, replaceMapped, trimMapped, type MappedText } from './mapped-text';

type Rule = (m: MappedText) => MappedText;

const re = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);

// --- character folding -------------------------------------------------------------

/** Full-width punctuation that is kept full-width in the canonical form. */
const KEEP_FULL = new Set(['，', '：', '；', '！', '？']);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const SPECIAL: Record<string, string> = {
  '｡': '。', '｢': '「', '｣': '」', '､': '、',
  '￠': '¢', '￡': '£', '￢': '¬', '￣': '¯', '￤': '¦', '￥': '¥', '￦': '₩',
  '∗': '*', '﹡': '*', '﹪': '%', '﹤': '<', '﹥': '>', '﹦': '=', '﹣': '-', '﹢': '+',
  '−': '-', '‐': '-', '‑': '-', '⁄': '/', '∕': '/',
  '¹': '1', '²': '2', '³': '3',
};

function foldChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0xff01 && c <= 0xff5e) return KEEP_FULL.has(ch) ? ch : String.fromCharCode(c - 0xfee0);
  if (c >= 0x2160 && c <= 0x216b) return ROMAN[c - 0x2160] ?? ch;
  if (c >= 0x2170 && c <= 0x217b) return (ROMAN[c - 0x2170] ?? ch).toLowerCase();
  if (c >= 0x2080 && c <= 0x2089) return String(c - 0x2080);
  if (c === 0x2070) return '0';
  if (c >= 0x2074 && c <= 0x2079) return String(c - 0x2070);
  return SPECIAL[ch] ?? ch;
}

const FOLDABLE = /[\uff01-\uff5e\u2160-\u217b\u2070-\u2089｡｢｣､￠-￦∗﹡﹪﹤﹥﹦﹣﹢−‐‑⁄∕¹²³]/gu;

// --- individual rules ----------------------------------------------------------------

/** Zero-width characters go; every kind of space (NBSP, ideographic, tab) becomes ' '. */
const invisibles: Rule = (m) =>
  replaceMapped(
    replaceMapped(m, re('[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]'), ''),
    re('[\\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000\\r\\n]'),
    ' ',
  );

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const html: Rule = (m) => {
  let out = replaceMapped(m, re('<\\s*br\\s*/?\\s*>', 'giu'), ' ');
  out = replaceMapped(out, re('</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>'), '');
  out = replaceMapped(out, re('&(nbsp|lt|gt|amp|quot|apos);'), (h) => ENTITIES[h[1] ?? ''] ?? '');
  return replaceMapped(out, re('&#(\\d{2,6});'), (h) => String.fromCodePoint(Number(h[1])));
};

const markdownInline: Rule = (m) => {
  let out = replaceMapped(m, re('!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)'), '$1');
  out = replaceMapped(out, re('\\*\\*|__|~~|`+'), '');
  return out;
};

const LATEX: Record<string, string> = {
  times: '×', div: '÷', cdot: '·', pm: '±', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠',
  approx: '≈', sim: '~', permil: '‰', textperthousand: '‰', degree: '°', circ: '°',
};

const latex: Rule = (m) => {
  // inside $…$: drop delimiters and braces, map or drop commands
  let out = replaceMapped(m, re('\\$([^$]{0,200})\\$'), (h) =>
    (h[1] ?? '').replace(/\\([A-Za-z]+)/g, (_, c: string) => LATEX[c] ?? '').replace(/\\%/g, '%').replace(/[{}]/g, ''),
  );
  // known commands outside math mode (OCR leaves "\div" bare)
  out = replaceMapped(out, re('\\\\(times|div|cdot|pm|leq|geq|le|ge|neq|approx|permil)(?![A-Za-z])'), (h) => LATEX[h[1] ?? ''] ?? '');
  return replaceMapped(out, re('\\\\%'), '%');
};

const foldWidth: Rule = (m) => replaceMapped(m, FOLDABLE, (h) => foldChar(h[0]));

/** "2023—2025" and "2023–2025" → "2023-2025" (the em dash of a list item "——" is kept). */
const digitRanges: Rule = (m) => replaceMapped(m, re('(\\d)\\s*[—–](?!—)\\s*(?=\\d)'), '$1-');

/**
 * "91. 3" → "91.3", "PM2. 5" → "PM2.5". At the very start of the text "1. 2025年…" and
 * "1. 5G…" are list items (a year or a letter follows), not decimals.
 */
const decimals: Rule = (m) =>
  replaceMapped(m, re('(\\d+)\\.[ ]+(?=\\d)'), (h) => {
    const before = m.text.slice(0, h.index);
    const after = m.text.slice(h.index + h[0].length);
    if (before.trim() === '' && /^(\d{4}|\d+[A-Za-z])/.test(after)) return h[0];
    return `${h[1]}.`;
  });

const spacing: Rule = (m) => {
  let out = replaceMapped(m, re(' {2,}'), ' ');
  out = replaceMapped(out, re(' *([/]) *'), '$1');
  out = replaceMapped(out, re('([<>≤≥=±~×÷]) +(?=[\\d.])'), '$1');
  out = replaceMapped(out, re(' +(?=[%‰℃°])'), '');
  out = replaceMapped(out, re('([(\\[{“‘《（]) +'), '$1');
  out = replaceMapped(out, re(' +([)\\]}”’》）])'), '$1');
  const t = out.text;
  return replaceMapped(out, re(' +'), (h) => {
    const a = t[h.index - 1] ?? '';
    const b = t[h.index + h[0].length] ?? '';
    return a === '' || b === '' || isWide(a) || isWide(b) ? '' : ' ';
  });
};

const FULL_OF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/** ASCII clause punctuation inside Chinese text becomes full-width (001 uses ASCII). */
const clausePunct: Rule = (m) => {
  const t = m.text;
  return replaceMapped(m, re('[,:;!?]'), (h) => {
    const a = t.slice(0, h.index).trimEnd().slice(-1);
    const b = t.slice(h.index + 1).trimStart().slice(0, 1);
    if (h[0] === ':' && /^\/\//.test(t.slice(h.index + 1))) return h[0];
    return isWide(a) || isWide(b) ? (FULL_OF[h[0]] ?? h[0]) : h[0];
  });
};

const PIPELINE: Rule[] = [invisibles, html, markdownInline, latex, foldWidth, digitRanges, decimals, spacing, clausePunct, trimMapped];

/** Clean mapped text (keeps line numbers). */
export function cleanMapped(m: MappedText): MappedText {
  return PIPELINE.reduce((acc, rule) => rule(acc), m);
}

/** Display form of a passage or heading. Idempotent. */
export function cleanText(text: string): string {
  return cleanMapped(mapped(text, 0)).text;
}

/**
 * Search form: cleanText plus lower-case ASCII and folding of punctuation variants
 * (quotes, brackets, clause marks, range tildes). Apply to passages and to queries.
 */
export function normalizeForSearch(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[“”„‟「」『』﹁﹂″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[【〔［〖]/g, '[')
    .replace(/[】〕］〗]/g, ']')
    .replace(/[，、]/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/！/g, '!')
    .replace(/？/g, '?')
    .replace(/(\d)\s*[~～〜]\s*(?=\d)/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

// --- line-level markup -----------------------------------------------------------------

export interface LineMarkup {
  /** The line without block-level markdown (heading #, list marker, quote >). */
  text: string;
  /** Number of leading '#' when the line was a markdown heading. */
  mdLevel?: number;
  /** True when the line started with a markdown bullet ("- ", "* ", "+ ", "• "). */
  bullet: boolean;
}

/** Strip block-level markdown from one physical line; inline residue is left to cleanText. */
export function stripLineMarkup(raw: string): LineMarkup {
  let text = raw.replace(/^[\s\u3000\u00a0]+/, '');
  let mdLevel: number | undefined;
  const h = /^(#{1,6})\s+/.exec(text);
  if (h) {
    mdLevel = h[1]?.length;
    text = text.slice(h[0].length).replace(/\s+#+\s*$/, '');
  }
  text = text.replace(/^>\s?/, '');
  let bullet = false;
  const b = /^[-*+•]\s+(?=\S)/.exec(text);
  if (b && !/^[-*+]\s*[-*+]\s*[-*+]/.test(text)) {
    bullet = true;
    text = text.slice(b[0].length);
  }
  return { text, mdLevel, bullet };
}
