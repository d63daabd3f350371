import fs from 'node:fs';
import readline from 'node:readline/promises';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import {
  backupDatabase,
  backupDirFor,
  listBackups,
  restoreDatabase,
  snapshotTo,
  validateBackup,
  type BackupValidation,
} from '../backup/backup';

/** Exit codes scripts can rely on: 2 = the file was refused (as `hia audit verify` uses 2). */
const EXIT_REFUSED = 2;
const EXIT_FAILED = 1;

const REASON_LABELS: Record<string, string> = {
  manual: '手动 manual',
  scheduled: '定时 scheduled',
  'pre-migrate': '升级前 pre-migrate',
  'pre-restore': '恢复前 pre-restore',
};

const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Opens the database file as it is: no migration, nothing created. A backup should copy what
 * is there, even a database from a newer app version, and a missing file is a mistake to report.
 */
function openExisting(dbPath: string): Database.Database {
  if (!fs.existsSync(dbPath)) {
    throw new AppError('NOT_FOUND', `数据库不存在：${dbPath} / The database does not exist: ${dbPath}`);
  }
  const db = new Database(dbPath, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

function printValidation(v: BackupValidation): void {
  console.log(`文件 / file: ${v.file} (${size(v.bytes)})`);
  console.log(`数据库版本 / schema version: ${v.schemaVersion ?? '?'}（本程序 / this app: ${v.supportedVersion}）`);
  if (v.assessments !== null) console.log(`评价项目 / assessments: ${v.assessments}`);
  if (v.auditEntries !== null) console.log(`审计记录 / audit entries: ${v.auditEntries}`);
  if (v.ok) console.log('校验通过 / valid');
  else for (const p of v.problems) console.log(`✗ ${p}`);
}

async function confirmed(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes|是)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** `hia backup [--out <file>]`, `hia backup list`, `hia backup validate <file>`, `hia restore <file> [--yes]`. */
export function addBackupCommands(program: Command, dbPath: () => string): void {
  const backup = program
    .command('backup')
    .description('备份数据库（默认存入数据文件夹的 backups/） / back up the database (into backups/ beside it by default)')
    .option('-o, --out <file>', '备份到指定文件 / write the backup to this file')
    .option('--json', '输出 JSON / print JSON')
    .action((opts: { out?: string; json?: boolean }) => {
      const db = openExisting(dbPath());
      try {
        const result = opts.out
          ? { ...snapshotTo(db, opts.out), at: new Date().toISOString(), reason: 'manual' as const }
          : backupDatabase(db, backupDirFor(dbPath()), { reason: 'manual' });
        // The first line is the file alone, so scripts can capture it.
        if (opts.json) console.log(JSON.stringify(result));
        else console.log(`${result.file}\n已备份 / backed up: ${size(result.bytes)}`);
      } finally {
        db.close();
      }
    });

  backup
    .command('list')
    .description('列出备份 / list backups')
    .option('--json', '输出 JSON / print JSON')
    .action((_opts: unknown, cmd: Command) => {
      // `--json` after `list` is taken by the parent `backup` command: read both.
      const opts = cmd.optsWithGlobals<{ json?: boolean }>();
      const backups = listBackups(backupDirFor(dbPath()));
      if (opts.json) return console.log(JSON.stringify(backups));
      if (backups.length === 0) return console.log(`没有备份 / no backups in ${backupDirFor(dbPath())}`);
      for (const b of backups) console.log(`${b.at}  ${(REASON_LABELS[b.reason] ?? b.reason).padEnd(20)} ${size(b.bytes).padStart(9)}  ${b.file}`);
    });

  backup
    .command('validate')
    .description('校验备份文件能否用于恢复 / check whether a backup file can be restored')
    .argument('<file>', '备份文件 / backup file')
    .option('--json', '输出 JSON / print JSON')
    .action((file: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<{ json?: boolean }>();
      const v = validateBackup(file);
      if (opts.json) console.log(JSON.stringify(v));
      else printValidation(v);
      if (!v.ok) process.exitCode = EXIT_REFUSED;
    });

  program
    .command('restore')
    .description('用备份替换当前数据库（先校验，并保留恢复前的副本；须先关闭应用） / replace the database with a backup (validated first; a pre-restore copy is kept; close the app first)')
    .argument('<file>', '备份文件 / backup file')
    .option('-y, --yes', '不再询问确认 / do not ask for confirmation')
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, opts: { yes?: boolean; json?: boolean }) => {
      const target = dbPath();
      const v = validateBackup(file);
      if (!opts.json) printValidation(v);
      if (!v.ok) {
        if (opts.json) console.log(JSON.stringify({ ok: false, validation: v }));
        else console.error('拒绝恢复：该文件不能使用 / Restore refused: the file cannot be used');
        process.exitCode = EXIT_REFUSED;
        return;
      }
      const question = `将用该备份替换 ${target}（当前数据库会先备份）。继续？(y/N) / Replace ${target} with this backup (the current one is backed up first)? (y/N) `;
      if (!opts.yes && !(await confirmed(question))) {
        console.error('未恢复：请加 --yes 确认 / Not restored: pass --yes to confirm');
        process.exitCode = EXIT_FAILED;
        return;
      }
      try {
        const r = restoreDatabase(target, file);
        if (opts.json) console.log(JSON.stringify({ ok: true, restoredFrom: r.restoredFrom, preRestore: r.preRestore, validation: r.validation }));
        else {
          console.log(`已恢复 / restored: ${target} ← ${r.restoredFrom}`);
          console.log(`恢复前的数据库已保存到 / the previous database was saved to: ${r.preRestore?.file ?? '（无 / none）'}`);
        }
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        console.error(`错误 / Error: ${err.message}`);
        process.exitCode = err.code === 'BAD_FILE' ? EXIT_REFUSED : EXIT_FAILED;
      }
    });
}
