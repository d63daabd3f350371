/**
 * Contract handlers for backups, to spread into createCore's handler table:
 * 'backup/create', 'backup/list', 'backup/validate', and 'backup/restore', which the core
 * cannot serve itself (it would have to close its own database mid-call): the host answers it
 * (restore-host.ts), and the core's entry only says so if a call reaches it anyway.
 *
 * Paths from the renderer are never opened blindly: validate and restore accept only a backup
 * in the backups folder, by its name (or its full path there). Restoring a file from elsewhere
 * goes through the shell's native file dialog, whose path the renderer never supplies.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { backupDatabase, listBackups, validateBackup, type BackupEntry, type BackupResult, type BackupValidation } from './backup';
import { parseBackupName } from './backup-files';

export interface BackupHandlerDeps {
  db: () => Database.Database;
  backupDir: string;
  nativeBinding?: string;
  now?: () => Date;
}

/** The backup named by the renderer, as a path inside the backups folder; refuses anything else. */
export function resolveBackupName(backupDir: string, file: string): string {
  const dir = path.resolve(backupDir);
  const resolved = path.resolve(dir, file);
  const name = path.basename(resolved);
  if (path.dirname(resolved) !== dir || parseBackupName(name) === null) {
    throw new AppError(
      'BAD_FILE',
      `只能选择备份文件夹中的备份（${name}） / Only a backup from the backups folder can be chosen (${name})`,
    );
  }
  return resolved;
}

export function backupHandlers(deps: BackupHandlerDeps) {
  return {
    'backup/create': (): BackupResult => backupDatabase(deps.db(), deps.backupDir, { reason: 'manual', now: deps.now }),
    'backup/list': (): BackupEntry[] => listBackups(deps.backupDir),
    'backup/validate': ({ file }: { file: string }): BackupValidation =>
      validateBackup(resolveBackupName(deps.backupDir, file), { nativeBinding: deps.nativeBinding }),
    'backup/restore': (): never => {
      throw new AppError('INTERNAL', '恢复须由应用外壳执行 / Restore is carried out by the app host, not the core');
    },
  };
}
