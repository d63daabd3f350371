import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupDirFor, listBackups, restoreDatabase } from '../../../electron/backup/backup';
import { createCore } from '../../../electron/core';
import { openDatabase } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { useTempDir } from '../../support/temp-dir';
import { TITLES, bilingual, copyDb, tamper, titles, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();

/** A live database (template copy) and a backup of it taken before `change` ran on the live one. */
function liveWithBackup(change: string) {
  const dbPath = copyDb(template(), tempDir());
  const { db } = openDatabase(dbPath);
  const backup = backupDatabase(db, backupDirFor(dbPath), { reason: 'manual' });
  db.exec(change);
  db.close();
  return { dbPath, backup: backup.file };
}

const bytesOf = (file: string) => fs.readFileSync(file);

describe('restoreDatabase', () => {
  it('puts the backup in place and keeps a pre-restore copy of what was there', () => {
    const { dbPath, backup } = liveWithBackup("UPDATE assessment SET title = 'changed after the backup'");
    expect(titles(dbPath)).toEqual(['changed after the backup', 'changed after the backup']);
    const r = restoreDatabase(dbPath, backup);
    expect(titles(dbPath)).toEqual(TITLES);
    expect(r).toMatchObject({ restoredFrom: backup, validation: { ok: true, file: backup }, preRestore: { reason: 'pre-restore' } });
    expect(titles(r.preRestore!.file)).toEqual(['changed after the backup', 'changed after the backup']);
    expect(listBackups(backupDirFor(dbPath)).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
    // No temporary or stale sidecar files beside the database.
    expect(fs.readdirSync(path.dirname(dbPath)).sort()).toEqual(['backups', 'hia.db']);
  });

  it('opens in the app after the restore, audit trail intact', async () => {
    const { dbPath, backup } = liveWithBackup("DELETE FROM assessment_stage");
    restoreDatabase(dbPath, backup);
    const core = await createCore({ dbPath, host: 'web' });
    try {
      expect(core.assessments.list().map((a) => a.title).sort()).toEqual([...TITLES].sort());
      expect(core.audit.verify()).toMatchObject({ ok: true, entries: 2 });
    } finally {
      core.close();
    }
  });

  it('refuses a bad file with a bilingual BAD_FILE error and changes nothing', () => {
    const dbPath = copyDb(template(), tempDir());
    const before = bytesOf(dbPath);
    const bad = path.join(tempDir(), 'bad.db');
    fs.writeFileSync(bad, 'SQLite format 3\0 but not really, just text pretending to be a database');
    for (const file of [bad, path.join(tempDir(), 'missing.db'), dbPath]) {
      let error: unknown;
      try {
        restoreDatabase(dbPath, file);
      } catch (err) {
        error = err;
      }
      expect(error, file).toMatchObject({ code: 'BAD_FILE' });
      expect(bilingual((error as Error).message), (error as Error).message).toBe(true);
    }
    expect(bytesOf(dbPath).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(dbPath))).toEqual(['hia.db']);
  });

  it('refuses while another program has the database open, changing nothing', () => {
    const { dbPath, backup } = liveWithBackup("UPDATE assessment SET contact = 'live'");
    const app = new Database(dbPath); // like the running app: an idle open connection
    app.prepare('SELECT count(*) FROM assessment').get();
    expect(() => restoreDatabase(dbPath, backup)).toThrow(expect.objectContaining({ code: 'LOCKED', message: expect.stringMatching(/正被其他程序使用.* \/ .*in use/) }));
    expect(app.prepare("SELECT count(*) FROM assessment WHERE contact = 'live'").pluck().get()).toBe(2);
    app.close();
    expect(listBackups(backupDirFor(dbPath)).map((b) => b.reason)).toEqual(['manual']);
  });

  it('removes a stale -wal so its frames cannot be replayed onto the restored file', () => {
    const { dbPath, backup } = liveWithBackup("UPDATE assessment SET contact = 'in the wal'");
    // Leave committed changes in a -wal, as a crash of the app would.
    const writer = new Database(dbPath);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE assessment SET department = 'only in the wal'").run();
    fs.copyFileSync(`${dbPath}-wal`, `${dbPath}.keep-wal`);
    writer.close();
    fs.copyFileSync(`${dbPath}.keep-wal`, `${dbPath}-wal`);
    fs.rmSync(`${dbPath}.keep-wal`);
    const r = restoreDatabase(dbPath, backup);
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT DISTINCT department FROM assessment').pluck().all()).toEqual(['卫健委']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // The pre-restore copy has the changes that were only in the -wal.
    const pre = new Database(r.preRestore!.file, { readonly: true });
    expect(pre.prepare('SELECT DISTINCT department FROM assessment').pluck().all()).toEqual(['only in the wal']);
    pre.close();
  });

  it('restores over a damaged database, keeping the damaged files as the pre-restore copy', () => {
    const { dbPath, backup } = liveWithBackup('SELECT 1');
    const damaged = Buffer.alloc(8192, 0x5a);
    fs.writeFileSync(dbPath, damaged);
    const r = restoreDatabase(dbPath, backup);
    expect(titles(dbPath)).toEqual(TITLES);
    expect(bytesOf(r.preRestore!.file).equals(damaged)).toBe(true);
  });

  it('restores into an empty data folder (nothing to keep)', () => {
    const { backup } = liveWithBackup('SELECT 1');
    const dbPath = path.join(tempDir(), 'new', 'hia.db');
    expect(restoreDatabase(dbPath, backup).preRestore).toBeNull();
    expect(titles(dbPath)).toEqual(TITLES);
  });

  it('restores an older-schema backup, which the app migrates on open (with its own copy first)', async () => {
    const old = path.join(tempDir(), 'v3.db');
    const db = new Database(old);
    migrate(db, migrations.slice(0, 3));
    db.prepare(
      "INSERT INTO assessment (id, title, kind, department, contact, draft_text, stage, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', '旧版评价', 'plan', '规划局', '', '', 'registration', 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    const dbPath = copyDb(template(), tempDir());
    restoreDatabase(dbPath, old);
    const core = await createCore({ dbPath, host: 'web' });
    try {
      expect(core.assessments.list().map((a) => [a.title, a.number])).toEqual([['旧版评价', 'HIA-2025-001']]);
    } finally {
      core.close();
    }
    expect(fs.readdirSync(backupDirFor(dbPath)).some((n) => n.includes('before-migrate') || n.endsWith('-pre-migrate.db'))).toBe(true);
  });
});

describe('restore refuses tampered backups before touching the database', () => {
  it('keeps the live database byte for byte when the backup lost its lock triggers', () => {
    const { dbPath, backup } = liveWithBackup('SELECT 1');
    tamper(backup, 'DROP TRIGGER assessment_locked_delete');
    const before = bytesOf(dbPath);
    expect(() => restoreDatabase(dbPath, backup)).toThrow(expect.objectContaining({ code: 'BAD_FILE', message: expect.stringContaining('assessment_locked_delete') }));
    expect(bytesOf(dbPath).equals(before)).toBe(true);
    expect(listBackups(backupDirFor(dbPath)).map((b) => b.reason)).toEqual(['manual']);
  });
});
