import type { Migration } from './types';

/**
 * Expert panel, sign-off and audit trail.
 * - Assessments get a printable number and a version; a signed version's canonical snapshot
 *   and SHA-256 live in signed_version, which SQLite itself refuses to change or delete.
 * - While an assessment is signed, triggers refuse any change to it and to its stage data,
 *   panel and ratings: the lock holds even for direct SQL, not only in the UI. Reopening
 *   (status back to active with version + 1) is the one update allowed.
 * - audit_log is append-only and hash-chained (see electron/audit/audit-log.ts).
 */
export const panelSignoffAudit: Migration = {
  version: 4,
  name: 'panel-signoff-audit',
  up(db) {
    db.exec(`
      ALTER TABLE assessment ADD COLUMN number TEXT;
      ALTER TABLE assessment ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      UPDATE assessment SET number = 'HIA-' || substr(created_at, 1, 4) || '-' || printf('%03d', rowid);
      CREATE UNIQUE INDEX assessment_number ON assessment (number);

      CREATE TABLE panel_member (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        organisation  TEXT NOT NULL DEFAULT '',
        field         TEXT NOT NULL DEFAULT '',
        role          TEXT NOT NULL CHECK (role IN ('leader', 'member')),
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX panel_member_assessment ON panel_member (assessment_id);

      CREATE TABLE expert_rating (
        assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        member_id      TEXT NOT NULL REFERENCES panel_member (id) ON DELETE CASCADE,
        round          INTEGER NOT NULL CHECK (round IN (1, 2)),
        determinant_id TEXT NOT NULL,
        phase          TEXT NOT NULL,
        data           TEXT NOT NULL CHECK (json_valid(data)),
        source         TEXT NOT NULL CHECK (source IN ('direct', 'package')),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (member_id, round, determinant_id, phase)
      ) STRICT;
      CREATE INDEX expert_rating_assessment ON expert_rating (assessment_id);

      CREATE TABLE panel_state (
        assessment_id TEXT PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
        round         INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),
        opinion       TEXT NOT NULL DEFAULT '',
        finals        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(finals)),
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE imported_package (
        package_id    TEXT PRIMARY KEY,
        sha256        TEXT NOT NULL UNIQUE,
        assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        member_id     TEXT NOT NULL,
        imported_at   TEXT NOT NULL
      ) STRICT;

      -- An expert's own copy of a review package, scored on their machine.
      CREATE TABLE review_task (
        package_id  TEXT PRIMARY KEY,
        request     TEXT NOT NULL CHECK (json_valid(request)),
        ratings     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ratings)),
        opened_at   TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE signed_version (
        assessment_id TEXT NOT NULL,
        version       INTEGER NOT NULL,
        snapshot      TEXT NOT NULL CHECK (json_valid(snapshot)),
        fingerprint   TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
        signed_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, version)
      ) STRICT;

      CREATE TABLE recommendation_feedback (
        assessment_id     TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        version           INTEGER NOT NULL,
        recommendation_id TEXT NOT NULL,
        adoption          TEXT NOT NULL CHECK (adoption IN ('adopted', 'partly', 'not-adopted')),
        reason            TEXT NOT NULL DEFAULT '',
        updated_at        TEXT NOT NULL,
        PRIMARY KEY (assessment_id, version, recommendation_id)
      ) STRICT;

      CREATE TABLE audit_log (
        seq           INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        actor         TEXT NOT NULL,
        assessment_id TEXT,
        action        TEXT NOT NULL,
        detail        TEXT NOT NULL CHECK (json_valid(detail)),
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_assessment ON audit_log (assessment_id, seq);
      -- The chain's head, kept apart, so removing the newest entries is detected too.
      CREATE TABLE audit_head (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        seq  INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      -- Signed versions never change.
      CREATE TRIGGER signed_version_immutable_update BEFORE UPDATE ON signed_version
      BEGIN SELECT RAISE(ABORT, 'signed versions are immutable'); END;
      CREATE TRIGGER signed_version_immutable_delete BEFORE DELETE ON signed_version
      BEGIN SELECT RAISE(ABORT, 'signed versions are immutable'); END;

      -- A signed assessment is locked; only reopening as the next version is allowed.
      CREATE TRIGGER assessment_locked_update BEFORE UPDATE ON assessment
      WHEN old.status = 'signed' AND NOT (new.status = 'active' AND new.version = old.version + 1
        AND new.title = old.title AND new.kind = old.kind AND new.department = old.department
        AND new.contact = old.contact AND new.draft_text = old.draft_text)
      BEGIN SELECT RAISE(ABORT, 'assessment is signed and locked'); END;
      CREATE TRIGGER assessment_locked_delete BEFORE DELETE ON assessment WHEN old.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'assessment is signed and locked'); END;
    `);
    // The same lock on every table that holds an assessment's content.
    for (const table of ['assessment_stage', 'panel_member', 'expert_rating', 'panel_state']) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        const row = op === 'DELETE' ? 'old' : 'new';
        db.exec(`
          CREATE TRIGGER ${table}_locked_${op.toLowerCase()} BEFORE ${op} ON ${table}
          WHEN (SELECT status FROM assessment WHERE id = ${row}.assessment_id) = 'signed'
          BEGIN SELECT RAISE(ABORT, 'assessment is signed and locked'); END;
        `);
      }
    }
    // The audit log is append-only.
    db.exec(`
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
