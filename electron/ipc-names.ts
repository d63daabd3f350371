import type { Channel } from '../shared/channels';

/** IPC channel names are prefixed so they cannot collide with Electron's or a library's. */
export function ipcChannelName(channel: Channel): string {
  return `hia:${channel}`;
}
