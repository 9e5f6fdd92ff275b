import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { article, mixed, readCorpus } from '../../lib/cli/bench-inputs';
import { benchTable, median, targets, timeMedian, type BenchRow } from '../../lib/cli/bench-stats';

const corpus = readCorpus(join(__dirname, '..', 'corpus'));

describe('bench inputs', () => {
  it('reads labelled pages as articles and unlabelled ones as near-miss filler', () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(4);
    expect(corpus.nearMisses.length).toBeGreaterThanOrEqual(4);
    expect(corpus.nearMisses.some((p) => p.includes('住房公积金'))).toBe(true);
    expect(corpus.articles.some((p) => p.includes('住房公积金怎么提取'))).toBe(false);
  });

  it('builds a 10,000-character article from the labelled pages, the same every time', () => {
    const a = article(corpus);
    expect(a).toHaveLength(10_000);
    expect(a.startsWith(corpus.articles[0]!)).toBe(true);
    expect(article(corpus)).toBe(a);
  });

  it('builds 1 M characters of mostly off-topic text with about 1% claim sentences', () => {
    const m = mixed(corpus);
    expect(m).toHaveLength(1_000_000);
    expect(mixed(corpus)).toBe(m);
    const lines = m.split('\n');
    const filler = new Set([corpus.offTopic, ...corpus.nearMisses].flatMap((t) => t.split('\n')));
    const claimChars = lines.filter((l) => !filler.has(l)).reduce((n, l) => n + l.length, 0);
    expect(claimChars / m.length).toBeGreaterThan(0.005);
    expect(claimChars / m.length).toBeLessThan(0.02);
  });
});

describe('bench statistics', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('times only the runs after the warm-up', () => {
    let calls = 0;
    let clock = 0;
    // Each call advances the fake clock by its call number: the warm-up calls (1, 2) are not timed.
    const f = (): void => {
      calls++;
      clock += calls;
    };
    expect(timeMedian(f, 3, 2, () => clock)).toBe(4);
    expect(calls).toBe(5);
  });

  it('checks the targets: ≤ 5 ms per 10k article, ≤ 100 ms per M chars, ≤ 150 ms per MB of claim-dense text, ≥ 20× the baseline', () => {
    const row = (chars: number, engineMs: number, baselineMs: number): BenchRow => ({ input: 'x', chars, bytes: chars * 3, engineMs, baselineMs, extrapolated: false });
    expect(targets(row(10_000, 4, 400), row(1e6, 90, 9000)).map((t) => t.met)).toEqual([true, true, true]);
    expect(targets(row(10_000, 6, 100), row(1e6, 150, 9000)).map((t) => t.met)).toEqual([false, false, false]);
    const dense = (ms: number): BenchRow => ({ input: 'd', chars: 1e6, bytes: 3e6, engineMs: ms, baselineMs: 9e5, extrapolated: true });
    expect(targets(row(10_000, 4, 400), row(1e6, 90, 9000), dense(440)).map((t) => [t.what, t.met])).toContainEqual(['claim-dense', true]);
    expect(targets(row(10_000, 4, 400), row(1e6, 90, 9000), dense(460)).map((t) => [t.what, t.met])).toContainEqual(['claim-dense', false]);
    const table = benchTable([{ ...row(1e6, 25, 90_000), extrapolated: true }]).split('\n');
    expect(table[1]!.split(/\s{2,}/)).toEqual(['x', '1,000,000', '3.00 MB', '25.00 ms', '25.00 ms', '90000 ms*', '3600×']);
  });
});
