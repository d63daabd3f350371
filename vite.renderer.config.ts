import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer build, shared by browser mode (`npm run web`) and the Electron build
 * (electron.vite.config.ts). Relative asset paths let the same files load from app:// and http.
 */
export const rendererConfig: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    minify: true,
  },
};

export default defineConfig(rendererConfig);
