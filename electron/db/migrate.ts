import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { backupDatabase } from '../backup/backup';
import type { Migration } from './migrations/types';

export interface MigrateResult {
  from: number;
  to: number;
  /** Copy of the database taken before the first migration step, if any step ran. */
  backupPath: string | null;
}

/** Checks that migrations are numbered 1..n with no gap, so `user_version` means one thing. */
export function assertMigrationSequence(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

/**
 * Brings the schema to the newest version. A database written by a newer app is refused
 * rather than guessed at. A file-backed database is copied (VACUUM INTO, consistent even in
 * WAL mode) before anything changes, and all steps run in one transaction: either the
 * database reaches the new version or it stays exactly as it was.
 */
export function migrate(
  db: Database.Database,
  list: readonly Migration[],
  options: { backupDir?: string; now?: () => Date } = {},
): MigrateResult {
  assertMigrationSequence(list);
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = list.length;
  if (from > to) {
    throw new AppError(
      'DB_TOO_NEW',
      `数据库版本 ${from} 高于本程序支持的版本 ${to}，请升级程序。 / ` +
        `Database schema version ${from} is newer than this app supports (${to}); please update the app.`,
      { from, supported: to },
    );
  }
  if (from === to) return { from, to, backupPath: null };

  // The one backup mechanism (consistent VACUUM INTO copy, named and pruned like the others).
  const backupPath =
    from > 0 && db.name !== ':memory:' && db.name !== ''
      ? backupDatabase(db, options.backupDir ?? path.join(path.dirname(db.name), 'backups'), { reason: 'pre-migrate', now: options.now }).file
      : null;

  const run = db.transaction(() => {
    for (const m of list.slice(from)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run.immediate();
  return { from, to, backupPath };
}
