import { describe, expect, it } from 'vitest';
import { confusion, LabelError, locate, macroF1, perVerdictF1, scorePage, totals, type Prediction } from '../../lib/cli/score';

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
    expect(s.ignored.map((p) => p.text)).toEqual(['模糊的说法']);
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

  it('tallies per-verdict TP/FP/FN and the confusion matrix by hand', () => {
    const pairs: [Prediction['verdict'] | null, Prediction['verdict'] | null][] = [
      ['accurate', 'accurate'],
      ['accurate', 'accurate'],
      ['accurate', 'region-dependent'],
      ['region-dependent', 'region-dependent'],
      ['illegal', null],
      [null, 'accurate'],
    ];
    // accurate: tp 2, fp 1, fn 1 → 4/6; region-dependent: tp 1, fp 1, fn 0 → 2/3; illegal: tp 0 → 0.
    expect(perVerdictF1(pairs)).toEqual([
      { verdict: 'accurate', tp: 2, fp: 1, fn: 1, f1: 4 / 6 },
      { verdict: 'region-dependent', tp: 1, fp: 1, fn: 0, f1: 2 / 3 },
      { verdict: 'illegal', tp: 0, fp: 0, fn: 1, f1: 0 },
    ]);
    expect(macroF1(pairs)).toBeCloseTo((4 / 6 + 2 / 3 + 0) / 3);
    const m = confusion(pairs);
    expect(m.get('accurate')?.get('accurate')).toBe(2);
    expect(m.get('accurate')?.get('region-dependent')).toBe(1);
    expect(m.get('illegal')?.get('none')).toBe(1);
    expect(m.get('none')?.get('accurate')).toBe(1);
  });

  it('reports every bad label of a file, not just the first', () => {
    const file = {
      page: 'p',
      claims: [
        { quote: '不存在的句子', verdict: 'accurate' },
        { quote: '医保卡不能取现', verdict: 'accurate' },
        { quote: '医保卡不能取现', verdict: 'true' },
        { quote: '', verdict: 'any' },
        { quote: '也不存在', verdict: 'misleading' },
      ],
    };
    try {
      locate(page, file);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LabelError);
      const problems = (e as LabelError).problems;
      expect(problems).toHaveLength(4);
      expect(problems[0]).toBe('claim 1: quote not found in page: "不存在的句子"');
      expect(problems[1]).toMatch(/^claim 3: needs .*"verdict"/);
      expect(problems[2]).toMatch(/^claim 4: needs a non-empty "quote"/);
      expect(problems[3]).toBe('claim 5: quote not found in page: "也不存在"');
    }
    expect(() => locate(page, { claims: 'none' })).toThrow(/claims/);
  });

  it('locates a quote at its first occurrence, with end = start + length', () => {
    const [l] = locate('甲乙甲乙', { claims: [{ quote: '甲乙', verdict: 'accurate' }] });
    expect([l!.start, l!.end]).toEqual([0, 2]);
  });

  it('treats touching spans as not overlapping', () => {
    const [l] = locate('一二三四', [{ quote: '三四', verdict: 'accurate' }]);
    const touching = { start: 0, end: 2, text: '一二', verdict: 'accurate' as const, entry: 'x' };
    const s = scorePage('p', [l!], [touching]);
    expect(s.falsePositives).toHaveLength(1);
    expect(s.missed).toHaveLength(1);
  });

  it('credits one prediction spanning two labels for both, and a second prediction on a label as a true positive', () => {
    const [a, b] = locate('医保卡不能取现，也不能转账。', [
      { quote: '医保卡不能取现', verdict: 'accurate' },
      { quote: '也不能转账', verdict: 'accurate' },
    ]);
    const wide = { start: 0, end: 13, text: '医保卡不能取现，也不能转账', verdict: 'accurate' as const, entry: 'x' };
    const small = { start: 3, end: 7, text: '不能取现', verdict: 'misleading' as const, entry: 'y' };
    const s = scorePage('p', [a!, b!], [wide, small]);
    expect(s.truePositives).toBe(2);
    expect(s.falsePositives).toEqual([]);
    expect(s.missed).toEqual([]);
    // The first label: wide overlaps 7 characters, small 4, so wide (accurate) judges it.
    expect(s.correct).toBe(2);
    expect(s.pairs).toEqual([
      ['accurate', 'accurate'],
      ['accurate', 'accurate'],
    ]);
  });

  it('scores nothing to find and nothing found as perfect, and an empty near-miss page as clean', () => {
    const t = totals([scorePage('n', null, [])]);
    expect([t.recall, t.precision, t.verdictAccuracy, t.macroF1, t.nearMissClaims]).toEqual([1, 1, 1, 1, 0]);
  });
});
