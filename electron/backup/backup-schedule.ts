/**
 * Scheduled backups for the long-running hosts (the desktop app and `hia web`), not the CLI.
 * A timer checks shortly after start and then hourly whether the newest scheduled backup is older than the
 * interval. Checking often but backing up rarely means a laptop that sleeps through the planned
 * moment still gets its daily copy soon after it wakes, and a restart does not add an extra one.
 * The timer is unref'd: it never keeps a process alive on its own.
 */
import type Database from 'better-sqlite3';
import { backupDatabase, listBackups, type BackupResult } from './backup';

export interface BackupScheduleOptions {
  /** Minimum age of the newest scheduled backup before another is taken. Default 24 h. */
  intervalMs?: number;
  /** Scheduled backups to keep. Default 10. */
  keep?: number;
  /** How often to check. Default 1 h. */
  checkEveryMs?: number;
  /**
   * Delay of the first check after start. Default 30 s: a VACUUM of a large database blocks the
   * core's thread for a moment, and the first screen the user opens should not wait for it.
   */
  firstCheckMs?: number;
  now?: () => Date;
  onBackup?: (result: BackupResult) => void;
  /** A failed backup (disk full…) is reported, never thrown into the host. Default console.error. */
  onError?: (err: unknown) => void;
}

export interface BackupSchedule {
  /** Runs one check now; returns the backup taken, if any. */
  check(): BackupResult | null;
  stop(): void;
}

const HOUR = 60 * 60 * 1000;

/** `getDb` returns null while the database is closed (e.g. during a restore): the check skips. */
export function startBackupSchedule(
  getDb: () => Database.Database | null,
  dir: string,
  options: BackupScheduleOptions = {},
): BackupSchedule {
  const intervalMs = options.intervalMs ?? 24 * HOUR;
  const clock = options.now ?? (() => new Date());
  const onError = options.onError ?? ((err: unknown) => console.error('定时备份失败 / Scheduled backup failed:', err));
  let stopped = false;

  const check = (): BackupResult | null => {
    if (stopped) return null;
    try {
      const db = getDb();
      if (!db || !db.open || db.inTransaction) return null;
      const now = clock().getTime();
      // Ignore backups stamped in the future (the clock was turned back): otherwise they would
      // hold off every new backup until the clock caught up.
      const newest = listBackups(dir).find((b) => b.reason === 'scheduled' && Date.parse(b.at) <= now + 60_000);
      if (newest && now - Date.parse(newest.at) < intervalMs) return null;
      const result = backupDatabase(db, dir, { reason: 'scheduled', keep: options.keep, now: clock });
      options.onBackup?.(result);
      return result;
    } catch (err) {
      onError(err);
      return null;
    }
  };

  const first = setTimeout(check, options.firstCheckMs ?? 30_000);
  const timer = setInterval(check, options.checkEveryMs ?? HOUR);
  first.unref();
  timer.unref();
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
