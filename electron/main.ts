// The Electron shell. With preload.ts, the only files that import 'electron': everything
// real lives in the Node-only core (createCore) so it can be tested without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session, shell } from 'electron';
import { APP_ID, DB_FILE_NAME } from './app-info';
import { startCoreThread, type CoreThread } from './core-thread';
import type { CoreOptions } from './core';
import { backupDirFor } from './backup/backup';
import { restoringDispatch } from './backup/restore-host';
import { registerIpc } from './ipc-wiring';
import { electronNativeBindingPath } from './native-binding';
import { defaultDataDir } from './paths';
import { APP_HOST, APP_SCHEME, APP_START_URL, isAppUrl, isSafeExternalUrl } from './security/app-origin';
import { SECURITY_HEADERS } from './security/csp';
import { resolveStaticPath } from './security/static-files';
import { secureWebPreferences } from './security/window-options';
import { loadWindowState, saveWindowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadFile = path.join(here, '..', 'preload', 'preload.cjs');

// Same data folder as browser mode and the CLI, so all three see one database.
app.setPath('userData', defaultDataDir());
app.setAppUserModelId(APP_ID);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let core: CoreThread | null = null;
let mainWindow: BrowserWindow | null = null;

/** In development the Electron-ABI addon is built by scripts/electron-native.ts; packaged apps are rebuilt by electron-builder. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = electronNativeBindingPath(app.getAppPath(), process.versions.electron ?? '');
  return fs.existsSync(file) ? file : undefined;
}

function coreOptions(): CoreOptions {
  return {
    dbPath: path.join(app.getPath('userData'), DB_FILE_NAME),
    host: 'electron',
    nativeBinding: nativeBinding(),
    seedsDir: app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(app.getAppPath(), 'seeds'),
    backupSchedule: true,
  };
}

function startCore(): Promise<CoreThread> {
  return startCoreThread(path.join(here, 'core-worker.js'), coreOptions());
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
    return new Response(res.body, { status: res.status, headers });
  });
}

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function createWindow(): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const { maximized, ...bounds } = state;
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '健康影响评价工作台',
    // The isolating options restated as literals (same values as secureWebPreferences) so
    // electronegativity, which reads only literals at this call, can verify them.
    webPreferences: { ...secureWebPreferences(preloadFile), contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  if (maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    saveWindowState(stateFile, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_START_URL);
}

// Every web contents: no navigation away from the app, no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(async () => {
    try {
      // The core (database, index, search, reports) runs in a worker thread: the window
      // never freezes on a long import or search.
      core = await startCore();
    } catch (err) {
      dialog.showErrorBox('无法打开数据库 / Cannot open the database', err instanceof Error ? err.message : String(err));
      app.quit();
      return;
    }
    lockDownSessions();
    serveApp();
    // Restore replaces the database file, so the host closes and restarts the core around it.
    const dispatch = restoringDispatch({
      dispatch: () => core!.dispatch,
      closeCore: async () => {
        await core?.close();
      },
      startCore: async () => {
        core = await startCore();
      },
      dbPath: coreOptions().dbPath,
      backupDir: backupDirFor(coreOptions().dbPath),
      nativeBinding: coreOptions().nativeBinding,
    });
    registerIpc(ipcMain, dispatch, isAppUrl);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    void core?.close();
    core = null;
  });
}
