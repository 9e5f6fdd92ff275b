import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestPhrasing } from '../../lib/engine/gist';
import { termsOf, findFeatures } from '../../lib/engine/features';

/** The reference: each phrasing's distinct CJK character pairs looked up in the clause's. */
function pairs(text: string): Set<number> {
  const out = new Set<number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (previous >= 0) out.add(previous * 0x10000 + c);
    previous = c;
  }
  return out;
}
function naiveClosest(phrasings: string[], clause: string): { text: string; score: number } | null {
  const own = pairs(clause);
  let best: { text: string; score: number } | null = null;
  for (const text of phrasings) {
    const p = pairs(text);
    let shared = 0;
    for (const x of p) if (own.has(x)) shared++;
    const score = p.size === 0 ? 0 : shared / p.size;
    if (!best || score > best.score) best = { text, score };
  }
  return best;
}

const text = fc.string({ unit: fc.constantFrom('医', '保', '卡', '取', '现', '不', '能', '，', 'a', '1', ' '), maxLength: 24 });

describe('closestPhrasing', () => {
  it('picks the phrasing and share that comparing pair sets gives, the index reused across claims', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 6 }), (phrasings, clauses) => {
        for (const clause of clauses) expect(closestPhrasing(phrasings, clause)).toEqual(naiveClosest(phrasings, clause));
      }),
    );
  });
});

describe('termsOf', () => {
  it('matches every text in which findFeatures finds one of the features', () => {
    const re = termsOf(['card-finance', 'wallet'])!;
    expect(re).not.toBeNull();
    for (const t of ['社保卡的金融账户可以取现', '医保钱包', '借记卡功能', '医保卡不能取现']) {
      const hit = findFeatures(t, 0, t.length).some((h) => h.feature === 'card-finance' || h.feature === 'wallet');
      if (hit) expect(re.test(t)).toBe(true);
    }
    expect(re.test('医保卡不能取现')).toBe(false);
  });
  it('reads features with patterns too, their named groups made plain, and gives up on unknown ones', () => {
    const re = termsOf(['cashout', 'account-credit'])!;
    // 取 alone at a clause's end (a pattern with a look-behind) and 不会再打钱 (a pattern naming its group).
    for (const t of ['可以在ATM机上取', '退休以后医保卡里就不会再打钱了', '医保卡里的钱可以提取']) {
      expect(findFeatures(t, 0, t.length).some((h) => h.feature === 'cashout' || h.feature === 'account-credit')).toBe(true);
      expect(re.test(t)).toBe(true);
    }
    expect(re.test('获取医保电子凭证')).toBe(false);
    expect(termsOf(['no-such-feature'])).toBeNull();
  });
});

describe('explanations and the gist', () => {
  it('does not repeat a claim that is its own gist, but names the gist of a longer one', async () => {
    const { analyze } = await import('../../lib/engine/analyze');
    const [plain] = analyze('退休后可以提取医保余额。', { assumeTopic: true });
    expect(plain?.verdict).toBe('misleading');
    expect(plain!.explanation.zh.startsWith('这句话的意思是')).toBe(false);
    const [reported] = analyze('有人说医保卡里的钱可以直接在ATM机取现。', { assumeTopic: true });
    expect(reported!.explanation.zh).toMatch(/^这句话的意思是“[^”]+”/);
  });

  it('never puts a place, a relative or a good in the sentence’s mouth that it does not name', async () => {
    const { analyze } = await import('../../lib/engine/analyze');
    const { entryById } = await import('../../lib/engine/dataset');
    // Each names one place or good; the dataset has phrasings of the same rule naming others.
    const sentences = [
      '浙江省规定，参保人员可以自愿将个人账户沉淀资金在4000元以上部分用于购买商业健康险。',
      '深圳等部分城市允许用个人账户买指定的商业健康保险。',
      '本市目前在部分定点医疗机构开展的健康体检项目可以使用个人账户结算，入职体检等不在此列。',
    ];
    for (const sentence of sentences) {
      const [claim] = analyze(sentence, { assumeTopic: true });
      expect(claim?.verdict, sentence).toBe('region-dependent');
      const gist = /^这句话的意思是“([^”]+)”/.exec(claim!.explanation.zh)?.[1];
      for (const name of ['广州', '上海', '北京', '杭州', '疫苗', '健身', '米面油']) if (gist?.includes(name)) expect(sentence, gist).toContain(name);
      // The rule is the entry's, whatever the lead says.
      expect(claim!.explanation.zh).toContain(entryById(claim!.entry)!.explanation.zh.slice(0, 12));
    }
    // Nor a relative: family members are not "配偶", 家人 not "孩子".
    for (const sentence of ['允许医保个人账户资金实现家庭成员共济使用。', '医保卡里的钱(医保个人账户余额)可以给家人用。']) {
      const [claim] = analyze(sentence, { assumeTopic: true });
      expect(claim?.verdict, sentence).toBe('accurate');
      const gist = /^这句话的意思是“([^”]+)”/.exec(claim!.explanation.zh)?.[1];
      for (const name of ['配偶', '父母', '孩子', '子女', '兄弟姐妹']) if (gist?.includes(name)) expect(sentence, gist).toContain(name);
    }
  });
});
