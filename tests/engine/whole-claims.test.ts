import { describe, expect, it } from 'vitest';
import { readClauses } from '../../lib/engine/read-clauses';
import { withPremises, type Found } from '../../lib/engine/whole-claims';
import { entryById } from '../../lib/engine/dataset';

/** The verdicts withPremises gives each clause of the text's one sentence, its first clause read by the rules as a false claim and the others by the model as accurate. */
function verdicts(text: string): string[] {
  const { norm, sentences } = readClauses(text);
  const [r] = [...sentences];
  if (!r) throw new Error(`no sentence read in ${text}`);
  const found: Found[] = r.sentence.clauses.map((c, k) => ({
    clauseIndex: k,
    start: c.start,
    end: c.end,
    entry: entryById(k === 0 ? 'cash-withdrawal' : 'account-use')!,
    stance: 'affirm',
    verdict: k === 0 ? 'misleading' : 'accurate',
    confidence: 0.9,
    ruled: k === 0,
  }));
  return withPremises(norm, r, found).map((f) => f!.verdict);
}

describe('withPremises', () => {
  it('reads the money’s way out, told on unnegated after a false claim, as part of that claim', () => {
    expect(verdicts('医保个人账户余额停保后就可以申请提取,一般15个工作日内打到你的银行卡上。')).toEqual(['misleading', 'misleading']);
  });

  it('leaves a true remark that denies the way out its own verdict', () => {
    expect(verdicts('医保个人账户余额停保后就可以申请提取,但不会打到你的银行卡上。')).toEqual(['misleading', 'accurate']);
  });
});
