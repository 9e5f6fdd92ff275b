import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AUTHOR, BEST_RATING, RATING_VALUE, WORST_RATING, claimReviewJson, claimReviews, isoDate, type ClaimReview } from '../../lib/claimreview';
import { VERDICTS, type Claim, type Source, type Verdict } from '../../lib/engine';

const REGULATION: Source = {
  id: 'gwyl-735',
  title: '医疗保障基金使用监督管理条例',
  docNumber: '国务院令第735号',
  issuer: '国务院',
  date: '2021-01-15',
  url: 'https://www.gov.cn/zhengce/content/2021-02/19/content_5587668.htm',
};
const HOTLINE: Source = { id: 'nhsa-12393', title: '国家医疗保障局 12393 医疗保障服务热线', docNumber: '', issuer: '国家医疗保障局', date: '2022' };

const claim = (verdict: Verdict, text: string, sources: Source[] = [REGULATION]): Claim => ({
  start: 0,
  end: text.length,
  text,
  verdict,
  entry: 'e',
  stance: 'affirm',
  confidence: 0.9,
  explanation: { zh: `说明：${text}`, en: `Why: ${text}` },
  sources,
});

const PAGE = 'https://news.example.cn/a?b=1&c=2';

/** Every field the export promises, with its type: what a ClaimReview consumer relies on. */
function expectClaimReview(r: ClaimReview, quote: string, url: string): void {
  expect(r['@context']).toBe('https://schema.org');
  expect(r['@type']).toBe('ClaimReview');
  expect(r.claimReviewed).toBe(quote);
  expect(r.reviewRating['@type']).toBe('Rating');
  expect(Number.isInteger(r.reviewRating.ratingValue)).toBe(true);
  expect(r.reviewRating.bestRating).toBe(4);
  expect(r.reviewRating.worstRating).toBe(1);
  expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
  expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
  expect(typeof r.reviewRating.alternateName).toBe('string');
  expect(r.reviewRating.alternateName.length).toBeGreaterThan(0);
  expect(r.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', url } });
  expect(r.author).toEqual({ '@type': 'Organization', name: '医保核查 Yibao Check' });
  expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(Array.isArray(r.citation)).toBe(true);
}

describe('claimReviews', () => {
  it('makes one ClaimReview per claim, in order, with every promised field', () => {
    const claims = [claim('misleading', '医保卡可以在ATM取现'), claim('accurate', '医保卡里的钱不能取现')];
    const reviews = claimReviews(claims, { url: PAGE, datePublished: '2026-11-25' });
    expect(reviews).toHaveLength(2);
    reviews.forEach((r, i) => expectClaimReview(r, claims[i]!.text, PAGE));
    expect(reviews[0]!.datePublished).toBe('2026-11-25');
    expect(reviews[0]!.reviewRating.ratingExplanation).toBe('说明：医保卡可以在ATM取现');
  });

  it('rates on a stated 1–4 scale, worst to best: illegal 1, misleading 2, region-dependent 3, accurate 4', () => {
    expect(RATING_VALUE).toEqual({ illegal: 1, misleading: 2, 'region-dependent': 3, accurate: 4 });
    expect([WORST_RATING, BEST_RATING]).toEqual([1, 4]);
    const reviews = claimReviews(VERDICTS.map((v) => claim(v, v)), { url: PAGE, datePublished: '2026-11-25' });
    expect(reviews.map((r) => [r.reviewRating.ratingValue, r.reviewRating.alternateName])).toEqual([
      [4, '准确'],
      [3, '因地而异'],
      [2, '误导'],
      [1, '违法'],
    ]);
    const en = claimReviews([claim('illegal', 'x')], { url: PAGE, datePublished: '2026-11-25', lang: 'en' });
    expect(en[0]!.reviewRating.alternateName).toBe('Illegal');
    expect(en[0]!.reviewRating.ratingExplanation).toBe('Why: x');
  });

  it('cites each source by title and 文号, with its address only where one is confirmed', () => {
    const [r] = claimReviews([claim('accurate', '不能取现', [REGULATION, HOTLINE, { ...HOTLINE, id: 'x', url: 'javascript:alert(1)' }])], {
      url: PAGE,
      datePublished: '2026-11-25',
    });
    expect(r!.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: '医疗保障基金使用监督管理条例',
        identifier: '国务院令第735号',
        publisher: { '@type': 'Organization', name: '国务院' },
        datePublished: '2021-01-15',
        url: REGULATION.url,
      },
      { '@type': 'CreativeWork', name: HOTLINE.title, publisher: { '@type': 'Organization', name: '国家医疗保障局' }, datePublished: '2022' },
      { '@type': 'CreativeWork', name: HOTLINE.title, publisher: { '@type': 'Organization', name: '国家医疗保障局' }, datePublished: '2022' },
    ]);
    expect(r!.author).toBe(AUTHOR);
  });
});

describe('claimReviewJson', () => {
  const hostile = '医保卡"可以"取现\\n</script><script>alert(1)</script>&amp;\u2028\u2029\n换行';

  it('round-trips any page text exactly', () => {
    const reviews = claimReviews([claim('illegal', hostile)], { url: `${PAGE}#"</script>`, datePublished: '2026-11-25' });
    const parsed = JSON.parse(claimReviewJson(reviews)) as ClaimReview[];
    expect(parsed).toEqual(reviews);
    expect(parsed[0]!.claimReviewed).toBe(hostile);
  });

  it('writes <, >, & and the line separators as \\u escapes, so the text can sit in a <script> element', () => {
    const json = claimReviewJson(claimReviews([claim('illegal', hostile)], { url: PAGE, datePublished: '2026-11-25' }));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
  });

  it('is an empty array for a page without claims', () => {
    expect(JSON.parse(claimReviewJson([]))).toEqual([]);
  });
});

describe('isoDate', () => {
  it('is the local calendar date', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDate(new Date(2026, 10, 25, 0, 1))).toBe('2026-11-25');
  });
});

// Each case starts the command: seconds on a busy 2-core machine.
describe('check --claimreview', { timeout: 30_000 }, () => {
  const root = join(__dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'claimreview-'));
  const page = join(dir, 'page.txt');
  writeFileSync(page, '医保卡可以在ATM取现。\n医保卡里的钱不能取现。');
  writeFileSync(join(dir, 'none.txt'), '今天天气很好。');

  const check = (args: string[], input = '') => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'lib/cli/check.ts'), ...args], { cwd: root, encoding: 'utf8', input });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints one JSON-LD array with a ClaimReview per claim, the page named by its file: URL', () => {
    const r = check(['--claimreview', page]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const reviews = JSON.parse(r.out) as ClaimReview[];
    expect(reviews.map((x) => [x.claimReviewed, x.reviewRating.ratingValue])).toEqual([
      ['医保卡可以在ATM取现', 2],
      ['医保卡里的钱不能取现', 4],
    ]);
    for (const x of reviews) expectClaimReview(x, x.claimReviewed, pathToFileURL(page).href);
    expect(reviews[0]!.datePublished).toBe(isoDate());
    expect(reviews.flatMap((x) => x.citation).some((c) => c.url === 'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm')).toBe(true);
  });

  it('names the page by --url instead, also for standard input', () => {
    const r = check(['--claimreview', '--url', PAGE, '-'], '医保卡可以在ATM取现。');
    expect(r.code).toBe(0);
    const reviews = JSON.parse(r.out) as ClaimReview[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.itemReviewed.appearance.url).toBe(PAGE);
  });

  it('still prints the reviews of the readable files when one is missing, and exits 1', () => {
    const r = check(['--claimreview', join(dir, 'missing.txt'), page, join(dir, 'none.txt')]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`check: ${join(dir, 'missing.txt')}: no such file`);
    expect((JSON.parse(r.out) as ClaimReview[]).length).toBe(2);
  });

  it.each([
    [['--claimreview', '--json', 'x.txt'], '--claimreview and --json cannot be combined'],
    [['--url', PAGE, 'x.txt'], '--url needs --claimreview'],
    [['--claimreview', '--url', PAGE, 'a.txt', 'b.txt'], '--url gives the address of one FILE'],
    [['--claimreview', '--url', 'not a url', 'a.txt'], '--url: not an address: not a url'],
    [['--claimreview', '-'], '--claimreview on standard input (-) needs --url'],
  ])('rejects %j with exit code 2', (args, message) => {
    const r = check(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`check: ${message}`);
  });
});
