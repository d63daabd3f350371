import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceDocument } from '../../../../shared/evidence/evidence-contract';
import { call } from '../../api/client';
import { useTaxonomy } from '../../evidence/useTaxonomy';

/**
 * Determinant names in the UI language, and in Chinese for report text (reasons); `ready` once
 * the taxonomy has arrived (until then names fall back to ids).
 */
export function useDeterminantNames(): { nameOf: (id: string) => string; nameZh: (id: string) => string; ready: boolean } {
  const taxonomy = useTaxonomy();
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useMemo(() => {
    const dets = taxonomy?.categories.flatMap((c) => c.determinants) ?? [];
    const zh = new Map(dets.map((d) => [d.id, d.name]));
    const ui = new Map(dets.map((d) => [d.id, en ? d.nameEn : d.name]));
    return { nameOf: (id) => ui.get(id) ?? id, nameZh: (id) => zh.get(id) ?? id, ready: taxonomy !== null };
  }, [taxonomy, en]);
}

let documents: Promise<EvidenceDocument[]> | null = null;

/** Titles of the evidence documents, for citing library sources by name instead of by code. */
export function useDocumentTitles(): (id: string) => string {
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    documents ??= call('evidence/documents', {}).catch((err) => {
      documents = null;
      throw err;
    });
    let live = true;
    documents.then((docs) => live && setTitles(new Map(docs.map((d) => [d.id, d.title])))).catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (id: string) => (titles.has(id) ? `《${titles.get(id)}》` : id), [titles]);
}
