import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extensions in Debian's Chromium and Firefox ESR: one browser at
// a time, run in order.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
