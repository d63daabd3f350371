import type { Migration } from './types';

/**
 * The evidence base: documents (the seeds and users' imports), their passages with exact
 * source lines, and an FTS5 index over character bigrams of each passage (see
 * evidence/search/tokens.ts). The index is contentless: the text lives once, in
 * evidence_passage, and FTS5 rowids are passage ids.
 */
export const evidence: Migration = {
  version: 2,
  name: 'evidence',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_document (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        origin      TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
        file_name   TEXT NOT NULL,
        format      TEXT NOT NULL,
        sha256      TEXT NOT NULL UNIQUE,
        line_count  INTEGER NOT NULL,
        parser      TEXT NOT NULL,
        source_text TEXT NOT NULL,
        meta        TEXT NOT NULL DEFAULT '{}',
        added_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE evidence_passage (
        id            INTEGER PRIMARY KEY,
        document_id   TEXT NOT NULL REFERENCES evidence_document (id) ON DELETE CASCADE,
        ordinal       INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        heading_path  TEXT NOT NULL,
        line_start    INTEGER NOT NULL,
        line_end      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        determinants  TEXT NOT NULL DEFAULT '[]',
        CHECK (line_start >= 1 AND line_end >= line_start)
      ) STRICT;
      CREATE INDEX evidence_passage_document ON evidence_passage (document_id, ordinal);

      CREATE VIRTUAL TABLE evidence_fts USING fts5 (
        tokens,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      -- Removing a passage (or its document, by cascade) removes its index entry.
      CREATE TRIGGER evidence_passage_unindex AFTER DELETE ON evidence_passage BEGIN
        DELETE FROM evidence_fts WHERE rowid = old.id;
      END;
    `);
  },
};
