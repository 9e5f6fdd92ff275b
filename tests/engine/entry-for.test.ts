import { describe, expect, it } from 'vitest';
import { readClauses } from '../../lib/engine/read-clauses';
import { entryFor } from '../../lib/engine/entry-for';
import { entryById } from '../../lib/engine/dataset';
import type { Verdict } from '../../lib/engine/types';

/** The entry that would explain each clause of the text's first sentence, given a verdict. */
function entries(text: string, verdict: Verdict): string[] {
  const { sentences } = readClauses(text);
  const [r] = [...sentences];
  if (!r) throw new Error(`no sentence read in ${text}`);
  return r.sentence.clauses.map((c) => entryFor(r.hits, c, verdict).id);
}

describe('entryFor', () => {
  it('explains a clause naming no entry by what its sentence speaks of, not by an entry one word of it names', () => {
    // 支取 alone also anchors the ATM entry; the sentence speaks of retirement.
    const ids = entries('真相:医保退休不是支取个人账户的理由,退休后个人账户继续用于看病买药。', 'accurate');
    expect(ids).toEqual(['retirement-withdrawal', 'retirement-withdrawal']);
    // A clause that names its own entry (照样按月划入: the account is still credited) is explained by it.
    expect(entries('真相:医保退休不是支取个人账户的理由,退休后个人账户照样按月划入。', 'accurate')).toEqual(['retirement-withdrawal', 'account-credit']);
  });

  it('explains taking money out, true only in some places, by the one-off payouts, not by the general local rule', () => {
    expect(entries('目前医保卡套现只有两种情况才可以。', 'region-dependent')).toEqual(['special-case-payout']);
  });

  it('explains a true warning that names no route by the rule that cashing out is against the law', () => {
    expect(entries('医保领域的这种行为不仅违法,还会给自己带来经济损失。', 'accurate')).toEqual(['taoxian', 'account-use']);
    // Without a word of wrongdoing, a true clause naming nothing stays the general rule.
    expect(entries('医保领域的这种行为会给自己带来经济损失。', 'accurate')).toEqual(['account-use']);
  });

  it('takes an entry whose required words all stand there before one a word of it only names', () => {
    // 代办 names both the agent route and the POS route (an agent's terminal); no terminal is named here.
    expect(entries('医保卡的事嫌麻烦,也可以找专业代办。', 'illegal').at(-1)).toBe('cashout-agent');
  });

  it('explains a true clause by the general rule, not by a denial of words it lacks; a false one by the nearest such rule', () => {
    // 定点医院 names the hospital cash-out entry, which needs a word of cash: the clause is about paying there.
    expect(entries('医保个人账户余额可直接支付本人在定点医院的自付费用。', 'accurate')).toEqual(['account-use']);
    // A false claim at an ATM without a word of cash is still explained by the ATM rule.
    expect(entries('医保卡在ATM上就能办。', 'misleading')).toEqual(['atm-counter-withdrawal']);
  });

  it('takes the entry the clause’s own words name before the sentence’s', () => {
    const ids = entries('医保个人账户可以给父母看病买药,但医保卡不能在ATM取现。', 'accurate');
    expect(ids).toEqual(['family-mutual-aid', 'atm-counter-withdrawal']);
  });

  it('explains a region-dependent claim about a true rule by that rule, not by the general local rule; never by a route', () => {
    const { sentences } = readClauses('职工医保参保人去世后,其个人账户存储额划入继承人的个人账户。');
    const [r] = [...sentences];
    const clause = r!.sentence.clauses.at(-1)!;
    const inheritance = entryById('death-inheritance')!;
    expect(entryFor(r!.hits, clause, 'region-dependent', inheritance).id).toBe('death-inheritance');
    expect(entryFor(r!.hits, clause, 'region-dependent', entryById('pharmacy-cash')!).id).not.toBe('pharmacy-cash');
  });
});
