import { defineConfig } from 'vitest/config';

// Unit and integration tests of the Node-only core and shared code.
// Browser tests (Playwright against `npm run web`) live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
