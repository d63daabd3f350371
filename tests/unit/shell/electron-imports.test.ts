import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SHELL_FILES = new Set(['electron/main.ts', 'electron/preload.ts']);
const SOURCE_DIRS = ['electron', 'renderer', 'shared', 'scripts', 'bin'];

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(c|m)?(t|j)sx?$/.test(e.name) ? [rel] : [];
  });
}

// Static imports, dynamic imports, require and re-exports of 'electron' or 'electron/…'.
const ELECTRON_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]electron(?:\/[^'"]*)?['"]/;

describe('Electron stays in the shell', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  it('scans the real source tree', () => {
    expect(files).toContain('electron/core.ts');
    expect(files).toContain('renderer/src/App.tsx');
  });

  it('imports electron only in electron/main.ts and electron/preload.ts', () => {
    const offenders = files.filter((f) => !SHELL_FILES.has(f) && ELECTRON_IMPORT.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the shell files really do import electron (the pattern works)', () => {
    for (const f of SHELL_FILES) expect(ELECTRON_IMPORT.test(fs.readFileSync(path.join(root, f), 'utf8')), f).toBe(true);
    expect(ELECTRON_IMPORT.test(`const { app } = require('electron')`)).toBe(true);
    expect(ELECTRON_IMPORT.test(`await import("electron/main")`)).toBe(true);
    expect(ELECTRON_IMPORT.test(`import 'electron-vite'`)).toBe(false);
  });
});
