// Worker bootstrap for running the TypeScript core without a build (browser mode, tests):
// Node 20 ignores `--import` in a worker's execArgv, so tsx is registered here instead.
import { register } from 'tsx/esm/api';

register();
await import('../electron/core-worker.ts');
