import { describe, expect, it } from 'vitest';
import { locate, macroF1, scorePage, totals, type Prediction } from '../../lib/cli/score';

const page = '医保卡可以在ATM取现。医保卡不能取现。部分地区允许买商业保险。这是一个模糊的说法。';
const pred = (quote: string, verdict: Prediction['verdict']): Prediction => {
  const start = page.indexOf(quote);
  return { start, end: start + quote.length, text: quote, verdict, entry: 'x' };
};

describe('scoring by the rubric', () => {
  const labels = locate(page, [
    { quote: '医保卡可以在ATM取现', verdict: 'misleading' },
    { quote: '医保卡不能取现', verdict: 'accurate' },
    { quote: '部分地区允许买商业保险', verdict: 'region-dependent' },
    { quote: '这是一个模糊的说法', verdict: 'any' },
  ]);

  it('credits overlaps, counts misses and wrong verdicts, and ignores predictions on `any` spans', () => {
    const s = scorePage('p', labels, [
      pred('ATM取现', 'misleading'), // overlaps the first label: correct
      pred('不能取现', 'misleading'), // overlaps the second: wrong verdict
      pred('模糊的说法', 'accurate'), // only an `any` span: neither credited nor a false positive
    ]);
    expect(s.labels).toBe(3);
    expect(s.predicted).toBe(2);
    expect(s.truePositives).toBe(2);
    expect(s.falsePositives).toEqual([]);
    expect(s.missed.map((m) => m.quote)).toEqual(['部分地区允许买商业保险']);
    expect(s.wrong.map((w) => w.label.quote)).toEqual(['医保卡不能取现']);
    expect(s.correct).toBe(1);
    const t = totals([s]);
    expect(t.recall).toBeCloseTo(2 / 3);
    expect(t.precision).toBe(1);
    expect(t.verdictAccuracy).toBeCloseTo(1 / 3);
  });

  it('judges a label by the prediction that overlaps it most', () => {
    const s = scorePage('p', labels, [pred('医保卡可', 'accurate'), pred('可以在ATM取现', 'misleading')]);
    expect(s.correct).toBe(1);
    expect(s.wrong).toEqual([]);
  });

  it('counts every claim on a near-miss page as a false positive', () => {
    const near = scorePage('n', null, [pred('医保卡不能取现', 'accurate')]);
    const labelled = scorePage('p', labels, [pred('ATM取现', 'misleading')]);
    const t = totals([labelled, near]);
    expect(t.nearMissClaims).toBe(1);
    expect(t.precision).toBe(0.5);
  });

  it('computes macro-F1 over the verdicts present in the labels', () => {
    const f1 = macroF1([
      ['misleading', 'misleading'],
      ['misleading', null],
      ['accurate', 'misleading'],
      [null, 'illegal'],
    ]);
    // misleading: tp 1, fp 1 (the accurate label predicted misleading), fn 1 → 2/4; accurate: 0;
    // the false positive's verdict (illegal) is not among the labels, so it has no F1 of its own.
    expect(f1).toBeCloseTo((0.5 + 0) / 2);
  });

  it('reports a label quote that is not in the page', () => {
    expect(() => locate(page, [{ quote: '不存在的句子', verdict: 'accurate' }])).toThrow(/not found/);
  });
});
