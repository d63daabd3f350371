import os from 'node:os';
import path from 'node:path';
import { DATA_DIR_NAME, DB_FILE_NAME } from './app-info';

/**
 * The per-user data folder, the same one Electron's `userData` resolves to for our app name,
 * so the desktop app, browser mode and the CLI share one database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HIA_DATA_DIR) return path.resolve(env.HIA_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), DATA_DIR_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), DB_FILE_NAME);
}
