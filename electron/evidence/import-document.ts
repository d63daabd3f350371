import { AppError } from '../../shared/errors';
import { displayName } from '../files/file-errors';
import { readDocument } from '../files/read-document';
import type { EvidenceEngine } from './engine';
import { parseDocument } from './ingest/parse-document';
import { PARSER_VERSION } from './seed-loader';
import { contentHash, type EvidenceDocumentRow } from './store';

export interface ImportOptions {
  title?: string;
  onProgress?: (fraction: number) => void;
}

/** A title for an imported document: its first substantial line, else the file name. */
function guessTitle(text: string, fileName: string): string {
  const line = text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => [...l].length >= 6);
  const title = line ?? displayName(fileName).replace(/\.[^.]+$/, '');
  return [...title].length > 80 ? `${[...title].slice(0, 80).join('')}…` : title;
}

/**
 * Adds a user's own document (TXT in UTF-8/GBK, Markdown, DOCX, PDF) to the evidence base:
 * read, parse into cited passages, index — all or nothing. The same file twice is refused.
 */
export async function importEvidenceDocument(
  engine: EvidenceEngine,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<EvidenceDocumentRow> {
  const read = await readDocument(bytes, fileName, { onProgress: (f) => options.onProgress?.(f * 0.7) });
  const id = `imp-${contentHash(read.text).slice(0, 12)}`;
  const passages = parseDocument(id, read.text).filter((p) => p.kind !== 'heading');
  if (passages.length === 0) {
    throw new AppError(
      'BAD_FILE',
      `“${displayName(fileName)}”中没有可检索的正文段落 / “${displayName(fileName)}” has no text passages to index`,
    );
  }
  options.onProgress?.(0.8);
  const doc = engine.store.addDocument(
    {
      id,
      title: options.title?.trim() || guessTitle(read.text, fileName),
      origin: 'import',
      fileName: displayName(fileName),
      format: read.format,
      sourceText: read.text,
      parser: PARSER_VERSION,
      meta: { encoding: read.encoding ?? null, pages: read.pages ?? null, warnings: read.warnings },
    },
    passages,
  );
  options.onProgress?.(1);
  return doc;
}
