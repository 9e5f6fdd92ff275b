import { describe, expect, it } from 'vitest';
import { tidySpan } from '../../lib/engine/span';
import { analyze } from '../../lib/engine/analyze';

const tidy = (text: string, quote: string): string => {
  const start = text.indexOf(quote);
  const [s, e] = tidySpan(text, start, start + quote.length);
  return text.slice(s, e);
};

describe('claim spans', () => {
  it('close the quotation or bracket a claim opened', () => {
    expect(tidy('他说“医保卡可以取现”。', '“医保卡可以取现')).toBe('“医保卡可以取现”');
    expect(tidy('个人账户（含共济账户）余额', '个人账户（含共济账户')).toBe('个人账户（含共济账户）');
    expect(tidy('《条例》规定', '《条例')).toBe('《条例》');
  });
  it('open the quotation or bracket a claim closes, when the opener stands right before it', () => {
    expect(tidy('【高价回收医保卡余额】本店长期收卡', '高价回收医保卡余额】本店长期收卡')).toBe('【高价回收医保卡余额】本店长期收卡');
    expect(tidy('“医保卡的钱年底清零”——假的', '医保卡的钱年底清零”——假的')).toBe('“医保卡的钱年底清零”——假的');
    expect(tidy('他说：取现”，不可以', '取现”，不可以')).toBe('取现”，不可以');
  });
  it('do not start with a closer that belongs to the text before', () => {
    expect(tidy('“取现”，不可以', '”，不可以')).toBe('不可以');
  });
  it('do not start or end with a clause break (a claim borrowing a word from the clause before starts at its comma)', () => {
    expect(tidy('关系随本人转移，余额划转至转入地，不会退给个人', '，余额划转至转入地，不会退给个人')).toBe('余额划转至转入地，不会退给个人');
    const text = '参保人员跨统筹地区流动就业的，基本医疗保险关系随本人转移接续，个人账户余额由转出地经办机构划转至转入地，继续记入本人个人账户使用，既不会退给个人。';
    for (const c of analyze(text, { model: null })) expect(c.text).toMatch(/^[^，,、；;]/);
  });
  it('drop a speaker’s or section’s label, but keep a condition', () => {
    expect(tidy('答：医保卡不能取现', '答：医保卡不能取现')).toBe('医保卡不能取现');
    expect(tidy('法律分析:医保卡可以取现', '法律分析:医保卡可以取现')).toBe('医保卡可以取现');
    expect(tidy('作者回复：不行哦，钱包里的钱不能提现', '作者回复：不行哦，钱包里的钱不能提现')).toBe('不行哦，钱包里的钱不能提现');
    expect(tidy('退休:可以提取余额', '退休:可以提取余额')).toBe('退休:可以提取余额');
  });
  it('leave out the bars and blanks at the edges of a table row, not those between its cells', () => {
    expect(tidy('| 转到银行卡 | 不可以 |', '| 转到银行卡 | 不可以 |')).toBe('转到银行卡 | 不可以');
    expect(tidy('｜提现｜不能｜', '｜提现｜不能｜')).toBe('提现｜不能');
    const row = '| 医保卡里的钱 | 不能转到银行卡、微信、支付宝 |';
    const [claim] = analyze(`医保钱包常见问题\n${row}\n`);
    expect(claim?.text.startsWith('|') || claim?.text.endsWith('|')).toBe(false);
  });
  it('are what analyze reports, text and offsets alike', () => {
    const text = '答：医保卡可以在ATM取现。';
    const [claim] = analyze(text);
    expect(claim?.text).toBe('医保卡可以在ATM取现');
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
  });
});
