import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RunningWebApp {
  /** The address printed by `hia web`, token in the fragment. */
  openUrl: string;
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts browser mode exactly as a user does (`hia --db <file> web`), as a separate process,
 * and waits for the address it prints. Stopping and starting it again is a real restart.
 */
export async function startWebApp(dbPath: string): Promise<RunningWebApp> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'hia.js'), '--db', dbPath, 'web', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hia web did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hia web exited with ${code}:\n${output}`));
    });
  });
  return {
    openUrl,
    origin: new URL(openUrl).origin,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
