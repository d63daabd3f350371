import type { ChannelOutput } from '../../../shared/contract';
import type { RequestContent } from '../../../shared/panel/review-package';
import type { ScoreItem } from '../../../shared/workflow/stage-data';
import { isComplete, slotKey, type Slot } from '../workflow/scoring/score-items';
import type { CitationState } from '../workflow/scoring/usePassages';

export type ReviewTask = ChannelOutput<'review/get'>;
export type TaskSummary = ChannelOutput<'review/list'>[number];
export type PackageDeterminant = RequestContent['determinants'][number];
export type PackagePassage = PackageDeterminant['evidence'][number];

/** The score sheet of the package as score-card slots, grouped by determinant in package order. */
export function sheetSlots(task: ReviewTask): Map<string, Slot[]> {
  const out = new Map<string, Slot[]>();
  for (const item of task.request.content.sheet) {
    const slot: Slot = { key: slotKey(item.determinantId, item.phase), determinantId: item.determinantId, phase: item.phase };
    out.set(item.determinantId, [...(out.get(item.determinantId) ?? []), slot]);
  }
  return out;
}

/**
 * The passages the package carries, as citations for the score cards. They come from the
 * official's evidence base and may not exist in the expert's own, so they are never looked up.
 */
export function packageCitations(task: ReviewTask): Map<number, CitationState> {
  const out = new Map<number, CitationState>();
  for (const d of task.request.content.determinants) {
    for (const p of d.evidence) {
      out.set(p.id, { id: p.id, document: p.documentTitle, section: p.section, lineStart: p.lineStart, lineEnd: p.lineEnd, text: p.text });
    }
  }
  return out;
}

/** Items of the sheet not rated enough to export (the rule of review/export). */
export function unratedItems(task: ReviewTask, ratings: ScoreItem[]): ScoreItem[] {
  const byKey = new Map(ratings.map((r) => [slotKey(r.determinantId, r.phase), r]));
  return task.request.content.sheet.filter((s) => !isComplete(byKey.get(slotKey(s.determinantId, s.phase))));
}

/**
 * Earlier versions kept the overall comment only in the browser's storage until export. A
 * comment left there is picked up once and then saved with the task (review/save).
 */
const LEGACY_COMMENT_KEY = (packageId: string) => `hia-review-comment:${packageId}`;
export function legacyComment(packageId: string): string {
  try {
    return localStorage.getItem(LEGACY_COMMENT_KEY(packageId)) ?? '';
  } catch {
    return '';
  }
}

/** Forgets the browser copy once the comment is saved with the task. */
export function forgetLegacyComment(packageId: string): void {
  try {
    localStorage.removeItem(LEGACY_COMMENT_KEY(packageId));
  } catch {
    // Storage unavailable: nothing to forget.
  }
}
