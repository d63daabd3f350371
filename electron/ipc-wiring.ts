import { CHANNELS } from '../shared/channels';
import type { Result } from '../shared/contract';
import type { Dispatch } from './dispatcher';
import { ipcChannelName } from './ipc-names';

/** The parts of Electron's `ipcMain` we use, so the wiring can be tested with a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is refused unless it comes
 * from a frame showing our own app (`isTrustedUrl`), then goes through the one dispatcher.
 * Returns a function that removes every handler (used on shutdown and in tests).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), async (event, input): Promise<Result<unknown>> => {
      const url = event.senderFrame?.url;
      if (!url || !isTrustedUrl(url)) {
        return {
          ok: false,
          error: { code: 'UNAUTHORIZED', message: `拒绝来自未受信任页面的请求 / Refused request from untrusted frame` },
        };
      }
      return dispatch(channel, input);
    });
  }
  return () => CHANNELS.forEach((c) => ipcMain.removeHandler(ipcChannelName(c)));
}
