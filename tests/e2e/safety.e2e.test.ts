import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axe } from './axe';
import { chromiumPerFile } from './per-file';
import { openHighlightedPage } from './chromium-probes';

// Requests made by the extension's service worker are reported too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const h = chromiumPerFile();
const requests: string[] = [];

beforeAll(() => {
  const record = (r: Request) => requests.push(r.url());
  h.context.on('request', record);
  h.worker.on?.('request' as never, record as never);
});

describe('hostile page text', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ page, tabId } = await openHighlightedPage(h, 'xss.html', 'claim-misleading'));
  });

  it('ignores messages a page posts to it', async () => {
    // The page posted reveal/open-panel messages on load: nothing was flashed and no panel opened.
    expect(await page.evaluate(() => CSS.highlights.has('claim-flash'))).toBe(false);
    const urls = h.context.pages().map((p) => p.url());
    expect(urls.some((u) => u.includes('sidepanel.html'))).toBe(false);
  });

  it('is shown as inert text in the card, the side panel and the popup', async () => {
    const line = page.locator('p', { hasText: 'ATM' });
    const box = (await line.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.waitForFunction(() => !!document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card:not([hidden])'));
    expect(await page.evaluate(() => document.querySelector('yibao-check-card')!.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
    // The only links are the card's own: sources with a confirmed official address.
    const links = await page.evaluate(() => [...document.querySelector('yibao-check-card')!.shadowRoot!.querySelectorAll('a')].map((a) => [!!a.closest('.sources'), a.href]));
    for (const [inSources, href] of links) expect([inSources, href]).toEqual([true, expect.stringMatching(/^https:\/\/www\.gov\.cn\//)]);

    const panel = await h.extensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-verdict]');
    const quotes = await panel.$$eval('blockquote', (els) => els.map((e) => e.textContent ?? ''));
    expect(quotes.join(' ')).toContain('<img src=x onerror="window.__pwned=1');
    expect(await panel.evaluate(() => document.querySelectorAll('main img, main script').length)).toBe(0);

    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await popup.fill('input[type="search"]', '医保卡可以在ATM取现<img src=x onerror="window.__pwned=5">');
    await popup.locator('[data-verdict]').first().waitFor();
    expect(await popup.evaluate(() => document.querySelectorAll('main img').length)).toBe(0);

    for (const p of [page, panel, popup]) expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('has accessible pages and card in the %s scheme (axe-core finds no violations)', async (scheme) => {
    const background = scheme === 'dark' ? 'rgb(22, 27, 34)' : 'rgb(255, 255, 255)';
    for (const path of [`popup.html?tabId=${tabId}`, `sidepanel.html?tabId=${tabId}`, 'options.html']) {
      const p = await h.context.newPage();
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(`chrome-extension://${h.extensionId}/${path}`);
      await p.waitForLoadState('load');
      await p.waitForTimeout(300);
      // The page follows the scheme (axe would pass a page that ignored it).
      expect(await p.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe(background);
      expect(await axe(p), `${path} (${scheme})`).toEqual([]);
      await p.close();
    }
    await page.emulateMedia({ colorScheme: scheme });
    const card = await page.evaluate(() => {
      const el = document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card:not([hidden])');
      return el ? getComputedStyle(el).backgroundColor : null;
    });
    // The card is dark in the dark scheme, on a page that stays light.
    expect(card).toBe(background);
    expect(await axe(page, 'yibao-check-card')).toEqual([]);
  });
});

describe('network', () => {
  it('makes no request but for the test pages themselves', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/claims.html`);
    await page.waitForFunction(() => CSS.highlights.has('claim-misleading'), undefined, { timeout: 15_000 });
    const options = await h.extensionPage('options.html');
    await options.waitForTimeout(300);
    const foreign = requests.filter((u) => !u.startsWith(h.base) && !u.startsWith(`chrome-extension://${h.extensionId}/`));
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
  });
});
