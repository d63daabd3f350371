import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { buildDemo, type DemoResult } from '../../electron/demo/build-demo';
import type { Channel } from '../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';

export interface DemoCore {
  dir: string;
  dbPath: string;
  core: Core;
  demo: DemoResult;
  /** A contract call that throws on an error result (for set-up steps that must succeed). */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/**
 * A core on a real SQLite file in a temp folder with the signed demo assessment, built once for
 * the file's tests (the demo takes seconds) and removed after them.
 */
export function useDemoCore(prefix: string): () => DemoCore {
  let state: DemoCore | null = null;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const dbPath = path.join(dir, 'hia.db');
    const core = await createCore({ dbPath, host: 'web' });
    const demo = await buildDemo(core);
    const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value as ChannelOutput<C>;
    };
    state = { dir, dbPath, core, demo, call };
  }, 60_000);
  afterAll(() => {
    state?.core.close();
    if (state) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return () => {
    if (!state) throw new Error('useDemoCore: used before its beforeAll ran');
    return state;
  };
}
