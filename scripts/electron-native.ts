/**
 * Builds better-sqlite3 for the installed Electron's ABI into .cache/electron-native/, leaving
 * node_modules/better-sqlite3 built for Node (tests and the CLI need that build). Run by
 * `npm start`; a no-op when the file for this Electron version already exists.
 *
 * First tries the published prebuilt binary (prebuild-install), then a source build against
 * Electron's headers (node-gyp). Both need the network, which users' machines have.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronNativeBindingPath } from '../electron/native-binding';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readPackageJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', p, 'package.json'), 'utf8'));
const electronVersion: string = readPackageJson('electron').version;
const target = electronNativeBindingPath(root, electronVersion);

if (fs.existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, target)} (cached)`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hia-electron-native-'));
const moduleCopy = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), moduleCopy, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
});
const bin = (name: string) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: moduleCopy, stdio: 'inherit', shell: process.platform === 'win32' });

console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
try {
  run(bin('prebuild-install'), ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, `--platform=${process.platform}`]);
} catch {
  console.log('No prebuilt binary; building from source against Electron headers…');
  run(bin('node-gyp'), [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
}
const built = path.join(moduleCopy, 'build', 'Release', 'better_sqlite3.node');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(built, target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, target)}`);
