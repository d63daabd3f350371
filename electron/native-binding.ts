import path from 'node:path';

/**
 * Where `npm start` keeps better-sqlite3 built for Electron's ABI, apart from node_modules
 * (which keeps the Node build that tests and the CLI load). One file per Electron version,
 * platform and arch, so switching versions never loads a mismatched addon.
 */
export function electronNativeBindingPath(
  projectRoot: string,
  electronVersion: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  return path.join(
    projectRoot,
    '.cache',
    'electron-native',
    `better-sqlite3-electron-${electronVersion}-${platform}-${arch}.node`,
  );
}
