import { useEffect, useState } from 'react';
import type { TaxonomyOutput } from '../../../shared/evidence/evidence-contract';
import { call } from '../api/client';

let cached: Promise<TaxonomyOutput> | null = null;

/** The determinant taxonomy, fetched once per page load (it changes only with the seeds). */
export function useTaxonomy(): TaxonomyOutput | null {
  const [taxonomy, setTaxonomy] = useState<TaxonomyOutput | null>(null);
  useEffect(() => {
    cached ??= call('taxonomy/get', {}).catch((err) => {
      cached = null;
      throw err;
    });
    let live = true;
    cached.then((t) => live && setTaxonomy(t)).catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return taxonomy;
}

export function determinantNamer(taxonomy: TaxonomyOutput | null): (id: string) => string {
  const names = new Map(taxonomy?.categories.flatMap((c) => c.determinants.map((d) => [d.id, d.name] as const)) ?? []);
  return (id) => names.get(id) ?? id;
}
