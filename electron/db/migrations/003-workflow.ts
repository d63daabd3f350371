import type { Migration } from './types';

/**
 * The guided workflow: each assessment's furthest stage and status, and one JSON document per
 * stage (validated by the zod schemas in shared/workflow/stage-data.ts on every write).
 */
export const workflow: Migration = {
  version: 3,
  name: 'workflow',
  up(db) {
    db.exec(`
      ALTER TABLE assessment ADD COLUMN stage TEXT NOT NULL DEFAULT 'registration'
        CHECK (stage IN ('registration', 'screening', 'scoping', 'scoring', 'recommendations', 'conclusion'));
      ALTER TABLE assessment ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'signed'));

      CREATE TABLE assessment_stage (
        assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        stage         TEXT NOT NULL CHECK (stage IN ('screening', 'scoping', 'scoring', 'recommendations', 'conclusion')),
        data          TEXT NOT NULL CHECK (json_valid(data)),
        updated_at    TEXT NOT NULL,
        PRIMARY KEY (assessment_id, stage)
      ) STRICT;
    `);
  },
};
