import { Worker } from 'node:worker_threads';
import type { Result } from '../shared/contract';
import { AppError, isErrorCode } from '../shared/errors';
import type { CoreOptions } from './core';
import type { Dispatch } from './dispatcher';

export interface WorkerRequest {
  id: number;
  channel: unknown;
  input: unknown;
}

export interface WorkerReply {
  id: number;
  result: Result<unknown>;
}

export interface CoreThread {
  dispatch: Dispatch;
  dbPath: string;
  close(): Promise<void>;
}

/**
 * Starts the core in a worker thread and returns a Dispatch that forwards to it. If the worker
 * dies, every pending and later call gets a typed error instead of hanging. Only structured-
 * cloneable data crosses: contract inputs and results are plain JSON.
 */
export function startCoreThread(entry: string | URL, options: CoreOptions): Promise<CoreThread> {
  const worker = new Worker(entry, { workerData: options });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  let deadReason: string | null = null;

  const failAll = (reason: string) => {
    deadReason = reason;
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message: reason } });
    pending.clear();
  };

  return new Promise((resolve, reject) => {
    worker.on('message', (msg: WorkerReply | { ready: true; dbPath: string } | { failed: { code: string; message: string } }) => {
      if ('ready' in msg) {
        resolve({
          dbPath: msg.dbPath,
          dispatch: (channel, input) =>
            new Promise((done) => {
              if (deadReason) return done({ ok: false, error: { code: 'INTERNAL', message: deadReason } });
              const id = nextId++;
              pending.set(id, done);
              worker.postMessage({ id, channel, input } satisfies WorkerRequest);
            }),
          close: () =>
            new Promise<void>((closed) => {
              // A worker that already died has nothing to close.
              if (deadReason) return closed();
              worker.once('exit', () => closed());
              worker.postMessage('close');
            }),
        });
      } else if ('failed' in msg) {
        const code = isErrorCode(msg.failed.code) ? msg.failed.code : 'INTERNAL';
        reject(new AppError(code, msg.failed.message));
      } else {
        pending.get(msg.id)?.(msg.result);
        pending.delete(msg.id);
      }
    });
    worker.on('error', (err) => {
      failAll(`核心进程出错 / Core thread failed: ${err.message}`);
      reject(err);
    });
    worker.on('exit', (code) => {
      failAll(`核心进程已退出 / Core thread exited (${code})`);
      reject(new Error(`core thread exited with code ${code} before it was ready`));
    });
  });
}
