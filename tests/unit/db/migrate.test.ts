import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { migrate, type MigrateResult } from '../../../electron/db/migrate';
import { migrations, type Migration } from '../../../electron/db/migrations';
import { AppError } from '../../../shared/errors';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/**
 * Rows a user could have saved at each schema version. Upgrading from that version must keep
 * them. Add an entry here with every new migration.
 */
const savedAtVersion: Record<number, (db: Database.Database) => void> = {
  1: (db) =>
    db
      .prepare(
        `INSERT INTO assessment (id, title, kind, department, contact, draft_text, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', '旧版本的评价', 'plan', '市规划局', '', '草案', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
      )
      .run(),
  2: (db) => {
    db.prepare(
      `INSERT INTO evidence_document (id, title, origin, file_name, format, sha256, line_count, parser, source_text, added_at)
       VALUES ('doc1', '旧文档', 'import', 'a.txt', 'txt', 'abc', 1, 'v1', '控烟', '2024-01-01T00:00:00.000Z')`,
    ).run();
    db.prepare(
      `INSERT INTO evidence_passage (id, document_id, ordinal, kind, heading_path, line_start, line_end, text)
       VALUES (1, 'doc1', 0, 'paragraph', '[]', 1, 1, '控烟')`,
    ).run();
    db.prepare(`INSERT INTO evidence_fts (rowid, tokens) VALUES (1, '控烟')`).run();
  },
  4: (db) => {
    db.prepare(
      `INSERT INTO panel_member (id, assessment_id, name, role, created_at)
       VALUES ('m1', '00000000-0000-4000-8000-000000000001', '张教授', 'leader', '2024-01-03T00:00:00.000Z')`,
    ).run();
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO register_item (id, title, category, department, year, status, exempt_reason, assessment_id, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-0000000000aa', '旧台账条目', 'plan', '市规划局', 2025, 'exempt', '涉密', '00000000-0000-4000-8000-000000000001', '2024-01-04T00:00:00.000Z', '2024-01-04T00:00:00.000Z')`,
    ).run();
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO assessment_stage (assessment_id, stage, data, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'conclusion', '{"judgement":null,"reasons":"旧"}', '2024-01-02T00:00:00.000Z')`,
    ).run();
  },
};

function databaseAt(version: number): string {
  const file = path.join(tempDir(), 'hia.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.slice(0, version)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
    savedAtVersion[m.version]?.(db);
  }
  db.close();
  return file;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps, and every version has upgrade data to check', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    for (const m of migrations) expect(savedAtVersion[m.version], `savedAtVersion[${m.version}]`).toBeTypeOf('function');
  });

  it('build the newest schema on an empty database with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'hia.db');
    const { db, migration } = openDatabase(file);
    expect(migration).toEqual({ from: 0, to: migrations.length, backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  for (let version = 1; version < migrations.length + 1; version++) {
    it(`upgrade a database from version ${version} keeping its data, with a backup first`, () => {
      const file = databaseAt(version);
      const { db, migration } = openDatabase(file);
      expect(migration.from).toBe(version);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.prepare('SELECT title FROM assessment').pluck().all()).toEqual(['旧版本的评价']);
      if (version >= 4) expect(db.prepare('SELECT name FROM panel_member').pluck().get()).toBe('张教授');
      if (version >= 5) expect(db.prepare('SELECT exempt_reason FROM register_item').pluck().get()).toBe('涉密');
      expect(db.prepare('SELECT number, version FROM assessment').get()).toEqual({ number: 'HIA-2024-001', version: 1 });
      if (version >= 3) {
        expect(db.prepare('SELECT stage, status FROM assessment').get()).toEqual({ stage: 'registration', status: 'active' });
        expect(db.prepare('SELECT data FROM assessment_stage').pluck().get()).toContain('旧');
      }
      if (version >= 2) {
        expect(db.prepare(`SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH '"控烟"'`).pluck().all()).toEqual([1]);
      }
      db.close();
      if (version < migrations.length) {
        expect(migration.backupPath).not.toBeNull();
        const backup = new Database(migration.backupPath!, { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(version);
        backup.close();
      } else {
        expect(migration.backupPath).toBeNull();
      }
    });
  }

  it('refuse a database written by a newer app and leave it untouched', () => {
    const file = databaseAt(migrations.length);
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/数据库版本/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('roll back every step when one step fails, so the version and data stay as they were', () => {
    const file = databaseAt(1);
    const db = new Database(file);
    const broken: Migration[] = [
      ...migrations.slice(0, 1),
      { version: 2, name: 'adds a table', up: (d) => d.exec('CREATE TABLE added (x INTEGER)') },
      { version: 3, name: 'fails', up: () => { throw new Error('boom'); } },
    ];
    let result: MigrateResult | undefined;
    expect(() => (result = migrate(db, broken, { backupDir: tempDir() }))).toThrow('boom');
    expect(result).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'added'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM assessment').pluck().get()).toBe(1);
    db.close();
  });

  it('reject a migration list with a gap', () => {
    const db = new Database(':memory:');
    const gap: Migration[] = [{ version: 2, name: 'gap', up: () => {} }];
    expect(() => migrate(db, gap)).toThrow(/expected 1/);
    db.close();
  });
});
