import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium: one browser, run in order.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
