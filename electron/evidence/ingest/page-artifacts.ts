/**
 * Lines that belong to the page, not to the text: page numbers ("—71—", "- 3 -", "第3页"),
 * markdown rules ("---"), markdown table separator rows ("--⇥--⇥---"), and the table of
 * contents (dot leaders or a TAB before a page number, 004 L5-86), which would otherwise
 * index every heading twice. Blank-line page breaks inside sentences are not handled here:
 * blank lines never end a paragraph by themselves (see segment.ts).
 */

/** "—71—", "- 12 -", "－3－", "第 3 页", "第3页 共45页", "Page 3 of 45". */
export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return (
    /^[—–\-－─·•]{1,3}\s*\d{1,4}\s*[—–\-－─·•]{1,3}$/.test(t) ||
    /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/.test(t) ||
    /^page\s+\d{1,4}(\s+of\s+\d{1,4})?$/i.test(t)
  );
}

/** Markdown horizontal rule: "---", "***", "___", "- - -". */
export function isRuleLine(line: string): boolean {
  return /^\s*([-*_=])(\s*\1){2,}\s*$/.test(line);
}

/** Markdown/TSV table separator row: every cell is dashes (and colons). */
export function isTableSeparator(line: string): boolean {
  const t = line.trim().replace(/^\||\|$/g, '');
  if (t === '' || !/[-]/.test(t)) return false;
  const cells = t.split(/\t|\|/);
  return cells.length >= 2 && cells.every((c) => /^\s*:?-{1,}:?\s*$/.test(c));
}

/** A contents entry: title, dot leader or TAB, page number. */
const TOC_ENTRY = /^(?<title>[^\t]{2,80}?)\s*(?:[.．。·…⋯_•]{3,}\s*\t?|\t)\s*\d{1,4}\s*$/u;
const TOC_TITLE = /^(目\s*录|目\s*次|contents)$/i;

function hasLeader(line: string): boolean {
  return /[.．。·…⋯_•]{3,}\s*\t?\s*\d{1,4}\s*$/u.test(line);
}

export function isTocEntry(line: string): boolean {
  const t = line.trim();
  if ((t.match(/\t/g) ?? []).length > 1) return false;
  return TOC_ENTRY.test(t);
}

/**
 * Indices (0-based) of table-of-contents lines: runs of at least three entries, short
 * sub-titles between them ("专栏目录"), and the "目录" title just above.
 * @param lines trimmed line texts, one per physical line
 */
export function findTocLines(lines: string[]): Set<number> {
  const skip = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!isTocEntry(lines[i] ?? '')) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let entries = 1;
    let dotted = hasLeader(lines[i] ?? '') ? 1 : 0;
    let j = i + 1;
    let gap = 0;
    while (j < lines.length && gap <= 3) {
      const t = (lines[j] ?? '').trim();
      if (isTocEntry(t)) {
        last = j;
        entries++;
        if (hasLeader(t)) dotted++;
        gap = 0;
      } else if (t !== '') {
        if (t.length > 20 || /[。；]/.test(t)) break;
        gap++;
      }
      j++;
    }
    let start = first;
    for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
      const t = (lines[k] ?? '').trim();
      if (TOC_TITLE.test(t.replace(/\s+/g, ' '))) {
        start = k;
        break;
      }
      if (t !== '') break;
    }
    // TAB-only entries could be a two-column table: require leaders or a "目录" title
    if (entries >= 3 && (dotted * 2 >= entries || start < first)) {
      for (let k = start; k <= last; k++) skip.add(k);
    }
    i = last + 1;
  }
  return skip;
}

/**
 * Running page headers and footers of PDF extractions: the same short line (4-40
 * characters, not a sentence) three or more times, not all on adjacent lines. Lines inside
 * tables are not offered (their repeated column headers are handled by the table parsers).
 * @param eligible whether line i may be a running header
 */
export function findRunningLines(lines: string[], eligible: (i: number) => boolean): Set<number> {
  const groups = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const c = line.replace(/\s+/g, '');
    const n = [...c].length;
    if (!eligible(i) || n < 4 || n > 40 || /[。；;]$/.test(c)) return;
    groups.set(c, [...(groups.get(c) ?? []), i]);
  });
  const skip = new Set<number>();
  for (const idx of groups.values()) {
    if (idx.length < 3) continue;
    const spread = idx.some((v, k) => k > 0 && v - (idx[k - 1] ?? v) > 2);
    if (spread) for (const i of idx) skip.add(i);
  }
  return skip;
}
