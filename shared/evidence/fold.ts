/**
 * A length-preserving fold for matching words in user text: full-width ASCII to half-width,
 * ideographic space to space, Latin to lower case. Every UTF-16 unit maps to exactly one unit,
 * so an offset in the folded text is the same offset in the original (for highlighting).
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0).toLowerCase();
    else if (c === 0x3000) out += ' ';
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else out += text[i];
  }
  return out;
}
