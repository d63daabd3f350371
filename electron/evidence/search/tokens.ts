/**
 * Index tokens for SQLite FTS5. Chinese has no spaces, and FTS5's `trigram` tokenizer cannot
 * match two-character words (噪声, 吸烟), so runs of Han characters become overlapping
 * character bigrams ("细颗粒物" → "细颗 颗粒 粒物"); a lone Han character stays a unigram.
 * Latin letters and digits become lower-case words with inner dots dropped ("PM2.5" → "pm25")
 * because unicode61 would otherwise split them. Input must already be normalizeForSearch()ed.
 *
 * A term is found by the FTS5 phrase of its tokens: the bigrams of "细颗粒物" are consecutive in
 * every passage that contains it, so the phrase matches exactly the passages with that word.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}]+|[a-z0-9]+(?:\.[a-z0-9]+)*/giu;

function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The token sequence of a normalised text, in order. */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (HAN.test(word[0]!)) tokens.push(...hanBigrams(word));
    else tokens.push(word.toLowerCase().replace(/\./g, ''));
  }
  return tokens;
}

/** The text stored in the FTS5 column: tokens joined by spaces. */
export function indexText(normalized: string): string {
  return tokenize(normalized).join(' ');
}

/** An FTS5 phrase matching the term exactly, or null when the term has no indexable token. */
export function termPhrase(normalizedTerm: string): string | null {
  const tokens = tokenize(normalizedTerm);
  // Tokens hold only Han characters or [a-z0-9], so quoting them cannot inject FTS5 syntax.
  return tokens.length === 0 ? null : `"${tokens.join(' ')}"`;
}

/** True when the term is a single Han character: it has no bigram and needs a scan. */
export function isSingleHan(normalizedTerm: string): boolean {
  const chars = [...normalizedTerm.trim()];
  return chars.length === 1 && HAN.test(chars[0]!);
}
