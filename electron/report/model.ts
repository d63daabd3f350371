import type { Snapshot } from '../../shared/snapshot/snapshot';
import { rankImpacts, type RankedItem } from '../../shared/workflow/scoring';
import type { ScoreItem } from '../../shared/workflow/stage-data';

/**
 * What every section needs from the snapshot, worked out once: lookups by id, the ratings the
 * report shows, their ranking, the appendix numbers of cited passages, and whether this is a
 * signed report. Sections stay simple readers of this model.
 */
export interface ReportModel {
  snapshot: Snapshot;
  /** Signed: both signatures present and a fingerprint given. Otherwise a draft with a banner. */
  signed: boolean;
  fingerprint: string | null;
  determinantName(id: string): string;
  determinantCategory(id: string): string;
  groupName(id: string): string;
  memberName(id: string): string;
  /** The rating each impact is reported with: the panel leader's final one where given. */
  items: ScoreItem[];
  /** `items` in rank order (rankImpacts): ranked negative/uncertain impacts first. */
  ranked: RankedItem[];
  /** Appendix number (1-based) of each cited passage, in the snapshot's order. */
  evidenceNumber: Map<number, number>;
  /** The date printed on the cover: the approver's signature, else the snapshot's date. */
  reportDate: string;
  /** Numbering of tables and figures as they are built, in document order. */
  nextTable(): number;
  nextFigure(): number;
  /** Remembered numbers, for cross-references (“完整排序见表 4”). */
  refs: Map<string, number>;
}

const key = (i: Pick<ScoreItem, 'determinantId' | 'phase'>) => `${i.determinantId}\u0000${i.phase}`;

/**
 * The panel's final rating replaces the stage's rating of the same determinant and phase (the
 * consolidated 专家组评估意见 is what is signed); its empty fields fall back to the stage's, so
 * rationale and evidence recorded during scoring are not lost. Impacts only the panel rated are
 * added at the end.
 */
export function effectiveItems(snapshot: Snapshot): ScoreItem[] {
  const finals = new Map<string, ScoreItem>();
  for (const a of snapshot.panel.aggregation) if (a.final) finals.set(key(a), a.final);
  const out = snapshot.stages.scoring.items.map((item) => {
    const f = finals.get(key(item));
    finals.delete(key(item));
    if (!f) return item;
    return {
      ...f,
      rationale: f.rationale.trim() ? f.rationale : item.rationale,
      evidence: f.evidence.length > 0 ? f.evidence : item.evidence,
      groups: f.groups.length > 0 ? f.groups : item.groups,
    };
  });
  return [...out, ...finals.values()];
}

export function isSigned(snapshot: Snapshot, fingerprint: string | null): boolean {
  const roles = new Set(snapshot.signatures.map((s) => s.role));
  return fingerprint !== null && roles.has('leader') && roles.has('approver');
}

/** YYYY-MM-DD from an ISO date or timestamp; the text itself if it is neither. */
export function isoDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** 2026年3月18日: GB/T 9704-2012 writes dates with Arabic numerals, without leading zeros. */
export function chineseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

export function buildModel(snapshot: Snapshot, fingerprint: string | null): ReportModel {
  const determinants = new Map(snapshot.determinants.map((d) => [d.id, d]));
  const groups = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const members = new Map(snapshot.panel.members.map((m) => [m.id, m.name]));
  const items = effectiveItems(snapshot);
  const signed = isSigned(snapshot, fingerprint);
  const approver = snapshot.signatures.find((s) => s.role === 'approver');
  let tables = 0;
  let figures = 0;
  return {
    snapshot,
    signed,
    fingerprint: signed ? fingerprint : null,
    // An id no longer in the lists is shown as is: a report never fails on a missing name.
    determinantName: (id) => determinants.get(id)?.name ?? id,
    determinantCategory: (id) => determinants.get(id)?.category ?? '其他',
    groupName: (id) => groups.get(id) ?? id,
    memberName: (id) => members.get(id) ?? id,
    items,
    ranked: rankImpacts(snapshot.ratingScheme, items),
    evidenceNumber: new Map(snapshot.evidence.map((e, i) => [e.id, i + 1])),
    reportDate: isoDate(signed && approver ? approver.date : snapshot.createdAt),
    nextTable: () => ++tables,
    nextFigure: () => ++figures,
    refs: new Map(),
  };
}

/** “[3][7]” for cited passages: appendix numbers, or the raw id of a passage the snapshot lacks. */
export function citeList(m: ReportModel, ids: readonly number[]): string {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return '—';
  const known = unique.map((id) => m.evidenceNumber.get(id)).filter((n): n is number => n !== undefined);
  const missing = unique.filter((id) => !m.evidenceNumber.has(id));
  return [...known.sort((a, b) => a - b).map((n) => `[${n}]`), ...missing.map((id) => `[#${id}]`)].join('');
}
