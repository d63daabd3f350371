import { foldForMatch } from '../evidence/fold';
import type { CatalogueIndicator } from './monitoring-contract';

/**
 * The catalogue page's search and filters, kept pure so they are tested without a browser.
 * Search folds width and case (foldForMatch) and ignores whitespace, so "pm2.5" finds
 * "PM2. 5" as PDF extraction left it; every word typed must occur in the name, category,
 * quote or unit.
 */

export interface CatalogueFilter {
  query: string;
  document: string | null;
  kind: CatalogueIndicator['kind'] | null;
  determinant: string | null;
}

const squash = (text: string) => foldForMatch(text).replace(/\s+/g, '');

/** The folded text one indicator is searched in, computed once per loaded catalogue. */
export function searchText(i: CatalogueIndicator): string {
  return squash([i.name, i.category, i.quote, i.unit ?? ''].join('\u0000'));
}

export function filterCatalogue<T extends CatalogueIndicator>(items: readonly T[], filter: CatalogueFilter, textOf: (item: T) => string = searchText): T[] {
  const words = filter.query.split(/\s+/).map(squash).filter((w) => w.length > 0);
  return items.filter(
    (i) =>
      (filter.document === null || i.document === filter.document) &&
      (filter.kind === null || i.kind === filter.kind) &&
      (filter.determinant === null || i.determinants.includes(filter.determinant)) &&
      words.every((w) => textOf(i).includes(w)),
  );
}
