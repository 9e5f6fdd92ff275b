// Pausing a site for the rest of the day from the popup, in the Chromium build: the page loses its
// marks until then, the options page lists the pause, and the switch ends it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHINESE_SETTINGS } from './harness';
import { chromiumPerFile } from './per-file';
import { badge, marked, openMarkedPage } from './chromium-probes';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

const h = chromiumPerFile(CHINESE_SETTINGS);

const isMarked = async (page: Page, text: string): Promise<boolean> => (await marked(page)).some((t) => t.includes(text));

describe('pausing the site for today', () => {
  it('turns annotation off on the site until the end of the day, and the options page lists it with its expiry', async () => {
    const { page, tabId } = await openMarkedPage(h, 'claims.html?pause');
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`, 400);
    await popup.locator('button[data-action="pause-site"]').click();
    await expect.poll(() => marked(page)).toEqual([]);
    await expect.poll(() => badge(h, tabId)).toBe('');
    await expect.poll(() => popup.locator('#site-pause-note').textContent()).toMatch(/^本网站今天暂停标注，\d+月\d+日 00:00 恢复。$/);
    expect(await popup.getByRole('switch').isChecked()).toBe(false);
    const settings = (await h.worker.evaluate(() => chrome.storage.local.get('settings'))).settings as { pausedSites: Record<string, number>; disabledSites: string[] };
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    expect(settings.pausedSites).toEqual({ '127.0.0.1': midnight.getTime() });
    expect(settings.disabledSites).toEqual([]);

    // Reloaded, the page stays unmarked.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await marked(page)).toEqual([]);

    const options = await h.extensionPage('options.html', 900);
    const site = options.locator('.sites li', { hasText: '127.0.0.1' });
    await expect.poll(() => site.textContent()).toMatch(/暂停到 \d+月\d+日 00:00/);

    // The switch turns the site back on.
    await popup.getByRole('switch').check();
    await expect.poll(() => isMarked(page, 'ATM机取现'), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => options.locator('.sites li').count()).toBe(0);
    await options.close();
    await popup.close();
    await page.close();
  });
});
