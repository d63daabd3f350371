/**
 * Electron's security checklist as electronegativity checks it (scripts/security-check.ts),
 * offline and without AvailableSecurityFixesGlobalCheck. First the checker itself is shown to
 * catch an insecure window and pass a secure one, so a green result on the app means something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, runSecurityCheck } from '../../../scripts/security-check';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function miniApp(main: string): string {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'mini', main: 'main.js', devDependencies: { electron: '^45.4.1' } }));
  fs.writeFileSync(path.join(root, 'main.js'), `const { app, BrowserWindow } = require('electron');\n${main}\n`);
  return root;
}

describe('electronegativity (Electron security checklist)', () => {
  it('flags a window without context isolation and an app without navigation limits as HIGH', async () => {
    const root = miniApp(`app.whenReady().then(() => {
      const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
      w.loadURL('http://example.com');
    });`);
    const report = await runSecurityCheck({ root, sources: ['main.js', 'package.json'] });
    expect(report.ok).toBe(false);
    const high = report.findings.filter((f) => f.severity === 'HIGH').map((f) => f.id);
    expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
    expect(formatReport(report)).toMatch(/FAILED: \d+ HIGH/);
  }, 60_000);

  it('passes a window with the checklist options written out and navigation denied', async () => {
    const root = miniApp(`app.on('web-contents-created', (_e, contents) => {
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    });
    app.whenReady().then(() => {
      const w = new BrowserWindow({ webPreferences: { preload: 'preload.js', contextIsolation: true, sandbox: true, nodeIntegration: false } });
      w.loadFile('index.html');
    });`);
    const report = await runSecurityCheck({ root, sources: ['main.js', 'package.json'] });
    expect(report.findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
    expect(report.ok).toBe(true);
  }, 60_000);

  it('finds no HIGH-severity issue in the app, and parses every file', async () => {
    const report = await runSecurityCheck();
    expect(report.unparsed).toEqual([]);
    expect(report.checks).toBeGreaterThan(30);
    expect(report.findings.filter((f) => f.severity === 'HIGH'), formatReport(report)).toEqual([]);
  }, 60_000);
});
