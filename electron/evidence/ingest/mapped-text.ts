/**
 * Text whose every UTF-16 unit remembers the physical line it came from. Paragraphs are
 * assembled from several lines and then cleaned; cleaning through this type keeps the
 * line numbers right, so a passage cut out of the cleaned text still knows its line range.
 */
export interface MappedText {
  text: string;
  /** src[i] = source line number of text[i]. Same length as text. */
  src: number[];
}

export function mapped(text: string, line: number): MappedText {
  return { text, src: new Array<number>(text.length).fill(line) };
}

export function concatMapped(parts: MappedText[]): MappedText {
  return { text: parts.map((p) => p.text).join(''), src: parts.flatMap((p) => p.src) };
}

export function sliceMapped(m: MappedText, start: number, end?: number): MappedText {
  return { text: m.text.slice(start, end), src: m.src.slice(start, end) };
}

/** Line numbers of a replacement: aligned to the match when possible, else its first line. */
function alignTags(match: string, tags: number[], rep: string): number[] {
  if (rep.length === match.length) return tags.slice();
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < rep.length; i++) {
    let k = j;
    while (k < match.length && match[k] !== rep[i]) k++;
    if (k < match.length) {
      out.push(tags[k] ?? tags[0] ?? 0);
      j = k + 1;
    } else {
      out.push(tags[Math.min(j, tags.length - 1)] ?? 0);
    }
  }
  return out;
}

/**
 * Regex replacement over mapped text. `re` must be global. The replacer gets the match
 * array (like String.replace) and returns the replacement text.
 */
export function replaceMapped(
  m: MappedText,
  re: RegExp,
  replacer: string | ((match: RegExpExecArray) => string),
): MappedText {
  if (!re.global) throw new Error('replaceMapped needs a global regex');
  re.lastIndex = 0;
  let last = 0;
  let text = '';
  const src: number[] = [];
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(m.text)) !== null) {
    const start = hit.index;
    const end = start + hit[0].length;
    if (hit[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const rep = typeof replacer === 'string' ? expand(replacer, hit) : replacer(hit);
    text += m.text.slice(last, start);
    for (let i = last; i < start; i++) src.push(m.src[i] ?? 0);
    text += rep;
    src.push(...alignTags(hit[0], m.src.slice(start, end), rep));
    last = end;
  }
  if (last === 0 && text === '') return m;
  text += m.text.slice(last);
  for (let i = last; i < m.text.length; i++) src.push(m.src[i] ?? 0);
  return { text, src };
}

function expand(template: string, hit: RegExpExecArray): string {
  return template.replace(/\$(\d)/g, (_, d: string) => hit[Number(d)] ?? '');
}

/** Remove leading and trailing whitespace, keeping the tags aligned. */
export function trimMapped(m: MappedText): MappedText {
  const lead = m.text.length - m.text.trimStart().length;
  const trimmed = m.text.trim();
  return sliceMapped(m, lead, lead + trimmed.length);
}

/** First and last source line of a piece of mapped text (ignoring surrounding spaces). */
export function lineRange(m: MappedText): { lineStart: number; lineEnd: number } {
  const t = trimMapped(m);
  const first = t.src[0] ?? m.src[0] ?? 0;
  const last = t.src[t.src.length - 1] ?? first;
  return { lineStart: Math.min(first, last), lineEnd: Math.max(first, last) };
}
