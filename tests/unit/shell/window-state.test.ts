import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from '../../../electron/window-state';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('remembers size, position and maximized', () => {
    const file = path.join(tempDir(), 'window-state.json');
    saveWindowState(file, { x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file, screen)).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: true });
  });

  it('falls back to defaults for a missing or corrupt file', () => {
    const dir = tempDir();
    expect(loadWindowState(path.join(dir, 'missing.json'), screen)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"width": "huge"');
    expect(loadWindowState(path.join(dir, 'bad.json'), screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position on a display that is gone, keeping the size', () => {
    const file = path.join(tempDir(), 'window-state.json');
    saveWindowState(file, { x: 3000, y: 100, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(file, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });
});
