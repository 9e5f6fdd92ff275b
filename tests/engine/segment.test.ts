import { describe, expect, it } from 'vitest';
import { segment } from '../../lib/engine/segment';

const texts = (text: string) =>
  segment(text).map((s) => ({ sentence: text.slice(s.start, s.end), clauses: s.clauses.map((c) => text.slice(c.start, c.end)) }));

describe('segment', () => {
  it('splits a run-on sentence into comma clauses', () => {
    const [s] = texts('医保卡的资金只能用于医疗相关支出,不能随意提现,但在部分地区允许购买商业保险。');
    expect(s!.clauses).toEqual(['医保卡的资金只能用于医疗相关支出', '不能随意提现', '但在部分地区允许购买商业保险']);
  });

  it('ends sentences at full stops, question marks, semicolons and line breaks', () => {
    const out = texts('医保卡能取现吗?不能。\n停保后也不能;退休后也不能');
    expect(out.map((s) => s.sentence)).toEqual(['医保卡能取现吗?', '不能。', '停保后也不能;', '退休后也不能']);
  });

  it('flags question sentences and contrastive clauses', () => {
    const [q, a] = segment('医保卡停保后可以取现吗?医保卡停保后不能取现,但是余额保留。');
    expect(q!.question).toBe(true);
    expect(a!.question).toBe(false);
    expect(a!.clauses.map((c) => c.contrast)).toEqual([false, true]);
  });

  it('treats short unpunctuated lines as headings unless they assert something', () => {
    const out = segment('社保卡医保取现政策\n醫保卡不能取現\n  2. 医保卡的取现限制');
    expect(out.map((s) => s.heading)).toEqual([true, false, true]);
  });

  it('treats a numbered method titling its section as a heading, though it asserts, but not the method told in a sentence', () => {
    const out = segment('【方法三：得了大病可以取现】\n方法四：出国定居可以取\n第二种：找药店刷卡换现金\n方法一：找熟悉的药店，刷卡后退现金。\n跨省共济：父母在老家也能用上');
    expect(out.map((s) => s.heading)).toEqual([true, true, true, false, false]);
  });

  it('does not treat an ad line without punctuation as a heading: it offers', () => {
    const out = segment('高价回收医保卡余额 当天到账 全国可做 需要的滴滴\n医保卡余额回收');
    expect(out.map((s) => s.heading)).toEqual([false, true]);
  });

  it('treats a rumour titling its section as a heading, but not a rumour refuted in the same line', () => {
    const out = segment('▌谣言二：“医保个人账户要清零了，赶紧把钱花掉”\n误区五：个人账户的钱年底不用就清零了\n谣言一：“退休了余额能取出来”。真相：退休不是支取个人账户的理由\n网传：医保卡里的钱可以取出来');
    expect(out.map((s) => s.heading)).toEqual([true, true, false, false, false]);
    // A case titling a report's section, the scammer's words quoted.
    expect(segment('▌案例一：“国家新政策，医保余额可以一次性退还”').map((s) => s.heading)).toEqual([true]);
  });

  it('reads the 能 of 功能 or 智能 as part of a noun, not as "can"', () => {
    const out = segment('1. 亲情账户功能\n医保卡的金融功能\n医保卡能取现金\n社保卡智能终端');
    expect(out.map((s) => s.heading)).toEqual([true, true, false, true]);
  });

  it('treats a line that only names a document as a heading, however long', () => {
    const out = segment('· 国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见\n关于禁止医保卡套现的通知\n根据关于医保的通知,个人账户可以给家人用');
    expect(out.map((s) => s.heading)).toEqual([true, true, false]);
  });

  it('strips list markers and bullets from clause edges', () => {
    const out = texts('(1)退休:达到法定退休年龄后,可以提取个人医保账户余额;\n- 医保账户被冻结;\n3、到药店刷卡换现金');
    expect(out[0]!.clauses[0]).toBe('退休:达到法定退休年龄后');
    expect(out[1]!.clauses[0]).toBe('医保账户被冻结');
    expect(out[2]!.clauses[0]).toBe('到药店刷卡换现金');
  });

  it('strips a list number in brackets or closed by a bracket, and a circled one', () => {
    const out = texts('【1】可以给家人买药;\n（二）参保人员死亡的,余额可以继承;\n三）出国定居的可以提取;\n④不能取现;\n2个人可以共用');
    expect(out.map((s) => s.clauses[0])).toEqual(['可以给家人买药', '参保人员死亡的', '出国定居的可以提取', '不能取现', '2个人可以共用']);
  });

  it('keeps a decimal that starts a line: an amount, not a list item', () => {
    const out = texts('1.5万元以上的余额可以取现;\n2. 医保卡不能取现');
    expect(out[0]!.clauses[0]).toBe('1.5万元以上的余额可以取现');
    expect(out[1]!.clauses[0]).toBe('医保卡不能取现');
  });

  it('keeps offsets into the original text', () => {
    const text = '前言\n\n医保卡不能取现，也不能转到微信。';
    for (const s of segment(text)) {
      for (const c of s.clauses) expect(c.start).toBeGreaterThanOrEqual(s.start);
    }
    const last = segment(text).at(-1)!;
    expect(text.slice(last.clauses[1]!.start, last.clauses[1]!.end)).toBe('也不能转到微信');
  });

  it('splits the clauses of speech a speaker’s colon opens and the sentence leaves open, and no other quotation', () => {
    const clausesOf = (text: string): string[] => segment(text)[0]!.clauses.map((c) => text.slice(c.start, c.end));
    expect(clausesOf('标准话术：“个人账户的钱不会因为辞职或者退休清零，也不能一次性退现金。如果换到外地工作，余额会一起转过去。”')).toEqual([
      '标准话术：“个人账户的钱不会因为辞职或者退休清零',
      '也不能一次性退现金',
    ]);
    // A myth or an ad quoted under its label, and a quotation closed within the sentence, keep their commas.
    expect(clausesOf('误区三：“新农合交了好多年，转走的时候能把钱退回来。”')).toHaveLength(1);
    expect(clausesOf('他说：“医保卡余额回收，当天到账”，这是骗局。')).toEqual(['他说：“医保卡余额回收，当天到账', '这是骗局']);
  });

  it('treats a row of five or more short tags as a heading, at any length, and not three ad phrases', () => {
    expect(segment('医保  社保卡  个人账户  家庭共济  知识分享官  涨知识  生活小技巧')[0]!.heading).toBe(true);
    expect(segment('#医保 #社保卡 #家庭共济 #涨知识 #生活小技巧')[0]!.heading).toBe(true);
    expect(segment('高价回收医保卡 当天到账 全国可做')[0]!.heading).toBe(false);
  });

  it('treats a short line labelled as a title (留言标题：…) as a heading', () => {
    expect(segment('留言标题：调动去外省工作，医保余额能退吗\n本人在医保局参保14年了。').map((x) => x.heading)).toEqual([true, false]);
  });
});
