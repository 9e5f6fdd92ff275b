// Launches Debian's Firefox ESR over WebDriver BiDi with the built Firefox extension installed as
// a temporary add-on, and serves the test pages on loopback (the same server as the Chromium tests).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve } from './harness';
import { until } from './browser-under-test';

export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The extension's moz-extension:// host. Firefox picks a random one per profile unless the
 * `extensions.webextensions.uuids` pref names it for the add-on's id, so the tests fix it.
 */
const UUID = '7d0c2f4e-1b3a-4c5d-8e6f-0a1b2c3d4e5f';

/** How long to wait for an extension page's document to finish loading. */
const PAGE_LOAD_MS = 15_000;

export interface FirefoxHarness {
  browser: Browser;
  /** Root of the test pages, http://127.0.0.1:PORT */
  base: string;
  /** Root of the extension's pages, moz-extension://UUID */
  origin: string;
  /** An extension page left open, from which tests call the extension API (`browser.*`). */
  control: Page;
  /** Opens `origin/path` in a new tab, resolved once its document has loaded. */
  extensionPage(path: string): Promise<Page>;
  /** The WebExtension tab id of a page (it is brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Loads an extension URL in a page. Firefox's WebDriver BiDi reports no navigation or load event
 * from extension documents (bug 1755014), so `goto` would never see the load: it only starts the
 * navigation, and the document itself says when it is loaded.
 */
async function loadExtensionUrl(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {
    // Settles only when the page or the browser closes.
  });
  await until(
    async () => (await page.evaluate(() => `${location.href} ${document.readyState}`)) === `${url} complete`,
    PAGE_LOAD_MS,
    `${url} to load`,
  );
}

/** Firefox ESR with the built Firefox (Manifest V2) extension installed. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  const manifestPath = join(FIREFOX_EXTENSION, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${FIREFOX_EXTENSION}: run npm run build:firefox first`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: run bash .ci/setup.sh`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string; strict_min_version: string } };
  };
  const { id: geckoId, strict_min_version: minVersion } = manifest.browser_specific_settings.gecko;

  const { server, base } = await serve();
  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1200, height: 900 },
      // Lets BiDi navigate a tab to a moz-extension:// page, as the Chromium tests open theirs.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
        'intl.accept_languages': 'zh-CN, zh',
      },
    });
  } catch (e) {
    server.close();
    throw e;
  }
  const close = async (): Promise<void> => {
    await firefox.close().catch(() => {});
    await new Promise((r) => server.close(r));
  };
  try {
    // An older Firefox refuses the add-on (strict_min_version); say so rather than fail to install.
    const version = /firefox\/([\d.]+)/i.exec(await firefox.version())?.[1] ?? '0';
    if (parseFloat(version) < parseFloat(minVersion)) throw new Error(`${FIREFOX} is Firefox ${version}; the add-on needs ${minVersion} or later`);
    const id = await firefox.installExtension(FIREFOX_EXTENSION);
    if (id !== geckoId) throw new Error(`installed add-on ${id}, expected ${geckoId}`);
    const origin = `moz-extension://${UUID}`;
    const extensionPage = async (path: string): Promise<Page> => {
      const page = await firefox.newPage();
      await loadExtensionUrl(page, `${origin}/${path}`);
      return page;
    };
    const control = await extensionPage('options.html');
    const tabIdOf = async (page: Page): Promise<number> => {
      await page.bringToFront();
      // Without the tabs permission a web page's URL is hidden: the active tab is the one just brought to front.
      return control.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
    };
    return { browser: firefox, base, origin, control, extensionPage, tabIdOf, close };
  } catch (e) {
    await close();
    throw e;
  }
}
