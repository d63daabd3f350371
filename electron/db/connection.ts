import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { migrate, type MigrateResult } from './migrate';

export interface OpenOptions {
  /**
   * Path to a better-sqlite3 native addon built for the running runtime. The Electron shell
   * passes its Electron-ABI build here, so node_modules keeps the Node build that tests and
   * the CLI load (see ARCHITECTURE.md → Data).
   */
  nativeBinding?: string;
  readonly?: boolean;
  backupDir?: string;
}

export interface OpenedDatabase {
  db: Database.Database;
  migration: MigrateResult;
}

/** Opens (creating if needed) the app database with the settings every caller relies on. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    if (file !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL keeps committed transactions across power loss in WAL mode; the cost is small
    // for an app that writes one form at a time.
    db.pragma('synchronous = FULL');
    const migration = options.readonly
      ? { from: 0, to: 0, backupPath: null }
      : migrate(db, migrations, { backupDir: options.backupDir });
    return { db, migration };
  } catch (err) {
    db.close();
    throw err;
  }
}
