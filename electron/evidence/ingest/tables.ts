/**
 * Tables whose cells are delimited by TABs, turned into one passage per row ("cells joined
 * with ' | '"):
 * - TSV rows, one row per line (004 L122-147, L221-244), and markdown pipe tables
 *   ("| a | b |"; the "|---|" separator row is a page artefact). A row starting with TABs and
 *   holding only a name fragment continues the row above (004 L244 "⇥⇥数字化改革综合指数").
 *   A row with an empty first cell inherits the category of the row above.
 * - One TAB-prefixed cell per line, rows separated by blank lines (003 L41-135). Every row
 *   has the same number of lines; the category appears only on the first row of a group.
 * The caption goes into the heading path. The first column is a category, also put into
 * the path, when some rows leave it empty (merged cells: 004 "健康水平 / ⇥2 / ⇥3"). The first
 * row is a header, not emitted, when a markdown |---| row follows it or when it holds only
 * short column labels (类别/序号/指标名称/单位…) and no number.
 */
import { isHan } from './chars';
import { isBareTitle, matchNamedHeading, matchNumbering } from './headings';
import { cleanText } from './normalize';
import { isTableSeparator } from './page-artifacts';
import type { Draft, PreparedLine } from './types';

export interface TableRegion {
  kind: 'tsv' | 'tab-cells' | 'spaced';
  /** Index of the first table line (caption excluded). */
  start: number;
  /** Index of the last table line (inclusive). */
  end: number;
  /** Index of the caption line, when there is one. */
  caption?: number;
}

const tabCount = (raw: string): number => (raw.match(/\t/g) ?? []).length;
const isNumberCell = (c: string): boolean => /^[<>≤≥]?\d+(\.\d+)?%?$/.test(c);
const HEADER_WORD = /类别|序号|指标|名称|单位|目标|项目|内容|备注|情况|部门|单位|时间|时限|数值|现状/;

/** Markdown pipe row: "| a | b |". */
const isPipeRow = (raw: string): boolean => /^\s*\|.*\|\s*$/.test(raw) && (raw.match(/\|/g) ?? []).length >= 3;

/** A TSV row: two or more TABs, or one TAB between two cells; or a markdown pipe row. */
function isTsvLine(l: PreparedLine): boolean {
  if (l.skip) return false;
  const tabs = tabCount(l.raw);
  return tabs >= 2 || (tabs === 1 && /^[^\t\s][^\t]*\t\s*\S/.test(l.raw)) || isPipeRow(l.raw);
}

function splitCells(raw: string): string[] {
  if (isPipeRow(raw) && tabCount(raw) === 0) return raw.trim().replace(/^\||\|$/g, '').split('|');
  return raw.split('\t');
}

/**
 * Runs of TSV rows (blank lines allowed inside): at least two rows when a row has two or
 * more TABs, at least three when every row has a single TAB (a two-column table).
 */
export function findTsvTables(lines: PreparedLine[]): TableRegion[] {
  const out: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTsvLine(lines[i] as PreparedLine)) {
      i++;
      continue;
    }
    let last = i;
    let count = 1;
    let wide = splitCells((lines[i] as PreparedLine).raw).length >= 3;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] as PreparedLine;
      if (isTsvLine(l)) {
        last = j;
        count++;
        wide ||= splitCells(l.raw).length >= 3;
      } else if (!(l.blank || l.skip) || j - last > 3) break;
    }
    if (count >= (wide ? 2 : 3)) out.push({ kind: 'tsv', start: i, end: last });
    i = last + 1;
  }
  return out;
}

const isCellLine = (l: PreparedLine): boolean => !l.skip && /^\t[^\t]*$/.test(l.raw);

/** Groups of TAB-prefixed one-cell lines of equal size, separated by blank lines. */
export function findTabCellTables(lines: PreparedLine[]): TableRegion[] {
  const groups: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isCellLine(lines[i] as PreparedLine)) continue;
    let j = i;
    while (j + 1 < lines.length && isCellLine(lines[j + 1] as PreparedLine)) j++;
    groups.push({ start: i, end: j });
    i = j;
  }
  const out: TableRegion[] = [];
  let g = 0;
  while (g < groups.length) {
    const first = groups[g] as { start: number; end: number };
    const size = first.end - first.start + 1;
    let h = g;
    while (h + 1 < groups.length) {
      const a = groups[h] as { start: number; end: number };
      const b = groups[h + 1] as { start: number; end: number };
      const gapOk = b.start - a.end - 1 <= 2 && lines.slice(a.end + 1, b.start).every((l) => l.blank);
      if (!gapOk || b.end - b.start + 1 !== size) break;
      h++;
    }
    if (size >= 3 && h - g + 1 >= 3) out.push({ kind: 'tab-cells', start: first.start, end: (groups[h] as { end: number }).end });
    g = h + 1;
  }
  return out;
}

/** Caption: the nearest line above a table, if it is "表N…" or a bare title line. */
export function findCaption(lines: PreparedLine[], start: number): number | undefined {
  let k = start - 1;
  while (k >= 0 && ((lines[k] as PreparedLine).blank || (lines[k] as PreparedLine).skip)) k--;
  if (k < 0 || start - k > 4 || (lines[k] as PreparedLine).mdLevel !== undefined) return undefined;
  const c = (lines[k] as PreparedLine).clean;
  if (/^(续)?表\s*[\d一二三四五六七八九十]+/.test(c) && !/[。；]/.test(c)) return k;
  if (isBareTitle(c) && !matchNumbering(c) && !matchNamedHeading(c)) return k;
  return undefined;
}

/** Join a continuation fragment, dropping one duplicated ideograph at the seam ("…数" + "数字化…"). */
function mergeFragment(a: string, b: string): string {
  const last = a.slice(-1);
  return last !== '' && isHan(last) && b.startsWith(last) ? a + b.slice(1) : a + b;
}

interface Row {
  cells: string[];
  first: number;
  last: number;
}

/** A first row of labels: no number cell, short cells, mostly column words (类别/指标名称/单位). */
function isHeaderRow(cells: string[]): boolean {
  const used = cells.filter((c) => c !== '');
  const words = used.filter((c) => HEADER_WORD.test(c)).length;
  return !used.some(isNumberCell) && used.every((c) => c.length <= 12) && words * 2 > used.length;
}

/**
 * @param headerKnown the first row is a header (markdown: a |---| row follows it)
 */
function rowsToDrafts(rows: Row[], basePath: string[], headerKnown = false): Draft[] {
  const drafts: Draft[] = [];
  const hasHeader = rows.length > 0 && (headerKnown || isHeaderRow((rows[0] as Row).cells));
  // the first column is a category only when later rows leave it empty (merged cells)
  const grouped = rows.slice(hasHeader ? 1 : 0).some((r) => (r.cells[0] ?? '') === '' && r.cells.some((c) => c !== ''));
  let category = '';
  rows.forEach((row, index) => {
    if (index === 0 && hasHeader) return;
    if (grouped && (row.cells[0] ?? '') !== '') category = row.cells[0] as string;
    const used = row.cells.filter((c) => c !== '');
    if (used.length === 0) return;
    drafts.push({
      kind: 'table-row',
      text: used.join(' | '),
      lineStart: row.first,
      lineEnd: row.last,
      headingPath: category ? [...basePath, category] : basePath,
    });
  });
  return drafts;
}

export function parseTsv(lines: PreparedLine[], region: TableRegion, basePath: string[]): Draft[] {
  const rows: Row[] = [];
  for (let i = region.start; i <= region.end; i++) {
    const l = lines[i] as PreparedLine;
    if (!isTsvLine(l) || /^[\t\s:|-]*$/.test(l.raw)) continue;
    const cells = splitCells(l.raw).map((c) => cleanText(c));
    const prev = rows[rows.length - 1];
    const continuation = prev && cells[0] === '' && (cells[1] ?? '') === '' && !cells.some(isNumberCell);
    if (continuation) {
      cells.forEach((c, k) => {
        if (c !== '') prev.cells[k] = mergeFragment(prev.cells[k] ?? '', c);
      });
      prev.last = l.no;
      continue;
    }
    rows.push({ cells, first: l.no, last: l.no });
  }
  const next = lines.slice(region.start + 1).find((l) => !l.blank);
  return rowsToDrafts(rows, basePath, next !== undefined && isTableSeparator(next.raw));
}

export function parseTabCells(lines: PreparedLine[], region: TableRegion, basePath: string[]): Draft[] {
  const rows: Row[] = [];
  let current: Row | undefined;
  for (let i = region.start; i <= region.end; i++) {
    const l = lines[i] as PreparedLine;
    if (!isCellLine(l)) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { cells: [], first: l.no, last: l.no };
      rows.push(current);
    }
    current.cells.push(cleanText(l.raw));
    current.last = l.no;
  }
  return rowsToDrafts(rows, basePath);
}
