#!/usr/bin/env node
// The `hia` command. The core is TypeScript; tsx loads it directly, so `npx hia` works right
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli.ts');
try {
  await runCli(process.argv.slice(2));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`错误 / Error: ${message}`);
  process.exitCode = 1;
}
