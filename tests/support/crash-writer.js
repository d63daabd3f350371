// Bootstrap for crash-writer.ts in a child process: Node 20 needs tsx registered from JS (as
// bin/core-worker-tsx.js does) before TypeScript can be imported.
import { register } from 'tsx/esm/api';

register();
await import('./crash-writer.ts');
