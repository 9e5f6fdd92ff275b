import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // Unit and component tests run outside a browser extension: an in-memory fake stands in.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/fakes/browser.ts', import.meta.url)) },
  },
  test: {
    // A test sits in the tests/ folder named like the lib/ folder of what it tests (tests/engine,
    // tests/dom, tests/ui, tests/cli, tests/dataset; tests/lib for lib/'s own modules); helpers and
    // hand-made data shared across folders are in tests/fixtures, stand-ins for browser APIs in tests/fakes.
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
