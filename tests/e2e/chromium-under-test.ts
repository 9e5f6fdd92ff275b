// The Chromium harness (harness.ts) as the shared scenarios (tests/e2e/scenarios/) drive it.
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import type { Harness } from './harness';
import { pointOn, type BrowserUnderTest, type TestPage } from './browser-under-test';
import { badge } from './chromium-probes';

/** Where the Chromium run keeps its screenshots (the README shows them). */
export const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A Playwright page as the shared scenarios use it. */
function testPage(page: Page): TestPage<Page> {
  return {
    raw: page,
    // The drivers' argument types unwrap element handles; the scenarios pass plain values.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as never, arg as never, { timeout, polling: 100 })),
    click: (selector) => page.click(selector),
    clickButton: (text) => page.locator('button', { hasText: text }).first().click(),
    pointAt: async (selector, text) => {
      const box = (await page.locator(selector, { hasText: text }).first().boundingBox())!;
      await page.mouse.move(...pointOn(box));
    },
    fill: (selector, text) => page.fill(selector, text),
    close: () => page.close(),
  };
}

export function chromiumUnderTest(h: Harness): BrowserUnderTest<Page> {
  return {
    base: h.base,
    openPage: async (path) => {
      const page = await h.context.newPage();
      await page.goto(`${h.base}${path}`);
      return testPage(page);
    },
    extensionPage: async (path, size) => {
      const page = await h.extensionPage(path);
      if (size) await page.setViewportSize(size);
      return testPage(page);
    },
    tabIdOf: (page) => h.tabIdOf(page.raw),
    badge: (tabId) => badge(h, tabId),
    setSettings: (settings) => h.setSettings(settings),
    screenshot: async (page, name) => void (await page.raw.screenshot({ path: `${SHOTS}${name}` })),
  };
}
