/** Shared setup for the backup tests: a populated app database, built once per file and copied. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll } from 'vitest';
import { createCore } from '../../../electron/core';

export const TITLES = ['轨道交通建设规划', '控烟条例（草案）'];

/**
 * A database made through the real core (schema, seeds, two assessments, audit entries).
 * createCore indexes the seed documents (~1 s), so each test file does it once and every test
 * gets a copy.
 */
export function useTemplateDb(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-backup-template-'));
    const core = await createCore({ dbPath: path.join(dir, 'hia.db'), host: 'web' });
    for (const title of TITLES) {
      const r = await core.dispatch('assessment/create', { title, kind: 'policy', department: '卫健委', draftText: `${title}：施工噪声和扬尘控制。` });
      if (!r.ok) throw new Error(r.error.message);
    }
    core.close();
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => path.join(dir, 'hia.db');
}

/** Copies the template (a closed database: no -wal) to `dir/name`. */
export function copyDb(template: string, dir: string, name = 'hia.db'): string {
  const file = path.join(dir, name);
  fs.copyFileSync(template, file);
  return file;
}

export function titles(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT title FROM assessment ORDER BY number').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Runs raw SQL on a file, as a person with sqlite3 (or malware) could. */
export function tamper(dbPath: string, sql: string): void {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

export const HAN = /\p{Script=Han}/u;
export const bilingual = (message: string) => HAN.test(message) && /[A-Za-z]{4,}/.test(message) && message.includes(' / ');
