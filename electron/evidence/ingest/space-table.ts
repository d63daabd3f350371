/**
 * Tables flattened to space-separated text, with cells wrapped over several lines (001 表1
 * L142-363 and 表2 L646-862):
 *
 *   表 1 "十三五"时期…            caption
 *   类别 指标名称 单位 / 口径 / …  header, repeated on every page
 *   健康 / 环境                    category label, split over lines
 *   1. 市区空气质量优良天数比例 % 市区 76. 7 91. 3
 *   2. 市 区 环 境 空 气 颗 粒 物 浓 度 / (PM2. 5) / ug / m3 市区 省下达指标 29. 8
 *
 * Rows start at the expected next row number (so "36. 5 岁以下…" is row 36, not 36.5, and
 * "21. 1%" inside row 18 is not row 21). A row's text is "N.name | cell | cell …": the name
 * runs until the first unit or scope cell; later lines are split on spaces, then fragments
 * of one cell are glued back (a line ending in 、 - / or a word cut in two, "98 以上").
 * Perfect cell boundaries are not guaranteed; line ranges and searchable text are.
 */
import { displayWidth } from './chars';
import { isTitleLike, matchNamedHeading, matchNumbering } from './headings';
import type { Layout } from './layout';
import { cleanText } from './normalize';
import type { TableRegion } from './tables';
import type { Draft, PreparedLine } from './types';

const CAPTION = /^(续)?表\s*[\d一二三四五六七八九十]+/;
const HEADER_WORDS = /类别|指标|名称|单位|序号|项目|内容/;
const UNIT =
  /^(%|‰|岁|人|张|个|件|元|次|家|所|套|床|万人|万套|万元|亿元|万m2|m2|平方米|公里|km|ug\/m3|μg\/m3|微克\/立方米|1?\/10万|人\/.*|.+\/(m3|立方米|千人|亿元))$/u;
const SCOPE = /^(市区|市域|全市|建成区|城市|农村|城区|县域|主城区|城镇)$/u;
const SUFFIX = /^(以上|以下|以内|左右|年\)?|万|亿|岁|%|‰)/u;
const PREFIX = /^(不低于|不高于|低于|高于|保持在|达到|不超过|控制在|持续控制在)$/u;

const compact = (s: string): string => s.replace(/\s+/g, '');
const isUnitOrScope = (t: string): boolean => UNIT.test(t) || SCOPE.test(t);
const startsHan = (t: string): boolean => /^\p{Script=Han}/u.test(t);
const endsHan = (t: string): boolean => /\p{Script=Han}$/u.test(t);

interface RowStart {
  rest: string;
}

function rowStart(text: string, expected: number): RowStart | null {
  const m = /^(\d{1,3})\s*[.、．]\s*(.*)$/u.exec(text);
  if (!m || Number(m[1]) !== expected || (m[2] ?? '').trim() === '') return null;
  return { rest: m[2] ?? '' };
}

const isCategoryCandidate = (c: string): boolean => /^\p{Script=Han}{1,4}$/u.test(c) && !isUnitOrScope(c);

export interface SpacedRow {
  number: number;
  category: string;
  /** [line number, text] of each line of the row (first line without its row number). */
  lines: [number, string][];
}

export interface SpacedScan {
  region: TableRegion;
  rows: SpacedRow[];
}

/** Scan a space-flattened table whose caption is at `captionIdx`; null when it is not one. */
export function scanSpacedTable(lines: PreparedLine[], captionIdx: number, layout: Layout): SpacedScan | null {
  const cap = lines[captionIdx] as PreparedLine;
  if (!CAPTION.test(cap.clean) || /[。；，]/.test(cap.clean)) return null;
  let j = captionIdx + 1;
  const header: string[] = [];
  while (j < lines.length && j - captionIdx < 40) {
    const l = lines[j] as PreparedLine;
    if (!l.blank && !l.skip) {
      if (rowStart(l.raw.trim(), 1)) break;
      header.push(compact(l.raw));
    }
    j++;
  }
  if (j >= lines.length || header.length === 0 || !HEADER_WORDS.test(header.join(''))) return null;
  // The lines above row 1 end with the first category label ("健康 / 环境"); the header is
  // what repeats on the next page.
  const size = headerSize(lines, j, header);
  const headerSet = new Set(header.slice(0, size));
  const fullWidth = layout.lineWidth || 80;
  const rows: SpacedRow[] = [];
  let expected = 1;
  let category = header.slice(size).every(isCategoryCandidate) ? header.slice(size).join('') : '';
  let end = j;
  while (j < lines.length) {
    const l = lines[j] as PreparedLine;
    if (l.blank || l.skip) {
      j++;
      continue;
    }
    const t = l.raw.trim();
    const c = compact(t);
    const start = rowStart(t, expected);
    if (start) {
      rows.push({ number: expected, category, lines: [[l.no, start.rest]] });
      expected++;
      end = j++;
      continue;
    }
    if (c === header[0]) {
      j++;
      while (j < lines.length && ((lines[j] as PreparedLine).blank || headerSet.has(compact((lines[j] as PreparedLine).raw)))) j++;
      end = j - 1;
      continue;
    }
    if (isCategoryCandidate(c)) {
      const labels: string[] = [];
      let k = j;
      while (k < lines.length && labels.length <= 3) {
        const x = lines[k] as PreparedLine;
        if (!x.blank && !x.skip) {
          if (!isCategoryCandidate(compact(x.raw))) break;
          labels.push(compact(x.raw));
        }
        k++;
      }
      if (k < lines.length && rowStart((lines[k] as PreparedLine).raw.trim(), expected)) {
        category = labels.join('');
        j = k;
        continue;
      }
    }
    const num = matchNumbering(l.clean);
    const heading = matchNamedHeading(l.clean) || (num && num.rank <= 2 && isTitleLike(num.rest, num.rank));
    const numeric = t.split(/\s+/).filter((x) => /\d/.test(x)).length;
    const prose = displayWidth(t) >= 0.75 * fullWidth && numeric < 2;
    if (heading || /^注\s*[:：]/.test(l.clean) || prose || /。$/.test(l.clean) || rows.length === 0) break;
    (rows[rows.length - 1] as SpacedRow).lines.push([l.no, t]);
    end = j++;
  }
  if (rows.length < 2) return null;
  return { region: { kind: 'spaced', start: captionIdx + 1, end, caption: captionIdx }, rows };
}

const ANY_ROW = /^\d{1,3}\s*[.、．]\s*\S/u;

/**
 * Number of header lines: the common prefix of the first header block and the block after
 * the header's next repetition; without a repetition, trailing short labels are not header.
 */
function headerSize(lines: PreparedLine[], from: number, block: string[]): number {
  for (let k = from; k < lines.length && k < from + 600; k++) {
    if (compact((lines[k] as PreparedLine).raw) !== block[0]) continue;
    const next: string[] = [];
    for (let x = k; x < lines.length && next.length < block.length; x++) {
      const l = lines[x] as PreparedLine;
      if (l.blank || l.skip) continue;
      if (ANY_ROW.test(l.raw.trim())) break;
      next.push(compact(l.raw));
    }
    let n = 0;
    while (n < block.length && block[n] === next[n]) n++;
    return withoutLabels(block, n);
  }
  return withoutLabels(block, block.length);
}

/** Column-header words; a trailing short line without one is a category label ("健康"). */
const HEADER_VOCAB = /类别|指标|名称|单位|口径|范围|目标|完成|情况|年|序号|备注|数值|现状|属性|基期|基数|值|类型|来源|责任|内容/u;

function withoutLabels(block: string[], size: number): number {
  let n = size;
  while (n > 1 && isCategoryCandidate(block[n - 1] ?? '') && !HEADER_VOCAB.test(block[n - 1] ?? '')) n--;
  return n;
}

/** Split one physical line of a row into cell tokens. */
function tokens(line: string): string[] {
  const pre = line
    .replace(/(\d)\.\s+(?=\d)/g, '$1.')
    .replace(/\s*\/\s*/g, '/')
    .replace(/([<>≤≥＜＞])\s+/g, '$1');
  let toks = pre.trim().split(/\s+/).filter((x) => x !== '').map((x) => cleanText(x));
  if (toks.length >= 3 && toks.every((x) => /^\p{Script=Han}$/u.test(x))) toks = [toks.join('')];
  const out: string[] = [];
  for (const tok of toks) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /\d\)?$/.test(prev) && SUFFIX.test(tok)) out[out.length - 1] = prev + tok;
    else if (prev !== undefined && PREFIX.test(prev)) out[out.length - 1] = prev + tok;
    else out.push(tok);
  }
  return out;
}

const joinWords = (a: string, b: string): string => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);

/** Name and value cells of a row. */
export function rowCells(row: SpacedRow): { name: string; values: string[] } {
  let name = '';
  const values: string[] = [];
  let inName = true;
  for (const [, text] of row.lines) {
    tokens(text).forEach((tok, j) => {
      if (inName) {
        if (name === '' || !isUnitOrScope(tok)) {
          name = joinWords(name, tok);
          return;
        }
        inName = false;
        values.push(tok);
        return;
      }
      const prev = values[values.length - 1] ?? '';
      const glue =
        (j === 0 && /[、\-/(]$/.test(prev)) ||
        (j === 0 && tok.startsWith('(')) ||
        (j === 0 && endsHan(prev) && startsHan(tok) && startsHan(prev) && !isUnitOrScope(prev)) ||
        (/^\p{Script=Han}$/u.test(tok) && !UNIT.test(tok) && endsHan(prev) && !isUnitOrScope(prev)) ||
        PREFIX.test(prev);
      if (glue && values.length > 0) values[values.length - 1] = prev + tok;
      else values.push(tok);
    });
  }
  return { name, values };
}

/** Passages of a scanned table: one per row, category in the heading path. */
export function spacedTableDrafts(scan: SpacedScan, basePath: string[]): Draft[] {
  return scan.rows.map((row) => {
    const { name, values } = rowCells(row);
    const first = row.lines[0]?.[0] ?? 0;
    const last = row.lines[row.lines.length - 1]?.[0] ?? first;
    return {
      kind: 'table-row' as const,
      text: [`${row.number}.${name}`, ...values].join(' | '),
      lineStart: first,
      lineEnd: last,
      headingPath: row.category ? [...basePath, row.category] : basePath,
    };
  });
}
