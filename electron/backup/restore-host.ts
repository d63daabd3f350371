/**
 * Restore from the UI. The core owns the database, so it cannot replace it during one of its
 * own calls: the host (Electron main, or `hia web`) wraps the core's dispatch with this one,
 * which answers 'backup/restore' itself:
 *   1. new calls wait; calls already running are allowed to finish;
 *   2. the core is closed (its worker exits, the database is closed);
 *   3. restoreDatabase: validate, pre-restore copy, atomic replace;
 *   4. the core is started again, whatever happened in 3; if the restored database cannot be
 *      opened, the pre-restore copy is put back and the core started on it.
 * Every other channel is forwarded unchanged. The renderer reloads itself after a successful
 * restore, since all its cached data describes the old database.
 */
import { z } from 'zod';
import type { Result } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Dispatch } from '../dispatcher';
import { restoreDatabase, type RestoreResult } from './backup';
import { resolveBackupName } from './backup-handlers';

export interface RestoreHostOptions {
  /** The current core's dispatch (it changes when the core is restarted). */
  dispatch: () => Dispatch;
  closeCore: () => Promise<void>;
  /** Starts a new core on dbPath and makes dispatch() return it. */
  startCore: () => Promise<void>;
  dbPath: string;
  backupDir: string;
  nativeBinding?: string;
}

const RestoreInput = z.strictObject({ file: z.string().min(1).max(1000) });

export interface RestoreSummary {
  restoredFrom: string;
  schemaVersion: number | null;
  assessments: number | null;
  preRestoreFile: string | null;
}

const failure = (err: unknown): Result<never> => ({
  ok: false,
  error:
    err instanceof AppError
      ? err.toPayload()
      : { code: 'INTERNAL', message: `恢复失败 / Restore failed: ${err instanceof Error ? err.message : String(err)}` },
});

export function restoringDispatch(options: RestoreHostOptions): Dispatch {
  const inFlight = new Set<Promise<unknown>>();
  let restoring: Promise<unknown> | null = null;

  const restore = async (file: string): Promise<RestoreSummary> => {
    await Promise.allSettled([...inFlight]);
    try {
      await options.closeCore();
    } catch {
      // Already gone (its worker died): nothing to close. If the database were somehow still
      // open, restoreDatabase would refuse with LOCKED rather than replace it.
    }
    let result: RestoreResult;
    try {
      result = restoreDatabase(options.dbPath, file, { backupDir: options.backupDir, nativeBinding: options.nativeBinding });
    } catch (err) {
      await options.startCore(); // refused or failed before the rename: the old database is intact
      throw err;
    }
    try {
      await options.startCore();
    } catch (err) {
      // The restored file validated but the core could not open it (e.g. a migration failed):
      // go back to the database as it was, so the app is never left without one.
      if (result.preRestore) restoreDatabase(options.dbPath, result.preRestore.file, { backupDir: options.backupDir, nativeBinding: options.nativeBinding });
      await options.startCore();
      throw err;
    }
    return {
      restoredFrom: result.restoredFrom,
      schemaVersion: result.validation.schemaVersion,
      assessments: result.validation.assessments,
      preRestoreFile: result.preRestore?.file ?? null,
    };
  };

  return async (channel, input) => {
    if (channel !== 'backup/restore') {
      while (restoring) await restoring.catch(() => undefined);
      const call = options.dispatch()(channel, input);
      inFlight.add(call);
      try {
        return await call;
      } finally {
        inFlight.delete(call);
      }
    }
    if (restoring) return failure(new AppError('CONFLICT', '正在恢复，请稍候 / A restore is already running'));
    const parsed = RestoreInput.safeParse(input ?? {});
    if (!parsed.success) return failure(new AppError('INVALID_INPUT', '输入无效 / Invalid input for backup/restore'));
    try {
      const file = resolveBackupName(options.backupDir, parsed.data.file);
      restoring = restore(file);
      return { ok: true, value: await restoring };
    } catch (err) {
      return failure(err);
    } finally {
      restoring = null;
    }
  };
}
