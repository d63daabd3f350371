import path from 'node:path';
import { afterEach } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import { createCore, type Core } from '../../../electron/core';
import { useTempDir } from '../../support/temp-dir';

/** Cores on fresh database files, closed after each test. */
export function useCores() {
  const tempDir = useTempDir('hia-register-');
  const open: Core[] = [];
  afterEach(() => {
    for (const core of open.splice(0)) core.close();
  });
  return async (clock?: () => Date): Promise<{ core: Core; dbPath: string }> => {
    const dbPath = path.join(tempDir(), 'hia.db');
    const core = await createCore({ dbPath, host: 'web', clock, actor: () => 'tester' });
    open.push(core);
    return { core, dbPath };
  };
}

/** The contract as the renderer calls it; a refusal throws with its payload attached. */
export function client(core: Core) {
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.message}`), { payload: r.error });
    return r.value as ChannelOutput<C>;
  };
}

/** The error a contract call comes back with (fails the test if it succeeds). */
export async function refusal(core: Core, channel: Channel, input: unknown): Promise<ErrorPayload> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r.error;
}

export const fileInput = (fileName: string, bytes: Uint8Array | string) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

/** Items in the register and entries in the audit trail. */
export async function counts(core: Core): Promise<{ items: number; audit: number }> {
  return { items: (await client(core)('register/list', {})).length, audit: core.audit.list(undefined, 1_000_000).length };
}
