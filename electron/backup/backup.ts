/**
 * Backups of the app database and restoring one of them.
 *
 * Backups use `VACUUM INTO`, which writes a consistent snapshot of the database as of one read
 * transaction, even in WAL mode and while the app keeps working: no file copy of hia.db plus
 * hia.db-wal can promise that. The copy is written as `.partial`, flushed and renamed, so a
 * crash mid-backup never leaves a half file that looks like a backup.
 *
 * Restoring replaces the database file, so the core must be closed first and started again
 * afterwards (the app restarts its core thread; see restore-host.ts). Order of a restore:
 * validate a private copy of the chosen file → make sure no other program has the database
 * open → take a 'pre-restore' backup of the current database → put the copy in place with an
 * atomic rename. If anything fails before the rename, the current database is untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { DEFAULT_KEEP, fsyncPath, newBackupPath, pruneBackups, type BackupReason } from './backup-files';
import { validateBackup, type BackupValidation } from './validate-backup';

export { BACKUP_REASONS, DEFAULT_KEEP, listBackups, type BackupEntry, type BackupReason } from './backup-files';
export { validateBackup, type BackupValidation } from './validate-backup';

export interface BackupOptions {
  reason: BackupReason;
  /** Backups of this reason to keep (newest first); defaults per reason (DEFAULT_KEEP). */
  keep?: number;
  now?: () => Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  at: string;
  reason: BackupReason;
}

/** The backups folder beside a database: `<dataDir>/backups`. */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** Writes a consistent copy of `db` into `dir` and prunes old backups of the same reason. */
export function backupDatabase(db: Database.Database, dir: string, options: BackupOptions): BackupResult {
  const at = (options.now ?? (() => new Date()))();
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw backupFailed(err);
  }
  const { file, bytes } = snapshotTo(db, newBackupPath(dir, options.reason, at));
  pruneBackups(dir, options.reason, options.keep ?? DEFAULT_KEEP[options.reason]);
  return { file, bytes, at: at.toISOString(), reason: options.reason };
}

/**
 * VACUUM INTO `file` (which must not exist) through a `.partial` name, flushed, then renamed:
 * the file either is a whole snapshot or does not exist. Used for `hia backup --out` too.
 */
export function snapshotTo(db: Database.Database, file: string): { file: string; bytes: number } {
  if (db.inTransaction) throw new Error('a snapshot cannot be taken inside a transaction (VACUUM INTO refuses)');
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    throw new AppError('CONFLICT', `文件已存在，不会覆盖：${target} / The file already exists and is not overwritten: ${target}`);
  }
  const partial = `${target}.partial`;
  try {
    fs.rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncPath(partial);
    fs.renameSync(partial, target);
    fsyncPath(path.dirname(target));
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw backupFailed(err);
  }
  return { file: target, bytes: fs.statSync(target).size };
}

function backupFailed(err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', `备份失败（请检查磁盘空间和文件夹权限） / Backup failed (check disk space and folder permissions): ${detail}`);
}

export interface RestoreOptions {
  /** Where the pre-restore copy goes; default `<dataDir>/backups`. */
  backupDir?: string;
  nativeBinding?: string;
  now?: () => Date;
}

export interface RestoreResult {
  restoredFrom: string;
  validation: BackupValidation;
  /** The copy of the database as it was just before the restore (null if there was none). */
  preRestore: BackupResult | null;
}

const splitMessage = (m: string) => {
  const i = m.indexOf(' / ');
  return i < 0 ? [m, m] : [m.slice(0, i), m.slice(i + 3)];
};

/** One BAD_FILE error naming every reason, Chinese first, as every refusal in the app. */
export function refusal(validation: BackupValidation): AppError {
  const zh = validation.problems.map((p) => splitMessage(p)[0]).join('；');
  const en = validation.problems.map((p) => splitMessage(p)[1]).join('; ');
  return new AppError('BAD_FILE', `不能用该文件恢复：${zh} / Cannot restore from this file: ${en}`, { problems: validation.problems });
}

/**
 * Replaces the database at `currentDbPath` with `backupFile`. The caller must have closed its
 * own connection; if any other program still has the database open, the restore is refused
 * (LOCKED) rather than pulling the file from under it.
 */
export function restoreDatabase(currentDbPath: string, backupFile: string, options: RestoreOptions = {}): RestoreResult {
  const current = path.resolve(currentDbPath);
  const source = path.resolve(backupFile);
  if (current === source) {
    throw new AppError('BAD_FILE', '不能用数据库自身恢复 / Cannot restore the database from itself');
  }
  // Cheap refusals (missing file, pending -wal) before anything is copied.
  const wal = `${source}-wal`;
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile() || (fs.existsSync(wal) && fs.statSync(wal).size > 0)) {
    throw refusal(validateBackup(source, options));
  }

  // Validate exactly the bytes that will be installed: a private copy beside the database (same
  // file system, so the final rename is atomic), not the user's file, which could change after.
  const temp = path.join(path.dirname(current), `.${path.basename(current)}.restore-${process.pid}-${Date.now()}.tmp`);
  fs.mkdirSync(path.dirname(current), { recursive: true });
  try {
    fs.copyFileSync(source, temp);
    fsyncPath(temp);
    const validation = { ...validateBackup(temp, options), file: source };
    if (!validation.ok) throw refusal(validation);

    const preRestore = fs.existsSync(current) ? backupBeforeRestore(current, options) : null;
    // The old -wal must not survive: SQLite would replay its frames onto the new file.
    for (const ext of ['-wal', '-shm', '-journal']) fs.rmSync(`${current}${ext}`, { force: true });
    fs.renameSync(temp, current);
    fsyncPath(path.dirname(current));
    return { restoredFrom: source, validation, preRestore };
  } finally {
    for (const ext of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temp}${ext}`, { force: true });
  }
}

/**
 * Copies the live database aside before it is replaced. Taking SQLite's exclusive lock first
 * proves no other connection is open (an idle one holds a shared lock on its -shm), so the app
 * cannot be running on this file. A database too damaged to vacuum (a common reason to
 * restore) is copied as raw files instead, -wal included, so nothing is lost either way.
 */
function backupBeforeRestore(current: string, options: RestoreOptions): BackupResult {
  const dir = options.backupDir ?? backupDirFor(current);
  let live: Database.Database | null = null;
  try {
    live = new Database(current, { fileMustExist: true, nativeBinding: options.nativeBinding });
    live.pragma('busy_timeout = 1000');
    live.pragma('locking_mode = EXCLUSIVE');
    try {
      live.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new AppError(
          'LOCKED',
          '数据库正被其他程序使用（例如正在运行的工作台或浏览器模式），请先关闭后再恢复 / The database is in use by another program (such as the running app or browser mode); close it, then restore',
        );
      }
      throw err;
    }
    return backupDatabase(live, dir, { reason: 'pre-restore', now: options.now });
  } catch (err) {
    if (err instanceof AppError && err.code === 'LOCKED') throw err;
    live?.close();
    live = null;
    return rawCopy(current, dir, options.now?.() ?? new Date());
  } finally {
    live?.close();
  }
}

function rawCopy(current: string, dir: string, at: Date): BackupResult {
  fs.mkdirSync(dir, { recursive: true });
  const file = newBackupPath(dir, 'pre-restore', at);
  fs.copyFileSync(current, file);
  if (fs.existsSync(`${current}-wal`)) fs.copyFileSync(`${current}-wal`, `${file}-wal`);
  fsyncPath(file);
  fsyncPath(dir);
  return { file, bytes: fs.statSync(file).size, at: at.toISOString(), reason: 'pre-restore' };
}
