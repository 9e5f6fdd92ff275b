// Where a page's claims lie around its view, counted and stepped through from the side panel, in
// the Chromium build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHINESE_SETTINGS } from './harness';
import { chromiumPerFile } from './per-file';

// The extension API inside the service worker, where these callbacks run.
declare const chrome: { windows: { create(o: object): Promise<unknown> } };

const h = chromiumPerFile(CHINESE_SETTINGS);

describe('where the claims are, from the side panel', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(`${h.base}/far-apart.html`);
    await page.waitForFunction(
      () => [...(CSS.highlights as unknown as Map<string, { size: number }>).entries()].reduce((n, [k, v]) => n + (k.startsWith('claim-') ? v.size : 0), 0) === 6,
      undefined,
      { timeout: 15_000 },
    );
    const tabId = await h.tabIdOf(page);
    // The panel in a window of its own: the page stays the active tab of its window, and scrolls as it would beside a side panel.
    const url = `chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`;
    [panel] = await Promise.all([
      h.context.waitForEvent('page'),
      h.worker.evaluate((u) => chrome.windows.create({ url: u, width: 420, height: 900 }), url),
    ]);
    await panel.waitForSelector('.claim-nav');
  });
  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  const counts = (): Promise<string | null> => panel.locator('.claim-nav .in-view').textContent();
  /** The paragraphs (ids) the flashed claim lies in; '' when nothing flashes. */
  const flashed = (): Promise<string> =>
    page.evaluate(() => [...((CSS.highlights.get('claim-flash') as Iterable<Range> | undefined) ?? [])].map((r) => r.startContainer.parentElement?.closest('p')?.id).join(','));
  const inView = (id: string): Promise<boolean> =>
    page.evaluate((i) => {
      const box = document.getElementById(i)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, id);

  it('counts the claims above and below the page’s view, following it as it scrolls', async () => {
    await expect.poll(counts).toBe('↑ 0 条在上方 · ↓ 5 条在下方');
    await page.evaluate(() => document.getElementById('c2')!.scrollIntoView({ block: 'center' }));
    await expect.poll(counts).toBe('↑ 2 条在上方 · ↓ 3 条在下方');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(counts).toBe('↑ 6 条在上方 · ↓ 0 条在下方');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(counts).toBe('↑ 0 条在上方 · ↓ 5 条在下方');
  });

  it('scrolls the page to the next and the previous claim and flashes it', async () => {
    // From the top of the page, the next claim is the first one below the view.
    await panel.click('[data-action="next-claim"]');
    await expect.poll(flashed).toBe('c1');
    await expect.poll(() => inView('c1')).toBe(true);
    await expect.poll(counts).toBe('↑ 1 条在上方 · ↓ 4 条在下方');
    // Then claim by claim.
    await panel.click('[data-action="next-claim"]');
    await expect.poll(flashed).toBe('c2');
    await expect.poll(() => inView('c2')).toBe(true);
    await panel.click('[data-action="prev-claim"]');
    await expect.poll(flashed).toBe('c1');
    await expect.poll(() => inView('c1')).toBe(true);
    // Once the reader has scrolled elsewhere, the previous claim is the last one above the view.
    await page.waitForTimeout(1700);
    await page.evaluate(() => document.getElementById('c4')!.scrollIntoView({ block: 'center' }));
    await expect.poll(counts).toBe('↑ 4 条在上方 · ↓ 1 条在下方');
    await panel.click('[data-action="prev-claim"]');
    await expect.poll(flashed).toBe('c3');
    await expect.poll(() => inView('c3')).toBe(true);
    await expect.poll(counts).toBe('↑ 3 条在上方 · ↓ 2 条在下方');
  });
});
