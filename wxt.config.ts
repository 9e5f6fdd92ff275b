import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * The extension never renders markup from strings. Preact's one `innerHTML` assignment (for
 * dangerouslySetInnerHTML, which no view uses) is turned into a text assignment, so no code
 * path can parse page text as HTML and Mozilla's linter has nothing to flag.
 */
function noInnerHtml(): Plugin {
  return {
    name: 'yibao-check:no-inner-html',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('.__html')) return null;
      return { code: code.replace(/(\w+)\.innerHTML\s*=\s*(\w+)\.__html/g, '$1.textContent=$2.__html'), map: null };
    },
  };
}

// Extension pages load only the extension's own code: no remote script, no inline script.
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The extension's icon at each size, drawn by scripts/make-icons.mjs. */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [preact(), noInnerHtml()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-tab results; contextMenus: 核查所选文字; sidePanel: the reading panel (Chrome).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // public/icon/N.png become the manifest's icons (WXT finds them); the toolbar button uses the
    // same. Manifest V2 (the Firefox build) calls the button browser_action.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_title: '__MSG_extName__', default_icon: ICONS },
    // Chrome takes at most four commands with a suggested key; these are three.
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandNextClaim__',
      },
      'prev-claim': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandPrevClaim__',
      },
      // Hides the page's marks and card, or brings them back; the side panel keeps its list.
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleMarks__',
      },
    },
    content_security_policy: { extension_pages: CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The extension collects and transmits no data at all.
            gecko: { id: 'yibao-check@yibao-check', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
