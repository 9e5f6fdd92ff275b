// The Firefox build in Firefox ESR: page highlights and their verdicts, the sidebar's list, the
// popup's lookup and the per-site switch, as the Chromium tests check them in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, until, type FirefoxHarness } from './firefox-harness';
import { CLAIM_HIGHLIGHTS, cardShown, highlightHas, highlightTexts, type ClaimHighlight, type Highlights } from './page-probes';

/**
 * Page conditions are polled on a timer: puppeteer's default polls on animation frames, which
 * Firefox holds back in a background tab (the test page is one while the sidebar or popup is open).
 */
const POLL_MS = 100;

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

/** The text of every highlighted range, per highlight name, read from the page's main world. */
const highlights = (page: Page): Promise<Highlights> => page.evaluate(highlightTexts, CLAIM_HIGHLIGHTS) as Promise<Highlights>;

async function waitForHighlights(page: Page, name: ClaimHighlight, text: string): Promise<void> {
  await page.waitForFunction(highlightHas, { timeout: 15_000, polling: POLL_MS }, [name, text] as const);
}

/** Firefox's promise-returning Manifest V2 toolbar button API (WXT types the callback form). */
type BrowserAction = { getBadgeText(d: { tabId: number }): Promise<string> };
const badge = (tabId: number): Promise<string> =>
  h.control.evaluate((id) => (browser.browserAction as unknown as BrowserAction).getBadgeText({ tabId: id }), tabId);

/** Clicks the first button whose text contains `text`. */
async function clickButton(page: Page, text: string): Promise<void> {
  const button = await page.waitForSelector(`button::-p-text(${text})`, { timeout: 5000 });
  await button!.click();
}

describe('Firefox ESR: the Firefox build on a page with claims', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await h.control.evaluate(() =>
      browser.storage.local.set({ settings: { enabled: true, disabledSites: [], region: null, language: 'zh_CN' } }),
    );
    page = await h.browser.newPage();
    await page.goto(`${h.base}/claims.html`);
    await waitForHighlights(page, 'claim-misleading', 'ATM机取现');
    tabId = await h.tabIdOf(page);
  });

  it('marks each claim with the highlight of its verdict, one range per table cell', async () => {
    const hl = await highlights(page);
    const joined = (n: ClaimHighlight) => hl[n].map((t) => t.replace(/\s+/g, '')).join(' | ');
    expect(joined('claim-misleading')).toContain('医保卡里的钱可以直接在ATM机取现');
    expect(joined('claim-misleading')).toContain('停保后医保卡里的钱可以取出来');
    expect(joined('claim-misleading')).toContain('退休后可以提取医保余额');
    expect(joined('claim-misleading')).toContain('医保卡余额可以支付健身房费用');
    expect(joined('claim-accurate')).toContain('医保个人账户资金不能提取现金');
    expect(joined('claim-accurate')).toContain('可以给配偶、父母、子女看病买药');
    expect(joined('claim-accurate')).toContain('医保套现属于违法行为');
    expect(joined('claim-region-dependent')).toContain('商业健康保险');
    // The illegal claim runs over two table cells: one range per cell, none across a line.
    const illegal = hl['claim-illegal'].map((t) => t.trim());
    expect(illegal).toHaveLength(2);
    expect(illegal[0]).toBe('到药店刷医保卡换现金');
    expect(illegal[1]).toMatch(/^安全无风险/);
    for (const t of Object.values(hl).flat()) expect(t).not.toMatch(/[\n\t]/);
    expect(Object.values(hl).flat().join(' ')).not.toContain('隐藏');
    // The page's DOM is untouched: no <mark> fallback, the body as the page built it.
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-claim-verdict]').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { initialBody: string }).initialBody)).toBe(true);
  });

  it('counts the misleading and illegal claims on the toolbar badge', async () => {
    // Four misleading claims (ATM, 停保, 退休, 健身房) and one illegal (药店换现金).
    await until(async () => (await badge(tabId)) === '5', 5000, 'the badge to read 5');
  });

  it('shows a card with the verdict when a claim is hovered', async () => {
    const target = await page.waitForSelector('li::-p-text(退休后可以提取医保余额)');
    const box = (await target!.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.waitForFunction(cardShown, { timeout: 5000, polling: POLL_MS });
    expect(await page.evaluate(() => document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('.verdict')!.textContent)).toBe('误导');
  });

  it('lists the claims in the sidebar, in page order, filters them and shows one in the page', async () => {
    const panel = await h.extensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-verdict]', { timeout: 10_000 });
    const items = await panel.$$eval('[data-verdict]', (els) => els.map((e) => [e.getAttribute('data-verdict'), e.querySelector('blockquote')?.textContent ?? '']));
    expect(items.map(([v]) => v)).toEqual([
      'misleading', 'accurate', 'accurate', 'region-dependent', 'misleading', 'misleading', 'misleading', 'illegal', 'accurate',
    ]);
    expect(items[0]![1]).toContain('ATM');
    expect(items[7]![1]).toContain('换现金');
    await clickButton(panel, '违法');
    await until(
      async () => JSON.stringify(await panel.$$eval('[data-verdict]', (els) => els.map((e) => e.getAttribute('data-verdict')))) === '["illegal"]',
      5000,
      'the list to show only the illegal claim',
    );
    await clickButton(panel, '在页面中显示');
    await page.waitForFunction(() => CSS.highlights.has('claim-flash'), { timeout: 5000, polling: POLL_MS });
    await panel.close();
  });

  it('answers a typed question in the popup', async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    const input = await popup.waitForSelector('input[type="search"]', { timeout: 10_000 });
    await input!.type('医保卡里的钱可以去ATM取现吗');
    const first = await popup.waitForSelector('[data-verdict]', { timeout: 10_000 });
    expect(await first!.evaluate((e) => e.getAttribute('data-verdict'))).toBe('misleading');
    expect(await popup.$eval('.summary', (e) => e.textContent)).toMatch(/违法\s*1/);
    await popup.close();
  });

  it('removes every highlight when the site is switched off, and restores them when on', async () => {
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    const toggle = await popup.waitForSelector('input[role="switch"]:not([disabled])', { timeout: 10_000 });
    expect(await toggle!.evaluate((e) => (e as HTMLInputElement).checked)).toBe(true);
    await toggle!.click();
    await page.waitForFunction(() => CSS.highlights.size === 0 && !document.querySelector('yibao-check-card'), {
      timeout: 10_000,
      polling: POLL_MS,
    });
    await until(async () => (await badge(tabId)) === '', 5000, 'the badge to clear');
    await toggle!.click();
    await waitForHighlights(page, 'claim-misleading', 'ATM机取现');
    await waitForHighlights(page, 'claim-illegal', '到药店刷医保卡换现金');
    await until(async () => (await badge(tabId)) === '5', 5000, 'the badge to read 5 again');
    await popup.close();
  });
});
