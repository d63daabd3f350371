/**
 * Vertical text: a table extracted column-wise, one or two characters per line (001's
 * appendix, L1736-6888, "健 / 康 / 杭 / 州 …"). Detected as a long run of lines of at most
 * three characters; the run is joined with no separator (keeping each character's line),
 * repeated column headers are dropped, and the text is cut back into rows:
 *
 *   [category][project name] N.content… 20xx-20xx年 lead-department partner-departments…
 *
 * A row passage holds "N.content | period | departments"; the category and the project
 * name (which several items may share, 001 items 1-3) are the last heading-path elements.
 * Rows are found by the item numbers 1., 2., … (or 7、), the period by `20\d\d-20\d\d年`,
 * the departments by the shape of Chinese department names (市…委/局/办…, 各区、县(市)政府,
 * …海关, …大学). When no item numbers are found, the joined text becomes paragraphs.
 */
import { isHan } from './chars';
import { matchNamedHeading } from './headings';
import { concatMapped, lineRange, mapped, replaceMapped, sliceMapped, trimMapped, type MappedText } from './mapped-text';
import { cleanMapped } from './normalize';
import { splitAtSentences } from './sentences';
import type { Draft, PreparedLine } from './types';

export interface LineRun {
  /** Index of the first line of the run in the prepared lines. */
  start: number;
  /** Index of the last line of the run (inclusive). */
  end: number;
}

const MAX_CHARS = 3;
const MIN_LINES = 30;

function cellLength(raw: string): number {
  return [...raw.replace(/\s+/g, '')].length;
}

/** One character cell: at most three characters ("附件 2" after the run is a heading). */
function isCell(l: PreparedLine): boolean {
  if (l.blank || l.skip) return false;
  const n = cellLength(l.raw);
  return n <= MAX_CHARS && !(n >= 2 && matchNamedHeading(l.clean) !== null);
}

/** Runs of at least 30 non-blank lines of at most three characters (blank lines allowed). */
export function findVerticalRuns(lines: PreparedLine[]): LineRun[] {
  const runs: LineRun[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as PreparedLine;
    if (!isCell(l)) {
      i++;
      continue;
    }
    let count = 0;
    let last = i;
    let j = i;
    for (; j < lines.length; j++) {
      const x = lines[j] as PreparedLine;
      if (x.blank || x.skip) continue;
      if (!isCell(x)) break;
      count++;
      last = j;
    }
    if (count >= MIN_LINES) runs.push({ start: i, end: last });
    i = Math.max(last, i) + 1;
  }
  return runs;
}

/** Column labels of task tables; three or more in a row form a (repeated) header. */
const LABEL =
  '(?:项目类别|项目名称|项目目标和内容|项目内容|建设内容|主要内容|目标任务|工作任务|主要任务|具体措施|' +
  '项目周期|实施期限|完成时限|时间节点|进度安排|牵头部门|牵头单位|责任单位|责任部门|配合部门|配合单位|' +
  '协同部门|序号|类别|指标名称|单位|备注)';
const HEADER = new RegExp(`${LABEL}{3,}`, 'gu');
const PERIOD = /20\d{2}\s*[-~至]\s*20\d{2}\s*年?/u;
const HAN = '\\p{Script=Han}';
const DEPT = new RegExp(
  '^(?:' +
    [
      '各区、?县\\(市\\)(?:人民)?政府',
      '各(?:区|县|区县|县市区|乡镇|街道)(?:人民)?政府',
      `市委${HAN}{2,4}?(?:部|委|办|室|厅)`,
      `市${HAN}{1,12}?(?:委员会|集团|委|局|办|厅|部|联|协|会|院|海关|中心|公司)`,
      `${HAN}{2,10}?(?:海关|大学|学院|集团|公司)(?:\\(${HAN}{1,8}\\))?`,
    ].join('|') +
    ')',
  'u',
);
const CATEGORY = new RegExp(`^(${HAN}{2,8}?(?:项目|类))(?=.{2,})`, 'u');

/** Department names at the start of `tail`; returns their spans and where parsing stopped. */
function parseDepartments(tail: string): { spans: [number, number][]; stop: number } {
  const spans: [number, number][] = [];
  let pos = 0;
  for (;;) {
    const sep = /^[、，,;；\s]+/.exec(tail.slice(pos));
    const at = pos + (sep ? sep[0].length : 0);
    if (tail[at] === '\n') break;
    const m = DEPT.exec(tail.slice(at));
    if (!m) break;
    spans.push([at, at + m[0].length]);
    pos = at + m[0].length;
  }
  return { spans, stop: pos };
}

/**
 * Positions of the item numbers N., N+1., … in order (a "7、" form is accepted too). The
 * sequence starts at the first item number found (an excerpt may start at item 4).
 */
function findItemMarkers(text: string): { index: number; number: number }[] {
  const out: { index: number; number: number }[] = [];
  const first = /(?<![\d.])(\d{1,2})[.、](?!\d)/u.exec(text);
  if (!first) return out;
  let from = first.index;
  for (let k = Number(first[1]); k < 200; k++) {
    const re = new RegExp(`(?<![\\d.])${k}[.、](?!\\d)`, 'gu');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    out.push({ index: m.index, number: k });
    from = m.index + m[0].length;
  }
  return out;
}

const hanOnly = (s: string): string => [...s].filter(isHan).join('');
const noBreaks = (m: MappedText): MappedText => trimMapped(replaceMapped(m, /\n+/g, ''));

/**
 * Rows of a vertical run as table-row passages.
 * @param basePath heading path at the run (the appendix heading, if any)
 */
export function parseVerticalRun(lines: PreparedLine[], run: LineRun, basePath: string[]): Draft[] {
  const parts: MappedText[] = [];
  for (let i = run.start; i <= run.end; i++) {
    const l = lines[i] as PreparedLine;
    if (!l.blank && !l.skip) parts.push(mapped(l.raw.trim(), l.no));
  }
  const m = replaceMapped(cleanMapped(concatMapped(parts)), HEADER, '\n');
  const drafts: Draft[] = [];
  const markers = findItemMarkers(m.text);
  const preamble = sliceMapped(m, 0, markers[0]?.index ?? m.text.length);
  const firstBreak = preamble.text.indexOf('\n');
  // text before the first column header is the table's title (only when there is a header)
  const title = noBreaks(firstBreak >= 0 ? sliceMapped(preamble, 0, firstBreak) : mapped('', 0));
  if (title.text !== '' && hanOnly(title.text) !== hanOnly(basePath[basePath.length - 1] ?? '')) {
    drafts.push({ kind: 'heading', text: title.text, ...lineRange(title), headingPath: basePath });
  }
  if (markers.length === 0) {
    const body = noBreaks(firstBreak >= 0 ? sliceMapped(preamble, firstBreak) : preamble);
    for (const piece of splitAtSentences(body)) {
      drafts.push({ kind: 'paragraph', text: piece.text, ...lineRange(piece), headingPath: basePath });
    }
    return drafts;
  }
  let category = '';
  let project = '';
  let pre = sliceMapped(preamble, preamble.text.lastIndexOf('\n') + 1);
  markers.forEach((marker, k) => {
    const end = markers[k + 1]?.index ?? m.text.length;
    const body = sliceMapped(m, marker.index, end);
    const period = PERIOD.exec(body.text);
    const cells: MappedText[] = [];
    const cat = CATEGORY.exec(noBreaks(pre).text);
    let name = noBreaks(pre);
    if (cat?.[1]) {
      category = cat[1];
      project = '';
      name = trimMapped(sliceMapped(name, cat[1].length));
    }
    if (name.text !== '') project = name.text;
    let next = mapped('', 0);
    if (period) {
      cells.push(noBreaks(sliceMapped(body, 0, period.index)));
      cells.push(noBreaks(sliceMapped(body, period.index, period.index + period[0].length)));
      const tail = sliceMapped(body, period.index + period[0].length);
      const { spans, stop } = parseDepartments(tail.text);
      if (spans.length > 0) {
        // lead and partner departments, separated by 、 (the source often runs them together)
        const names = spans.map(([a, b]) => sliceMapped(tail, a, b));
        cells.push(concatMapped(names.flatMap((n, i) => (i === 0 ? [n] : [mapped('、', n.src[0] ?? 0), n]))));
      }
      const rest = sliceMapped(tail, stop);
      const cut = rest.text.lastIndexOf('\n');
      if (cut > 0 && rest.text.slice(0, cut).trim() !== '') cells.push(noBreaks(sliceMapped(rest, 0, cut)));
      next = sliceMapped(rest, cut + 1);
    } else {
      cells.push(noBreaks(body));
    }
    pre = next;
    const used = cells.filter((c) => c.text !== '');
    if (used.length === 0) return;
    const span = concatMapped(used);
    drafts.push({
      kind: 'table-row',
      text: used.map((c) => c.text).join(' | '),
      ...lineRange(span),
      headingPath: [...basePath, ...(category ? [category] : []), ...(project ? [project] : [])],
    });
  });
  return drafts;
}
