// What the reader's choices leave in extension storage: dismissed claims per page, wrong-verdict
// reports, and sites paused for the day.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/fake-browser';
import { claimKey, pageAddress } from '../../lib/claim-identity';
import { MAX_PAGES, MAX_PER_PAGE, coerceDismissals, dismissedOn, loadDismissals, onDismissalsChanged, setDismissed, withDismissal } from '../../lib/dismissals';
import { addReport, clearReports, loadReports, onReportsChanged } from '../../lib/report-store';
import { MAX_REPORTS, coerceReport, reportsJson, reportsText, type VerdictReport } from '../../lib/verdict-report';
import { coerceSettings, endOfDay, isEnabledFor, loadSettings, pausedUntil, saveSettings } from '../../lib/settings';
import { pausePatch, resumePatch, siteSwitchPatch } from '../../lib/ui/helpers/site-settings';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('claim identity', () => {
  it('knows a page by its address without the fragment, and a claim by its words', () => {
    expect(pageAddress('https://a.cn/news?id=3#comments')).toBe('https://a.cn/news?id=3');
    expect(pageAddress('https://a.cn/news?id=3')).toBe('https://a.cn/news?id=3');
    expect(pageAddress('not a url')).toBe('not a url');
    expect(claimKey('  医保卡可以\n  在ATM取现 ')).toBe('医保卡可以 在ATM取现');
    expect(claimKey('x'.repeat(5000))).toHaveLength(1000);
  });
});

describe('dismissals', () => {
  it('are kept per page, in the order dismissed, and undone one by one', async () => {
    await setDismissed('https://a.cn/p#top', '医保卡可以取现', true);
    await setDismissed('https://a.cn/p', '退休后可以提取医保余额', true);
    await setDismissed('https://a.cn/other', '医保卡可以取现', true);
    const all = await loadDismissals();
    expect(dismissedOn(all, 'https://a.cn/p#anything')).toEqual(['医保卡可以取现', '退休后可以提取医保余额']);
    expect(dismissedOn(all, 'https://a.cn/p?x=1')).toEqual([]);
    await setDismissed('https://a.cn/p', '医保卡可以取现', false);
    expect(dismissedOn(await loadDismissals(), 'https://a.cn/p')).toEqual(['退休后可以提取医保余额']);
    await setDismissed('https://a.cn/p', '退休后可以提取医保余额', false);
    expect(Object.keys(await loadDismissals())).toEqual(['https://a.cn/other']);
  });

  it('lose no write when several come at once', async () => {
    await Promise.all(['一', '二', '三', '四'].map((t) => setDismissed('https://a.cn/p', `医保${t}`, true)));
    expect(dismissedOn(await loadDismissals(), 'https://a.cn/p')).toEqual(['医保一', '医保二', '医保三', '医保四']);
  });

  it('tell listeners of every change', async () => {
    const seen: string[][] = [];
    const off = onDismissalsChanged((all) => seen.push(dismissedOn(all, 'https://a.cn/p')));
    await setDismissed('https://a.cn/p', 'a', true);
    await setDismissed('https://a.cn/p', 'a', false);
    off();
    await setDismissed('https://a.cn/p', 'b', true);
    expect(seen).toEqual([['a'], []]);
  });

  it('stay bounded: the least recently used pages and the oldest claims of a page go first', () => {
    let all = {};
    for (let i = 0; i <= MAX_PAGES; i++) all = withDismissal(all, `https://a.cn/${i}`, 'x', true, i);
    expect(Object.keys(all)).toHaveLength(MAX_PAGES);
    expect(dismissedOn(all, 'https://a.cn/0')).toEqual([]);
    expect(dismissedOn(all, `https://a.cn/${MAX_PAGES}`)).toEqual(['x']);
    let page = {};
    for (let i = 0; i <= MAX_PER_PAGE; i++) page = withDismissal(page, 'https://a.cn/', `claim ${i}`, true, i);
    const texts = dismissedOn(page, 'https://a.cn/');
    expect(texts).toHaveLength(MAX_PER_PAGE);
    expect(texts[0]).toBe('claim 1');
  });

  it('repair whatever storage holds', () => {
    expect(coerceDismissals(null)).toEqual({});
    expect(coerceDismissals([1])).toEqual({});
    expect(coerceDismissals({ 'https://a.cn/': { texts: ['a', 'a', 3, '', ' b  c '], at: 'x' }, 'https://b.cn/': { texts: [] }, c: null })).toEqual({
      'https://a.cn/': { texts: ['a', 'b c'], at: 0 },
    });
  });
});

const REPORT = {
  url: 'https://a.cn/news#c',
  quote: '医保卡里的钱可以直接在ATM机取现',
  verdict: 'misleading',
  entry: 'atm-counter-withdrawal',
  suggested: 'accurate',
  comment: ' 我们这里可以 ',
} as const;

describe('wrong-verdict reports', () => {
  it('are stored with the time, the page address without fragment, the quote, both verdicts and the comment', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T08:30:00Z'), toFake: ['Date'] });
    const stored = await addReport(REPORT);
    expect(stored).toEqual({ ...REPORT, url: 'https://a.cn/news', comment: '我们这里可以', at: '2026-11-25T08:30:00.000Z' });
    await addReport({ ...REPORT, suggested: 'not-a-claim', comment: '' });
    const reports = await loadReports();
    expect(reports.map((r) => r.suggested)).toEqual(['accurate', 'not-a-claim']);
  });

  it('refuse what is not a report, and keep the newest MAX_REPORTS', async () => {
    expect(await addReport({ ...REPORT, suggested: 'fine' as never })).toBeNull();
    expect(coerceReport({ ...REPORT, quote: '' })).toBeNull();
    expect(coerceReport({ ...REPORT, verdict: 'not-a-claim' })).toBeNull();
    expect(coerceReport({ ...REPORT, comment: 'x'.repeat(5000) })!.comment).toHaveLength(1000);
    await fakeBrowser.storage.local.set({ verdictReports: Array.from({ length: MAX_REPORTS }, (_, i) => ({ ...REPORT, quote: `q${i}` })) });
    await addReport({ ...REPORT, quote: 'newest' });
    const reports = await loadReports();
    expect(reports).toHaveLength(MAX_REPORTS);
    expect(reports[0]!.quote).toBe('q1');
    expect(reports.at(-1)!.quote).toBe('newest');
  });

  it('are cleared, and listeners hear of it', async () => {
    const seen: number[] = [];
    const off = onReportsChanged((r) => seen.push(r.length));
    await addReport(REPORT);
    await clearReports();
    off();
    expect(await loadReports()).toEqual([]);
    expect(seen).toEqual([1, 0]);
  });

  it('export as a self-describing JSON file and as readable text in either language', () => {
    const r: VerdictReport = { ...REPORT, url: 'https://a.cn/news', at: '2026-11-25T08:30:00.000Z' };
    const json = JSON.parse(reportsJson([r], new Date('2026-11-26T00:00:00Z')));
    expect(json).toEqual({ format: 'yibao-check-verdict-reports', version: 1, exported: '2026-11-26T00:00:00.000Z', reports: [r] });
    const zh = reportsText([r, { ...r, suggested: 'not-a-claim', comment: '' }], 'zh');
    expect(zh).toContain('1. 2026-11-25T08:30:00.000Z');
    expect(zh).toContain('网页: https://a.cn/news');
    expect(zh).toContain('原文: 医保卡里的钱可以直接在ATM机取现');
    expect(zh).toContain('本扩展的结论: 误导 (atm-counter-withdrawal)');
    expect(zh).toContain('读者认为: 准确');
    expect(zh).toContain('读者认为: 不是一条说法');
    expect(zh.split('\n\n')).toHaveLength(2);
    expect(reportsText([r], 'en')).toContain('Reader’s verdict: Accurate');
  });
});

describe('pausing a site for today', () => {
  // 2026-11-25 15:00 local time.
  const now = new Date(2026, 10, 25, 15, 0).getTime();
  const midnight = new Date(2026, 10, 26, 0, 0).getTime();

  it('runs until the next local midnight, then the site is on again', () => {
    expect(endOfDay(now)).toBe(midnight);
    expect(endOfDay(new Date(2026, 10, 25, 0, 0).getTime())).toBe(midnight);
    const s = coerceSettings(pausePatch(coerceSettings({}), 'a.cn', now));
    expect(s.pausedSites).toEqual({ 'a.cn': midnight });
    expect(isEnabledFor(s, 'a.cn', now)).toBe(false);
    expect(pausedUntil(s, 'a.cn', now)).toBe(midnight);
    expect(isEnabledFor(s, 'b.cn', now)).toBe(true);
    expect(isEnabledFor(s, 'a.cn', midnight)).toBe(true);
    expect(pausedUntil(s, 'a.cn', midnight)).toBeNull();
    expect(pausedUntil(s, 'constructor', now)).toBeNull();
  });

  it('ends when the site is switched either way, or resumed, and expired pauses are dropped', () => {
    const s = coerceSettings({ pausedSites: { 'a.cn': midnight, 'old.cn': now - 1, 'b.cn': midnight } });
    expect(siteSwitchPatch(s, 'a.cn', true, now)).toEqual({ disabledSites: [], pausedSites: { 'b.cn': midnight } });
    expect(siteSwitchPatch(s, 'a.cn', false, now)).toEqual({ disabledSites: ['a.cn'], pausedSites: { 'b.cn': midnight } });
    expect(resumePatch(s, 'b.cn', now)).toEqual({ pausedSites: { 'a.cn': midnight } });
  });

  it('is stored, and saving drops pauses that ran out', async () => {
    await saveSettings({ pausedSites: { 'a.cn': Date.now() + 60_000, 'old.cn': Date.now() - 1 } });
    expect(Object.keys((await loadSettings()).pausedSites)).toEqual(['a.cn']);
  });
});
