/**
 * `hia backup` / `hia restore`, run through commander exactly as the CLI parses them (on a
 * program of their own until electron/cli.ts wires addBackupCommands in).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDirFor, listBackups } from '../../../electron/backup/backup';
import { addBackupCommands } from '../../../electron/cli/backup-commands';
import { useTempDir } from '../../support/temp-dir';
import { TITLES, copyDb, tamper, titles, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function hia(dbPath: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const program = new Command('hia').exitOverride();
  addBackupCommands(program, () => dbPath);
  process.exitCode = undefined;
  await program.parseAsync(args, { from: 'user' });
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { out: out.join('\n'), err: err.join('\n'), code };
}

describe('hia backup', () => {
  it('backs up into backups/ and prints the file first; --out writes where asked', async () => {
    const dbPath = copyDb(template(), tempDir());
    const r = await hia(dbPath, 'backup');
    const file = r.out.split('\n')[0]!;
    expect(path.dirname(file)).toBe(backupDirFor(dbPath));
    expect(titles(file)).toEqual(TITLES);
    const out = path.join(tempDir(), 'copy.db');
    expect((await hia(dbPath, 'backup', '--out', out)).out.split('\n')[0]).toBe(out);
    expect(titles(out)).toEqual(TITLES);
    await expect(hia(dbPath, 'backup', '--out', out)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('lists and validates backups', async () => {
    const dbPath = copyDb(template(), tempDir());
    await hia(dbPath, 'backup');
    const listed = JSON.parse((await hia(dbPath, 'backup', 'list', '--json')).out) as { reason: string }[];
    expect(listed).toEqual([expect.objectContaining({ reason: 'manual' })]);
    expect((await hia(dbPath, 'backup', 'list')).out).toMatch(/手动 manual/);
    const good = await hia(dbPath, 'backup', 'validate', listBackups(backupDirFor(dbPath))[0]!.file);
    expect(good).toMatchObject({ code: 0, out: expect.stringContaining('校验通过 / valid') });
    const bad = await hia(dbPath, 'backup', 'validate', path.resolve('tests/fixtures/documents/draft.pdf'));
    expect(bad).toMatchObject({ code: 2, out: expect.stringMatching(/不是 SQLite/) });
  });

  it('reports a missing database instead of creating one', async () => {
    const dbPath = path.join(tempDir(), 'none.db');
    await expect(hia(dbPath, 'backup')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});

describe('hia restore', () => {
  it('restores with --yes and keeps a pre-restore copy', async () => {
    const dbPath = copyDb(template(), tempDir());
    const backup = (await hia(dbPath, 'backup')).out.split('\n')[0]!;
    tamper(dbPath, "UPDATE assessment SET title = '后改的'");
    const r = await hia(dbPath, 'restore', backup, '--yes');
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('已恢复 / restored') });
    expect(titles(dbPath)).toEqual(TITLES);
    expect(listBackups(backupDirFor(dbPath)).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('refuses a bad file with its reason and exit code 2, changing nothing', async () => {
    const dbPath = copyDb(template(), tempDir());
    const before = fs.readFileSync(dbPath);
    const r = await hia(dbPath, 'restore', path.resolve('tests/fixtures/documents/not-really.txt'), '--yes');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/不是 SQLite 数据库文件.*not an SQLite file/);
    expect(r.err).toMatch(/拒绝恢复 \/ Restore refused|拒绝恢复：.* \/ Restore refused/);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    expect(fs.existsSync(backupDirFor(dbPath))).toBe(false);
  });

  it('does nothing without --yes when no one can be asked', async () => {
    const dbPath = copyDb(template(), tempDir());
    const backup = (await hia(dbPath, 'backup')).out.split('\n')[0]!;
    tamper(dbPath, "UPDATE assessment SET title = '后改的'");
    const r = await hia(dbPath, 'restore', backup);
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('--yes') });
    expect(titles(dbPath)).toEqual(['后改的', '后改的']);
  });
});
