import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupDirFor, listBackups, snapshotTo, validateBackup } from '../../../electron/backup/backup';
import { newBackupPath, parseBackupName, pruneBackups } from '../../../electron/backup/backup-files';
import { openDatabase } from '../../../electron/db/connection';
import { migrations } from '../../../electron/db/migrations';
import { useTempDir } from '../../support/temp-dir';
import { TITLES, copyDb, titles, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();

/** A clock that moves one minute per call, so backup names and order are predictable. */
function steppingClock(start = Date.parse('2026-03-01T08:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('backupDatabase', () => {
  it('writes a consistent, valid copy named by time and reason into <dataDir>/backups', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = backupDirFor(dbPath);
    const result = backupDatabase(db, dir, { reason: 'manual', now: () => new Date('2026-03-01T08:00:00.123Z') });
    db.close();
    expect(dir).toBe(path.join(path.dirname(dbPath), 'backups'));
    expect(path.basename(result.file)).toBe('hia-2026-03-01T08-00-00-123Z-manual.db');
    expect(result).toMatchObject({ reason: 'manual', at: '2026-03-01T08:00:00.123Z', bytes: fs.statSync(result.file).size });
    expect(titles(result.file)).toEqual(TITLES);
    expect(validateBackup(result.file)).toMatchObject({ ok: true, schemaVersion: migrations.length, assessments: 2, problems: [] });
    expect(fs.readdirSync(dir)).toEqual([path.basename(result.file)]); // no .partial left behind
  });

  it('copies only committed data while another connection is in the middle of a write', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const writer = new Database(dbPath);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("UPDATE assessment SET contact = 'uncommitted'").run();
    const result = backupDatabase(db, tempDir(), { reason: 'manual' });
    writer.exec('ROLLBACK');
    writer.close();
    db.close();
    const copy = new Database(result.file, { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM assessment WHERE contact = 'uncommitted'").pluck().get()).toBe(0);
    // The copy is a plain rollback-journal file: it can be opened read-only without -wal/-shm.
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('keeps the newest N of each reason and leaves the other reasons alone', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = tempDir();
    const now = steppingClock();
    const manual = backupDatabase(db, dir, { reason: 'manual', now });
    const scheduled = Array.from({ length: 5 }, () => backupDatabase(db, dir, { reason: 'scheduled', keep: 3, now }));
    db.close();
    const listed = listBackups(dir);
    expect(listed.map((b) => b.file)).toEqual([scheduled[4]!.file, scheduled[3]!.file, scheduled[2]!.file, manual.file]);
    expect(listed.every((b) => b.bytes > 0)).toBe(true);
  });

  it('defaults to 10 scheduled and 20 manual backups', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = tempDir();
    const now = steppingClock();
    for (let i = 0; i < 12; i++) backupDatabase(db, dir, { reason: 'scheduled', now });
    for (let i = 0; i < 21; i++) backupDatabase(db, dir, { reason: 'manual', now });
    db.close();
    const count = (reason: string) => listBackups(dir).filter((b) => b.reason === reason).length;
    expect(count('scheduled')).toBe(10);
    expect(count('manual')).toBe(20);
  });

  it('gives two backups in the same millisecond different names', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = tempDir();
    const at = () => new Date('2026-03-01T08:00:00.000Z');
    const a = backupDatabase(db, dir, { reason: 'manual', now: at });
    const b = backupDatabase(db, dir, { reason: 'manual', now: at });
    db.close();
    expect(a.file).not.toBe(b.file);
    expect(parseBackupName(path.basename(b.file))).toMatchObject({ reason: 'manual', ours: true });
    expect(listBackups(dir)).toHaveLength(2);
  });

  it('refuses to run inside a transaction and to overwrite a file', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = tempDir();
    expect(() => db.transaction(() => backupDatabase(db, dir, { reason: 'manual' }))()).toThrow(/transaction/);
    const out = path.join(dir, 'mine.db');
    fs.writeFileSync(out, 'keep me');
    expect(() => snapshotTo(db, out)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    db.close();
  });

  it('reports a failed backup as a bilingual error and leaves no partial file', () => {
    const dbPath = copyDb(template(), tempDir());
    const { db } = openDatabase(dbPath);
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const failed = expect.objectContaining({ code: 'INTERNAL', message: expect.stringMatching(/^备份失败.* \/ Backup failed/) });
    expect(() => backupDatabase(db, blocker, { reason: 'manual' })).toThrow(failed);
    // A missing parent of an explicit target: VACUUM INTO fails inside SQLite.
    expect(() => snapshotTo(db, path.join(dir, 'missing', 'x.db'))).toThrow(failed);
    expect(fs.readdirSync(dir)).toEqual(['not-a-folder']);
    db.close();
  });
});

describe('listBackups and pruning', () => {
  it('lists the copies migrate.ts made as pre-migrate, never prunes them, and ignores other files', () => {
    const dir = tempDir();
    const legacy = 'hia-v3-before-migrate-2026-01-01T00-00-00-000Z.db';
    for (const name of [legacy, 'notes.txt', 'hia-2026-01-02T00-00-00-000Z-manual.db.partial', 'hia-garbage-manual.db']) {
      fs.writeFileSync(path.join(dir, name), 'x');
    }
    expect(listBackups(dir)).toEqual([expect.objectContaining({ name: legacy, reason: 'pre-migrate', at: '2026-01-01T00:00:00.000Z' })]);
    pruneBackups(dir, 'pre-migrate', 1);
    expect(fs.existsSync(path.join(dir, legacy))).toBe(true);
    expect(listBackups(path.join(dir, 'nope'))).toEqual([]);
    expect(() => pruneBackups(dir, 'manual', 0)).toThrow(RangeError);
  });

  it('removes stale .partial files of interrupted backups but not fresh ones', () => {
    const dir = tempDir();
    const stale = `${newBackupPath(dir, 'manual', new Date('2026-01-01T00:00:00Z'))}.partial`;
    const fresh = `${newBackupPath(dir, 'manual', new Date('2026-01-02T00:00:00Z'))}.partial`;
    fs.writeFileSync(stale, 'x');
    fs.writeFileSync(fresh, 'x');
    const old = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(stale, old, old);
    expect(pruneBackups(dir, 'manual', 5)).toEqual([stale]);
    expect(fs.existsSync(fresh)).toBe(true);
  });
});
