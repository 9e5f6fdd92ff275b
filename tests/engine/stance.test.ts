import { describe, expect, it } from 'vitest';
import { segment } from '../../lib/engine/segment';
import { isQuestion, reportPage, sentenceFacts, stanceOf, type EntryKind } from '../../lib/engine/stance';
import { normalize } from '../../lib/engine/normalize';

/** Stance of the one-sentence text towards the first occurrence of `anchor`. */
function stance(text: string, anchor: string, kind: EntryKind = 'fact') {
  const norm = normalize(text);
  const [sentence] = segment(norm);
  const at = norm.indexOf(anchor);
  const clause = sentence!.clauses.find((c) => c.start <= at && at < c.end)!;
  return stanceOf(norm, sentenceFacts(norm, sentence!), clause, at, at + anchor.length, kind).stance;
}

describe('stanceOf', () => {
  it('reads negation before the anchor', () => {
    expect(stance('医保卡里的钱可以取现', '取现')).toBe('affirm');
    expect(stance('医保卡里的钱不能取现', '取现')).toBe('deny');
  });

  // [text, anchor]: each denies what its anchor names.
  const DENIED: [string, string][] = [
    ['医保卡内的资金原则上不允许直接取出使用', '取出'],
    ['医保卡的余额通常用于支付医疗费用,而不是用于提取现金', '提取'],
    ['药店不让用医保卡买日用品', '日用品'],
    ['职工医保个人账户里的钱是没办法直接取现的', '取现'],
    ['居民医保没有个人账户,也就谈不上取现', '取现'],
    ['居民医保压根不设个人账户', '个人账户'],
    ['医保个人账户不存在过期作废', '作废'],
    // Told as what a scammer or an ad says, it is called false.
    ['谁跟你说医保卡能变现,基本可以确定是骗子', '变现'],
    ['遇到“医保提现”的小广告请直接举报', '提现'],
    ['网传“医保卡里的钱年底不用就清零”', '清零'],
    // Abolished, or an old rule: said after it, it is denied.
    ['居民医保的个人账户在2020年底前全部取消', '个人账户'],
    ['用医保卡买健身卡是早几年的老规定', '健身卡'],
    // Forbidden after what it names: 健身房早就不让刷了.
    ['医保卡在健身房早就不让刷了', '健身房'],
    // Or, with the time it stopped, after the verb: 早就不让了, 现在早不行了.
    ['健身房刷医保卡早就不让了', '健身房'],
    ['以前我们这医保可以刷健身房 现在早不行了', '健身房'],
    // A verb that cannot (V不了, V不出): 刷不了, 取不出来.
    ['健身房刷不了医保卡', '健身房'],
    ['医保卡的钱在ATM机上取不出来', 'atm'],
    ['医保卡的钱是取不得的', '取不得'],
    ['医保卡的钱根本不给取', '取'],
    ['医保卡的提现功能根本没有开通', '提现'],
    // Listed among what is not a case for the payout.
    ['除上述情形外,退休、中断缴费等,均不属于可以一次性支取的情形', '支取'],
    // A claim the reader is told not to be conned by.
    ['别被“不用就浪费了”这种说法忽悠去卖卡', '浪费'],
    // 哪能 asks only to deny.
    ['医保卡里的钱哪能随便取出来', '取出来'],
  ];
  it('reads whether it can, said to depend on the place, as hedged and no question', () => {
    expect(stance('医保卡里的钱能不能取现要看当地政策', '取现')).toBe('hedged');
    expect(stance('医保卡的钱是否可以提取,各地规定不同', '提取')).toBe('hedged');
    const norm = normalize('医保卡里的钱能不能取现要看当地政策');
    const [sentence] = segment(norm);
    expect(isQuestion(norm, sentenceFacts(norm, sentence!), sentence!.clauses[0]!)).toBe(false);
  });
  it('ends words put in another mouth where an official or the page takes over (…，工作人员表示，…)', () => {
    const text = '网传医保卡年底清零，记者向医保局求证，工作人员表示，个人账户余额可以继承';
    expect(stance(text, '继承')).toBe('affirm');
    expect(stance('网传医保卡年底清零，余额还可以继承', '继承')).toBe('deny');
  });
  it('reads the 不 of a condition (不用就浪费) and the 没 of gone (就没了) inside a word as no denial', () => {
    expect(stance('医保余额不花就没了', '不花就没了')).toBe('affirm');
    expect(stance('医保卡里的钱不用就浪费了', '不用就浪费')).toBe('affirm');
    expect(stance('医保卡里的钱取不出来', '取不出来')).toBe('deny');
  });
  it('reads 用不了多少 (not much is used) as no denial', () => {
    expect(stance('医保卡在健身房一年也用不了多少', '健身房')).toBe('affirm');
  });
  it.each(DENIED)('reads %s as denying %s', (text, anchor) => {
    expect(stance(text, anchor)).toBe('deny');
  });

  it('leaves a negation inside a condition closed by 的话 to the condition', () => {
    expect(stance('医保卡不用的话可以卖给收卡的', '医保卡不用的话可以卖', 'route')).toBe('affirm');
    expect(stance('医保卡里的钱不用的话可以取现', '取现')).toBe('affirm');
    expect(stance('如果可以的话，医保卡里的钱不能取现', '取现')).toBe('deny');
  });

  it('reads no negation in 别 inside another word (特别, 分别, 区别), nor in a commenter’s name before the colon', () => {
    expect(stance('特别提醒：医保个人账户资金不能提取现金', '提取')).toBe('deny');
    expect(stance('并分别处以骗取金额二倍的罚款', '罚款', 'consequence')).toBe('affirm');
    expect(stance('momo不是猫：去年取过一次医保卡里的钱', '取过')).toBe('affirm');
    // A label that answers (不可以：) is the answer, not a name.
    expect(stance('不可以：医保卡里的钱取现', '取现')).toBe('deny');
    // 别 as "don't" still denies, and worry waved away (不用担心会清零) denies what was feared.
    expect(stance('别把医保卡借给别人', '借给')).toBe('deny');
    expect(stance('医保卡里的钱不用担心会清零', '清零')).toBe('deny');
  });

  it('leaves a negation inside a 的-phrase given a rule (没有遗嘱的按法定继承) to the phrase', () => {
    expect(stance('没有遗嘱的按法定继承', '继承')).toBe('affirm');
    expect(stance('医保个人账户余额不能继承', '继承')).toBe('deny');
  });

  it('cancels a double negation', () => {
    expect(stance('医保卡不是不能取现', '取现')).toBe('affirm');
  });

  it('reads negation after the anchor and debunking in the sentence', () => {
    expect(stance('医保卡取现是不允许的', '取现')).toBe('deny');
    expect(stance('医保卡寄给黄牛是绝对不可以的', '寄给', 'route')).toBe('deny');
    // A later clause judging the act non-compliant warns against it; failing a condition does not.
    expect(stance('王某将本人社保卡交付给药店工作人员使用,不符合医保法律法规的规定', '交付给', 'route')).toBe('deny');
    expect(stance('把医保卡交给药店工作人员使用,不符合条件的也能办', '交给', 'route')).toBe('affirm');
    expect(stance('很多人误以为医保卡像银行卡一样可以直接取现,但实际情况并非如此', '取现')).toBe('deny');
  });

  it('reads an offer the writer blocked (拉黑, 屏蔽) as rejected, not made', () => {
    expect(stance('有人私信我说可以帮忙把医保卡的钱八折换现金,看完这篇果断拉黑', '换现金', 'route')).toBe('deny');
    // 封锁, as Taiwanese posters say it (果斷封鎖), blocks as 拉黑 does.
    expect(stance('有人私信我说可以帮忙把医保卡的钱八折换现金,看完这篇果断封锁', '换现金', 'route')).toBe('deny');
    // A contact hidden by the site's moderators (（已屏蔽）) is no rejection by the writer: the ad stands.
    expect(stance('专业办理医保卡余额变现,当天到账,有意加微:yb****(已屏蔽)', '变现', 'route')).toBe('affirm');
  });

  it('reads offers named as small ads after the fact (「…」之类的小广告) as quoted, whatever their praise', () => {
    expect(stance('网上常常看到「高价回收医保卡」「代办医保提现当天到帐」之类的小广告,这些都是违法的', '代办', 'route')).toBe('deny');
  });

  it('reads a strict restriction, before or after the act, as its denial', () => {
    expect(stance('医保个人账户余额的提取受到严格限制', '提取')).toBe('deny');
    expect(stance('有些城市严格限制直接取现', '取现')).toBe('deny');
    // A limit named as a figure is no restriction of the act itself.
    expect(stance('医保卡取现有限额', '取现')).toBe('affirm');
  });

  it('does not take 并非所有 or 不一定 for a negation but for a hedge', () => {
    expect(stance('个人医保账户资金并非所有地区都可以自由取现', '取现')).toBe('hedged');
    expect(stance('部分地区允许提取个人账户余额', '提取')).toBe('hedged');
    expect(stance('目前已有多个省份开通了跨省共济功能', '共济')).toBe('hedged');
  });

  it('reads a named place as a local claim', () => {
    expect(stance('深圳允许用个人账户买重疾险', '重疾险')).toBe('local');
    expect(stance('广东省(如深圳):允许将医保个人账户资金用于购买商业健康保险', '商业健康保险')).toBe('local');
  });

  it('treats a warning about an illegal route as its denial, an endorsement as advice', () => {
    expect(stance('与药店合谋虚假购药属于违法行为', '虚假购药', 'route')).toBe('deny');
    expect(stance('到药店刷卡换现金', '换现金', 'route')).toBe('affirm');
    expect(stance('医保卡套现安全无风险,不会被查', '套现', 'route')).toBe('affirm');
  });

  it('turns a claim that fraud goes unpunished into a denial of the consequence', () => {
    expect(stance('情节严重者将受到行政处罚', '处罚', 'consequence')).toBe('affirm');
    expect(stance('医保套现放心,不会被处罚', '处罚', 'consequence')).toBe('deny');
  });

  it('reads a rhetorical question as the opposite of its words', () => {
    expect(stance('谁说医保卡不能取现?', '取现')).toBe('affirm');
  });
});

describe('isQuestion', () => {
  const q = (text: string) => {
    const norm = normalize(text);
    const [s] = segment(norm);
    return isQuestion(norm, sentenceFacts(norm, s!), s!.clauses[0]!);
  };
  it('knows a question by its A-not-A at the end of the clause, its question mark left off, but not what a claim depends on', () => {
    const asks = (text: string) => {
      const norm = normalize(text);
      const [sentence] = segment(norm);
      return isQuestion(norm, sentenceFacts(norm, sentence!), sentence!.clauses[sentence!.clauses.length - 1]!);
    };
    expect(asks('退休人员的医保卡体检单位还管不管')).toBe(true);
    expect(asks('医保卡里的钱退休以后还能用不用呢')).toBe(true);
    expect(asks('得看你们省近亲属共济开没开')).toBe(false);
    // The spoken 能…不, an emoji after it or not.
    expect(asks('医保卡这玩意儿能取出来不😂')).toBe(true);
    expect(asks('医保卡刷完能返现金不')).toBe(true);
    expect(asks('医保卡里的钱取不出来')).toBe(false);
    // A guess put to others (应该没事吧) asks; 刷多少返多少 asks nothing.
    expect(asks('医保卡借给亲戚用一下应该没事吧')).toBe(true);
    expect(asks('医保卡来我们药房刷多少返多少现金')).toBe(false);
    expect(asks('医保卡里的钱不能取')).toBe(false);
  });

  it('knows questions from statements', () => {
    expect(q('医保卡能取现吗?')).toBe(true);
    expect(q('医保个人账户能否提现')).toBe(true);
    expect(q('如何安全高效地使用医保卡取现')).toBe(true);
    expect(q('医保卡不能取现。')).toBe(false);
    expect(q('谁说医保卡不能取现?')).toBe(false);
  });
});

describe('sentenceFacts: praise of a route', () => {
  const endorsed = (text: string): boolean => {
    const norm = normalize(text);
    return sentenceFacts(norm, segment(norm)[0]!).endorsed;
  };
  it('hears a business offering its service in its own voice, and not a plain statement of the rule', () => {
    expect(endorsed('不方便出门的,我们帮您在药店刷成药品再变现')).toBe(true);
    expect(endorsed('异地卡、退休卡均可办理,微信同号')).toBe(true);
    expect(endorsed('小哥上门刷POS机,十分钟搞定')).toBe(true);
    expect(endorsed('医保个人账户的钱不能取现,只能用于医疗费用')).toBe(false);
    expect(endorsed('医保经办机构可以帮助参保人办理转移接续')).toBe(false);
  });
});

describe('reportPage', () => {
  it('reads a page naming people by surname and 某 as a report, and 某些/某种 as no name', () => {
    expect(reportPage(normalize('熊某开始收购药品。张某某把药卖给熊某。李某也参与其中。'))).toBe(true);
    expect(reportPage(normalize('对于某些地区,某种情况下,某个参保人可以申请。'))).toBe(false);
    // Its report words count as before.
    expect(reportPage(normalize('记者了解到,法院审理了这起案件。'))).toBe(true);
  });
});
