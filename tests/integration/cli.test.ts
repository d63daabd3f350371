import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const hia = (...args: string[]) =>
  execFileSync(process.execPath, [path.resolve('bin/hia.js'), ...args], { encoding: 'utf8', env: { ...process.env, HIA_DATA_DIR: tempDir() } });

describe('hia CLI (the real bin, as npx runs it)', () => {
  it('prints help listing its commands and the global --db option', () => {
    const help = hia('--help');
    expect(help).toMatch(/Usage: hia/);
    expect(help).toMatch(/--db <path>/);
    expect(help).toMatch(/\bweb\b/);
    expect(help).toMatch(/\binfo\b/);
  });

  it('prints the package version', () => {
    expect(hia('--version').trim()).toBe(pkg.version);
  });

  it('creates and reports on the database given by --db', () => {
    const db = path.join(tempDir(), 'sub', 'hia.db');
    const info = JSON.parse(hia('--db', db, 'info', '--json'));
    expect(info).toMatchObject({ dataPath: db, assessments: 0, schemaVersion: expect.any(Number) });
  });

  it('exits non-zero with a message on an unknown command', () => {
    expect(() => execFileSync(process.execPath, ['bin/hia.js', 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/unknown command/);
  });
});
