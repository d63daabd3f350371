/**
 * Makes user text safe for WordprocessingML. docx escapes `&`, `<`, `>` itself, but XML 1.0
 * forbids most control characters outright (one U+0000 in a pasted draft makes Word refuse the
 * whole file), unpaired surrogates break UTF-8 encoding, and a 500-character token with no break
 * opportunity pushes a fixed-width table cell off the page in LibreOffice and WPS.
 */

/** C0 controls but tab/LF/CR, DEL and C1 controls, U+FFFE/U+FFFF: illegal or meaningless in XML text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const ZWSP = '\u200B';

/** Longest run of unbreakable characters left as is; longer ones get a zero-width space every this many. */
export const MAX_UNBROKEN = 40;

/**
 * Characters that already allow a line break next to them: whitespace, CJK ideographs and
 * punctuation, kana, Hangul, full-width forms, ZWSP. Only runs of other characters (Latin words,
 * digits, URLs, hashes) are broken, so Chinese text is never touched and still matches in searches.
 */
const BREAKABLE = '\\s\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u200B';
const LONG_RUN = new RegExp(`[^${BREAKABLE}]{${MAX_UNBROKEN + 1},}`, 'gu');

/** Removes what XML 1.0 cannot carry; tabs become spaces, every line ending becomes `\n`. */
export function cleanXmlText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(ILLEGAL, '');
}

/** Inserts a zero-width space every MAX_UNBROKEN code points inside long unbreakable runs. */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const chars = Array.from(run); // code points, so an emoji's surrogate pair is never split
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += MAX_UNBROKEN) parts.push(chars.slice(i, i + MAX_UNBROKEN).join(''));
    return parts.join(ZWSP);
  });
}

/** Text for one run: cleaned and broken; newlines are left to the caller (paragraphs or breaks). */
export function safeText(text: string): string {
  return breakLongRuns(cleanXmlText(text));
}

/** User text as lines: cleaned, broken, trimmed, blank lines dropped. */
export function safeLines(text: string): string[] {
  return safeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** At most `max` characters (code points) with an ellipsis, for excerpts of long user text. */
export function excerpt(text: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(text);
  return chars.length <= max ? { text, cut: false } : { text: `${chars.slice(0, max).join('').trimEnd()}……`, cut: true };
}
