// What a content script's report of its page's claims carries. A page with thousands of claims
// would make one message of megabytes, serialised on the page's main thread: the report carries
// the first claims in page order and, when it leaves some out, how many there are of each verdict.
import { VERDICTS, type Claim, type Verdict } from './engine/types';

/**
 * Claims in one report: more than any real page has (a claim-dense article has about one per
 * 50 characters), few enough that the message (~0.8 kB a claim) serialises in a few ms.
 */
export const REPORTED_CLAIMS = 1000;

export type VerdictCounts = Record<Verdict, number>;

export interface ClaimsReport {
  /** The page's first claims, in page order; their indices are the page's. */
  claims: Claim[];
  /** Only when claims were left out: the page's number of claims. */
  total?: number;
  /** Only when claims were left out: the page's claims per verdict. */
  counts?: VerdictCounts;
}

export function countVerdicts(claims: readonly Pick<Claim, 'verdict'>[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

/** The report of these claims, cut to `max`. */
export function capClaims(claims: readonly Claim[], max = REPORTED_CLAIMS): ClaimsReport {
  if (claims.length <= max) return { claims: [...claims] };
  return { claims: claims.slice(0, max), total: claims.length, counts: countVerdicts(claims) };
}
