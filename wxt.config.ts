import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension pages load only the extension's own code: no remote script, no inline script.
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-tab results; contextMenus: 核查所选文字; sidePanel: the reading panel (Chrome).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandNextClaim__',
      },
    },
    content_security_policy: { extension_pages: CSP },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'yibao-check@yibao-check', strict_min_version: '115.0' } } }
      : {}),
  }),
});
