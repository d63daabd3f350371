/**
 * parseDocument: plain text of a document → evidence passages.
 *
 * Steps: physical lines (lines.ts) → block markdown stripped and each line cleaned for
 * classification → page artefacts and table of contents marked (page-artifacts.ts) →
 * vertical text runs, TAB/TSV tables and space-flattened tables found (vertical-text.ts,
 * tables.ts, space-table.ts) → everything else segmented into headings and paragraphs
 * (segment.ts), with one heading tracker for the whole document.
 *
 * Output conventions:
 * - kind 'heading': every recognised heading, table caption and document title, with the
 *   path of its parents. Headings are for outlines and navigation; search should index
 *   'paragraph' and 'table-row' passages (headings are in their headingPath).
 * - kind 'paragraph': ≤ ~300 characters, split at sentence ends; at least 6 meaningful
 *   characters (ideographs, letters, digits).
 *   Document titles (front matter before the first numbered heading) are emitted but not
 *   kept in later paths.
 * - kind 'table-row': one table row, cells cleaned one by one and joined with " | "; the
 *   table caption, the row's category (first column, inherited by later rows) and, in
 *   vertical task tables, the project name are the last path elements. Text holds only what
 *   is on the row's own lines, so an inherited category is in the path, not in the text.
 * - text is cleanText() output; lineStart/lineEnd are the physical lines (cat -n numbering)
 *   the text came from, so every ideograph of the text occurs, in order, in those lines
 *   (tests/unit/evidence/ingest/parse-document.test.ts checks this on all five seeds).
 */
import type { ParsedPassage } from '../../../shared/evidence/passage';
import { meaningfulLength } from './chars';
import { headingLabel, HeadingTracker, isTitleLike, matchNamedHeading, matchNumbering } from './headings';
import { detectLayout } from './layout';
import { splitPhysicalLines } from './lines';
import { cleanText, stripLineMarkup } from './normalize';
import { findRunningLines, findTocLines, isPageNumberLine, isRuleLine, isTableSeparator } from './page-artifacts';
import { MIN_MEANINGFUL, segmentText } from './segment';
import { scanSpacedTable, spacedTableDrafts, type SpacedScan } from './space-table';
import { findCaption, findTabCellTables, findTsvTables, parseTabCells, parseTsv, type TableRegion } from './tables';
import type { Draft, PreparedLine } from './types';
import { findVerticalRuns, parseVerticalRun } from './vertical-text';

type Region =
  | { kind: 'vertical'; start: number; end: number }
  | (TableRegion & { scan?: SpacedScan });

function prepareLines(text: string): PreparedLine[] {
  const lines = splitPhysicalLines(text).map((p): PreparedLine => {
    const markup = stripLineMarkup(p.raw);
    const clean = cleanText(markup.text);
    return { no: p.no, raw: p.raw, text: markup.text, clean, mdLevel: markup.mdLevel, bullet: markup.bullet, blank: clean === '', skip: false };
  });
  for (const l of lines) {
    if (isPageNumberLine(l.raw) || isRuleLine(l.raw) || isTableSeparator(l.raw)) l.skip = true;
  }
  for (const i of findTocLines(lines.map((l) => l.raw))) (lines[i] as PreparedLine).skip = true;
  return lines;
}

function findRegions(lines: PreparedLine[], layoutWidth: ReturnType<typeof detectLayout>): Region[] {
  const regions: Region[] = [];
  const taken = new Array<boolean>(lines.length).fill(false);
  const free = (a: number, b: number): boolean => taken.slice(a, b + 1).every((t) => !t);
  const take = (r: Region): void => {
    const a = 'caption' in r && r.caption !== undefined ? r.caption : r.start;
    for (let i = a; i <= r.end; i++) taken[i] = true;
    regions.push(r);
  };
  for (const run of findVerticalRuns(lines)) take({ kind: 'vertical', ...run });
  for (const t of [...findTsvTables(lines), ...findTabCellTables(lines)]) {
    if (!free(t.start, t.end)) continue;
    const caption = findCaption(lines, t.start);
    take({ ...t, caption: caption !== undefined && !taken[caption] ? caption : undefined });
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as PreparedLine;
    if (taken[i] || l.skip || !/^(续)?表/.test(l.clean)) continue;
    const scan = scanSpacedTable(lines, i, layoutWidth);
    if (scan && free(i, scan.region.end)) {
      take({ ...scan.region, scan });
      i = scan.region.end;
    }
  }
  const first = (r: Region): number => ('caption' in r && r.caption !== undefined ? r.caption : r.start);
  return regions.sort((a, b) => first(a) - first(b));
}

export function parseDocument(documentId: string, text: string): ParsedPassage[] {
  const lines = prepareLines(text);
  const regions = findRegions(lines, { pdfWrapped: false, lineWidth: 0 });
  const inRegion = new Array<boolean>(lines.length).fill(false);
  for (const r of regions) for (let i = r.start; i <= r.end; i++) inRegion[i] = true;
  const running = findRunningLines(
    lines.map((l) => l.raw),
    (i) => {
      const l = lines[i] as PreparedLine;
      return !inRegion[i] && !l.skip && !matchNumbering(l.clean) && !matchNamedHeading(l.clean);
    },
  );
  for (const i of running) (lines[i] as PreparedLine).skip = true;
  const layout = detectLayout(lines.filter((l, i) => !inRegion[i] && !l.skip).map((l) => l.text));
  // spaced tables use the layout's line width to tell prose from cells: rescan with it
  const finalRegions = layout.pdfWrapped ? findRegions(lines, layout) : regions;

  const docHasNumbered =
    lines.filter((l) => {
      const n = matchNumbering(l.clean);
      return n !== null && n.rank <= 2 && isTitleLike(n.rest, n.rank);
    }).length >= 2;
  const tracker = new HeadingTracker(docHasNumbered);
  const drafts: Draft[] = [];
  const emit = (d: Draft): void => {
    if (d.kind !== 'heading' && meaningfulLength(d.text) < MIN_MEANINGFUL) return;
    drafts.push(d);
  };

  let cursor = 0;
  for (const r of finalRegions) {
    const first = 'caption' in r && r.caption !== undefined ? r.caption : r.start;
    segmentText(lines.slice(cursor, first), { layout, tracker, emit });
    let base = tracker.path();
    if ('caption' in r && r.caption !== undefined) {
      const cap = lines[r.caption] as PreparedLine;
      const label = headingLabel(cap.clean);
      emit({ kind: 'heading', text: label, lineStart: cap.no, lineEnd: cap.no, headingPath: base });
      base = [...base, label];
    }
    const rows =
      r.kind === 'vertical'
        ? parseVerticalRun(lines, r, base)
        : r.kind === 'tsv'
          ? parseTsv(lines, r, base)
          : r.kind === 'tab-cells'
            ? parseTabCells(lines, r, base)
            : r.scan
              ? spacedTableDrafts(r.scan, base)
              : [];
    rows.forEach(emit);
    cursor = r.end + 1;
  }
  segmentText(lines.slice(cursor), { layout, tracker, emit });

  return drafts.map((d, ordinal) => ({ documentId, ...d, headingPath: [...d.headingPath], ordinal }));
}
