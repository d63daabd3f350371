import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads the remembered window size and position. A corrupt file or a position on a display
 * that is no longer attached falls back to a centred default size, never an off-screen window.
 */
export function loadWindowState(file: string, displays: Rect[]): WindowState {
  let state: WindowState;
  try {
    state = WindowState.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (state.x === undefined || state.y === undefined) return state;
  const visible = displays.some((d) => intersects({ x: state.x!, y: state.y!, width: state.width, height: state.height }, d));
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

function intersects(a: Rect, b: Rect): boolean {
  // Require a usable overlap (the title bar area), not a single pixel.
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlapX >= 100 && overlapY >= 50;
}
