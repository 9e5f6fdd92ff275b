// What the Chromium tests read from the extension itself: the toolbar button, from the service
// worker, and the background's record of a tab, asked as an extension page asks it.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { markedTexts } from './page-probes';

// The extension API inside the service worker and extension pages, where these callbacks run.
declare const chrome: {
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getBadgeTextColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

export const badge = (h: Harness, tabId: number): Promise<string> => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
export const badgeTitle = (h: Harness, tabId: number): Promise<string> => h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
export const badgeColor = (h: Harness, tabId: number): Promise<number[]> => h.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
export const badgeTextColor = (h: Harness, tabId: number): Promise<number[]> => h.worker.evaluate((id) => chrome.action.getBadgeTextColor({ tabId: id }), tabId);

/** A #rrggbb colour as the RGBA bytes Chrome reports. */
export const rgba = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** What the background knows about a tab, as far as these tests read it. */
export interface SeenTabState {
  status: string;
  claims: { verdict: string; start: number }[];
  focus?: { index?: number };
  total?: number;
}

/**
 * Asks the background for tabs' states from an extension page of its own, opened on first use.
 * @return the asking function, and `close` for the page
 */
export async function tabStates(h: Harness): Promise<{ of(tabId: number): Promise<SeenTabState>; close(): Promise<void> }> {
  const ext: Page = await h.extensionPage('options.html');
  return {
    of: async (tabId) => (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/get-tab-state', tabId: id }), tabId)) as SeenTabState,
    close: () => ext.close(),
  };
}

/** Every highlighted text of the page, without white space, whatever its verdict. */
export const marked = (page: Page): Promise<string[]> => page.evaluate(markedTexts);

/** Opens a test page (`claims.html?x`) in a new tab, once `painted(arg)` holds in it (15 s at most); @return the page and its tab */
async function openPage(h: Harness, path: string, painted: (arg: string) => boolean, arg: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(`${h.base}/${path}`);
  await page.waitForFunction(painted, arg, { timeout: 15_000 });
  return { page, tabId: await h.tabIdOf(page) };
}

/** Opens a test page (`claims.html?x`) in a new tab, once a claim holding `text` is marked; @return the page and its tab */
export const openMarkedPage = (h: Harness, path: string, text = 'ATM机取现'): Promise<{ page: Page; tabId: number }> =>
  openPage(
    h,
    path,
    (t) => [...CSS.highlights.keys()].some((n) => n.startsWith('claim-') && [...(CSS.highlights.get(n) as Iterable<Range>)].some((r) => r.toString().replace(/\s+/g, '').includes(t))),
    text,
  );

/** Opens a test page in a new tab, once it has highlight `name` (`claim-illegal`…); @return the page and its tab */
export const openHighlightedPage = (h: Harness, path: string, name: string): Promise<{ page: Page; tabId: number }> =>
  openPage(h, path, (n) => CSS.highlights.has(n), name);
