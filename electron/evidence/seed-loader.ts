import { readFile } from 'node:fs/promises';
import type { SeedData } from '../../shared/evidence/manifest';
import { parseDocument } from './ingest/parse-document';
import { seedDocumentPath } from './seed-data';
import { contentHash, type EvidenceStore } from './store';

/** Bump when the ingestion parser changes, so stored seed passages are rebuilt. */
export const PARSER_VERSION = 'ingest-4';

export interface SeedLoadReport {
  added: string[];
  unchanged: string[];
}

/**
 * Makes the database hold exactly the current seed documents as parsed by the current parser.
 * Unchanged seeds are skipped by hash, so start-up after the first run costs a few reads.
 */
export async function ensureSeedEvidence(store: EvidenceStore, seedsDir: string, data: SeedData): Promise<SeedLoadReport> {
  const existing = new Map(store.listDocuments().filter((d) => d.origin === 'seed').map((d) => [d.id, d]));
  const report: SeedLoadReport = { added: [], unchanged: [] };
  for (const doc of data.manifest.documents) {
    const text = await readFile(seedDocumentPath(seedsDir, doc), 'utf8');
    const current = existing.get(doc.id);
    if (current && current.sha256 === contentHash(text) && current.parser === PARSER_VERSION) {
      report.unchanged.push(doc.id);
      continue;
    }
    if (current) store.removeDocument(doc.id);
    store.addDocument(
      {
        id: doc.id,
        title: doc.title,
        origin: 'seed',
        fileName: doc.file,
        format: 'txt',
        sourceText: text,
        parser: PARSER_VERSION,
        meta: { issuer: doc.issuer, date: doc.date, period: doc.period, status: doc.status },
      },
      parseDocument(doc.id, text),
    );
    report.added.push(doc.id);
  }
  return report;
}
