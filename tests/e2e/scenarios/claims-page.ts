// pages/claims.html as every browser must show it: the marks and their verdicts, the badge, the
// hover card, the side panel's list, the popup's lookup and the per-site switch. A browser's test
// file opens the page with claimsPage() and states which of these scenarios it runs, in order.
import { beforeAll, expect, it } from 'vitest';
import { until, type BrowserUnderTest, type TestPage } from '../browser-under-test';
import { CHINESE_SETTINGS } from '../harness';
import { CLAIM_HIGHLIGHTS, cardShown, highlightHas, highlightTexts, type ClaimHighlight, type Highlights } from '../page-probes';

/** The claims of claims.html in page order, by verdict. */
export const IN_PAGE_ORDER = ['misleading', 'accurate', 'accurate', 'region-dependent', 'misleading', 'misleading', 'misleading', 'illegal', 'accurate'];

/** The text of every highlighted range, per highlight name, read from the page's main world. */
export const highlights = (page: TestPage): Promise<Highlights> => page.evaluate(highlightTexts, [...CLAIM_HIGHLIGHTS]) as Promise<Highlights>;

/** Resolves once highlight `name` marks `text`. */
export const waitForMark = (page: TestPage, name: ClaimHighlight, text: string): Promise<void> => page.waitFor(highlightHas, [name, text] as const);

/** The verdict and quote of every claim an extension page lists. */
const listed = (panel: TestPage): Promise<[string, string][]> =>
  panel.evaluate(() => [...document.querySelectorAll('[data-verdict]')].map((e): [string, string] => [e.getAttribute('data-verdict')!, e.querySelector('blockquote')?.textContent ?? '']), undefined);

/** Opens claims.html, once its marks are painted, before the scenarios; @return the scenarios to run on it */
export function claimsPage<Raw>(browser: () => BrowserUnderTest<Raw>) {
  let page: TestPage<Raw>;
  let tabId: number;

  beforeAll(async () => {
    const b = browser();
    await b.setSettings(CHINESE_SETTINGS);
    page = await b.openPage('/claims.html');
    await waitForMark(page, 'claim-misleading', 'ATM机取现');
    tabId = await b.tabIdOf(page);
  });

  return {
    /** The open page and its tab, for a browser's own checks. */
    current: () => ({ page, tabId }),

    marksEachClaimByVerdict: () =>
      it('marks each claim with the highlight of its verdict, across inline elements', async () => {
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
        expect(joined('claim-illegal')).toContain('到药店刷医保卡换现金');
      }),

    keepsMarksInCellsAndLines: () =>
      it('never lets a highlight cross a table cell or a line, so it shows only what the claim says', async () => {
        const hl = await highlights(page);
        // The illegal claim runs over two table cells: one range per cell.
        expect(hl['claim-illegal'].map((t) => t.trim())).toEqual(['到药店刷医保卡换现金', '安全无风险，当天到账']);
        for (const t of Object.values(hl).flat()) expect(t).not.toMatch(/[\n\t]/);
      }),

    leavesThePageAlone: () =>
      it('reads no hidden text and no form field, and leaves the DOM and page scripts alone', async () => {
        expect(Object.values(await highlights(page)).flat().join(' ')).not.toContain('隐藏');
        // No <mark> fallback, the body as the page built it, the form field as typed.
        expect(await page.evaluate(() => document.querySelectorAll('mark, [data-claim-verdict]').length, undefined)).toBe(0);
        expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { initialBody: string }).initialBody, undefined)).toBe(true);
        expect(await page.evaluate(() => document.querySelector('textarea')!.value, undefined)).toBe('医保卡可以在ATM机取现');
        await page.click('h1');
        expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks, undefined)).toBe(1);
      }),

    countsOnTheBadge: () =>
      it('counts the misleading and illegal claims on the toolbar badge', async () => {
        // Four misleading claims (ATM, 停保, 退休, 健身房) and one illegal (药店换现金).
        await until(async () => (await browser().badge(tabId)) === '5', 5000, 'the badge to read 5');
      }),

    showsCardOnHover: () =>
      it('shows a card with the verdict when a claim is hovered', async () => {
        await page.pointAt('li', '退休后可以提取医保余额');
        await page.waitFor(cardShown, undefined, 5000);
        const verdict = await page.evaluate(() => document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('.verdict')!.textContent, undefined);
        expect(verdict).toBe('误导');
        await browser().screenshot?.(page, 'page.png');
      }),

    listsClaimsInPanel: () =>
      it('lists the claims in the side panel, in page order, filters them and shows one in the page', async () => {
        const b = browser();
        const panel = await b.extensionPage(`sidepanel.html?tabId=${tabId}`, { width: 420, height: 900 });
        await panel.waitFor(() => document.querySelector('[data-verdict]') !== null, undefined, 10_000);
        const items = await listed(panel);
        expect(items.map(([v]) => v)).toEqual(IN_PAGE_ORDER);
        expect(items[0]![1]).toContain('ATM');
        expect(items[7]![1]).toContain('换现金');
        await b.screenshot?.(panel, 'sidepanel.png');
        await panel.clickButton('违法');
        await until(async () => JSON.stringify((await listed(panel)).map(([v]) => v)) === '["illegal"]', 5000, 'the list to show only the illegal claim');
        await panel.clickButton('在页面中显示');
        await page.waitFor(() => CSS.highlights.has('claim-flash'), undefined, 5000);
        await panel.close();
      }),

    answersInPopup: () =>
      it('answers a typed question in the popup', async () => {
        const b = browser();
        const popup = await b.extensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 700 });
        await popup.fill('input[type="search"]', '医保卡里的钱可以去ATM取现吗');
        await popup.waitFor(() => document.querySelector('[data-verdict]') !== null, undefined, 10_000);
        expect(await popup.evaluate(() => document.querySelector('[data-verdict]')!.getAttribute('data-verdict'), undefined)).toBe('misleading');
        expect(await popup.evaluate(() => document.querySelector('.summary')!.textContent, undefined)).toMatch(/违法\s*1/);
        await b.screenshot?.(popup, 'popup.png');
        await popup.close();
      }),

    switchesSiteOffAndOn: () =>
      it('removes every highlight when the site is switched off, and restores them when on', async () => {
        const b = browser();
        const popup = await b.extensionPage(`popup.html?tabId=${tabId}`);
        const toggle = 'input[role="switch"]:not([disabled])';
        await popup.waitFor((s) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true, toggle, 10_000);
        await popup.click(toggle);
        // Every trace goes: all highlights, the card's host element, the highlight stylesheet.
        await page.waitFor(() => CSS.highlights.size === 0 && !document.querySelector('yibao-check-card'), undefined, 10_000);
        expect(await page.evaluate(() => document.adoptedStyleSheets.length, undefined)).toBe(0);
        await until(async () => (await b.badge(tabId)) === '', 5000, 'the badge to clear');
        await popup.click(toggle);
        await waitForMark(page, 'claim-misleading', 'ATM机取现');
        await waitForMark(page, 'claim-illegal', '到药店刷医保卡换现金');
        await until(async () => (await b.badge(tabId)) === '5', 5000, 'the badge to read 5 again');
        await popup.close();
      }),
  };
}
