import { describe, expect, it } from 'vitest';
import { REPORTED_CLAIMS, capClaims, countVerdicts } from '../../lib/claims-report';
import { parseMessage } from '../../lib/messages';
import type { Claim, Verdict } from '../../lib/engine';
import { makeClaim } from '../fixtures/claims';

const claim = (i: number, verdict: Verdict): Claim => makeClaim(verdict, '医保卡可以取现', { start: i * 10, end: i * 10 + 7 });
const ORDER: Verdict[] = ['accurate', 'accurate', 'region-dependent', 'misleading', 'illegal'];
const claims = (n: number): Claim[] => Array.from({ length: n }, (_, i) => claim(i, ORDER[i % ORDER.length]!));

describe('capClaims', () => {
  it('passes a page’s claims through as they are when they fit one report', () => {
    const all = claims(12);
    expect(capClaims(all)).toEqual({ claims: all });
    expect(capClaims(claims(REPORTED_CLAIMS)).total).toBeUndefined();
  });

  it('reports the first claims in page order with the page’s numbers when there are more', () => {
    const all = claims(2503);
    const report = capClaims(all, 1000);
    expect(report.claims).toEqual(all.slice(0, 1000));
    expect(report.total).toBe(2503);
    expect(report.counts).toEqual(countVerdicts(all));
    expect(report.counts).toEqual({ accurate: 1002, 'region-dependent': 501, misleading: 500, illegal: 500 });
  });

  it('makes a report the background accepts, and keeps a capped report of the largest page within bounds', () => {
    const report = capClaims(claims(20_000));
    const message = { type: 'content/claims', url: 'https://example.cn/', status: 'ok', ...report };
    expect(parseMessage(message)).toEqual(message);
    expect(JSON.stringify(message).length).toBeLessThan(REPORTED_CLAIMS * 1000);
  });

  it('is refused by the background when its numbers do not add up', () => {
    const report = capClaims(claims(1500), 1000);
    const base = { type: 'content/claims', url: 'https://example.cn/', status: 'ok', ...report };
    expect(parseMessage({ ...base, total: 10 })).toBeNull();
    expect(parseMessage({ ...base, total: -1 })).toBeNull();
    expect(parseMessage({ ...base, counts: { accurate: 1 } })).toBeNull();
    expect(parseMessage({ ...base, counts: { ...report.counts, extra: 1 } })).toBeNull();
  });
});
