// The reader's controls in the built extension (Chromium): dismissing a claim from the card and
// from the side panel (it stays dismissed on reload, and undo brings it back), reporting a wrong
// verdict (listed and exported as JSON by the options page), hiding the page's marks while the
// side panel keeps its list, and pausing the site for today.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';
import { CHINESE_SETTINGS, EXTENSION } from './harness';
import { chromiumPerFile } from './per-file';
import { cardShown } from './page-probes';
import { marked, openMarkedPage } from './chromium-probes';

declare const chrome: {
  tabs: { sendMessage(tabId: number, m: object): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

const h = chromiumPerFile(CHINESE_SETTINGS);

const isMarked = async (page: Page, text: string): Promise<boolean> => (await marked(page)).some((t) => t.includes(text));

const openPage = (path: string): Promise<{ page: Page; tabId: number }> => openMarkedPage(h, path);

/** An extension page, as wide as the side panel unless told otherwise. */
const extensionPage = (path: string, width = 420): Promise<Page> => h.extensionPage(path, width);

/** The quotes the side panel lists, in order. */
const listed = (panel: Page): Promise<string[]> => panel.$$eval('li.claim blockquote', (els) => els.map((e) => e.textContent ?? ''));

/** Hovers the list item holding `text` until its card shows. */
async function hoverClaim(page: Page, text: string): Promise<void> {
  const box = (await page.locator('li', { hasText: text }).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.waitForFunction(cardShown);
}

const RETIRE = '退休后可以提取医保余额';
const GYM = '医保卡余额可以支付健身房费用';

describe('dismissing a claim', () => {
  it('from the card: the highlight and the panel item go at once, and the card’s undo brings them back', async () => {
    const { page, tabId } = await openPage('claims.html?from=card');
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    await page.bringToFront();
    await hoverClaim(page, RETIRE);
    await page.locator('yibao-check-card button[data-action="dismiss"]').click();
    expect(await isMarked(page, RETIRE)).toBe(false);
    expect(await isMarked(page, 'ATM机取现')).toBe(true);
    await expect.poll(async () => (await listed(panel)).some((q) => q.includes(RETIRE))).toBe(false);
    expect(await listed(panel)).toHaveLength(8);
    expect(await panel.locator('.dismissed li').textContent()).toContain(RETIRE);
    // The card says what happened and offers the undo.
    expect(await page.locator('yibao-check-card .notice').textContent()).toContain('已隐藏');
    await page.locator('yibao-check-card button[data-action="undo"]').click();
    await expect.poll(() => isMarked(page, RETIRE)).toBe(true);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    expect(await panel.locator('.dismissed').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('from the side panel: gone from page and panel, still gone after a reload, back with the panel’s undo', async () => {
    const { page, tabId } = await openPage('claims.html?from=panel');
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    await panel.locator('li.claim', { hasText: GYM }).locator('button[data-action="dismiss"]').click();
    await expect.poll(() => isMarked(page, GYM)).toBe(false);
    await expect.poll(() => listed(panel)).toHaveLength(8);
    // Stored in extension storage under the page's address (without the fragment) and the claim's words.
    const stored = (await h.worker.evaluate(() => chrome.storage.local.get('dismissed'))).dismissed as Record<string, { texts: string[] }>;
    expect(stored[`${h.base}/claims.html?from=panel`]!.texts).toEqual([expect.stringContaining(GYM)]);

    await page.reload();
    await expect.poll(() => isMarked(page, 'ATM机取现'), { timeout: 15_000 }).toBe(true);
    expect(await isMarked(page, GYM)).toBe(false);
    expect(await isMarked(page, RETIRE)).toBe(true);
    await expect.poll(() => listed(panel)).toHaveLength(8);
    expect((await listed(panel)).some((q) => q.includes(GYM))).toBe(false);

    // The same page under another address is another page.
    const other = await openPage('claims.html?from=elsewhere');
    expect(await isMarked(other.page, GYM)).toBe(true);
    await other.page.close();

    await panel.bringToFront();
    await panel.locator('.dismissed button[data-action="undo"]').click();
    await expect.poll(() => isMarked(page, GYM)).toBe(true);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    await panel.close();
    await page.close();
  });
});

describe('reporting a wrong verdict', () => {
  it('records the report from the card and from the panel, lists it in the options and exports it as JSON', async () => {
    const { page, tabId } = await openPage('claims.html#report');
    await hoverClaim(page, RETIRE);
    await page.locator('yibao-check-card button[data-action="report"]').click();
    await page.locator('yibao-check-card select').selectOption('accurate');
    await page.locator('yibao-check-card textarea').fill('我们这里退休可以提取');
    await page.locator('yibao-check-card button[data-action="send-report"]').click();
    expect(await page.locator('yibao-check-card .notice').textContent()).toContain('已记录');
    // A report leaves the claim marked.
    expect(await isMarked(page, RETIRE)).toBe(true);

    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    const item = panel.locator('li.claim', { hasText: '换现金' });
    await item.locator('button[data-action="report"]').click();
    await item.getByLabel('你认为正确的结论').selectOption('not-a-claim');
    await item.locator('button[data-action="send-report"]').click();
    await expect.poll(() => item.locator('.saved').textContent()).toContain('已记录');
    await panel.close();

    const options = await extensionPage('options.html', 900);
    const reports = options.locator('.report-list li');
    await expect.poll(() => reports.count()).toBe(2);
    // Newest first.
    expect(await reports.nth(0).textContent()).toContain('读者认为：不是一条说法');
    expect(await reports.nth(1).textContent()).toContain('本扩展的结论：误导 → 读者认为：准确');
    expect(await reports.nth(1).textContent()).toContain('我们这里退休可以提取');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[data-action="export-reports"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^yibao-check-reports-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      reports: { url: string; quote: string; verdict: string; suggested: string; comment: string; at: string }[];
    };
    expect(file.format).toBe('yibao-check-verdict-reports');
    expect(file.reports).toHaveLength(2);
    expect(file.reports[0]).toMatchObject({ url: `${h.base}/claims.html`, verdict: 'misleading', suggested: 'accurate', comment: '我们这里退休可以提取' });
    expect(file.reports[0]!.quote.replace(/\s+/g, '')).toContain(RETIRE);
    expect(file.reports[1]).toMatchObject({ verdict: 'illegal', suggested: 'not-a-claim', comment: '' });
    expect(Date.parse(file.reports[0]!.at)).toBeGreaterThan(Date.now() - 600_000);

    await options.locator('button[data-action="clear-reports"]').click();
    await options.locator('button[data-action="clear-reports"]').click();
    await expect.poll(() => options.getByText('还没有报告。').count()).toBe(1);
    await options.close();
    await page.close();
  });
});

describe('hiding the page’s marks', () => {
  it('takes the highlights and the card away while the side panel keeps its list, and brings them back', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> };
    expect(manifest.commands['toggle-marks']!.suggested_key.default).toBe('Alt+Shift+H');

    const { page, tabId } = await openPage('claims.html?marks');
    const popup = await extensionPage(`popup.html?tabId=${tabId}`, 400);
    await popup.locator('button[data-action="toggle-marks"]', { hasText: '隐藏本页标注' }).click();
    await expect.poll(() => marked(page)).toEqual([]);
    await expect.poll(() => popup.locator('button[data-action="toggle-marks"]').textContent()).toBe('显示本页标注');
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => listed(panel)).toHaveLength(9);
    // No card on hover either.
    await page.bringToFront();
    const box = (await page.locator('li', { hasText: RETIRE }).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => !!document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card:not([hidden])'))).toBe(false);

    await popup.locator('button[data-action="toggle-marks"]').click();
    await expect.poll(() => isMarked(page, RETIRE)).toBe(true);
    expect(await listed(panel)).toHaveLength(9);

    // The keyboard command sends the same message to the active tab's content script.
    await h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'reader/toggle-marks', tabId: id }), tabId);
    await expect.poll(() => marked(page)).toEqual([]);
    await h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'reader/toggle-marks', tabId: id }), tabId);
    await expect.poll(() => isMarked(page, 'ATM机取现')).toBe(true);
    await panel.close();
    await popup.close();
    await page.close();
  });
});

describe('accessibility of the new controls', () => {
  it.each(['light', 'dark'] as const)('axe-core finds no violation in the card’s form and notice, the panel’s form and undo list, or the options’ reports (%s)', async (scheme) => {
    const { page, tabId } = await openPage(`claims.html?axe=${scheme}`);
    await page.emulateMedia({ colorScheme: scheme });
    await hoverClaim(page, RETIRE);
    await page.locator('yibao-check-card button[data-action="report"]').click();
    expect(await axe(page, 'yibao-check-card'), 'card form').toEqual([]);
    await page.locator('yibao-check-card button[data-action="cancel-report"]').click();
    await page.locator('yibao-check-card button[data-action="dismiss"]').click();
    expect(await axe(page, 'yibao-check-card'), 'card notice').toEqual([]);

    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => panel.locator('.dismissed li').count()).toBe(1);
    const item = panel.locator('li.claim', { hasText: '换现金' });
    await item.locator('button[data-action="report"]').click();
    await item.getByLabel('你认为正确的结论').selectOption('misleading');
    expect(await axe(panel), 'panel').toEqual([]);
    await item.locator('button[data-action="send-report"]').click();
    await panel.locator('.dismissed button[data-action="undo"]').click();
    await expect.poll(() => listed(panel)).toHaveLength(9);
    await panel.close();

    const options = await extensionPage('options.html', 900);
    await options.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => options.locator('.report-list li').count()).toBe(1);
    expect(await axe(options), 'options').toEqual([]);
    await options.locator('button[data-action="clear-reports"]').click();
    await options.locator('button[data-action="clear-reports"]').click();
    await expect.poll(() => options.locator('.report-list li').count()).toBe(0);
    await options.close();
    await page.close();
  });
});
