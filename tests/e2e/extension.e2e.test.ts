// The Chromium build in Chromium on the page with claims: the scenarios every browser runs
// (tests/e2e/scenarios/claims-page.ts), and what only Chromium checks (the badge's colours, the
// background's record, the card against hostile page styles, the details button); the icon.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { EXTENSION, ROOT } from './harness';
import { chromiumPerFile } from './per-file';
import { chromiumUnderTest } from './chromium-under-test';
import { badgeColor, badgeTextColor, badgeTitle, rgba, tabStates } from './chromium-probes';
import { IN_PAGE_ORDER, claimsPage } from './scenarios/claims-page';
import { badgeBackground } from '../../lib/verdict-palette';

const h = chromiumPerFile();

describe('automatic page annotation', () => {
  const claims = claimsPage(() => chromiumUnderTest(h));
  const page = (): Page => claims.current().page.raw;
  const tabId = (): number => claims.current().tabId;

  claims.marksEachClaimByVerdict();
  claims.keepsMarksInCellsAndLines();
  claims.leavesThePageAlone();
  claims.countsOnTheBadge();

  it('paints the badge red when one claim is illegal, and says so in its title', async () => {
    expect(await badgeColor(h, tabId())).toEqual(rgba(badgeBackground('illegal')));
    expect(await badgeTextColor(h, tabId())).toEqual([255, 255, 255, 255]);
    expect(await badgeTitle(h, tabId())).toBe('医保核查：本页有 5 条误导或违法说法');
  });

  it('answers get-tab-state from extension pages, with the claims in page order', async () => {
    const states = await tabStates(h);
    const state = await states.of(tabId());
    await states.close();
    expect(state.status).toBe('ok');
    expect(state.claims.map((c) => c.verdict)).toEqual(IN_PAGE_ORDER);
    const starts = state.claims.map((c) => c.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  claims.showsCardOnHover();

  it('keeps the page’s hostile rules off the card, and the card outside <body>', async () => {
    // The page hides every child of <html> but head and body, and paints buttons red.
    await expect.poll(() => page().locator('yibao-check-card .card').isVisible()).toBe(true);
    const color = await page().evaluate(() => getComputedStyle(document.querySelector('yibao-check-card')!.shadowRoot!.querySelector('button')!).color);
    expect(color).not.toBe('rgb(255, 0, 0)');
    // The page's layout and content are untouched.
    expect(await page().evaluate(() => document.body.querySelector('yibao-check-card'))).toBeNull();
  });

  it('keeps the card while the pointer travels to it, and its details button opens the side panel at the claim', async () => {
    const details = page().locator('yibao-check-card button.primary');
    const box = (await details.boundingBox())!;
    await page().mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
    await details.click();
    const states = await tabStates(h);
    // The sixth claim in page order is 退休后可以提取医保余额.
    await expect.poll(async () => (await states.of(tabId())).focus).toEqual({ index: 5 });
    await states.close();
    // Where the side panel cannot open (no user gesture reached it), a tab shows it instead.
    for (const p of h.context.pages()) if (p.url().includes('sidepanel.html')) await p.close();
  });

  claims.listsClaimsInPanel();
  claims.answersInPopup();
  claims.switchesSiteOffAndOn();
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
