import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, validateBackup } from '../../../electron/backup/backup';
import { openDatabase } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { useTempDir } from '../../support/temp-dir';
import { bilingual, copyDb, tamper, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();

/** A fresh backup of the template: the kind of file a restore normally gets. */
function goodBackup(): string {
  const { db } = openDatabase(copyDb(template(), tempDir()));
  const { file } = backupDatabase(db, tempDir(), { reason: 'manual' });
  db.close();
  return file;
}

function expectRefused(file: string, pattern: RegExp) {
  const v = validateBackup(file);
  expect(v.ok, v.problems.join('\n')).toBe(false);
  expect(v.problems.join('\n')).toMatch(pattern);
  for (const p of v.problems) expect(bilingual(p), p).toBe(true);
  return v;
}

describe('validateBackup', () => {
  it('accepts a backup and reports what is in it', () => {
    const file = goodBackup();
    const before = fs.readFileSync(file);
    expect(validateBackup(file)).toEqual({
      ok: true,
      file,
      bytes: before.length,
      schemaVersion: migrations.length,
      supportedVersion: migrations.length,
      assessments: 2,
      auditEntries: 2,
      problems: [],
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('checks a WAL-mode database through a copy, leaving nothing beside the user file', () => {
    const file = copyDb(template(), tempDir(), 'live-copy.db');
    expect(validateBackup(file)).toMatchObject({ ok: true, assessments: 2 });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['live-copy.db']);
  });

  it('refuses files that are not SQLite databases, or are cut short', () => {
    const dir = tempDir();
    const write = (name: string, bytes: Buffer | string) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    expectRefused(path.join(dir, 'missing.db'), /找不到该文件 \/ The file does not exist/);
    expectRefused(dir, /不是一个文件/);
    expectRefused(write('empty.db', ''), /不是 SQLite/);
    expectRefused(write('report.db', fs.readFileSync('tests/fixtures/documents/draft.docx')), /not an SQLite file/);
    const good = fs.readFileSync(goodBackup());
    expectRefused(write('half.db', good.subarray(0, Math.floor(good.length / 2))), /完整性检查未通过|damaged or incomplete/);
    const damaged = Buffer.from(good);
    damaged.fill(0xa5, 4096 * 3, 4096 * 6); // three pages of garbage in the middle
    expectRefused(write('damaged.db', damaged), /Integrity check failed|damaged or incomplete/);
  });

  it('refuses a database that is not ours: empty, newer, or with a different schema', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.db');
    const other = new Database(empty); // someone else's SQLite file
    other.exec('CREATE TABLE t (x)');
    other.close();
    expectRefused(empty, /没有版本号.*no schema version/);

    const newer = goodBackup();
    tamper(newer, `PRAGMA user_version = ${migrations.length + 1}`);
    expectRefused(newer, /newer than this app supports/);

    const dropped = goodBackup();
    tamper(dropped, 'DROP TABLE recommendation_feedback');
    expectRefused(dropped, /缺少数据库对象.*table recommendation_feedback/);

    const extra = goodBackup();
    tamper(extra, "CREATE TRIGGER sneaky AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE seq < new.seq; END");
    expectRefused(extra, /Unexpected database objects: trigger sneaky/);
  });

  it('refuses a database whose sign-off lock or audit triggers were removed or altered', () => {
    const unlocked = goodBackup();
    tamper(unlocked, 'DROP TRIGGER assessment_locked_update');
    expectRefused(unlocked, /trigger assessment_locked_update/);

    const altered = goodBackup();
    tamper(
      altered,
      `DROP TRIGGER signed_version_immutable_delete;
       CREATE TRIGGER signed_version_immutable_delete BEFORE DELETE ON signed_version BEGIN SELECT 1; END;`,
    );
    expectRefused(altered, /触发器 signed_version_immutable_delete 被修改 \/ Trigger signed_version_immutable_delete was altered/);
  });

  it('refuses broken references and a tampered audit trail', () => {
    const orphan = goodBackup();
    tamper(
      orphan,
      `PRAGMA foreign_keys = OFF;
       INSERT INTO assessment_stage (assessment_id, stage, data, updated_at) VALUES ('no-such-assessment', 'screening', '{}', '2026-01-01T00:00:00.000Z');`,
    );
    expectRefused(orphan, /引用了不存在的记录.*assessment_stage→assessment/);

    // Edit an audit entry the way an attacker would: drop the guard, edit, put the guard back.
    const edited = goodBackup();
    const db = new Database(edited);
    const guards = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string; sql: string }[];
    for (const g of guards) db.exec(`DROP TRIGGER ${g.name}`);
    db.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1").run();
    for (const g of guards) db.exec(g.sql);
    db.close();
    expect(guards.length).toBeGreaterThan(0);
    expectRefused(edited, /审计日志的哈希链断开（第 1 条） \/ The audit trail's hash chain is broken \(entry 1\)/);
  });

  it('refuses a database with a pending -wal beside it (in use, or not closed cleanly)', () => {
    const file = goodBackup();
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(1024, 1));
    expectRefused(file, /-wal/);
  });

  it('accepts a backup made by an older version of the schema (it is migrated when opened)', () => {
    const file = path.join(tempDir(), 'v3.db');
    const db = new Database(file);
    migrate(db, migrations.slice(0, 3));
    db.close();
    expect(validateBackup(file)).toMatchObject({ ok: true, schemaVersion: 3, assessments: 0, auditEntries: null });
  });
});
