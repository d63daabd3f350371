/**
 * Backup files on disk: their names, listing and pruning. Only the file system, no SQLite, so
 * the naming rules live in one place and listing stays cheap (no file is opened).
 *
 * A backup is `<dir>/hia-<UTC timestamp>-<reason>.db`, e.g. `hia-2026-03-01T08-00-00-000Z-manual.db`.
 * The name carries the time and the reason, so the list can be sorted and pruned without a
 * catalogue file that could disagree with the folder. Copies that migrate.ts made before this
 * module existed (`hia-v3-before-migrate-<stamp>.db`) are listed too, as 'pre-migrate', but never
 * pruned: we only delete files whose name we gave.
 */
import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_REASONS = ['manual', 'scheduled', 'pre-migrate', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many of each kind are kept. Manual ones are the user's, so more of them survive. */
export const DEFAULT_KEEP: Record<BackupReason, number> = {
  manual: 20,
  scheduled: 10,
  'pre-migrate': 10,
  'pre-restore': 10,
};

export interface BackupEntry {
  file: string;
  name: string;
  reason: BackupReason;
  bytes: number;
  /** When the backup was taken (from its name; the file's mtime for foreign names). */
  at: string;
}

const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)`;
const OURS = new RegExp(`^hia-${STAMP}(?:-(\\d+))?-(${BACKUP_REASONS.join('|')})\\.db$`);
const LEGACY_MIGRATE = new RegExp(`^.+-v\\d+-before-migrate-${STAMP}\\.db$`);

/** ISO time → the file-name form (no ':' or '.', which Windows or shells dislike). */
export function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function isoOf(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

/**
 * A new backup's path. Two backups in the same millisecond (a test, or a double click) get a
 * counter instead of failing, because VACUUM INTO refuses an existing file.
 */
export function newBackupPath(dir: string, reason: BackupReason, at: Date): string {
  const stamp = stampOf(at);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `hia-${stamp}-${reason}.db` : `hia-${stamp}-${n}-${reason}.db`;
    const file = path.join(dir, name);
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.partial`)) return file;
  }
}

/** Parses a backup file name; null for anything that is not one. */
export function parseBackupName(name: string): { reason: BackupReason; at: string; ours: boolean } | null {
  const m = OURS.exec(name);
  if (m) return { reason: m[3] as BackupReason, at: isoOf(m[1]!), ours: true };
  const legacy = LEGACY_MIGRATE.exec(name);
  if (legacy) return { reason: 'pre-migrate', at: isoOf(legacy[1]!), ours: false };
  return null;
}

/** Every backup in `dir`, newest first. A missing folder is simply an empty list. */
export function listBackups(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue; // deleted between readdir and stat (a prune in another process)
    }
    if (!stat.isFile()) continue;
    entries.push({ file, name, reason: parsed.reason, bytes: stat.size, at: parsed.at });
  }
  return entries.sort((a, b) => (a.at === b.at ? b.name.localeCompare(a.name) : b.at.localeCompare(a.at)));
}

/**
 * Deletes all but the newest `keep` backups of one reason (only files named by us), and any
 * `.partial` file left by a backup that was interrupted. Returns the deleted paths.
 */
export function pruneBackups(dir: string, reason: BackupReason, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a positive integer, got ${keep}`);
  const removed: string[] = [];
  const ours = listBackups(dir).filter((b) => b.reason === reason && parseBackupName(b.name)?.ours);
  for (const old of ours.slice(keep)) {
    // A raw pre-restore copy may have its -wal beside it (see backup.ts): it goes too.
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(`${old.file}${ext}`, { force: true });
    removed.push(old.file);
  }
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.db.partial') && name.startsWith('hia-')) {
      const file = path.join(dir, name);
      // Only stale ones: a backup running right now in another process is younger than this.
      if (Date.now() - fs.statSync(file).mtimeMs > 10 * 60_000) {
        fs.rmSync(file, { force: true });
        removed.push(file);
      }
    }
  }
  return removed;
}

/** Flushes a file (or a folder's entry list) to disk. Folders cannot be opened on Windows: skipped there. */
export function fsyncPath(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if (process.platform === 'win32') return;
    throw err;
  }
  try {
    fs.fsyncSync(fd);
  } catch (err) {
    // Some file systems refuse fsync on a directory (EINVAL); the rename is still ordered there.
    if ((err as NodeJS.ErrnoException).code !== 'EINVAL' && (err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
  } finally {
    fs.closeSync(fd);
  }
}
