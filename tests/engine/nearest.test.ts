import { describe, expect, it } from 'vitest';
import { nearestPhrasing, sameAsPhrasing } from '../../lib/engine/nearest';
import { dataset } from '../../lib/engine/dataset';
import { analyze } from '../../lib/engine/analyze';

const near = (text: string) => nearestPhrasing(text, 0, text.length);

/** Every phrasing of the dataset with its entry, stance and the verdict the entry gives it. */
const phrasings = dataset.entries.flatMap((e) =>
  Object.entries(e.phrasings).flatMap(([stance, texts]) => (texts ?? []).map((text) => ({ entry: e.id, stance, verdict: e.verdicts[stance as keyof typeof e.verdicts], text }))),
);

describe('nearestPhrasing', () => {
  it('finds each phrasing itself, fully shared; a phrasing read as another of the same words has its verdict', () => {
    for (const p of phrasings) {
      const n = near(p.text);
      expect(n, p.text).not.toBeNull();
      expect(n!.score, p.text).toBe(1);
      // Dice 1: the same character pairs. Two phrasings of one wording with two verdicts would be a data error.
      if (n!.dice === 1) expect(n!.verdict, p.text).toBe(p.verdict);
    }
  });

  it('scores the share of the phrasing found, and Dice falls as the clause says more', () => {
    const p = phrasings[0]!;
    const longer = `${p.text}，而且还要说很多别的完全不相干的事情和内容`;
    const n = near(longer)!;
    expect(n.score).toBe(1);
    expect(n.dice).toBeLessThan(near(p.text)!.dice);
  });

  it('returns null where no pair of Chinese characters is shared, and reads only the given span', () => {
    expect(near('hello ATM 1234')).toBeNull();
    const text = `abc${phrasings[0]!.text}`;
    expect(nearestPhrasing(text, 0, 3)).toBeNull();
    expect(nearestPhrasing(text, 3, text.length)!.score).toBe(1);
  });

  it('prefers a phrasing of the clause’s own polarity over one inside its words', () => {
    expect(near('医保卡里的钱不能取出来')!.negated).toBe(true);
    expect(near('医保卡里的钱能取出来')!.negated).toBe(false);
  });

  it('tells a negated phrasing from an affirmed one', () => {
    const negated = phrasings.filter((p) => p.stance === 'deny' && /不能|不可以/.test(p.text));
    expect(negated.length).toBeGreaterThan(0);
    for (const p of negated) expect(near(p.text)!.negated, p.text).toBe(true);
  });
});

describe('analyze: what is too short to be a claim', () => {
  it('drops a connective standing alone as a clause, keeps a short full claim', () => {
    const claims = analyze('不过，医保卡里的钱不能取现。', { assumeTopic: true });
    expect(claims.map((c) => c.text)).not.toContain('不过');
    expect(claims.some((c) => c.text.includes('不能取现'))).toBe(true);
  });
});

describe('sameAsPhrasing', () => {
  const same = (text: string, entry?: string) => sameAsPhrasing(text, 0, text.length, entry, 0.8);
  it('finds a phrasing said word for word, with its verdict, and not one of the other polarity', () => {
    const p = phrasings.find((q) => q.stance === 'affirm' && q.entry === 'cash-withdrawal')!;
    expect(same(p.text, 'cash-withdrawal')?.verdict).toBe(p.verdict);
    expect(same(p.text)?.verdict).toBe(p.verdict);
    // The same words negated are not that phrasing.
    const negated = p.text.replace('可以', '不可以');
    expect(negated).not.toBe(p.text);
    expect(same(negated, 'cash-withdrawal')?.negated ?? true).toBe(true);
  });

  it('finds nothing for a clause that says much more than any phrasing, or in another entry', () => {
    const p = phrasings.find((q) => q.entry === 'cash-withdrawal')!;
    expect(same(`${p.text}，另外关于参保缴费基数调整和门诊慢特病待遇认定的通知已经印发并开始执行`, 'cash-withdrawal')).toBeNull();
    expect(same(p.text, 'family-mutual-aid')?.entry ?? 'family-mutual-aid').toBe('family-mutual-aid');
  });
});
