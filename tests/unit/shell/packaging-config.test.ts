import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The installer config cannot be exercised here (electron-builder downloads Electron), so its
// resolved values are checked against what the desktop app needs on users' machines.
const require = createRequire(import.meta.url);
interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string }[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  linux: { target: string[] };
  mac: { target: string[] };
  nsis: { oneClick: boolean };
}
const config = require('../../../build/electron-builder.config.cjs') as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; main: string; name: string };

describe('electron-builder configuration (build/electron-builder.config.cjs)', () => {
  it('names the app in Chinese with a stable app id and an icon that exists', () => {
    expect(config.appId).toBe('cn.hia.workbench');
    expect(config.productName).toBe('健康影响评价工作台');
    expect(fs.existsSync(config.icon)).toBe(true);
    const png = fs.readFileSync(config.icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('builds NSIS for Windows, AppImage and deb for Linux, dmg for macOS', () => {
    expect(config.win.target).toContain('nsis');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.nsis.oneClick).toBe(false);
  });

  it('ships the built app and the seeds, and unpacks what cannot load from asar', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toMatch(/^out\/main\//);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'seeds', to: 'seeds' })]);
    for (const m of ['better-sqlite3', '@resvg', 'harfbuzzjs', 'pdfjs-dist/cmaps']) {
      expect(config.asarUnpack.some((p) => p.includes(m)), m).toBe(true);
    }
  });

  it('associates review packages (.hiapkg) with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'hiapkg' })]);
  });

  it('rebuilds the native module for Electron only while packaging, never on install', () => {
    expect(config.npmRebuild).toBe(true);
    for (const hook of ['postinstall', 'install', 'preinstall', 'prepare']) {
      expect(pkg.scripts[hook] ?? '', hook).not.toMatch(/electron-rebuild|install-app-deps|@electron\/rebuild/);
    }
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('is what npm run dist uses', () => {
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.config.cjs');
  });
});
