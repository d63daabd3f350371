import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

// Production build of the desktop app: main process, sandboxed preload, renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is a native module: it must stay a runtime require, never bundled.
      externalizeDeps: true,
      // The core runs in a worker thread: its entry is a second output file beside main.js.
      rollupOptions: { input: { main: resolve('electron/main.ts'), 'core-worker': resolve('electron/core-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything into one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve('renderer'),
    build: {
      ...rendererConfig.build,
      outDir: resolve('out/renderer'),
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
