import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { EXTENSION, ROOT, launch, type Harness } from './harness';
import { badgeBackground } from '../../lib/verdict-palette';
import { REPORTED_CLAIMS } from '../../lib/claims-report';
import { writeDensePage } from './dense-page';
import { CLAIM_HIGHLIGHTS, highlightHas, highlightTexts, type ClaimHighlight, type Highlights } from './page-probes';

// The extension API inside the service worker, where these callbacks run.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getBadgeTextColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
  storage: { local: { set(v: object): Promise<void> } };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

const SHOTS = join(__dirname, 'screenshots');
const NAMES = CLAIM_HIGHLIGHTS;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The text of every highlighted range, per highlight name, read from the page's main world. */
const highlights = (page: Page): Promise<Highlights> => page.evaluate(highlightTexts, [...CLAIM_HIGHLIGHTS]) as Promise<Highlights>;

async function waitForHighlights(page: Page, name: ClaimHighlight, text: string): Promise<void> {
  await page.waitForFunction(highlightHas, [name, text] as const, { timeout: 15_000 });
}

const tabIdOf = (page: Page): Promise<number> => h.tabIdOf(page);

const badge = (tabId: number): Promise<string> => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const badgeTitle = (tabId: number): Promise<string> => h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
const badgeColor = (tabId: number): Promise<number[]> => h.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);

/** A #rrggbb colour as the RGBA bytes Chrome reports. */
const rgba = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

const setSettings = (settings: object): Promise<void> => h.setSettings(settings);

describe('automatic page annotation', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await setSettings({ enabled: true, disabledSites: [], region: null, language: 'zh_CN' });
    page = await h.context.newPage();
    await page.goto(`${h.base}/claims.html`);
    await waitForHighlights(page, 'claim-misleading', 'ATM机取现');
    tabId = await tabIdOf(page);
  });

  it('marks each claim with the highlight of its verdict, across inline elements', async () => {
    const hl = await highlights(page);
    const joined = (n: (typeof NAMES)[number]) => hl[n].map((t) => t.replace(/\s+/g, '')).join(' | ');
    expect(joined('claim-misleading')).toContain('医保卡里的钱可以直接在ATM机取现');
    expect(joined('claim-misleading')).toContain('停保后医保卡里的钱可以取出来');
    expect(joined('claim-misleading')).toContain('退休后可以提取医保余额');
    expect(joined('claim-misleading')).toContain('医保卡余额可以支付健身房费用');
    expect(joined('claim-accurate')).toContain('医保个人账户资金不能提取现金');
    expect(joined('claim-accurate')).toContain('可以给配偶、父母、子女看病买药');
    expect(joined('claim-accurate')).toContain('医保套现属于违法行为');
    expect(joined('claim-region-dependent')).toContain('商业健康保险');
    expect(joined('claim-illegal')).toContain('到药店刷医保卡换现金');
  });

  it('never lets a highlight cross a table cell or a line, so it shows only what the claim says', async () => {
    const hl = await highlights(page);
    // The illegal claim runs over two table cells: one range per cell.
    expect(hl['claim-illegal'].map((t) => t.trim())).toEqual(['到药店刷医保卡换现金', '安全无风险，当天到账']);
    for (const t of Object.values(hl).flat()) expect(t).not.toMatch(/[\n\t]/);
  });

  it('reads no hidden text and no form field, and leaves the DOM and page scripts alone', async () => {
    const all = Object.values(await highlights(page)).flat().join(' ');
    expect(all).not.toContain('隐藏');
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-claim-verdict]').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML === (window as unknown as { initialBody: string }).initialBody)).toBe(true);
    expect(await page.locator('textarea').inputValue()).toBe('医保卡可以在ATM机取现');
    await page.click('h1');
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
  });

  it('shows the number of misleading and illegal claims on the badge, red when one is illegal, and says so in its title', async () => {
    // Four misleading claims (ATM, 停保, 退休, 健身房) and one illegal (药店换现金).
    expect(await badge(tabId)).toBe('5');
    expect(await badgeColor(tabId)).toEqual(rgba(badgeBackground('illegal')));
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeTextColor({ tabId: id }), tabId)).toEqual([255, 255, 255, 255]);
    expect(await badgeTitle(tabId)).toBe('医保核查：本页有 5 条误导或违法说法');
  });

  it('answers get-tab-state from extension pages, with the claims in page order', async () => {
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    const state = (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/get-tab-state', tabId: id }), tabId)) as {
      status: string;
      claims: { verdict: string; start: number }[];
    };
    expect(state.status).toBe('ok');
    expect(state.claims.map((c) => c.verdict)).toEqual([
      'misleading', 'accurate', 'accurate', 'region-dependent', 'misleading', 'misleading', 'misleading', 'illegal', 'accurate',
    ]);
    const starts = state.claims.map((c) => c.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    await ext.close();
  });

  it('shows a card with the verdict when a claim is hovered', async () => {
    const target = page.locator('li', { hasText: '退休后可以提取医保余额' });
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.waitForFunction(() => {
      const card = document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
      return !!card && !card.hidden;
    });
    const verdict = await page.evaluate(() => document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('.verdict')!.textContent);
    expect(verdict).toBe('误导');
    // The page's hostile rules (hide every child of <html> but head and body, red buttons) reach neither the host nor the card.
    await expect.poll(() => page.locator('yibao-check-card .card').isVisible()).toBe(true);
    const color = await page.evaluate(() => getComputedStyle(document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('button')!).color);
    expect(color).not.toBe('rgb(255, 0, 0)');
    // The card lives outside <body>, so the page's layout and content are untouched.
    expect(await page.evaluate(() => document.body.querySelector('yibao-check-card'))).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'page.png') });
  });

  it('keeps the card while the pointer travels to it, and its details button opens the side panel at the claim', async () => {
    const details = page.locator('yibao-check-card button.primary');
    const box = (await details.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
    await details.click();
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    const focus = async () =>
      ((await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/get-tab-state', tabId: id }), tabId)) as { focus?: { index?: number } }).focus;
    // The sixth claim in page order is 退休后可以提取医保余额.
    await expect.poll(focus).toEqual({ index: 5 });
    await ext.close();
    // Where the side panel cannot open (no user gesture reached it), a tab shows it instead.
    for (const p of h.context.pages()) if (p.url().includes('sidepanel.html')) await p.close();
  });

  it('lists the claims in the side panel, in page order, and shows one in the page', async () => {
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-verdict]');
    const items = await panel.$$eval('[data-verdict]', (els) => els.map((e) => [e.getAttribute('data-verdict'), e.querySelector('blockquote')?.textContent ?? '']));
    expect(items.length).toBe(9);
    expect(items[0]![0]).toBe('misleading');
    expect(items[0]![1]).toContain('ATM');
    expect(items.findIndex(([, q]) => q!.includes('换现金'))).toBeGreaterThan(items.findIndex(([, q]) => q!.includes('健身房')));
    await panel.screenshot({ path: join(SHOTS, 'sidepanel.png') });
    // Filter by verdict.
    await panel.getByRole('button', { name: /违法/ }).click();
    expect(await panel.$$eval('[data-verdict]', (els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['illegal']);
    await panel.getByRole('button', { name: '在页面中显示' }).click();
    await page.waitForFunction(() => CSS.highlights.has('claim-flash'), undefined, { timeout: 5000 });
    await panel.close();
  });

  it('answers a typed question in the popup', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.fill('input[type="search"]', '医保卡里的钱可以去ATM取现吗');
    const first = popup.locator('[data-verdict]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-verdict')).toBe('misleading');
    expect(await popup.locator('.summary').textContent()).toMatch(/违法\s*1/);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.close();
  });

  it('removes every highlight when the site is switched off, and restores them when on', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('switch').uncheck();
    await page.waitForFunction(() => !CSS.highlights.has('claim-misleading'), undefined, { timeout: 5000 });
    // Every trace goes: all highlights, the card's host element, the highlight stylesheet.
    expect(await page.evaluate(() => ({ names: CSS.highlights.size, card: !!document.querySelector('yibao-check-card'), sheets: document.adoptedStyleSheets.length }))).toEqual({
      names: 0,
      card: false,
      sheets: 0,
    });
    expect(await badge(tabId)).toBe('');
    await popup.getByRole('switch').check();
    await waitForHighlights(page, 'claim-misleading', 'ATM机取现');
    await popup.close();
  });
});

describe('pages that change and pages with nothing to say', () => {
  it('checks content added after load, revealed by a click, or inserted above what was marked', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/dynamic.html`);
    const tabId = await tabIdOf(page);
    await waitForHighlights(page, 'claim-accurate', '医保个人账户资金不能提取现金');
    await waitForHighlights(page, 'claim-misleading', '退休后可以提取医保余额');
    await expect.poll(() => badge(tabId)).toBe('1');
    await page.click('#expand');
    await waitForHighlights(page, 'claim-misleading', '医保卡余额可以支付健身房费用');
    await page.evaluate(() => (window as unknown as { pinAnswer(): void }).pinAnswer());
    await waitForHighlights(page, 'claim-accurate', '停保后个人账户余额不能取现');
    // The claims below the inserted line moved in the text and are still marked where they are.
    const hl = await highlights(page);
    const misleading = hl['claim-misleading'].map((t) => t.replace(/\s+/g, ''));
    expect(misleading).toHaveLength(2);
    expect(misleading[0]).toContain('退休后可以提取医保余额');
    expect(misleading[1]).toContain('医保卡余额可以支付健身房费用');
    expect(hl['claim-accurate'].join('|')).toContain('医保个人账户资金不能提取现金');
    await expect.poll(() => badge(tabId)).toBe('2');
    await page.screenshot({ path: join(SHOTS, 'dynamic.png') });
    // An in-page navigation (a single-page app changing its URL) keeps the page's claims: Chrome
    // reports it as 'loading', and the background gets them back from the content script at once.
    await page.evaluate(() => history.pushState({}, '', '?page=2'));
    await page.waitForTimeout(300);
    await expect.poll(() => badge(tabId), { timeout: 1000 }).toBe('2');
    await page.close();
  });

  it('follows a single-page app through history.pushState and Back: badge, colour and title', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/spa.html`);
    const tabId = await tabIdOf(page);
    await waitForHighlights(page, 'claim-misleading', '退休后可以提取医保余额');
    await expect.poll(() => badge(tabId)).toBe('2');
    expect(await badgeColor(tabId)).toEqual(rgba(badgeBackground('misleading')));
    expect(await badgeTitle(tabId)).toBe('医保核查：本页有 2 条误导或违法说法');

    await page.click('[data-view="2"]');
    await waitForHighlights(page, 'claim-illegal', '到药店刷医保卡换现金');
    await expect.poll(() => badge(tabId)).toBe('1');
    expect(await badgeColor(tabId)).toEqual(rgba(badgeBackground('illegal')));
    await expect.poll(() => badgeTitle(tabId)).toBe('医保核查：本页有 1 条误导或违法说法');

    // Nothing misleading or illegal in this view: no badge at all.
    await page.click('[data-view="3"]');
    await waitForHighlights(page, 'claim-accurate', '医保个人账户资金不能提取现金');
    await expect.poll(() => badge(tabId)).toBe('');
    await expect.poll(() => badgeTitle(tabId)).toBe('医保核查：本页没有误导或违法说法');

    await page.goBack();
    await waitForHighlights(page, 'claim-illegal', '到药店刷医保卡换现金');
    await expect.poll(() => badge(tabId)).toBe('1');
    expect(new URL(page.url()).search).toBe('?view=2');
    await page.close();
  });

  it('tells the side panel when a tab has no page it can read', async () => {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const tabId = await tabIdOf(page);
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    const status = async () => ((await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/get-tab-state', tabId: id }), tabId)) as { status: string }).status;
    await expect.poll(status, { timeout: 6000 }).toBe('unsupported');
    await ext.close();
    await page.close();
  });

  it('reads a long article in slices, without a long freeze of the page', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/long.html`);
    const loaded = await page.evaluate(() => performance.now());
    await waitForHighlights(page, 'claim-misleading', 'ATM机取现');
    const firstMarked = await page.evaluate(() => performance.now());
    // The first slice is painted at once, the rest as it is read.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('claim-misleading')!.size), { timeout: 10_000 }).toBe(4);
    const annotated = await page.evaluate(() => performance.now());
    const length = await page.evaluate(() => document.body.textContent!.length);
    const gaps = await page.evaluate(() => (window as unknown as { gaps: { start: number; duration: number }[] }).gaps);
    // After the page built itself, the page's heartbeat is held up only by the extension.
    const longest = Math.max(0, ...gaps.filter((t) => t.start >= loaded).map((t) => t.duration));
    console.log(
      `long page: ${length} characters; first marks ${Math.round(firstMarked - loaded)} ms, all ${Math.round(annotated - loaded)} ms after load; longest stall ${Math.round(longest)} ms`,
    );
    expect(length).toBeGreaterThan(400_000);
    // Slices and idle callbacks keep every stall short; the bound leaves room for a loaded CI machine.
    expect(longest).toBeLessThan(150);
    await page.close();
  });

  it('reads a 1 MB claim-dense page without a long stall, painting the claims near the view', async () => {
    const path = writeDensePage(ROOT);
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    const state = async (tabId: number) =>
      (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'page/get-tab-state', tabId: id }), tabId)) as { claims: unknown[]; total?: number };
    /** Loads the page in a new tab; the longest stall of its heartbeat from load until every claim is reported. */
    const load = async (): Promise<{ page: Page; longest: number; reportedAfter: number; total: number; claims: number }> => {
      const page = await h.context.newPage();
      // A heartbeat, as in long.html: the longest gap between ticks is the longest time the page could not run.
      await page.addInitScript(() => {
        const w = window as unknown as { gaps: { start: number; duration: number }[] };
        w.gaps = [];
        let last = performance.now();
        (function tick() {
          const now = performance.now();
          w.gaps.push({ start: last, duration: now - last });
          last = now;
          setTimeout(tick, 4);
        })();
      });
      await page.goto(`${h.base}${path}`);
      const loaded = await page.evaluate(() => performance.now());
      const tabId = await tabIdOf(page);
      // Reported when every claim is found: the first claims in page order, and how many there are.
      await expect.poll(async () => (await state(tabId)).total ?? 0, { timeout: 30_000 }).toBeGreaterThan(10_000);
      const reported = await page.evaluate(() => performance.now());
      const { claims, total } = await state(tabId);
      const gaps = await page.evaluate(() => (window as unknown as { gaps: { start: number; duration: number }[] }).gaps);
      const longest = Math.max(0, ...gaps.filter((t) => t.start >= loaded).map((t) => t.duration));
      return { page, longest, reportedAfter: reported - loaded, total: total!, claims: claims.length };
    };
    // The machine is shared: a stall the extension causes shows on every load, one from a neighbour
    // rarely twice, so an over-long first load is measured again.
    let run = await load();
    const first = run.longest;
    if (first >= 150) {
      await run.page.close();
      run = await load();
    }
    await ext.close();
    const { page, longest } = run;
    expect(run.claims).toBe(REPORTED_CLAIMS);
    await page.bringToFront();
    const painted = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).entries()].filter(([n]) => n.startsWith('claim-')).flatMap(([, r]) => [...r]);
        const inView = ranges.filter((r) => {
          const box = r.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
        return { all: ranges.length, inView: inView.length };
      });
    // Only the claims in and near the view are painted, and the reader scrolling on finds them marked.
    const top = await painted();
    expect(top.inView).toBeGreaterThan(5);
    expect(top.all).toBeLessThan(2000);
    for (const at of [0.5, 0.75]) {
      await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), at);
      await expect.poll(async () => (await painted()).inView).toBeGreaterThan(5);
    }
    const length = await page.evaluate(() => document.body.textContent!.length);
    console.log(
      `claim-dense page: ${length} characters, ${run.total} claims reported ${Math.round(run.reportedAfter)} ms after load, ${top.all} ranges painted; longest stall ${Math.round(longest)} ms${first === longest ? '' : ` (first load ${Math.round(first)} ms)`}`,
    );
    expect(length).toBeGreaterThan(900_000);
    // Slices, windowed painting and a capped report keep every stall short; the bound leaves room for a loaded CI machine.
    expect(longest).toBeLessThan(150);
    await page.close();
  });

  it('marks nothing on a near-miss page', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/near-miss.html`);
    const tabId = await tabIdOf(page);
    await page.waitForTimeout(1500);
    expect(Object.values(await highlights(page)).flat()).toEqual([]);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });
});

describe('the icon', () => {
  it('is in the built manifest at every size, for the extension and its toolbar button, and loads', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string> };
    };
    const sizes = ['16', '32', '48', '96', '128'];
    expect(Object.keys(manifest.icons).sort((a, b) => +a - +b)).toEqual(sizes);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    for (const size of sizes) {
      const path = manifest.icons[size]!;
      // The committed file is the one shipped, and the browser decodes it at its size.
      expect(readFileSync(join(EXTENSION, path)).equals(readFileSync(join(ROOT, 'public', path)))).toBe(true);
      const natural = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `chrome-extension://${h.extensionId}/${path}`);
      expect(natural, path).toEqual([+size, +size]);
    }
    await page.close();
  });
});

describe('where the claims are, from the side panel', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    await setSettings({ enabled: true, disabledSites: [], region: null, language: 'zh_CN' });
    page = await h.context.newPage();
    await page.goto(`${h.base}/far-apart.html`);
    await page.waitForFunction(
      () => [...(CSS.highlights as unknown as Map<string, { size: number }>).entries()].reduce((n, [k, v]) => n + (k.startsWith('claim-') ? v.size : 0), 0) === 6,
      undefined,
      { timeout: 15_000 },
    );
    const tabId = await tabIdOf(page);
    // The panel in a window of its own: the page stays the active tab of its window, and scrolls as it would beside a side panel.
    const url = `chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`;
    [panel] = await Promise.all([
      h.context.waitForEvent('page'),
      h.worker.evaluate((u) => (chrome as unknown as { windows: { create(o: object): Promise<unknown> } }).windows.create({ url: u, width: 420, height: 900 }), url),
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
