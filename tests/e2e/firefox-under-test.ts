// The Firefox harness (firefox-harness.ts) as the shared scenarios (tests/e2e/scenarios/) drive it.
import type { Page } from 'puppeteer-core';
import type { FirefoxHarness } from './firefox-harness';
import { pointOn, type BrowserUnderTest, type TestPage } from './browser-under-test';

/**
 * Page conditions are polled on a timer: puppeteer's default polls on animation frames, which
 * Firefox holds back in a background tab (the test page is one while the sidebar or popup is open).
 */
const POLL_MS = 100;

/** A Puppeteer page as the shared scenarios use it. */
function testPage(page: Page): TestPage<Page> {
  const first = async (selector: string) => (await page.waitForSelector(selector, { timeout: 10_000 }))!;
  return {
    raw: page,
    // The drivers' argument types unwrap element handles; the scenarios pass plain values.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as never, { timeout, polling: POLL_MS }, arg as never)),
    click: async (selector) => (await first(selector)).click(),
    clickButton: async (text) => (await first(`button::-p-text(${text})`)).click(),
    pointAt: async (selector, text) => {
      const box = (await (await first(`${selector}::-p-text(${text})`)).boundingBox())!;
      await page.mouse.move(...pointOn(box));
    },
    fill: async (selector, text) => (await first(selector)).type(text),
    close: () => page.close(),
  };
}

/** Firefox's promise-returning Manifest V2 toolbar button API (WXT types the callback form). */
type BrowserAction = { getBadgeText(d: { tabId: number }): Promise<string> };

/** The sidebar's and popup's sizes are Firefox's own. */
export function firefoxUnderTest(h: FirefoxHarness): BrowserUnderTest<Page> {
  return {
    base: h.base,
    openPage: async (path) => {
      const page = await h.browser.newPage();
      await page.goto(`${h.base}${path}`);
      return testPage(page);
    },
    extensionPage: async (path) => testPage(await h.extensionPage(path)),
    tabIdOf: (page) => h.tabIdOf(page.raw),
    badge: (tabId) => h.control.evaluate((id) => (browser.browserAction as unknown as BrowserAction).getBadgeText({ tabId: id }), tabId),
    setSettings: (settings) => h.control.evaluate((s) => browser.storage.local.set({ settings: s }), settings),
  };
}
