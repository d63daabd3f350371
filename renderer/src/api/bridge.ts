import type { Result } from '../../../shared/contract';

/** What the Electron preload exposes as `window.hia` (see electron/preload.ts). */
export interface HiaBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    hia?: HiaBridge;
  }
}
