/**
 * A length-preserving fold for matching words in user text: full-width ASCII to half-width,
 * ideographic space to space, Latin to lower case. Every UTF-16 unit maps to exactly one unit,
 * so an offset in the folded text is the same offset in the original (for highlighting).
 */
const FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/g;

function foldOne(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x3000) return ' ';
  if (c >= 0xff01) return String.fromCharCode(c - 0xfee0).toLowerCase();
  return String.fromCharCode(c + 32);
}

// A regex replace touches only the few characters that fold; most Chinese text has none.
export function foldForMatch(text: string): string {
  return text.replace(FOLDABLE, foldOne);
}
