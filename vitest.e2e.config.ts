import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core + Debian Chromium) against `hia web`, the real
// renderer build and the real core. Run after `npm run build:renderer`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/require-build.ts'],
  },
});
