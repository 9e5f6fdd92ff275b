import { describe, expect, it } from 'vitest';
import { AUTHOR, BEST_RATING, RATING_VALUE, WORST_RATING, claimReviewJson, claimReviews, isoDate, type ClaimReview } from '../../lib/claimreview';
import { VERDICTS, type Claim, type Source, type Verdict } from '../../lib/engine';
import { HOTLINE, REGULATION, makeClaim } from '../fixtures/claims';
import { expectClaimReview } from '../fixtures/claim-review';

const claim = (verdict: Verdict, text: string, sources: Source[] = [REGULATION]): Claim => makeClaim(verdict, text, { sources });

const PAGE = 'https://news.example.cn/a?b=1&c=2';

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
