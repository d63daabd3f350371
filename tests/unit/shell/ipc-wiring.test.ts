import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { ipcChannelName } from '../../../electron/ipc-names';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/ipc-wiring';
import { APP_START_URL, isAppUrl } from '../../../electron/security/app-origin';
import { CHANNELS } from '../../../shared/channels';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Behaves like Electron's ipcMain for handle/removeHandler, including the duplicate check. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, senderUrl: string | null, input: unknown) {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input);
  }
}

describe('Electron IPC wiring', () => {
  it('registers exactly one handler per contract channel and removes them all', async () => {
    const ipc = new FakeIpcMain();
    const core = await createCore({ dbPath: ':memory:', host: 'electron' });
    const unregister = registerIpc(ipc, core.dispatch, isAppUrl);
    expect([...ipc.handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
    core.close();
  });

  it('serves the app page and validates input through the dispatcher', async () => {
    const ipc = new FakeIpcMain();
    const core = await createCore({ dbPath: ':memory:', host: 'electron' });
    registerIpc(ipc, core.dispatch, isAppUrl);
    const created = await ipc.invoke(ipcChannelName('assessment/create'), `${APP_START_URL}#/`, {
      title: '城市更新规划',
      kind: 'plan',
      department: '住建局',
    });
    expect(created).toMatchObject({ ok: true, value: { title: '城市更新规划', contact: '', draftText: '' } });
    const invalid = await ipc.invoke(ipcChannelName('assessment/create'), APP_START_URL, { title: 1 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    core.close();
  });

  it('refuses senders that are not the app page and does not touch the database', async () => {
    const ipc = new FakeIpcMain();
    const core = await createCore({ dbPath: ':memory:', host: 'electron' });
    registerIpc(ipc, core.dispatch, isAppUrl);
    const untrusted = [
      null,
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other-host/index.html',
      'http://127.0.0.1:1234/',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ];
    for (const url of untrusted) {
      const result = await ipc.invoke(ipcChannelName('assessment/create'), url, {
        title: '不应保存',
        kind: 'policy',
        department: '某部门',
      });
      expect(result, String(url)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(core.assessments.list()).toEqual([]);
    core.close();
  });
});
