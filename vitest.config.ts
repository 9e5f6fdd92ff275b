import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // Unit and component tests run outside a browser extension: @webext-core/fake-browser stands in.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/fakes/fake-browser.ts', import.meta.url)) },
  },
  test: {
    // Where each test sits: README, "How it is put together".
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The highlight rules are a style sheet the page layer also reads as text (highlight.css?raw).
    css: { include: [/lib\/dom\/highlight\.css/] },
  },
});
