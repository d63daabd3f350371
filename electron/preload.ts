// The preload bridge: the renderer's only door to the main process. It exposes `invoke`
// for the contract's channels and nothing else (no ipcRenderer, no Node).
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, isChannel } from '../shared/channels';
import { ipcChannelName } from './ipc-names';

contextBridge.exposeInMainWorld('hia', {
  channels: [...CHANNELS],
  invoke(channel: unknown, input: unknown) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的接口 / Unknown channel: ${String(channel)}` },
      });
    }
    return ipcRenderer.invoke(ipcChannelName(channel), input);
  },
});
