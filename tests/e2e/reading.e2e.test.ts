// What a new reader stumbled on, in the built extension (Chromium): a page that repeats one dated
// local scheme is one group in the side panel; the card waits for the pointer to rest on a claim;
// the card keeps keyboard focus while open and gives it back on Escape; the previous-claim step;
// the toolbar title follows the interface language of the options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHINESE_SETTINGS, EXTENSION } from './harness';
import { chromiumPerFile } from './per-file';
import { axe } from './axe';
import { cardShown as isCardShown } from './page-probes';
import { openMarkedPage } from './chromium-probes';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]>; sendMessage(tabId: number, m: object): Promise<unknown> };
  action: { getTitle(d: { tabId?: number }): Promise<string> };
  storage: { local: { set(v: object): Promise<void> } };
};

const h = chromiumPerFile(CHINESE_SETTINGS);

const openPage = (path: string, text: string): Promise<{ page: Page; tabId: number }> => openMarkedPage(h, path, text);

const cardShown = (page: Page): Promise<boolean> => page.evaluate(isCardShown);

/** What has keyboard focus: inside the card, its button's action or text; else the page element's tag. */
const focusName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName.toLowerCase() === 'yibao-check-card') {
      const inner = (active as HTMLElement).shadowRoot!.activeElement as HTMLElement | null;
      return `card:${inner?.getAttribute('data-action') ?? inner?.className ?? inner?.textContent ?? ''}`;
    }
    return `page:${active?.tagName.toLowerCase() ?? ''}`;
  });

describe('a page that repeats one dated local scheme', () => {
  it('is one group in the side panel: the reason once, each claim’s words under it, each shown in the page on request', async () => {
    const { page, tabId } = await openPage('local-scheme.html', '健身');
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('.claim-group');
    const groups = panel.locator('.claim-group');
    expect(await groups.count()).toBe(1);
    const group = groups.first();
    const quotes = await group.locator('li.claim blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(quotes.every((q) => /健身|游泳/.test(q))).toBe(true);
    expect(await group.locator('.group-count').textContent()).toBe(`${quotes.length} 条说法，理由相同`);
    expect(await group.locator('.explanation').count()).toBe(1);
    expect(await group.locator('.sources').count()).toBe(1);
    // The rule is in the panel once for each verdict it is given with, however often the page repeats the scheme.
    const entry = (await group.getAttribute('data-entry'))!;
    const rule = (await group.locator('.explanation').textContent())!.replace(/^这几条说法[^。]*。/, '');
    expect(rule.length).toBeGreaterThan(10);
    const main = (await panel.locator('main').textContent())!;
    const items = await panel.locator(`ol.claims > li[data-entry="${entry}"]`).count();
    expect(main.split(rule).length - 1, main).toBe(items);
    expect(items).toBeLessThan(quotes.length);
    // The other claim of the page is listed on its own.
    expect(await panel.locator('ol.claims > li.claim blockquote').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('ATM机取现')]));
    await panel.screenshot({ path: join(__dirname, 'screenshots', 'sidepanel-grouped.png') });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await axe(panel), scheme).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    // Each quote keeps its own "show in page".
    await group.locator('li.claim').nth(2).getByRole('button', { name: '在页面中显示' }).click();
    await page.waitForFunction(() => CSS.highlights.has('claim-flash'), undefined, { timeout: 5000 });
    await panel.close();
    await page.close();
  });
});

describe('the card', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ page, tabId } = await openPage('claims.html', 'ATM机取现'));
  });
  afterAll(async () => {
    await page.close();
  });

  it('does not open for a claim the pointer only crosses', async () => {
    await page.mouse.move(5, 5);
    const box = (await page.locator('li', { hasText: '退休后可以提取医保余额' }).boundingBox())!;
    // Across the claim's line and off it again, in about 100 ms.
    await page.mouse.move(box.x - 40, box.y - 30);
    await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 3 });
    await page.waitForTimeout(100);
    await page.mouse.move(box.x + box.width + 300, box.y + box.height + 200, { steps: 3 });
    await page.waitForTimeout(700);
    expect(await cardShown(page)).toBe(false);
  });

  it('opens once the pointer has rested on a claim for about a quarter of a second', async () => {
    const box = (await page.locator('li', { hasText: '退休后可以提取医保余额' }).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    const arrived = Date.now();
    await page.waitForTimeout(150);
    expect(await cardShown(page)).toBe(false);
    await page.waitForFunction(() => {
      const card = document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
      return !!card && !card.hidden;
    }, undefined, { timeout: 3000 });
    const waited = Date.now() - arrived;
    expect(waited).toBeGreaterThanOrEqual(240);
    expect(waited).toBeLessThan(1500);
  });

  it('keeps Tab and Shift+Tab inside it while open, and Escape gives focus back', async () => {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    await page.locator('textarea').focus();
    // The previous claim, as Alt+Shift+U asks: from the start, the page's last claim, its card focused.
    await h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'background/step', direction: -1 }), tabId);
    await expect.poll(() => focusName(page), { timeout: 5000 }).toBe('card:primary');
    expect(await page.evaluate(() => document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('.verdict')!.textContent)).toBe('准确');
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusName(page));
    }
    expect(seen.every((s) => s.startsWith('card:'))).toBe(true);
    expect(new Set(seen).size).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Shift+Tab');
    expect(await focusName(page)).toBe(seen[6]);
    await page.keyboard.press('Escape');
    expect(await cardShown(page)).toBe(false);
    expect(await focusName(page)).toBe('page:textarea');
  });

  it('has a previous-claim command next to the next-claim one, within Chrome’s four suggested keys', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key?: { default: string }; description: string }>;
    };
    expect(manifest.commands['prev-claim']!.suggested_key!.default).toBe('Alt+Shift+U');
    expect(manifest.commands['next-claim']!.suggested_key!.default).toBe('Alt+Shift+Y');
    expect(Object.values(manifest.commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });
});

describe('the toolbar button', () => {
  it('is titled in the language chosen in the options, and follows a change', async () => {
    const title = () => h.worker.evaluate(() => chrome.action.getTitle({}));
    await expect.poll(title).toBe('医保核查');
    await h.setSettings({ ...CHINESE_SETTINGS, language: 'en' });
    await expect.poll(title).toBe('Yibao Check');
    await h.setSettings(CHINESE_SETTINGS);
    await expect.poll(title).toBe('医保核查');
  });
});
