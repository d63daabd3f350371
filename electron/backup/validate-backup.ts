/**
 * Is this file one of our databases, whole, and safe to put in place of the live one?
 * Checked before any restore (and shown in the UI before the user confirms):
 * - it is an SQLite file, not in use (no pending -wal beside it);
 * - `PRAGMA integrity_check` and `PRAGMA foreign_key_check` pass;
 * - its schema version is one this app knows (a newer one would be refused at open anyway);
 * - its tables, their columns and its triggers are exactly what our migrations make for that
 *   version. The triggers matter: they enforce the sign-off lock and the append-only audit
 *   trail, so a file with them dropped or altered must not come back as "our" database;
 * - its audit trail's hash chain is intact.
 * The file is never written: it is opened read-only, or, for a WAL-mode file (whose read-only
 * open would create -shm/-wal beside the user's file), a private temporary copy is opened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AuditLog } from '../audit/audit-log';
import { migrations } from '../db/migrations';

export interface BackupValidation {
  ok: boolean;
  file: string;
  bytes: number;
  /** PRAGMA user_version of the file (null if it could not be read). */
  schemaVersion: number | null;
  /** The newest schema this app knows. */
  supportedVersion: number;
  assessments: number | null;
  auditEntries: number | null;
  /** Why it cannot be restored, each "<中文> / <English>"; empty when ok. */
  problems: string[];
}

export interface ValidateOptions {
  nativeBinding?: string;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_LISTED = 10;

interface SchemaShape {
  /** "type name" of every table, index, view and trigger we create. */
  objects: Set<string>;
  columns: Map<string, string>;
  triggers: Map<string, string>;
}

const squash = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function shapeOf(db: Database.Database): SchemaShape {
  // sqlite_* objects are SQLite's own (sqlite_sequence, sqlite_stat1 after ANALYZE, autoindexes).
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const shape: SchemaShape = { objects: new Set(), columns: new Map(), triggers: new Map() };
  for (const r of rows) {
    shape.objects.add(`${r.type} ${r.name}`);
    if (r.type === 'table') {
      const cols = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(r.name) as string[];
      shape.columns.set(r.name, cols.join(','));
    }
    if (r.type === 'trigger') shape.triggers.set(r.name, squash(r.sql));
  }
  return shape;
}

const expectedShapes = new Map<number, SchemaShape>();

/** What our migrations 1..version produce, built once per version in memory. */
function expectedShape(version: number, nativeBinding?: string): SchemaShape {
  let shape = expectedShapes.get(version);
  if (!shape) {
    const mem = new Database(':memory:', { nativeBinding });
    try {
      for (const m of migrations.slice(0, version)) m.up(mem);
      shape = shapeOf(mem);
    } finally {
      mem.close();
    }
    expectedShapes.set(version, shape);
  }
  return shape;
}

function schemaProblems(actual: SchemaShape, expected: SchemaShape): string[] {
  const problems: string[] = [];
  const missing = [...expected.objects].filter((o) => !actual.objects.has(o));
  const extra = [...actual.objects].filter((o) => !expected.objects.has(o));
  if (missing.length) problems.push(`缺少数据库对象：${list(missing)} / Missing database objects: ${list(missing)}`);
  if (extra.length) problems.push(`含有本程序不会创建的对象：${list(extra)} / Unexpected database objects: ${list(extra)}`);
  for (const [table, cols] of expected.columns) {
    const got = actual.columns.get(table);
    if (got !== undefined && got !== cols) problems.push(`表 ${table} 的列与本程序不符 / Table ${table} has unexpected columns`);
  }
  for (const [name, sql] of expected.triggers) {
    const got = actual.triggers.get(name);
    if (got !== undefined && got !== sql) problems.push(`触发器 ${name} 被修改 / Trigger ${name} was altered`);
  }
  return problems;
}

const list = (items: string[]) => items.slice(0, MAX_LISTED).join(', ') + (items.length > MAX_LISTED ? ' …' : '');

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    return header.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks a candidate backup without changing it. Never throws for a bad file: it reports. */
export function validateBackup(file: string, options: ValidateOptions = {}): BackupValidation {
  const resolved = path.resolve(file);
  const supportedVersion = migrations.length;
  const result: BackupValidation = {
    ok: false,
    file: resolved,
    bytes: 0,
    schemaVersion: null,
    supportedVersion,
    assessments: null,
    auditEntries: null,
    problems: [],
  };
  const refuse = (problem: string) => {
    result.problems.push(problem);
    return result;
  };

  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    return refuse('找不到该文件 / The file does not exist');
  }
  if (!stat.isFile()) return refuse('这不是一个文件 / This is not a file');
  result.bytes = stat.size;
  const header = readHeader(resolved);
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return refuse('这不是本程序的数据库备份（不是 SQLite 数据库文件） / This is not a database backup (not an SQLite file)');
  }
  const wal = `${resolved}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    return refuse(
      '该数据库正在使用或未正常关闭（旁边有 -wal 日志文件），请先关闭使用它的程序 / The database is in use or was not closed cleanly (a -wal file is beside it); close the program using it first',
    );
  }

  // WAL-mode header (bytes 18–19 = 2): read-only opening would create -shm/-wal beside the
  // user's file, so open a private copy instead.
  let target = resolved;
  let tempDir: string | null = null;
  if (header[18] === 2 || header[19] === 2) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-validate-'));
    target = path.join(tempDir, 'candidate.db');
    fs.copyFileSync(resolved, target);
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(target, { readonly: tempDir === null, fileMustExist: true, nativeBinding: options.nativeBinding });
    inspect(db, result, options);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    result.problems.push(`无法读取该数据库（文件已损坏或不完整） / Cannot read the database (damaged or incomplete): ${detail}`);
  } finally {
    db?.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
  result.ok = result.problems.length === 0;
  return result;
}

function inspect(db: Database.Database, result: BackupValidation, options: ValidateOptions): void {
  const integrity = db.pragma(`integrity_check(${MAX_LISTED})`, { simple: false }) as { integrity_check: string }[];
  const messages = integrity.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (messages.length) {
    result.problems.push(`数据库完整性检查未通过：${list(messages)} / Integrity check failed: ${list(messages)}`);
    return; // the rest would read damaged pages; one clear reason is enough
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  result.schemaVersion = version;
  if (version === 0) {
    result.problems.push('这不是本程序的数据库（没有版本号） / This is not an HIA Workbench database (no schema version)');
    return;
  }
  if (version > result.supportedVersion) {
    result.problems.push(
      `备份的数据库版本 ${version} 高于本程序支持的版本 ${result.supportedVersion}，请先升级程序 / The backup's schema version ${version} is newer than this app supports (${result.supportedVersion}); update the app first`,
    );
    return;
  }
  const schema = schemaProblems(shapeOf(db), expectedShape(version, options.nativeBinding));
  if (schema.length) {
    result.problems.push(...schema);
    return;
  }
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (fk.length) {
    const where = [...new Set(fk.map((r) => `${r.table}→${r.parent}`))];
    result.problems.push(`有 ${fk.length} 行引用了不存在的记录（${list(where)}） / ${fk.length} rows reference missing records (${list(where)})`);
  }
  result.assessments = db.prepare('SELECT count(*) FROM assessment').pluck().get() as number;
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get()) {
    const audit = new AuditLog(db, () => 'validate').verify();
    result.auditEntries = audit.entries;
    if (!audit.ok) {
      const seq = audit.problems[0]?.seq ?? '?';
      result.problems.push(`审计日志的哈希链断开（第 ${seq} 条） / The audit trail's hash chain is broken (entry ${seq})`);
    }
  }
}
