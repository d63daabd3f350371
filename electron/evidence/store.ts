import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DeterminantMatcher } from '../../shared/evidence/determinant-matcher';
import type { ParsedPassage } from '../../shared/evidence/passage';
import { AppError } from '../../shared/errors';
import { indexText } from './search/tokens';

export type DocumentOrigin = 'seed' | 'import';

export interface NewEvidenceDocument {
  id: string;
  title: string;
  origin: DocumentOrigin;
  fileName: string;
  format: string;
  /** The text passages cite: line numbers refer to its physical lines. */
  sourceText: string;
  /** Identifies the parser that made the passages; a seed is re-ingested when it changes. */
  parser: string;
  meta?: Record<string, unknown>;
}

export interface EvidenceDocumentRow {
  id: string;
  title: string;
  origin: DocumentOrigin;
  fileName: string;
  format: string;
  sha256: string;
  lineCount: number;
  parser: string;
  passageCount: number;
  addedAt: string;
  meta: Record<string, unknown>;
}

export interface StoredPassage {
  id: number;
  documentId: string;
  documentTitle: string;
  ordinal: number;
  kind: string;
  headingPath: string[];
  lineStart: number;
  lineEnd: number;
  text: string;
  determinants: string[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Identity of a document's content, whatever format it came in: the same draft as GBK TXT,
 * DOCX or PDF differs only in whitespace and character widths, so those are folded away
 * (NFKC, cheap even for long documents) before hashing.
 */
export function contentHash(text: string): string {
  return sha256(text.normalize('NFKC').replace(/\s+/g, ''));
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

interface PassageRow {
  id: number;
  document_id: string;
  title: string;
  ordinal: number;
  kind: string;
  heading_path: string;
  line_start: number;
  line_end: number;
  text: string;
  determinants: string;
}

const toPassage = (r: PassageRow): StoredPassage => ({
  id: r.id,
  documentId: r.document_id,
  documentTitle: r.title,
  ordinal: r.ordinal,
  kind: r.kind,
  headingPath: JSON.parse(r.heading_path) as string[],
  lineStart: r.line_start,
  lineEnd: r.line_end,
  text: r.text,
  determinants: JSON.parse(r.determinants) as string[],
});

const PASSAGE_COLUMNS = `p.id, p.document_id, d.title, p.ordinal, p.kind, p.heading_path, p.line_start,
  p.line_end, p.text, p.determinants`;

/**
 * The evidence base on disk: documents, passages and their FTS5 bigram index. Adding or
 * removing a document is one transaction, so a failed import leaves the index as it was.
 * Each passage is tagged with the determinants whose words it contains, for filtering and
 * for ranking determinants from retrieved passages.
 */
export class EvidenceStore {
  constructor(
    private readonly db: Database.Database,
    private readonly matcher: DeterminantMatcher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  addDocument(doc: NewEvidenceDocument, passages: ParsedPassage[]): EvidenceDocumentRow {
    const hash = contentHash(doc.sourceText);
    const insertPassage = this.db.prepare(
      `INSERT INTO evidence_passage (document_id, ordinal, kind, heading_path, line_start, line_end, text, determinants)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertIndex = this.db.prepare('INSERT INTO evidence_fts (rowid, tokens) VALUES (?, ?)');
    this.db.transaction(() => {
      const duplicate = this.db.prepare('SELECT id, title FROM evidence_document WHERE sha256 = ?').get(hash) as
        | { id: string; title: string }
        | undefined;
      if (duplicate) {
        throw new AppError(
          'CONFLICT',
          `该文件已在证据库中：${duplicate.title} / This file is already in the evidence base: ${duplicate.title}`,
          { existingId: duplicate.id },
        );
      }
      this.db
        .prepare(
          `INSERT INTO evidence_document (id, title, origin, file_name, format, sha256, line_count, parser, source_text, meta, added_at)
           VALUES (@id, @title, @origin, @fileName, @format, @hash, @lines, @parser, @sourceText, @meta, @now)`,
        )
        .run({
          ...doc,
          hash,
          lines: countLines(doc.sourceText),
          meta: JSON.stringify(doc.meta ?? {}),
          now: this.clock().toISOString(),
        });
      for (const p of passages) {
        if (p.kind === 'heading') continue;
        const determinants = [...new Set(this.matcher.match(p.text).map((h) => h.determinantId))];
        const { lastInsertRowid } = insertPassage.run(
          doc.id,
          p.ordinal,
          p.kind,
          JSON.stringify(p.headingPath),
          p.lineStart,
          p.lineEnd,
          p.text,
          JSON.stringify(determinants),
        );
        // Passage text is already cleaned by the parser (widths folded, decimals repaired), and
        // tokens only look at Han runs and Latin/digit words, so the text is indexed as it is.
        insertIndex.run(lastInsertRowid, indexText(p.text));
      }
    })();
    return this.getDocument(doc.id);
  }

  removeDocument(id: string): { id: string } {
    const info = this.db.transaction(() => this.db.prepare('DELETE FROM evidence_document WHERE id = ?').run(id))();
    if (info.changes === 0) throw new AppError('NOT_FOUND', `证据库中没有文档 ${id} / No evidence document ${id}`);
    return { id };
  }

  listDocuments(): EvidenceDocumentRow[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.origin, d.file_name, d.format, d.sha256, d.line_count, d.parser, d.added_at, d.meta,
                (SELECT count(*) FROM evidence_passage p WHERE p.document_id = d.id) AS passage_count
         FROM evidence_document d ORDER BY d.origin DESC, d.id`,
      )
      .all() as {
      id: string;
      title: string;
      origin: DocumentOrigin;
      file_name: string;
      format: string;
      sha256: string;
      line_count: number;
      parser: string;
      added_at: string;
      meta: string;
      passage_count: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      origin: r.origin,
      fileName: r.file_name,
      format: r.format,
      sha256: r.sha256,
      lineCount: r.line_count,
      parser: r.parser,
      passageCount: r.passage_count,
      addedAt: r.added_at,
      meta: JSON.parse(r.meta) as Record<string, unknown>,
    }));
  }

  getDocument(id: string): EvidenceDocumentRow {
    const doc = this.listDocuments().find((d) => d.id === id);
    if (!doc) throw new AppError('NOT_FOUND', `证据库中没有文档 ${id} / No evidence document ${id}`);
    return doc;
  }

  /** The text a citation points into, for showing a passage in context. */
  sourceText(documentId: string): string {
    const row = this.db.prepare('SELECT source_text FROM evidence_document WHERE id = ?').pluck().get(documentId);
    if (typeof row !== 'string') throw new AppError('NOT_FOUND', `证据库中没有文档 ${documentId} / No evidence document ${documentId}`);
    return row;
  }

  passages(ids: readonly number[]): StoredPassage[] {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT ${PASSAGE_COLUMNS} FROM evidence_passage p JOIN evidence_document d ON d.id = p.document_id
         WHERE p.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as PassageRow[];
    const byId = new Map(rows.map((r) => [r.id, toPassage(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The passages around one passage in its document (for "open in context"). */
  neighbours(id: number, radius: number): StoredPassage[] {
    const at = this.db.prepare('SELECT document_id, ordinal FROM evidence_passage WHERE id = ?').get(id) as
      | { document_id: string; ordinal: number }
      | undefined;
    if (!at) throw new AppError('NOT_FOUND', `没有该段落 ${id} / No passage ${id}`);
    const rows = this.db
      .prepare(
        `SELECT ${PASSAGE_COLUMNS} FROM evidence_passage p JOIN evidence_document d ON d.id = p.document_id
         WHERE p.document_id = ? AND p.ordinal BETWEEN ? AND ? ORDER BY p.ordinal`,
      )
      .all(at.document_id, at.ordinal - radius, at.ordinal + radius) as PassageRow[];
    return rows.map(toPassage);
  }

  passageCount(): number {
    return this.db.prepare('SELECT count(*) FROM evidence_passage').pluck().get() as number;
  }
}
