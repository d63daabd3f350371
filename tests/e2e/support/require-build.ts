import fs from 'node:fs';
import { CHROMIUM_PATH } from './browser';

/** Fails fast with a clear reason instead of a confusing timeout. */
export default function setup(): void {
  if (!fs.existsSync('out/renderer/index.html')) {
    throw new Error('The renderer is not built: run `npm run build:renderer` first (npm test does).');
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (see .ci/run), or set HIA_CHROMIUM.`);
  }
}
