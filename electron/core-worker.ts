// Worker-thread entry: the whole core (database, evidence index, search, imports) runs here,
// so heavy work never blocks the Electron main process or the browser-mode HTTP server.
import { parentPort, workerData } from 'node:worker_threads';
import { createCore, type CoreOptions } from './core';
import type { WorkerReply, WorkerRequest } from './core-thread';

const port = parentPort!;
try {
  const core = await createCore(workerData as CoreOptions);
  port.on('message', async (msg: WorkerRequest | 'close') => {
    if (msg === 'close') {
      core.close();
      port.close();
      return;
    }
    const reply: WorkerReply = { id: msg.id, result: await core.dispatch(msg.channel, msg.input) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true, dbPath: core.dbPath });
} catch (err) {
  const e = err as { code?: string; message?: string };
  port.postMessage({ failed: { code: e.code ?? 'INTERNAL', message: e.message ?? String(err) } });
}
