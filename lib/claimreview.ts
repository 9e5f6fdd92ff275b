// A page's verdicts as schema.org ClaimReview objects (JSON-LD), the format fact-checkers publish
// in: the side panel exports them, and `npm run -s check -- --claimreview FILE` prints them. Pure:
// no DOM and no browser API.
import type { Claim, Source, Verdict } from './engine/types';
import type { Lang } from './i18n';
import { openableUrl, verdictName } from './share-text';

/** The rating scale: worst (1, illegal) to best (4, accurate), so a higher number is a truer claim. */
export const RATING_VALUE: Record<Verdict, number> = { illegal: 1, misleading: 2, 'region-dependent': 3, accurate: 4 };
export const WORST_RATING = 1;
export const BEST_RATING = 4;

/** Who reviewed the claims: this extension. */
export const AUTHOR = { '@type': 'Organization', name: '医保核查 Yibao Check' } as const;

export interface SourceCitation {
  '@type': 'CreativeWork';
  /** 《title》 as the document is called. */
  name: string;
  /** The 文号, where the document has one. */
  identifier?: string;
  publisher: { '@type': 'Organization'; name: string };
  datePublished: string;
  /** The official page, where its address is confirmed. */
  url?: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** The claim in the page's own words. */
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    /** The verdict's reader-facing name (误导, Misleading…). */
    alternateName: string;
    ratingExplanation: string;
  };
  itemReviewed: { '@type': 'Claim'; appearance: { '@type': 'CreativeWork'; url: string } };
  author: typeof AUTHOR;
  /** When the claims were checked (ISO 8601). */
  datePublished: string;
  citation: SourceCitation[];
}

export interface ClaimReviewOptions {
  /** The address of the page the claims were found on (a file: URL for a saved file). */
  url: string;
  /** When the page was checked, ISO 8601 (YYYY-MM-DD or a date-time). */
  datePublished: string;
  /** Language of the verdict names and explanations (default zh); the quotes stay as the page has them. */
  lang?: Lang;
}

function sourceCitation(s: Source): SourceCitation {
  const url = openableUrl(s.url);
  return {
    '@type': 'CreativeWork',
    name: s.title,
    ...(s.docNumber ? { identifier: s.docNumber } : {}),
    publisher: { '@type': 'Organization', name: s.issuer },
    datePublished: s.date,
    ...(url ? { url } : {}),
  };
}

/** @return one ClaimReview per claim, in the claims' order */
export function claimReviews(claims: readonly Claim[], options: ClaimReviewOptions): ClaimReview[] {
  const lang = options.lang ?? 'zh';
  return claims.map((c) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: c.text,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUE[c.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdictName(c.verdict, lang),
      ratingExplanation: c.explanation[lang] || c.explanation.zh,
    },
    itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: options.url } },
    author: AUTHOR,
    datePublished: options.datePublished,
    citation: c.sources.map(sourceCitation),
  }));
}

/**
 * @return the reviews as JSON text. Page text may hold anything: besides JSON's own escaping,
 * `<`, `>`, `&` and the two JavaScript line separators are written as \u escapes, so the same
 * text can also sit inside an HTML <script type="application/ld+json"> element unchanged.
 */
export function claimReviewJson(reviews: readonly ClaimReview[]): string {
  return JSON.stringify(reviews, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The local calendar date of `date` as YYYY-MM-DD: the day the reader checked the page. */
export function isoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
