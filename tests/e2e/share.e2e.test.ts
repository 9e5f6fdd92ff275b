// Sources a reader can open, the dataset's review date, sharing one verdict and exporting the
// page's verdicts as ClaimReview JSON-LD, in the built extension in Chromium.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHINESE_SETTINGS, ROOT } from './harness';
import { chromiumPerFile } from './per-file';
import { openHighlightedPage } from './chromium-probes';

interface SourceData {
  title: string;
  docNumber: string;
  url?: string;
}
const SOURCES = (JSON.parse(readFileSync(join(ROOT, 'data', 'sources.json'), 'utf8')) as { sources: SourceData[] }).sources;
const ENTRIES = join(ROOT, 'data', 'entries');
/** The newest `reviewed` date of the dataset's entries. */
const REVIEWED = readdirSync(ENTRIES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(ENTRIES, f), 'utf8')) as { entries: { reviewed: string }[] }).entries.map((e) => e.reviewed))
  .sort()
  .at(-1)!;

const h = chromiumPerFile(CHINESE_SETTINGS);
let page: Page;
let tabId: number;

beforeAll(async () => {
  ({ page, tabId } = await openHighlightedPage(h, 'claims.html', 'claim-illegal'));
});

async function sidePanel(): Promise<Page> {
  const panel = await h.extensionPage(`sidepanel.html?tabId=${tabId}`, 420);
  await panel.waitForSelector('[data-verdict]');
  return panel;
}

/** What the system clipboard holds, read from a page of an origin allowed to read it. */
async function clipboardIn(reader: Page, origin: string): Promise<string> {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await reader.bringToFront();
  return reader.evaluate(() => navigator.clipboard.readText());
}

describe('sources', () => {
  it('link to their official page where the address is confirmed, in a new tab without an opener, and nowhere else', async () => {
    const panel = await sidePanel();
    const items = await panel.$$eval('.sources li', (lis) =>
      lis.map((li) => {
        const a = li.querySelector('a');
        return { text: li.textContent ?? '', href: a?.getAttribute('href') ?? null, target: a?.getAttribute('target') ?? null, rel: a?.getAttribute('rel') ?? null };
      }),
    );
    expect(items.length).toBeGreaterThan(0);
    const confirmed = SOURCES.filter((s) => s.url).map((s) => s.url);
    expect(confirmed).toEqual([
      'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
      'https://www.gov.cn/zhengce/content/2021-02/19/content_5587668.htm',
    ]);
    let linked = 0;
    for (const item of items) {
      const source = SOURCES.find((s) => item.text === `《${s.title}》${s.docNumber}`);
      expect(source, item.text).toBeDefined();
      if (source!.url) {
        linked++;
        expect(item).toMatchObject({ href: source!.url, target: '_blank', rel: 'noopener noreferrer' });
      } else expect(item.href, item.text).toBeNull();
    }
    // The page cites 国办发〔2021〕14号 and 国务院令第735号, and also sources without an address.
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(items.length);
    await panel.close();
  });
});

describe('the dataset’s review date', () => {
  it('shows in the side panel and the popup', async () => {
    const panel = await sidePanel();
    expect(await panel.locator('.dataset-date').textContent()).toBe(`数据核对于 ${REVIEWED}`);
    await panel.close();
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    expect(await popup.locator('.dataset-date').textContent()).toBe(`数据核对于 ${REVIEWED}`);
    await popup.close();
  });
});

describe('sharing one verdict', () => {
  it('copies the quote, verdict, explanation, sources and page address from a side-panel item', async () => {
    const panel = await sidePanel();
    const item = panel.locator('[data-verdict="illegal"]').first();
    const quote = (await item.locator('blockquote').textContent())!;
    const explanation = (await item.locator('.explanation').textContent())!;
    const sources = await item.locator('.sources li').allTextContents();
    await item.locator('button[data-action="share"]').click();
    await expect.poll(() => item.locator('[role="status"]').textContent()).toBe('已复制');
    // Chromium grants no permission to extension origins: the clipboard is read back from a web page.
    const text = await clipboardIn(page, h.base);
    expect(text).toBe(
      [`“${quote}”`, '结论：违法', `说明：${explanation}`, '依据：', ...sources.map((s) => {
        const url = SOURCES.find((x) => s === `《${x.title}》${x.docNumber}`)?.url;
        return url ? `${s} ${url}` : s;
      }), `网页：${h.base}/claims.html`, '——医保核查'].join('\n'),
    );
    await panel.close();
  });

  it('copies the same text from the card in the page', async () => {
    await page.bringToFront();
    const target = page.locator('li', { hasText: '退休后可以提取医保余额' });
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    const share = page.locator('yibao-check-card button[data-action="share"]');
    await share.waitFor({ state: 'visible' });
    // The card's sources link where the address is confirmed.
    const links = await page.locator('yibao-check-card .sources a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    for (const [href, rel] of links) {
      expect(SOURCES.some((s) => s.url === href)).toBe(true);
      expect(rel).toBe('noopener noreferrer');
    }
    const sb = (await share.boundingBox())!;
    await page.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2, { steps: 12 });
    await share.click();
    await expect.poll(() => share.textContent()).toBe('已复制');
    const text = await clipboardIn(page, h.base);
    const lines = text.split('\n');
    expect(lines[0]).toBe('“退休后可以提取医保余额”');
    expect(lines[1]).toBe('结论：误导');
    expect(lines[2]).toMatch(/^说明：.+/);
    expect(lines).toContain('依据：');
    expect(lines.at(-2)).toBe(`网页：${h.base}/claims.html`);
    expect(lines.at(-1)).toBe('——医保核查');
  });
  it('copies from the card also where the page’s permissions policy refuses the Clipboard API', async () => {
    const strict = await h.context.newPage();
    await strict.route('**/claims.html?strict', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'permissions-policy': 'clipboard-write=(), clipboard-read=()' } });
    });
    await strict.goto(`${h.base}/claims.html?strict`);
    await strict.waitForFunction(() => CSS.highlights.has('claim-illegal'), undefined, { timeout: 15_000 });
    // The policy holds in the page: the Clipboard API refuses to write.
    expect(await strict.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', () => 'refused'))).toBe('refused');
    const target = strict.locator('li', { hasText: '停保后医保卡里的钱可以取出来' });
    const box = (await target.boundingBox())!;
    await strict.mouse.move(box.x + 20, box.y + box.height / 2);
    const share = strict.locator('yibao-check-card button[data-action="share"]');
    await share.waitFor({ state: 'visible' });
    const sb = (await share.boundingBox())!;
    await strict.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2, { steps: 12 });
    await share.click();
    await expect.poll(() => share.textContent()).toBe('已复制');
    // The hidden textarea is gone again, and the page's DOM never saw it.
    expect(await strict.evaluate(() => document.querySelectorAll('textarea').length)).toBe(1);
    expect(await strict.locator('yibao-check-card textarea').count()).toBe(0);
    expect((await clipboardIn(page, h.base)).split('\n')[0]).toBe('“停保后医保卡里的钱可以取出来”');
    await strict.close();
  });
});

describe('ClaimReview export', () => {
  it('downloads valid JSON-LD with one ClaimReview per claim of the page', async () => {
    const panel = await sidePanel();
    const quotes = await panel.locator('[data-verdict] blockquote').allTextContents();
    const verdicts = await panel.locator('[data-verdict] .badge').allTextContents();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('button[data-action="export-claimreview"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^yibao-check-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const reviews = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      '@context': string;
      '@type': string;
      claimReviewed: string;
      reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
      itemReviewed: { '@type': string; appearance: { url: string } };
      author: { '@type': string; name: string };
      datePublished: string;
      citation: { name: string; url?: string }[];
    }[];
    expect(reviews.map((r) => r.claimReviewed)).toEqual(quotes);
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(verdicts.map((v) => v.replace(/^[✓◐!⊘]/, '')));
    const scale = { 违法: 1, 误导: 2, 因地而异: 3, 准确: 4 } as Record<string, number>;
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 4, worstRating: 1, ratingValue: scale[r.reviewRating.alternateName] });
      expect(r.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: `${h.base}/claims.html` } });
      expect(r.author).toEqual({ '@type': 'Organization', name: '医保核查 Yibao Check' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of r.citation) if (c.url) expect(SOURCES.some((s) => s.url === c.url)).toBe(true);
    }
    await panel.close();
  });
});
