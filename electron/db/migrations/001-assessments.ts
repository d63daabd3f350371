import type { Migration } from './types';

/** Registered drafts: the first stage of every assessment. */
export const assessments: Migration = {
  version: 1,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessment (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        kind        TEXT NOT NULL CHECK (kind IN ('policy', 'plan', 'project')),
        department  TEXT NOT NULL CHECK (length(department) BETWEEN 1 AND 100),
        contact     TEXT NOT NULL DEFAULT '',
        draft_text  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessment_updated ON assessment (updated_at DESC);
    `);
  },
};
