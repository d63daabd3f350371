import type { RecommendationKind } from '../../../../shared/workflow/mitigation-library';
import type { StageDataOf } from '../../../../shared/workflow/stage-data';

export type RecommendationsData = StageDataOf<'recommendations'>;
export type RecommendationItem = RecommendationsData['items'][number];

/** Edits of the stage data. Each returns the full next value, which the stage hands to onChange. */
export function addItem(
  data: RecommendationsData,
  determinantId: string,
  kind: RecommendationKind,
  text: string,
  libraryId: string | null,
): RecommendationsData {
  return { items: [...data.items, { id: crypto.randomUUID(), determinantId, kind, text, libraryId }] };
}

export function setItemText(data: RecommendationsData, id: string, text: string): RecommendationsData {
  return { items: data.items.map((i) => (i.id === id ? { ...i, text } : i)) };
}

export function removeItem(data: RecommendationsData, id: string): RecommendationsData {
  return { items: data.items.filter((i) => i.id !== id) };
}

export function itemsOf(data: RecommendationsData, determinantId: string, kind: RecommendationKind): RecommendationItem[] {
  return data.items.filter((i) => i.determinantId === determinantId && i.kind === kind);
}
