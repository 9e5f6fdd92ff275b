import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHINESE_SETTINGS } from './harness';
import { chromiumPerFile } from './per-file';

const h = chromiumPerFile();

const setSites = (disabled: string[]): Promise<void> => h.setSettings({ ...CHINESE_SETTINGS, disabledSites: disabled });

interface Snapshot {
  text: string;
  boxes: string[];
  html: string;
}

/** What a reader sees and where: the body's text and every element's box (the first 3,000). */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const els = [...document.body.querySelectorAll('*')].slice(0, 3000);
    return {
      text: document.body.innerText,
      boxes: els.map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName}:${r.x.toFixed(1)},${r.y.toFixed(1)},${r.width.toFixed(1)},${r.height.toFixed(1)}`;
      }),
      html: document.body.innerHTML,
    };
  });
}

/** Every trace the extension can leave in a page. */
function traces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name] of CSS.highlights as unknown as Map<string, unknown>) if (name.startsWith('claim-')) out.push(`highlight ${name}`);
    if (document.querySelector('yibao-check-card')) out.push('card');
    if (document.querySelector('[data-yibao-check], mark[data-claim-verdict]')) out.push('own element');
    for (const s of document.querySelectorAll('style')) if (s.textContent?.includes('::highlight')) out.push('style');
    for (const sheet of document.adoptedStyleSheets) {
      if ([...sheet.cssRules].some((r) => r.cssText.includes('::highlight'))) out.push('adopted sheet');
    }
    return out;
  });
}

const highlighted = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).entries()]
      .filter(([n]) => n.startsWith('claim-'))
      .flatMap(([n, h]) => [...h].map((r) => `${n}:${r.toString()}`))
      .join('\n'),
  );

/**
 * Loads a page with annotation off, then turns it on, then off again: what the reader sees must
 * not change, no page script may fail, and turning off must leave nothing behind.
 * @param expected a text the annotation must mark, or null when nothing is required
 */
async function roundTrip(path: string, expected: string | null, options: { stable?: boolean; wait?: number } = {}) {
  const stable = options.stable ?? true;
  const errors: string[] = [];
  await setSites(['127.0.0.1']);
  const page = await h.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${h.base}/hostile/${path}`);
  await page.waitForTimeout(400);
  const before = await snapshot(page);
  await setSites([]);
  if (expected) {
    await page.waitForFunction((t) => {
      const all = [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).entries()].flatMap(([, hl]) => [...hl].map((r) => r.toString()));
      return all.some((s) => s.replace(/\s/g, '').includes(t));
    }, expected, { timeout: options.wait ?? 15_000 });
  } else await page.waitForTimeout(1200);
  const during = await snapshot(page);
  if (stable) {
    expect(during.text).toBe(before.text);
    expect(during.boxes).toEqual(before.boxes);
    expect(during.html).toBe(before.html);
  }
  await setSites(['127.0.0.1']);
  await page.waitForFunction(() => ![...(CSS.highlights as unknown as Map<string, unknown>).keys()].some((n) => n.startsWith('claim-')), undefined, { timeout: 5000 });
  expect(await traces(page)).toEqual([]);
  if (stable) expect((await snapshot(page)).html).toBe(before.html);
  expect(errors).toEqual([]);
  return page;
}

describe('annotation never breaks a page', () => {
  // [what, page, a text the annotation must mark there]
  it.each([
    ['tables and nested lists', 'tables-lists.html', '医保卡里的钱可以在ATM机取现'],
    ['deeply nested inline markup and <br>-split sentences', 'inline-nest.html', '收医保卡余额，八折回收'],
    ['ruby annotations and SVG text', 'ruby-svg.html', 'ATM机取现'],
    ['same- and cross-origin iframes', 'iframes.html', '退休后可以提取医保余额'],
    ['open shadow roots', 'shadow.html', '医保个人账户资金不能提取现金'],
    ['pre and code blocks', 'pre-code.html', '退休后可以提取医保余额'],
    ['right-to-left and mixed scripts', 'rtl.html', '医保卡里的钱可以在ATM机取现'],
  ])('%s', async (_, path, expected) => {
    const page = await roundTrip(path, expected);
    await page.close();
  });

  it('forms and editable areas: fields unread, handlers, typing and selection still work', async () => {
    const page = await roundTrip('forms-editable.html', '医保个人账户资金不能提取现金');
    await setSites([]);
    await page.waitForFunction(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()].some((n) => n.startsWith('claim-')));
    const marked = await highlighted(page);
    expect(marked).not.toContain('退休后可以提取医保余额');
    expect(marked).not.toContain('健身房');
    expect(marked).not.toContain('医保卡里的钱可以取出来');
    await page.click('#plain');
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type('真的吗');
    expect(await page.locator('#editor').textContent()).toContain('真的吗');
    await page.click('button[type="submit"]');
    expect(await page.evaluate(() => (window as unknown as { submitted: number }).submitted)).toBe(1);
    const selected = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('plain')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return getSelection()!.toString();
    });
    expect(selected).toBe('医保个人账户资金不能提取现金。');
    await page.close();
  });

  it('a page that rewrites itself all the time', async () => {
    const page = await roundTrip('rewriting.html', '医保个人账户资金不能提取现金', { stable: false });
    await page.close();
  });

  it('5 MB of text in 200,000 nodes', async () => {
    const page = await roundTrip('huge.html', '医保卡里的钱可以在ATM机取现', { wait: 30_000 });
    await page.close();
  });
});
