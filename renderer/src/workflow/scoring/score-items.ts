import type { Language } from '../../../../shared/i18n';
import type { TaxonomyOutput } from '../../../../shared/evidence/evidence-contract';
import { SCALE_NAMES } from '../../../../shared/workflow/rating-scheme';
import type { Phase, ScoreItem, StageDataOf } from '../../../../shared/workflow/stage-data';
import type { WorkflowViewOut } from '../../../../shared/workflow/workflow-contract';

/** One card of the scoring stage: a determinant of the scope, for one phase of a project. */
export interface Slot {
  key: string;
  determinantId: string;
  phase: Phase | 'all';
}

export const slotKey = (determinantId: string, phase: Phase | 'all') => `${determinantId}|${phase}`;

/** The determinants in scope, per phase for projects (view.data.scoping.phases), in scoping order. */
export function scopeSlots(view: WorkflowViewOut): Slot[] {
  const { determinants, phases } = view.data.scoping;
  const perDeterminant: (Phase | 'all')[] = view.assessment.kind === 'project' ? phases : ['all'];
  return determinants.flatMap((d) => perDeterminant.map((phase) => ({ key: slotKey(d.id, phase), determinantId: d.id, phase })));
}

export function emptyItem(slot: Pick<Slot, 'determinantId' | 'phase'>): ScoreItem {
  return {
    determinantId: slot.determinantId,
    phase: slot.phase,
    direction: null,
    likelihood: null,
    severity: null,
    extent: null,
    duration: null,
    frequency: null,
    groups: [],
    rationale: '',
    evidence: [],
  };
}

/** The items with the slot's item changed (added if new); other items keep their identity. */
export function upsert(items: readonly ScoreItem[], slot: Slot, patch: Partial<ScoreItem>): ScoreItem[] {
  const i = items.findIndex((it) => it.determinantId === slot.determinantId && it.phase === slot.phase);
  if (i === -1) return [...items, { ...emptyItem(slot), ...patch }];
  return items.map((it, j) => (j === i ? { ...it, ...patch } : it));
}

/** 无影响 clears the ratings (they would otherwise leak into aggregation and the report). */
export function directionPatch(direction: ScoreItem['direction']): Partial<ScoreItem> {
  return direction === 'none' ? { direction, ...Object.fromEntries(SCALE_NAMES.map((s) => [s, null])) } : { direction };
}

/** Rated enough to finish the stage (the rule of validate-stage.ts). */
export function isComplete(item: ScoreItem | undefined): boolean {
  return !!item?.direction && (item.direction === 'none' || (!!item.likelihood && !!item.severity));
}

export function itemsBySlot(data: StageDataOf<'scoring'>): Map<string, ScoreItem> {
  return new Map(data.items.map((i) => [slotKey(i.determinantId, i.phase), i]));
}

/** Determinant and group names in the UI language; unknown ids are shown as they are. */
export function namers(taxonomy: TaxonomyOutput | null, lang: Language) {
  const pick = (x: { name: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.name);
  const determinants = new Map(taxonomy?.categories.flatMap((c) => c.determinants.map((d) => [d.id, pick(d)] as const)) ?? []);
  const groups = new Map(taxonomy?.groups.map((g) => [g.id, pick(g)] as const) ?? []);
  return {
    determinant: (id: string) => determinants.get(id) ?? id,
    group: (id: string) => groups.get(id) ?? id,
  };
}

export const asLanguage = (lang: string): Language => (lang === 'en' ? 'en' : 'zh-CN');
