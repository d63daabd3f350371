import type { Migration } from './types';

/**
 * The HIA register (台账), coverage settings, and follow-up values of monitoring indicators.
 * - register_item records every drafted policy, plan or project, assessed or not. Its status is
 *   the recorded one; while assessment_id is set, the linked assessment decides the status shown
 *   (shared/register/register.ts effectiveStatus). Deleting an assessment unlinks, never deletes.
 * - app_setting holds small JSON settings (the coverage targets and counting rule).
 * - indicator_observation holds values recorded after sign-off. They are not part of the signed
 *   snapshot (they come later), so the sign-off lock does not cover them; changes are audited.
 * - An assessment with signed versions can no longer be deleted (a trigger, like the sign-off lock).
 * - review_task.comment keeps an expert's overall comment with their scores (it used to live
 *   only in the browser's storage until the response was exported).
 */
export const registerMonitoring: Migration = {
  version: 5,
  name: 'register-monitoring',
  up(db) {
    db.exec(`
      CREATE TABLE register_item (
        id            TEXT PRIMARY KEY,
        title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        category      TEXT NOT NULL CHECK (category IN ('normative', 'major-policy', 'plan', 'major-project', 'other')),
        department    TEXT NOT NULL CHECK (length(department) BETWEEN 1 AND 100),
        year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status        TEXT NOT NULL CHECK (status IN ('not-assessed', 'in-progress', 'signed', 'exempt')),
        exempt_reason TEXT NOT NULL DEFAULT '',
        note          TEXT NOT NULL DEFAULT '',
        assessment_id TEXT UNIQUE REFERENCES assessment (id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        CHECK (status <> 'exempt' OR length(trim(exempt_reason)) > 0)
      ) STRICT;
      CREATE INDEX register_item_year ON register_item (year, category, department);

      CREATE TABLE app_setting (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE indicator_observation (
        id            TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        indicator_id  TEXT NOT NULL,
        observed_on   TEXT NOT NULL CHECK (observed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        value         TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
        note          TEXT NOT NULL DEFAULT '',
        recorded_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX indicator_observation_assessment ON indicator_observation (assessment_id, indicator_id, observed_on);

      ALTER TABLE review_task ADD COLUMN comment TEXT NOT NULL DEFAULT '';

      -- An assessment signed at least once keeps its history: deleting it (even while a later
      -- version is being revised) would orphan its signed versions and unlink its register item.
      CREATE TRIGGER assessment_signed_history_delete BEFORE DELETE ON assessment
      WHEN EXISTS (SELECT 1 FROM signed_version WHERE assessment_id = old.id)
      BEGIN SELECT RAISE(ABORT, 'an assessment with signed versions cannot be deleted'); END;
    `);
  },
};
