import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { explainClaim } from '../../lib/engine/explain';
import { entryById } from '../../lib/engine/dataset';
import type { AnalyzeOptions, Verdict } from '../../lib/engine/types';
import { decodeModel, encodeModel } from '../../lib/engine/classifier';
import { HASH_BITS } from '../../lib/engine/clause-features';

/** Each claim's verdict and entry, in order. */
const verdictsAndEntries = (text: string, options: AnalyzeOptions = {}): string[][] => analyze(text, options).map((c) => [c.verdict, c.entry]);

/** The verdict of the one claim overlapping `quote` in `text`, or null when none does. */
function verdictAt(text: string, quote: string): Verdict | null {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  const hits = analyze(text).filter((c) => c.start < end && start < c.end);
  return hits[0]?.verdict ?? null;
}

describe('analyze: verdicts by stance (rubric examples and real phrasing)', () => {
  const cases: [string, Verdict][] = [
    ['医保个人账户资金不能直接提取现金。', 'accurate'],
    ['医保卡里的钱可以直接在ATM机取现。', 'misleading'],
    ['很多银行的ATM机都支持医保卡取款功能,插入医保卡,输入密码即可。', 'misleading'],
    ['医保卡停保后,一般情况下是不能取现的。', 'accurate'],
    ['医保停保后个人账户的钱可以取出来。', 'misleading'],
    ['职工医保退休后可以提取医保余额。', 'misleading'],
    ['医保卡余额可以支付健身房费用。', 'misleading'],
    ['医保卡取现是医保体系的一项重要功能。', 'misleading'],
    ['医保个人账户余额可以依法继承。', 'accurate'],
    ['居民医保没有个人账户。', 'accurate'],
    ['参保居民可以申请提取医保个人账户资金。', 'misleading'],
    ['医保个人账户可以购买商业健康保险。', 'region-dependent'],
    ['深圳允许用医保个人账户买重疾险。', 'region-dependent'],
    ['出国定居可一次性支取医保个人账户余额。', 'region-dependent'],
    ['职工医保个人账户可以给配偶、父母、子女看病买药。', 'accurate'],
    // The extension to close relatives in its national form (rubric rule 3); a hedge makes it local.
    ['职工医保个人账户可以用于支付近亲属的医疗费用。', 'accurate'],
    ['部分省份的职工医保个人账户可以给兄弟姐妹用。', 'region-dependent'],
    // Advice against lending (避免, 不可直接给家人) is a warning; lending offered is illegal.
    ['医保卡应妥善保管,避免外借或交给他人使用。', 'accurate'],
    ['医保账户余额不可直接给家人使用,需通过绑定实现。', 'accurate'],
    ['医保卡可以借给家人用。', 'illegal'],
    // Sending the money to a bank card is itself the predicate, with words between or without a modal.
    ['停保以后去医保中心填个申请表,医保卡里的钱就打到你的银行卡里了。', 'misleading'],
    // Telling the two accounts apart is the true rule (P12), not the conflation.
    ['社保卡内的医保账户和金融账户是两个独立的账户。', 'accurate'],
    // "Under the following N cases" says such cases exist somewhere: a hedged half-truth (rubric rule 2).
    ['但是以下三种情况下,医保个人账户里的钱可以支取使用。', 'region-dependent'],
    ['符合以下条件的,可以从医保个人账户中支取余额。', 'region-dependent'],
    // That relatives must be insured to share the account is the national rule (P5), not a denial of
    // family aid; a named place's condition is local detail.
    ['被共济的亲属必须已经参加基本医疗保险,没参保的亲属不能使用你的医保个人账户。', 'accurate'],
    ['深圳规定被共济的家人须已参加本市医保才能共济使用医保个人账户。', 'region-dependent'],
    // A payout to the heirs, in the words of the procedure (一次性支付给), is the national rule (P1).
    ['参保人员死亡后,医保个人账户结余资金可一次性支付给合法继承人。', 'accurate'],
    // Denying that the card is a savings or cash card denies cash-out.
    ['医保卡中的资金是为了满足医疗需求,而非作为普通储蓄卡使用。', 'accurate'],
    // A promise put in a swindler's mouth is reported to warn.
    ['有些不法分子承诺可以帮助提取医保卡里的钱,然后收取高额手续费。', 'accurate'],
    // The anchor said twice: the label, then the denial.
    ['医保个人账户 继承:不可继承。', 'misleading'],
    // A true right denied is as firm a reading as a false one granted.
    ['参保人身故后,其医保个人账户的剩余资金不可作为遗产继承。', 'misleading'],
    ['离开参保地的,可以申请将医保个人账户余额转入新参保地的医保账户。', 'accurate'],
    // The future (将, 会) states; a rejected quotation states its denial; calling a thing illegal is no heading.
    ['参保人因故去世的,医保个人账户余额将退回给其继承人。', 'accurate'],
    ['医保卡切勿轻信"快速提现"的虚假宣传。', 'accurate'],
    // A rumour named as one, or dismissed as baseless, is denied; a warning's threatened consequence is asserted.
    ['谣言一："退休以后医保个人账户的钱能一次性全部取出来"。', 'accurate'],
    ['有人说医保钱包里的钱放满一年就能申请提现，这种说法没有任何依据。', 'accurate'],
    ['千万不要用医保卡套现,否则被查出医保卡就会被冻结。', 'accurate'],
    // A route a reporter describes is a report, not advice.
    ['记者调查发现，一些药店用医保卡帮顾客换购生活用品。', 'accurate'],
    // Plain grants of what no rule allows: the model alone has seen few on real pages.
    ['医保卡里的余额可以随便转给任何人。', 'misleading'],
    ['把医保卡借给朋友去药店买药没关系。', 'illegal'],
    ['用医保卡在药店买洗发水、卫生纸都可以。', 'misleading'],
    ['医保个人账户的钱可以用来交物业费。', 'misleading'],
    ['停保以后医保卡里的钱会被清空。', 'misleading'],
    ['医保套现属于违法行为,会被暂停结算、罚款。', 'accurate'],
    ['与药店合谋虚假购药套取医保基金属于违法行为。', 'accurate'],
    ['不要把医保卡借给他人使用。', 'accurate'],
    ['收医保卡余额,八折回收,当天到账。', 'illegal'],
    ['到药店刷医保卡换现金,安全无风险。', 'illegal'],
    ['把医保卡借给亲戚开药很方便。', 'illegal'],
    // The card handed over with its password: a seller asks for it, a warning forbids it.
    ['把医保卡和密码寄给我们，我们这边操作完把钱转你，当天到账。', 'illegal'],
    ['千万别把医保卡连同密码交给陌生人。', 'accurate'],
    ['不用本人到场，医保卡寄过来就行。', 'illegal'],
    ['用POS机刷医保卡套现。', 'illegal'],
    ['专业代办医保提现,加微信咨询。', 'illegal'],
    ['部分地区允许医保卡在ATM取现。', 'misleading'],
    ['谁说医保卡不能取现?', 'misleading'],
  ];
  it.each(cases)('%s → %s', (text, verdict) => {
    expect(verdictAt(text, text)).toBe(verdict);
  });
});

describe('analyze: what is not a claim', () => {
  const none: [string, string][] = [
    ['a question', '医保卡停保后可以取现吗?'],
    ['a question with 能否', '医保个人账户能否提现,这是大家关心的问题。'],
    ['a heading', '医保卡取现的流程\n'],
    ['a mention of the topic', '本文将为您解析医保卡取现的相关政策。'],
    ['a time frame', '在使用医保卡进行取现时,要注意保护个人信息。'.replace('要注意保护个人信息', '注意安全')],
    ['scare quotes', '与其急于“取款”,不如理性看待医保余额。'],
    ['housing fund withdrawal', '住房公积金可以提取用于租房,提取流程很简单,医保则另有规定。'],
    ['pension on the social-security card', '医保之外,养老金可以通过社保卡在ATM机取现。'],
    ['credit-card cash-out', '信用卡套现属于违法行为,会被银行冻结卡片,这与医保无关。'],
    ['reimbursement paid to a bank card', '医保报销款会在审核后打到银行卡上。'],
    ['steps of an app procedure', '医保钱包开通步骤:1.打开国家医保服务平台APP;2.首页点击“医保钱包”;3.选择转入金额。'],
    ['steps at the counter', '提交家庭共济绑定申请,等待医保部门审核。'],
    ['a step through an official account', '通过「深圳医保」公众号进入【家庭共济】功能。'],
    ['how to look the balance up', '医保个人账户余额可以在APP里查询,部分地区还支持在药店的自助机上打印。'],
    ['a title promising to explain', '2025医保新规全解读:家庭共济、医保钱包、惠民保一次讲清'],
    ['a scene in a report', '记者在这家医保定点药店看到,货架上除了药品,还有白酒、饮料和洗衣液。'],
    ['what people try, in a report', '部分市民因急需用钱,试图通过中介把医保卡里的钱取出来。'],
    ['what people do not know', '一些参保人对家庭共济并不了解。'],
    ['what people wrongly believe, after what they do not know', '许多人对医保卡的金融功能并不了解,甚至误以为医保卡只能用于就医报销。'],
    ['the person of a case', '参与医保卡套现的市民王女士懊悔道,当初不该听信中介。'],
    ['the accused of a case', '被告人王某多次持他人医保卡到药店刷卡购药后倒卖。'],
    ['a call to act', '医保局鼓励社会公众积极举报医保卡套现等骗保行为。'],
    ['a call to exercise', '倡导健康理念,鼓励广大参保人员积极参与体育健身活动。'],
    ['a commercial insurer’s claims', '这类就诊记录可能影响商业保险理赔。'],
    ['the page announcing its topics', '本文将详细介绍医保卡的金融功能以及使用医保卡的注意事项。'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(analyze(text)).toEqual([]);
  });

  it('reads an account named right after other money as that money’s (养老保险个人账户), beside a medical sentence', () => {
    for (const pension of ['养老保险个人账户和单位缴纳的资金一律不得提取。', '养老保险个人账户余额在参保人死亡后可以由家属继承。']) {
      expect(analyze(`医保卡里的钱不能取现。${pension}`).map((c) => c.text)).toEqual(['医保卡里的钱不能取现']);
    }
  });

  it('reads what a section under the bank account’s heading says, naming no medical money, as said of the bank account', () => {
    const text = '社保卡内的医保账户和金融账户是两个独立的账户,区别如下:\n医保账户\n用于支付医疗费用,不可提现。\n金融账户\n可提现,资金可自由支配,类似普通银行卡。\n医保卡里的钱也能取现。';
    const claims = analyze(text).map((c) => [c.text, c.verdict]);
    expect(claims).not.toContainEqual(expect.arrayContaining([expect.stringContaining('类似普通银行卡')]));
    // The medical money named under that heading is still read.
    expect(claims).toContainEqual(['医保卡里的钱也能取现', 'misleading']);
    expect(claims).toContainEqual(['用于支付医疗费用,不可提现', 'accurate']);
  });

  it('reads the card’s bank account named after the medical money, and drawn on or named as what comes out, as that account: true', () => {
    const read = (text: string) => analyze(text).map((c) => [c.verdict, c.entry]);
    expect(read('医保卡和社保卡其实是一张卡，社保卡的金融账户可以存钱取钱，但医保个人账户的钱取不出来。')).toEqual([['accurate', 'bank-account']]);
    expect(read('你说的ATM能取的医保卡，那其实是社保卡的金融账户，医保个人账户的钱取不出来。')).toEqual([['accurate', 'bank-account']]);
    // Named only, the account is no claim; named as where the medical money goes, it is the mix-up's destination.
    expect(read('医保个人账户是单独记账的，社保卡的金融账户需要到银行激活后才能使用。').map(([, entry]) => entry)).not.toContain('bank-account');
    expect(read('离职以后医保个人账户就可以销户，余额一次性退到本人的社保卡金融账户。').map(([, entry]) => entry)).not.toContain('bank-account');
  });

  it('reads a section titled by a question about the bank account the same way, until the next title', () => {
    const text = '医保卡和社保卡的区别\n二、金融账户能干什么\n激活后的金融账户跟储蓄卡差不多。这部分钱在ATM机上、银行柜台都可以取。\n三、医保的钱能不能取？\n这部分钱在ATM机上也可以取。';
    const claims = analyze(text).map((c) => [c.text, c.verdict]);
    expect(claims).not.toContainEqual(['这部分钱在ATM机上、银行柜台都可以取', 'misleading']);
    // Under a title asking of the medical money, the same words are the medical money's.
    expect(claims).toContainEqual(['这部分钱在ATM机上也可以取', 'misleading']);
  });

  it('never makes using a relative’s card true, or true in some places: granted as a rule it is misleading', () => {
    const claims = analyze('在部分城市,家人之间可以互相借用医保卡买药,只需到医保局备案即可。');
    expect(claims.map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'card-lending']]);
    // How a fraud works, told without granting it, stays the model's to judge (no forced verdict).
    expect(analyze('药店通过虚构药品交易,将医保卡中的资金转入药店账户,这是违法的。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads offers quoted from ads, and a warning against them, as not the page’s own offer', () => {
    expect(analyze('最近本版出现了大量“回收医保卡”“医保余额提现”之类的广告，请大家擦亮眼睛。').map((c) => c.verdict)).not.toContain('illegal');
    // The ad's own praise (高价) stays the ad's.
    expect(analyze('我们小区门口电线杆上全是这种小广告，“医保卡余额高价回收”。').map((c) => c.verdict)).not.toContain('illegal');
    expect(analyze('高价回收医保卡余额，当天到账。').map((c) => c.verdict)).toEqual(['illegal']);
    // Ad words in straight quotes, named to be reported: the reader is told to report them, not to follow them.
    // 打着…的旗号 names a pretext, as 为名 and 幌子 do.
    expect(analyze('有人打着“医保卡余额变现”的旗号骗取个人信息。').map((c) => c.verdict)).toEqual(['accurate']);
    for (const text of ['对网络上发布的"医保卡高价回收""医保余额折现"等信息，欢迎广大群众向我局举报。', '网上有"医保卡余额高价回收，当天到账"的信息，请向医保局举报。']) {
      expect(analyze(text).map((c) => c.verdict)).toEqual(['accurate']);
    }
    // Ads seen posted (张贴, 牛皮癣) are reported, wherever the reporter saw them: no local rule.
    for (const text of ['在本市各大医院门口都能看到“高价收药、医保卡兑现金”的“牛皮癣”。', '有人在医院附近张贴“医保卡余额回收”的广告。']) {
      expect(analyze(text).map((c) => c.verdict)).toEqual(['accurate']);
    }
  });

  it('reads an example introduced (就拿…来说, 以…为例) as a frame, no claim of its own', () => {
    expect(analyze('就拿医保卡套现一万元来说，持卡人最后拿到手的不到一半。').map((c) => c.text)).not.toContain('就拿医保卡套现一万元来说');
  });

  it('never lets the model call 套现 hedged to a few cases an offer: pages say it of the lawful payouts', () => {
    // A model that calls every clause illegal: only the rules' readings stand between it and the verdict.
    const offersEverywhere = decodeModel(encodeModel(new Float32Array((1 << HASH_BITS) * 5), HASH_BITS, { threshold: 0.6, ruleBoost: 0, overrule: 0.75, bias: [0, 0, 0, 0, 8] }));
    expect(analyze('目前医保卡套现只有两种情况才可以。', { model: offersEverywhere }).map((c) => c.verdict)).toEqual(['region-dependent']);
    expect(analyze('医保卡套现找我，九折秒结。', { model: offersEverywhere }).map((c) => c.verdict)).toEqual(['illegal']);
  });

  it('calls a route illegal only where the page offers it, not where it names what the route costs', () => {
    expect(analyze('医保卡外借的记录会被保险公司当作带病投保的证据。').map((c) => c.verdict)).not.toContain('illegal');
    expect(analyze('把医保卡借给朋友去药店买药没关系。').map((c) => c.verdict)).toEqual(['illegal']);
  });

  it('reads an exception granted by ellipsis after a denial as a claim of its own', () => {
    // "但出国定居的可以" grants the withdrawal the clause before denies, for one case: a local rule.
    const claims = analyze('医保卡不能取现,但出国定居的可以。', { model: null }).map((c) => [c.text, c.verdict, c.entry]);
    expect(claims).toEqual([
      ['医保卡不能取现', 'accurate', 'cash-withdrawal'],
      ['但出国定居的可以', 'region-dependent', 'emigration-payout'],
    ]);
    // A contrast that says more than a bare grant is read on its own words, not as granting the withdrawal.
    expect(analyze('医保卡不能取现,但可以用来买药。', { model: null }).map((c) => c.verdict)).toEqual(['accurate']);
    // The same grant in two clauses, the condition then the bare grant: one claim, the exception's.
    const split = analyze('医保个人账户的钱平时不能提取,不过在特殊情况下,是可以的。', { model: null }).map((c) => [c.text, c.verdict]);
    expect(split).toEqual([
      ['医保个人账户的钱平时不能提取', 'accurate'],
      ['不过在特殊情况下,是可以的', 'region-dependent'],
    ]);
    // A grant that names something new to do is no ellipsis.
    expect(analyze('医保卡不能取现,但在特殊情况下,可以刷卡买药。', { model: null }).map((c) => c.verdict)).not.toContain('region-dependent');
  });

  it('reads a true first step of a false route, the next clause going on from it (再…), as part of the false claim', () => {
    const claims = analyze('把医保个人账户的钱转进医保钱包,再从钱包提现到银行卡,就能把钱取出来了。');
    expect(claims.map((c) => c.verdict)).toEqual(['misleading']);
    // A true claim before a false one, with no step between them, keeps its verdict.
    expect(analyze('医保个人账户的钱可以给家人用,还可以在ATM取现。').map((c) => c.verdict)).toContain('accurate');
  });

  it('reads a penalty played down (最多就是退钱, 顶多罚点款) or a crime denied as the penalties denied, and a statute’s maximum as stated', () => {
    const read = (t: string) => analyze(t).map((c) => [c.verdict, c.entry]);
    expect(read('医保卡套现被抓最多就是把钱退回去,不会有别的处罚。')).toEqual([['misleading', 'fraud-penalties']]);
    expect(read('医保套现被查到顶多罚点款。')).toEqual([['misleading', 'fraud-penalties']]);
    // Played down in one clause, the penalty makes the route another clause names no warning.
    expect(read('医保卡借别人用一次,最多就是批评教育,不会罚款。')).toEqual([['misleading', 'fraud-penalties']]);
    // A crime denied of a route (不算犯罪, 构不成犯罪) is the criminal liability denied; of a lawful use, nothing of the kind.
    expect(read('医保套现不算犯罪。')).toEqual([['misleading', 'criminal-liability']]);
    expect(read('倒卖医保药品顶多算违规,构不成犯罪。').map(([v]) => v)).toEqual(['misleading']);
    expect(read('家庭共济不算违法。').map(([v]) => v)).toEqual(['accurate']);
    // 不是 an offence (不是违法行为, 并不是什么违法的事) denies it as 不算 does: of a route the liability, of a withdrawal its lawfulness granted.
    expect(read('医保卡套现不是违法行为。')).toEqual([['misleading', 'criminal-liability']]);
    expect(read('所以说医保卡取现并不是什么违法的事，要看当地怎么规定。')).toEqual([['misleading', 'cash-withdrawal']]);
    expect(read('家庭共济不是违法的。').map(([v]) => v)).toEqual(['accurate']);
    // 最多 before an amount the law sets is the statute's ceiling, not a penalty played down.
    expect(read('套现的会被追回资金,最多可处5倍罚款。').map(([v]) => v)).not.toContain('misleading');
  });

  it('reads what someone in the residents’ scheme has or lacks, said in the clause after the scheme, as said of the scheme', () => {
    const read = (t: string) => analyze(t).map((c) => [c.verdict, c.entry]);
    expect(read('我妈是新农合,没有个人账户,看病只能报销。')).toEqual([['accurate', 'residents-no-account']]);
    expect(read('她是城乡居民医保,有个人账户,可以取钱。')).toEqual([['misleading', 'residents-no-account']]);
    // The mark takes in whom the clause speaks of.
    expect(analyze('她是城乡居民医保,没有个人账户。', { model: null }).map((c) => c.text)).toEqual(['她是城乡居民医保,没有个人账户']);
    // Only a clause that says what the scheme has: a named scheme followed by another subject is not read so.
    expect(read('她是城乡居民医保,我的个人账户可以给她用。')).not.toContainEqual(['misleading', 'residents-no-account']);
  });

  it('reads 中 after where the money goes (转入银行卡中) as the place, not as a topic mentioned', () => {
    expect(analyze('有些城市允许把医保个人账户的部分余额转入银行卡中使用。', { model: null }).map((c) => c.verdict)).toEqual(['misleading']);
    // 中 after the action itself still frames a time: "取现过程中" mentions it.
    expect(analyze('医保卡取现过程中要注意什么。', { model: null })).toEqual([]);
  });

  it('reads a receiving area that refuses the account as the local payout, and the transfer itself as the national rule', () => {
    const read = (t: string) => verdictsAndEntries(t, { model: null });
    expect(read('医保关系转移时,对方经办机构不接受个人账户转移的。')).toContainEqual(['region-dependent', 'relocation-payout']);
    expect(read('换工作到外地后,医保个人账户余额随医保关系转移。')).toEqual([['accurate', 'relocation-transfer']]);
  });

  it('reads a penalty as threatened, whatever ad or rumour another clause names, and a statute’s fine as stated', () => {
    const rules = (t: string) => analyze(t, { model: null });
    const penalty = rules('对于所谓“医保卡提现”的广告,参与者将被暂停医保结算3至12个月,构成犯罪的依法追究刑事责任。');
    expect(penalty.map((c) => c.verdict)).toEqual(['accurate']);
    expect(rules('千万不要相信医保卡提现的小广告,以免触犯法律。').map((c) => c.verdict)).not.toContain('misleading');
    const statute = rules('根据刑法规定,骗取医保基金数额较大的,处三年以下有期徒刑,并处或者单处罚金。');
    expect(statute.some((c) => c.text.endsWith('并处或者单处罚金'))).toBe(true);
  });

  it('reads a right of the account denied to residents’ insurance as true (no account to inherit), and denied to employees as false', () => {
    const read = (t: string) => verdictsAndEntries(t, { model: null });
    expect(read('城乡居民医保没有个人账户,所以不存在余额继承一说。')).toEqual([['accurate', 'residents-no-account']]);
    expect(read('职工医保参保人去世后,个人账户余额不能继承。')).toEqual([['misleading', 'death-inheritance']]);
  });

  it('reads a withdrawal made on proof (凭死亡证明提取…) as a rule stated, however terse', () => {
    expect(analyze('医保参保人身故后继承人凭死亡证明提取账户余额。', { model: null }).map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a withdrawal from the 医保存折 the clause names as the passbook practice, a local one', () => {
    const read = (t: string) => verdictsAndEntries(t, { model: null });
    expect(read('系统升级期间,医保存折的取现业务照常办理。')).toEqual([['region-dependent', 'passbook']]);
    expect(read('银行网点可以办理医保卡取现业务。')).toEqual([['misleading', 'atm-counter-withdrawal']]);
    // The card named after it (…现在都改成社保卡了) does not make the passbook the card's bank account.
    expect(verdictsAndEntries('北京的医保存折以前可以在银行取钱，现在都改成社保卡了。')).toEqual([['region-dependent', 'passbook']]);
  });

  it('reads 停保 told as the step of a special payout as that payout, and 停保 as its reason as false', () => {
    const verdicts = (t: string): string[] => analyze(t, { model: null }).map((c) => c.verdict);
    expect(verdicts('出国定居的参保人,要先办理停保手续,凭停保证明可以申请一次性支取医保个人账户余额。')).toEqual(['region-dependent']);
    expect(verdicts('离开参保城市的,必须先把医保停保,凭停保证明才可以提取个人账户的钱。')).toEqual(['region-dependent']);
    expect(verdicts('医保停保以后,个人账户的钱可以取出来。')).toEqual(['misleading']);
    // Named as alternatives, settling abroad and retiring are two claims, and retiring releases nothing: the worst wins.
    expect(verdicts('如果出国定居或者到了退休年龄,可以去医保局申请,把个人账户余额一次性取出来。')).toEqual(['misleading']);
  });

  it('reads a promise to teach cash-out as saying it can be done, not as a question or an announcement', () => {
    expect(analyze('本文将详细介绍医保卡的金融功能以及如何正确使用医保卡进行取现操作。').map((c) => c.verdict)).toEqual(['misleading']);
    // So does a title that shows the way (这样取出来: "take it out like this").
    expect(analyze('医保卡里的钱这样取出来，很多人都不知道。', { model: null }).map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads a national rule with a city scheme’s own terms (历年结余, 一档) as local, named place or not', () => {
    expect(verdictsAndEntries('职工医保个人账户的历年结余资金可以给配偶、父母、子女看病用。', { model: null })).toEqual([['region-dependent', 'family-mutual-aid']]);
    expect(verdictsAndEntries('职工医保个人账户的钱可以给配偶、父母、子女看病用。', { model: null })).toEqual([['accurate', 'family-mutual-aid']]);
  });

  it('reads why one would want the money (越攒越多, 用不完) as no claim, but not what may be done with it', () => {
    const claims = (text: string) => analyze(text).map((c) => text.slice(c.start, c.end));
    expect(claims('医保卡里的钱越攒越多，很多人问怎么取出来，其实医保卡里的钱可以在ATM取现。')).toEqual(['其实医保卡里的钱可以在ATM取现']);
    expect(claims('医保个人账户余额用不完可以一直结转，不会清零。').join('')).toContain('用不完可以一直结转');
  });

  it('reads a discount with cash handed back as a pharmacy’s cash back, and with a collector as selling the balance', () => {
    expect(verdictsAndEntries('拿医保卡找熟悉的药店刷卡买药，让药店按八折退现金给你。', { model: null })).toContainEqual(['illegal', 'pharmacy-cash']);
    expect(verdictsAndEntries('高价回收医保卡余额，八折现金结算。', { model: null })).toContainEqual(['illegal', 'sell-balance']);
    // A service turning the balance into cash for the reader (帮大家把…变成现金) is an agent's offer, however it names the cash.
    expect(verdictsAndEntries('我们专门帮大家把医保卡余额变成现金，手续简单。', { model: null })).toEqual([['illegal', 'cashout-agent']]);
  });

  it('reads the negation with the action an entry needs, not with the place it names first', () => {
    // 医保局 comes before 不能: the denial goes with 提取现金.
    expect(verdictsAndEntries('去医保局也不能提取现金。', { model: null })).toEqual([['accurate', 'hospital-cashout']]);
    expect(verdictsAndEntries('医保局提醒：个人账户资金不能提取现金。', { model: null })).toEqual([['accurate', 'hospital-cashout']]);
    expect(verdictsAndEntries('可以去医保局把个人账户的钱提取出来。', { model: null })).toEqual([['misleading', 'hospital-cashout']]);
  });

  it('reads money said to be in a residents’ card or account as the balance residents’ insurance no longer has', () => {
    const rules = (text: string) => verdictsAndEntries(text, { model: null });
    expect(rules('农村医保卡里面的钱可以用来支付医疗费用。')).toEqual([['misleading', 'residents-no-account']]);
    expect(rules('新农合账户中的剩余资金可以由家属领取。')).toEqual([['misleading', 'residents-no-account']]);
    // 农村居民 names the residents' scheme's members: their card holds no balance to move or refund.
    expect(rules('农村居民搬迁时，可以申请将医保卡里面的钱退还给个人。')).toEqual([['misleading', 'residents-no-account']]);
  });

  it('reads who owns the account: the insured (accurate), which does not make it cash or take away inheritance', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.text, c.verdict, c.entry]);
    expect(rules('医保个人账户资金归参保人所有,但不具备遗产属性。')).toEqual([
      ['医保个人账户资金归参保人所有', 'accurate', 'account-ownership'],
      ['但不具备遗产属性', 'misleading', 'death-inheritance'],
    ]);
    expect(rules('医保个人账户的本金和利息归个人所有,所以可以随时取出来。').map((c) => c[1])).toEqual(['accurate', 'misleading']);
  });

  it('reads the medical money said to be kept in the card’s bank account, or in what an ATM shows, as the conflation (rubric rule 5)', () => {
    expect(verdictsAndEntries('社保卡本身就是一张银行卡,医保的钱其实就存在卡里的银行账户里。')).toEqual([['misleading', 'card-bank-conflation']]);
    expect(verdictsAndEntries('ATM显示的余额包含医保个人账户的钱,所以会比工资多一些。')).toEqual([['misleading', 'card-bank-conflation']]);
    expect(verdictsAndEntries('医保个人账户的钱并不存放在社保卡的银行账户里。')).toEqual([['accurate', 'card-bank-conflation']]);
    expect(verdictsAndEntries('医保的钱也是存在银行里的,柜台都能办。').map((c) => c[1])).toContain('card-bank-conflation');
    // The card's money said to be the medical money, or one with it; said to be two, true.
    expect(verdictsAndEntries('社保卡里的钱就是医保卡里的钱。')).toEqual([['misleading', 'card-bank-conflation']]);
    expect(verdictsAndEntries('社保卡里的钱和医保卡里的钱是一回事。')).toEqual([['misleading', 'card-bank-conflation']]);
    expect(verdictsAndEntries('社保卡里的钱和医保个人账户的钱不是一回事。')).toEqual([['accurate', 'card-bank-conflation']]);
    // The note on the card's bank side: what a true sentence speaks of, what a false one mistakes for the medical account.
    const [truth] = analyze('社保卡激活金融功能后,可以像储蓄卡一样存取工资。', { assumeTopic: true });
    const [mistake] = analyze('社保卡激活金融功能后,医保余额也能在ATM上取。');
    expect(truth!.explanation.zh).toContain('这句说的是社保卡的银行账户');
    expect(mistake!.verdict).toBe('misleading');
    expect(mistake!.explanation.zh).toContain('当成了医保个人账户');
    expect(mistake!.explanation.zh).not.toContain('这句说的是社保卡的银行账户');
    // A true sentence that denies the medical money is a savings card sets the two apart: it does not speak of the bank account.
    const [apart] = analyze('医保卡中的资金是为了满足医疗需求,而非作为普通储蓄卡使用。');
    expect(apart!.verdict).toBe('accurate');
    expect(apart!.explanation.zh).toContain('两个账户');
    expect(apart!.explanation.zh).not.toContain('这句说的是');
    // The wallet is other money: its own rule speaks of it.
    expect(verdictsAndEntries('医保钱包里的钱不能进入任何银行账户。')).toEqual([['accurate', 'medical-wallet']]);
    // A payout to an heir's bank card is not the money said to be kept there.
    expect(verdictsAndEntries('参保人去世后,医保部门可以将个人账户资金一次性打到家属的银行卡上。').map((c) => c[1])).not.toContain('card-bank-conflation');
  });

  it('explains "only for medical costs, not to be taken out" by the denial, and a penalty clause by the penalties', () => {
    expect(verdictsAndEntries('医保卡里的钱只能用于看病买药,不能取现。')).toEqual([['accurate', 'cash-withdrawal']]);
    expect(verdictsAndEntries('职工医保个人账户的资金只能用于支付医疗费用,不能提取现金。')).toEqual([['accurate', 'cash-withdrawal']]);
    // The wallet's own rule says its money stays inside medical insurance: it explains its denial itself.
    expect(verdictsAndEntries('转进医保钱包的钱仍然属于医保资金,只能用于看病买药,不能提现。')).toEqual([['accurate', 'medical-wallet']]);
    // The use alone stays the rule of what the account pays for.
    expect(verdictsAndEntries('医保卡里的钱可以用来在定点药店买药。')).toEqual([['accurate', 'account-use']]);
    expect(analyze('严重者暂停或取消其医疗保险资格。', { assumeTopic: true }).map((c) => c.entry)).toEqual(['fraud-penalties']);
  });

  it('explains a withdrawal on a condition by the condition, not by the office where it is asked for', () => {
    const [claim] = analyze('只要你办理了停保手续,就可以到社保局申请把医保个人账户的余额全部提取出来。', { model: null });
    expect([claim?.verdict, claim?.entry]).toEqual(['misleading', 'suspension-withdrawal']);
  });

  it('reads public-health spending (疫苗、消毒用品等公共卫生支出) as what the account may not pay for', () => {
    const [claim] = analyze('医保个人账户可用于接种疫苗、购买消毒用品等公共卫生相关支出。');
    expect([claim!.entry, claim!.verdict]).toEqual(['fitness-wellness', 'misleading']);
  });

  it('explains groceries on the card by the groceries rule, and a gym by the fitness rule', () => {
    expect(analyze('医保卡里的钱可以买米面油。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'non-medical-goods']]);
    expect(analyze('医保卡里的钱可以办健身卡。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'fitness-wellness']]);
  });

  it('reads a warning given after its speaker\'s label (警方提醒：…) as a claim, and a case told after one (法院审理查明：王某…) as none', () => {
    expect(analyze('医保卡：警方提醒：不要出售、出租、出借自己的医保卡。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'card-lending']]);
    // Deep in a page, as on one.
    const page = `${'医保个人账户的钱只能用于看病买药。'.repeat(5)}\n警方提醒：不要出售、出租、出借自己的医保卡。`;
    expect(analyze(page).filter((c) => c.text.includes('警方提醒'))).toHaveLength(1);
    expect(analyze('医保卡：法院审理查明：王某出借医保卡给他人使用。')).toEqual([]);
  });

  it('leaves out the clause that names a reporter, and reads the rule the sentence goes on to state', () => {
    const text = '法院审理查明,张某某收购参保人员的医保卡套取医保基金,医保个人账户的钱不能提取现金。';
    const claims = analyze(text);
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
    expect(claims[0]!.text).toBe('医保个人账户的钱不能提取现金');
  });

  it('reads goods on a shelf as a scene, and as a claim once the sentence says the balance pays for them', () => {
    // The rules alone: whether the words state a rule is theirs to say, whatever the model adds.
    const rules = (text: string) => analyze(text, { model: null }).map((c) => c.verdict);
    expect(rules('记者在这家医保定点药店看到,货架上除了药品,还有白酒、饮料和洗衣液。')).toEqual([]);
    expect(rules('记者在这家医保定点药店看到,货架上的白酒、饮料和洗衣液都能用医保卡刷。')).toEqual(['misleading']);
    // 买菜 said of a person (买菜的老人) names whom, not what the card buys.
    expect(rules('医保卡里的钱能拿来买菜。')).toEqual(['misleading']);
    expect(rules('药店门口，一名男子正拦住买菜的老人，问他们医保卡里还有多少钱。')).toEqual([]);
  });

  it('reads goods billed as medicine (伪装成药品结算, 虚构购药) as the fake-purchase route', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(rules('去药店让店员把日用品伪装成药品结算,医保卡的钱就能花出去。')).toEqual([['pharmacy-cash', 'illegal']]);
    // Warned against, it is the warning's claim, whichever reading names it.
    expect(rules('通过虚构购药记录把医保个人账户的钱套出来是违法的。').map(([, verdict]) => verdict)).toEqual(['accurate']);
  });

  it('reads a clause about the card’s bank account (金融账户) as no claim about the medical money', () => {
    const text = '金融账户激活后仅支持自有存款操作,医保余额仍不可提取。';
    expect(analyze(text, { model: null }).map((c) => [c.text, c.verdict])).toEqual([['医保余额仍不可提取', 'accurate']]);
    // The medical money named after the bank account is what the clause speaks of.
    expect(verdictAt('社保卡激活金融账户后,医保个人账户的钱就能在ATM取出来。', '在ATM取出来')).toBe('misleading');
    // Setting the two apart is never the conflation, however the model reads the bank side.
    expect(analyze('医保账户与金融账户存在本质区别,金融账户可以存取款。').filter((c) => c.verdict !== 'accurate')).toEqual([]);
  });

  it('reads what people do not know apart from the rule the sentence then states', () => {
    expect(analyze('很多人不清楚,医保卡里的钱是不能取现的。').map((c) => [c.text, c.verdict])).toEqual([['医保卡里的钱是不能取现的', 'accurate']]);
    // What they do not know, said in the same clause, is the claim.
    expect(analyze('很多人不知道医保个人账户的钱可以给家人用。', { model: null }).map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads giving up the insurance as stopping it: the payout claim is explained as one', () => {
    const [claim] = analyze('参保人主动放弃参加职工基本医疗保险后,可申请提取个人账户余额。');
    expect(claim!.verdict).toBe('misleading');
    expect(claim!.entry).toBe('suspension-withdrawal');
  });

  it('reads the card and benefits kept personal under family aid as true, however denied', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(rules('医保卡对应的住院、慢性病等个人待遇,不能给家人使用。')).toEqual([['family-aid-scope', 'accurate']]);
    // Denied after the noun, in the next clause too: the sentence's negation decides.
    expect(rules('家庭共济仅支持个人账户资金的互助共享,医保卡本身不可共用。')).toEqual([['family-aid-scope', 'accurate']]);
    // Granting them is false: the card is not shared, only the account's money.
    expect(rules('家庭共济以后,医保卡本身也可以给家人用。')).toEqual([['family-aid-scope', 'misleading']]);
    // Denying family aid itself is still false.
    expect(rules('医保个人账户的钱不能给家人使用。')).toEqual([['family-mutual-aid', 'misleading']]);
  });

  it('reads settling or working elsewhere as leaving the area: its payout is a local rule', () => {
    for (const text of ['长期异地定居的参保人,可申请提取医保个人账户余额。', '跨省就业的职工可以申请一次性提取医保个人账户里的钱。']) {
      const [claim] = analyze(text);
      expect([claim!.entry, claim!.verdict]).toEqual(['relocation-payout', 'region-dependent']);
    }
  });

  it('reads a balance said to freeze on retirement or a pause in contributions as the myth it is, and a frozen account after fraud as the penalty', () => {
    expect(verdictAt('退休以后医保卡里的钱就会被冻结。', '退休以后医保卡里的钱就会被冻结')).toBe('misleading');
    expect(analyze('退休以后医保卡里的钱就会被冻结。')[0]!.entry).toBe('frozen-on-stop');
    expect(verdictAt('医保停保后,个人账户余额不会被冻结,重新参保后可以继续使用。', '个人账户余额不会被冻结')).toBe('accurate');
    expect(analyze('通过伪造证明材料骗取医保基金,会导致个人账户被冻结。', { model: null }).map((c) => [c.entry, c.verdict])).toEqual([['taoxian', 'accurate']]);
  });

  it('reads a national rule said of a named place as the national rule, and its local details as local (rubric rule 3)', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(rules('上海的职工医保个人账户里的钱可以给家人使用。')).toEqual([['family-mutual-aid', 'accurate']]);
    expect(rules('浙江的职工医保个人账户历年结余可以给兄弟姐妹使用。')[0]![1]).toBe('region-dependent');
    expect(rules('杭州的医保个人账户可以跨省给家人共济使用。')).toEqual([['family-mutual-aid', 'region-dependent']]);
  });

  it('reads the balance said to go to the pooled fund on death as forfeited, and leaving the mainland as settling abroad', () => {
    const rules = (text: string) => analyze(text, { model: null, assumeTopic: true }).map((c) => [c.entry, c.verdict]);
    expect(rules('参保人死亡后，个人账户里剩余的钱要按规定划转到统筹基金。')).toEqual([['death-no-forfeit', 'misleading']]);
    expect(rules('外籍人员离境后，个人账户余额可以一次性退还。')).toEqual([['emigration-payout', 'region-dependent']]);
  });

  it('reads daily goods at a pharmacy passed on as a tip (最好找熟人开的店) as the swap advised, and said as a rule as a false rule', () => {
    const read = (text: string) => analyze(text).map((c) => [c.entry, c.verdict]);
    expect(read('有的小药店可以用医保卡刷一些日用品、米面油，不过最好找熟人开的店。')).toEqual([['pharmacy-cash', 'illegal']]);
    expect(read('有的小药店可以用医保卡刷一些日用品、米面油。')).toEqual([['non-medical-goods', 'misleading']]);
    expect(read('医保钱包里的钱可以转出来，买菜交话费都能用，不用担心浪费。').map(([, v]) => v)).not.toContain('illegal');
  });

  it('reads praise inside a quoted ad as the ad’s, and 全是坑 as a warning: sellers named to warn are no offer', () => {
    const verdicts = (text: string) => analyze(text).map((c) => c.verdict);
    expect(verdicts('网上那些“回收医保卡”“医保卡余额高价变现”的都是违法的，一旦被查到，医保卡会被暂停使用。')).not.toContain('illegal');
    expect(verdicts('药店门口那些收医保卡的，还有说能帮你“取出来”的，全是坑，钱拿不到几个。')).not.toContain('illegal');
    // The same praise in the page's own voice is an offer.
    expect(verdicts('医保卡余额高价变现，当天到账，加微信。')).toContain('illegal');
  });

  it('reads a consequence said with a modal (查出来要罚款, 还得罚钱) as the warning it is', () => {
    expect(analyze('医保卡套现，查出来要罚款。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡套现，查出来还得罚钱。').map((c) => c.verdict)).toEqual(['accurate']);
    // The card stopped (卡要停, 停卡) is the suspension of direct settlement, said plainly.
    expect(analyze('医保卡借给别人，查到了卡要停的。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads the items under a numbered section title that names them forbidden as prohibited, and 相混淆 as a debunking', () => {
    const text = '二、重点整治的违法违规行为\n（一）参保人员刷卡购药后，药店以现金形式返还，或者参保人员不取药品而按折扣领取现金；\n（二）将非医保药品串换成医保药品申报结算。';
    expect(analyze(text).map((c) => c.verdict)).not.toContain('misleading');
    expect(analyze('社会上流传的“医保卡取现”说法，多数源于将社保卡的金融账户与医保个人账户相混淆。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('网上有人把“医保钱包能转账”理解成“医保卡的钱能取出来了”，这是完全错误的。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads an account said to be abolished (早就取消了个人账户) as said not to exist', () => {
    const read = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(read('城乡居民医保早就取消了个人账户，只有统筹报销。')).toEqual([['residents-no-account', 'accurate']]);
    expect(read('国家要求2020年底前取消城乡居民医保个人（家庭）账户。')).toEqual([['residents-no-account', 'accurate']]);
    // A penalty that takes something away is still a penalty.
    expect(read('医保卡套现的，药店会被取消定点资格。').map(([, v]) => v)).toEqual(['accurate']);
  });

  it('reads the medical wallet’s reported limits as the brief states them, however the limit is worded', () => {
    const text = '开通医保钱包以后可以给家人转钱。根据报道，每天最多可以转3次，每次不超过2000元。';
    const claims = analyze(text).filter((c) => c.entry === 'wallet-limits');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
    expect(claims[0]!.text).toContain('每次不超过2000元');
  });

  it('reads 取不了 and 发现金 as the cash-out they deny', () => {
    expect(analyze('医保个人账户里的钱，ATM取不了，银行柜台也取不了。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保统筹基金这部分钱任何情况下都不会给你发现金。', { assumeTopic: true }).map((c) => [c.entry, c.verdict])).toEqual([['pooled-fund', 'accurate']]);
  });

  it('reads a closing 都属于违规 as said of every grant before it, and 性质上属于骗取医保基金 as a denial', () => {
    const verdicts = (text: string) => analyze(text).map((c) => c.verdict);
    expect(verdicts('用医保卡买日用品、化妆品，或者药店把这些东西换成药品名目结算，都属于违规使用医保基金。')).not.toContain('misleading');
    expect(verdicts('通过药店刷卡换钱，实质上就是把专款专用的医保基金变现，性质上属于骗取医保基金。')).not.toContain('misleading');
    // A closing 都不能 or 均不得 bars all it lists from the account.
    expect(verdicts('公共卫生费用、体育健身、养生保健消费，以及其他不属于基本医疗保险保障范围的支出，都不能由个人账户支付。')).toEqual(['accurate']);
  });

  it('reads the asker’s intention before a question as its premise, and a trailing 不行的 as a denial', () => {
    expect(analyze('我卡里有三万多，想给孙子交学费用，医保卡里的钱能转出来吗')).toEqual([]);
    expect(analyze('不能，医保个人账户只能给家人看病、交医保用，学费不行的大爷。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads a victim’s story (被…收卡的骗了) as a warning, not an offer', () => {
    expect(analyze('我妈就是被门口收医保卡的骗了，说给八折。').map((c) => c.verdict)).not.toContain('illegal');
  });

  it('reads 不信 as denying what it doubts: doubting a denial grants', () => {
    const read = (text: string) => analyze(text).map((c) => c.verdict);
    expect(read('我不信医保卡的钱能取出来。')).toEqual(['accurate']);
    expect(read('我还是不信医保卡里的钱取不出来。')).toEqual(['misleading']);
  });

  it('reads 不是…嘛 as a reminder of what is so, not a denial', () => {
    const read = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(read('现在不是有家庭共济了嘛，医保个人账户可以给爸妈用。')).not.toContainEqual(['family-mutual-aid', 'misleading']);
    expect(read('家庭共济不是给家人用医保卡。')).not.toContainEqual(['family-mutual-aid', 'accurate']);
  });

  it('reads a bare 不 before money handed back (不退现金) as the hand-back denied', () => {
    const read = (text: string) => analyze(text, { model: null, assumeTopic: true }).map((c) => [c.entry, c.verdict]);
    expect(read('医保卡刷卡买药后退费，一律原路退回医保账户，不退现金。')).not.toContainEqual(['pharmacy-cash', 'illegal']);
    expect(read('到药店用医保卡刷卡，药店按八折退现金给你。')).toContainEqual(['pharmacy-cash', 'illegal']);
  });

  it('reads paying with WeChat change (用微信零钱补齐) as no transfer of the balance to it', () => {
    const rules = (text: string) => analyze(text, { model: null, assumeTopic: true }).map((c) => c.entry);
    expect(rules('医保个人账户支付后，自付部分可以用微信零钱、银行卡、现金等方式补齐。')).not.toContain('transfer-to-bank');
    expect(rules('医保个人账户的钱可以转到微信零钱。')).toContain('transfer-to-bank');
  });

  it('reads cash or a bank card denied in a clause about family aid as the cash denied, not family aid', () => {
    const rules = (text: string) => analyze(text, { model: null, assumeTopic: true }).map((c) => [c.entry, c.verdict]);
    expect(rules('共济人员不得以任何方式将共济额度变现。')).toEqual([['cash-withdrawal', 'accurate']]);
    expect(rules('共济的钱也不能转入共济人员本人或他人的银行卡。')).toEqual([['transfer-to-bank', 'accurate']]);
    // Family aid granted stays family aid.
    expect(rules('职工医保个人账户可以给配偶、父母、子女使用。')).toEqual([['family-mutual-aid', 'accurate']]);
  });

  it('reads a denial followed by its exceptions (不能取现，除非参保人去世…) as the general denial, and a condition before it as its condition', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [text.slice(c.start, c.end), c.entry, c.verdict]);
    expect(rules('医保卡里的钱不能取现，除非参保人去世，由继承人领取。')[0]).toEqual(['医保卡里的钱不能取现', 'cash-withdrawal', 'accurate']);
    expect(analyze('医保个人账户的钱原则上不能随便提现，只有出国定居、去世继承等少数情况可以一次性结清。').map((c) => c.verdict)).not.toContain('misleading');
    expect(rules('人去世后，医保卡里的钱家属也不能取出来。').map(([, entry, verdict]) => [entry, verdict])).toEqual([['death-payout', 'misleading']]);
  });

  it('keeps a plain no to cash-out the rules read, however briefly put, beside the local practice that follows it', () => {
    const text = '问：医保个人账户的钱一点都取不出来吗？\n答：正常情况下取不出来，个别城市曾经把个人账户资金划到专门的医保存折上，可以从存折里支取，现在做法各地不同。';
    expect(analyze(text).map((c) => [c.text, c.verdict])).toContainEqual(['正常情况下取不出来', 'accurate']);
  });

  it('reads a procedure’s approval (经本人申请) as the frame of the payout it grants', () => {
    const text = '无法划转的，经本人申请，可将个人账户余额一次性支付给本人。';
    const claims = analyze(text, { assumeTopic: true }).map((c) => text.slice(c.start, c.end));
    expect(claims.some((q) => q.includes('经本人申请，可将') && q.endsWith('支付给本人'))).toBe(true);
  });

  it('reads a national rule said of the page’s own place (本市, 我省, 我们这边) as that place’s rule, and a false rule as false still', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.verdict]);
    expect(rules('本市职工医保个人账户可以给配偶、父母、子女使用。')).toEqual([['family-mutual-aid', 'region-dependent']]);
    expect(rules('我们这边职工医保个人账户可以给配偶、父母、子女使用。')).toEqual([['family-mutual-aid', 'region-dependent']]);
    expect(rules('本市医保个人账户的钱不能提取现金。')).toEqual([['cash-withdrawal', 'accurate']]);
    expect(rules('我省退休以后医保个人账户的钱可以一次性取出来。').map(([, v]) => v)).toEqual(['misleading']);
  });

  it('reads a route named with what it costs as a warning, and the penalties listed under a prohibition as asserted', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => [c.entry, c.stance, c.verdict]);
    expect(rules('医保卡外借给他人,直接丧失当年报销资格。')).toEqual([['card-lending', 'deny', 'accurate']]);
    // 诚信档案 is a penalty, not an offer's 诚信.
    expect(rules('医保卡外借给他人,纳入医保诚信档案。')).toEqual([['card-lending', 'deny', 'accurate']]);
    // Buying drugs for someone outside the family on one's own card is letting another use it.
    expect(rules('用医保卡给别人买药是违规的。')).toEqual([['card-lending', 'deny', 'accurate']]);
    expect(rules('用自己的医保卡为他人购买药品属于违规行为。')).toEqual([['card-lending', 'deny', 'accurate']]);
    expect(rules('严禁以下行为:\n1. 出借医保卡;\n2. 违者将被暂停医保结算。').filter(([entry]) => entry === 'fraud-penalties')).toEqual([['fraud-penalties', 'affirm', 'accurate']]);
  });

  it('explains a granted route the model judges misleading by that route, not by family aid', () => {
    const [claim] = analyze('如果父母没有参保,子女可以使用父母的医保卡享受住院报销,但需要父母同意并办理手续。');
    expect(claim!.verdict).toBe('misleading');
    expect(claim!.entry).toBe('card-lending');
  });

  it('reads a premium rate (个人缴费标准) as a fee table, not as who pays it', () => {
    expect(analyze('个人缴费标准每人每年400元,职工医保个人账户可以为家人代缴。', { model: null }).map((c) => c.text)).toEqual(['职工医保个人账户可以为家人代缴']);
  });

  it('reads a step that teaches cash-out as the claim it makes', () => {
    expect(verdictAt('打开APP,点击提现,医保余额就能转到微信。', '医保余额就能转到微信')).toBe('misleading');
  });

  it('reads a rumour called false as denied whole: right when any part of it is false', () => {
    const rules = (text: string) => analyze(text, { model: null }).map((c) => c.verdict);
    expect(rules('谣言二:“给家里人刷医保买米面油也算家庭共济”。')).toEqual(['accurate']);
    // A true rule called a rumour is denied wrongly.
    expect(rules('谣言:“医保个人账户可以给父母看病买药”。')).toEqual(['misleading']);
  });

  it('reads a rumour quoted over a comma as one claim, explained as the rejection it is', () => {
    const [claim, ...rest] = analyze('谣言三:“绑定了医保共济关系,药店就能帮你家人刷卡换现金”。', { model: null });
    expect(rest).toEqual([]);
    expect(claim!.text).toContain('绑定了医保共济关系,药店就能');
    expect(claim!.verdict).toBe('accurate');
    // Its words say cash comes out; the lead speaks to the rejection, not to those words.
    expect(claim!.explanation.zh.startsWith('这句话否定的说法确实不成立。')).toBe(true);
    expect(claim!.explanation.en.startsWith('The sentence rejects a claim that is indeed wrong.')).toBe(true);
  });

  it('explains a warning against an act as a warning, and a report without putting a negation in its mouth', () => {
    const [warning] = analyze('千万不要套取医保基金。', { model: null });
    expect(warning!.verdict).toBe('accurate');
    // No rumour is rejected here: the lead is the verdict's, not the dismissal's.
    expect(warning!.explanation.zh.startsWith('这句话否定的说法')).toBe(false);
    const [report] = analyze('记者了解到,该药店负责人承认其利用他人医保卡套取医保基金的行为属实。', { model: null });
    expect(report!.verdict).toBe('accurate');
    expect(report!.explanation.zh).not.toMatch(/意思是“[^”]*(?:不要|不能|切勿|别)/);
  });

  it('glosses a claim with a phrasing only where the rules read its entry and stance', () => {
    const entry = entryById('cash-withdrawal')!;
    const clause = '这部分保费每年续费时就可以直接在医保卡里扣钱';
    // The nearest phrasing shares its words ("医保卡里的钱可以直接取现金"), not its meaning: read by the
    // rules it would stand as the gist; guessed, it must not.
    expect(explainClaim(entry, 'misleading', clause, 'affirm', false, true).zh).toContain('意思是');
    expect(explainClaim(entry, 'misleading', clause, 'affirm', false, false).zh).not.toContain('意思是');
  });

  it('reads a clause that only concedes (即使开通家庭共济) as no claim of its own, the rest of the sentence as the claim', () => {
    const claims = analyze('违规风险提示:即使开通家庭共济,以下行为仍属违法:\n- 用亲属医保卡报销住院费用;', { assumeTopic: true });
    expect(claims.map((c) => c.entry)).not.toContain('family-mutual-aid');
    expect(claims.find((c) => c.text.includes('亲属医保卡'))).toMatchObject({ entry: 'card-lending', verdict: 'accurate' });
    // The lead names nothing itself: its items make the claims.
    expect(claims).toHaveLength(1);
    // A concession or hypothesis whose main clause follows in the same clause (…也…, …就…) is the claim itself.
    expect(analyze('即使是退休人员也不能提取医保卡里的钱。')[0]).toMatchObject({ entry: 'retirement-withdrawal', verdict: 'accurate' });
    expect(analyze('如果退休了就可以提取医保卡里的钱。')[0]).toMatchObject({ entry: 'retirement-withdrawal', verdict: 'misleading' });
  });

  it('reads the card kept to its holder (实名制, 本人持卡) as the rule against lending, and the account shared by family aid as family aid', () => {
    expect(analyze('医保卡严格实行实名制,就医购药必须本人持卡。')[0]).toMatchObject({ entry: 'own-card-only', verdict: 'accurate' });
    expect(analyze('医保卡仅限本人使用,不能给别人用。')[0]?.verdict).toBe('accurate');
    expect(analyze('职工医保个人账户的钱从仅限职工本人使用,拓展到可以给配偶、父母及子女使用。')[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'accurate' });
    // The account no longer kept to its holder is family aid, not a denial that the card is.
    expect(analyze('资金共享:医保个人账户资金不再局限于本人使用,可以惠及配偶、父母、子女。').map((c) => c.entry)).not.toContain('own-card-only');
  });

  it('reads a balance said to go to the pooled fund or the state on death as the myth it is (P1: heirs inherit)', () => {
    const [claim] = analyze('参保人身故后,账户内剩余资金将划入医保统筹基金,不再归属个人或家庭。');
    expect([claim!.entry, claim!.verdict]).toEqual(['death-no-forfeit', 'misleading']);
    expect(analyze('参保人去世后,医保个人账户余额不会被国家收回,由继承人依法继承。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads entrusting someone with a lawful procedure (委托他人代办) as no agent route, a paid agent as one', () => {
    const [heir] = analyze('参保人去世后,继承人可以委托他人代办医保个人账户余额的提取手续。');
    expect(heir!.verdict).toBe('accurate');
    expect(analyze('如果嫌麻烦,也可以找专业代办医保提取。')[0]?.verdict).toBe('illegal');
  });

  it('reads the pooled fund paying no cash to anyone as its rule', () => {
    expect(analyze('医保统筹基金是全体参保人员共同享有的社会保险基金,不向任何个人支付现金。')[0]).toMatchObject({ entry: 'pooled-fund', verdict: 'accurate' });
    // 统筹基金 and 个人账户 alone are a pension's words too: without medical insurance named, no topic.
    expect(analyze('养老保险由统筹基金和个人账户组成,出国定居的可以将个人账户储存额一次性支付给本人。')).toEqual([]);
  });

  it('reads an elaboration after no claim (…,尤其是重疾险和医疗险) as no claim, and one that opens a claim as its condition', () => {
    const texts = analyze('医保卡外借记录会被保险公司视为带病投保证据,尤其是重疾险和医疗险。').map((c) => c.text);
    expect(texts).not.toContain('尤其是重疾险和医疗险');
    expect(analyze('比如参保人去世,医保个人账户余额可以由继承人继承。')[0]?.text).toMatch(/^比如参保人去世/);
  });

  it('calls a clause illegal only where its sentence names a route: a title urging to spend the balance offers none', () => {
    const page = '医保卡余额别浪费!这9种用法很多人都不知道\n医保卡里的钱可以给父母买药。';
    expect(analyze(page).filter((c) => c.verdict === 'illegal')).toEqual([]);
    // The harm of cash-out told as a warning (削弱, 损害) is no offer.
    expect(analyze('基金安全:医保基金是公共资源,套现行为削弱保障能力,最终损害全体参保人利益。').map((c) => c.verdict)).not.toContain('illegal');
    // An offer's terms beside the route the rules read are the offer's.
    expect(analyze('高价回收医保卡余额,余额越多折扣越高,一万以上按八五折算,现金当面结清!').every((c) => c.verdict === 'illegal')).toBe(true);
  });

  it('finds no claim in a call to pass the page on to family, which is not family aid', () => {
    expect(analyze('医保个人账户的新规定，建议收藏，转发给家人看看。')).toEqual([]);
    expect(analyze('医保新政来了，赶紧分享给家人吧！')).toEqual([]);
    expect(analyze('医保卡的这些用法，觉得有用的话转给爸妈看看～')).toEqual([]);
    expect(analyze('医保卡里的钱可以转给爸妈看病。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保个人账户的钱可以转给家人用。')[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'accurate' });
  });

  it('finds no claim where cash-out is named only as unrelated (与…提取无直接关联)', () => {
    expect(analyze('体检记录可能影响商业保险理赔,但与医保卡余额提取无直接关联。')).toEqual([]);
    expect(analyze('这个问题和医保卡取现没有关系。')).toEqual([]);
  });

  it('finds no claim in the bare name of an account, as a tag list names it', () => {
    const text = '社保卡能不能取现？\n2025-06-03　作者：小满　标签：社保卡,金融账户,医保个人账户\n医保个人账户的钱不能在ATM上取。';
    expect(analyze(text).map((c) => c.text)).toEqual(['医保个人账户的钱不能在ATM上取']);
  });

  it('finds no claim in a wish', () => {
    expect(analyze('医保卡里的钱,要是能把里面的钱拿出来用该多好啊!')).toEqual([]);
  });

  it('reads a pension page that names medical insurance once in passing as about the pension: its 个人账户 is the pension’s', () => {
    const pension = [
      '工资条上扣的养老保险8%、医疗保险2%是不同的险种，本文只讲养老保险。',
      // Past the reach of that one mention (300 characters).
      '养老保险的缴费年限累计满15年，达到法定退休年龄后按月领取基本养老金。'.repeat(9),
      '养老保险的钱分两块，单位缴纳的部分进统筹基金，个人缴纳的记入养老保险个人账户。',
      '出国定居的，可以申请把个人账户里的钱一次性领取。',
      '2011年以前部分地区允许退保，把个人账户里的钱一次性领走。',
    ].join('\n');
    expect(analyze(pension)).toEqual([]);
    // On a page about medical insurance the same words speak of its account.
    const medical = '医保个人账户怎么处理？医保卡的钱能不能取，要看情况。出国定居的，可以申请把个人账户里的钱一次性领取。';
    expect(analyze(medical).map((c) => c.verdict)).toContain('region-dependent');
  });

  it('finds no false claim in a commenter telling their own balance (我的医保卡余额：12.8元): the classifier’s unsure guess, nothing the rules read', () => {
    expect(analyze('医保卡里的钱能不能取出来？我的医保卡余额：12.8元')).toEqual([]);
  });

  it('reads a sentence after one about other money, naming no money or card of its own, as about that money', () => {
    const page = '医保的事另说。失业保险金按月发放到本人的失业金账户。钱到账以后可以在发卡银行的柜台支取。';
    expect(analyze(page).map((c) => c.text).join('|')).not.toContain('柜台支取');
    // Naming the medical money, it speaks of it.
    expect(analyze('失业保险金按月发放。医保个人账户的钱也可以在银行柜台支取。').map((c) => c.verdict)).toContain('misleading');
  });

  it('reads the answer to a question about other money (问：退税一般多久到账？) as about that money', () => {
    const faq = '医保报销后的自付部分可以在个税里扣除。\n问：退税一般多久到账？\n答：审核通过后，一般在1-2周左右退到银行卡。';
    expect(analyze(faq).map((c) => c.text).join('|')).not.toContain('退到银行卡');
    // Asked of the medical money, the same answer is the claim it is.
    const medical = '问：医保卡余额可以退吗？\n答：审核通过后，一般在1-2周左右退到银行卡。';
    expect(analyze(medical).map((c) => c.verdict)).toContain('misleading');
  });

  it('reads the questions under a heading that names the housing fund as about the housing fund', () => {
    const faq = ['八、医保卡可以借给家人用吗？', '答：不可以，医保卡仅限本人使用。', '九、住房公积金相关问题', '2. 租房可以提取吗？可以，无房职工租房可按月提取。'].join('\n');
    const claims = analyze(faq);
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
    expect(claims[0]!.text).not.toContain('租房');
  });

  it('finds nothing in a page that never names medical insurance', () => {
    const page = '公积金提取指南\n住房公积金可以在购房、租房时提取,提取后转入本人银行卡。退休时可以一次性提取公积金余额。';
    expect(analyze(page)).toEqual([]);
  });
});

describe('analyze: lawful sentences that name routes, procedures or penalties', () => {
  // Our own sentences, each true: the worst a fact-checker can do is call one of them false or an offer.
  const LAWFUL = [
    '参保人可以委托家属到医保经办机构办理个人账户余额的继承手续。',
    '定点药店不得为参保人员刷卡换取现金。',
    '医保局提醒:如发现药店刷卡返现,请拨打12393举报。',
    '家人看病可以通过家庭共济使用我的个人账户,不需要把医保卡借给他们。',
    '医保卡丢失后应及时挂失,防止被他人冒用。',
    '经办机构工作人员不得利用职务便利代办套取医保基金。',
    '如需代缴家人的居民医保费,可以在医保APP上操作。',
    '医保电子凭证可以在药店扫码支付,不需要带实体医保卡。',
    '医保卡里的钱可以直接在定点药店刷卡买药。',
    '社保卡的金融账户可以在ATM机上取现,但医保个人账户的钱取不出来。',
    '子女可以通过家庭共济绑定,用自己的医保个人账户给父母买药。',
    '有人问医保卡能不能借给朋友用,答案是不能。',
    '如果医保卡被他人冒用,应立即向医保部门报告。',
    '药店在医保POS机上刷卡结算药费是正常的医保结算。',
    '医保个人账户的钱可以用来给家人代缴城乡居民医保。',
    '正规医院和药店不会为参保人提供任何形式的医保套现服务。',
    '市医保局联合公安部门开展打击医保套现专项行动,查处违规药店12家。',
    '在本统筹地区内变更用人单位的,医保个人账户继续使用,余额保持不变,由新单位接续缴费即可。',
    '社会保障卡的金融账户与医保个人账户是两回事,个人账户资金不能在ATM机上取出来。',
    // The card's bank side set apart from the medical money in the same sentence (P12).
    '社保卡可以在ATM取钱,取的是金融账户里的钱,不是医保个人账户的钱。',
    '社保卡激活金融功能后,可以像银行卡一样存取现金,医保个人账户的钱不会被取出。',
    '社保卡具有金融功能,可以在银行网点存取现金,这部分是工资、补贴等,与医保个人账户是两回事。',
    // An offer named as a gang's pretext (以…为名, 打着…的幌子) is reported, not made.
    '该团伙以“高价回收医保卡”为名,诱骗参保人出售医保卡。',
    '不法分子打着“医保卡取现”的幌子骗取钱财。',
    // The clause naming the card's bank account as what comes out, after the medical money denied.
    '医保卡没有取现功能,ATM机上取出来的是社保卡银行账户里的钱。',
    '开通医保家庭共济后,不需要把医保卡借给家人,家人用自己的医保凭证就能结算。',
    // 转出 to a relative's wallet moves the money inside medical insurance (P14); 转出来 of the balance is taking it out.
    '开通医保钱包后,职工医保参保人可以把个人账户的钱转出给亲属的医保钱包。',
    // A bank card named as where the heirs' payout goes, after a death: inheritance, not a transfer out (P1).
    '参保人去世后,家属凭死亡证明办理医保个人账户继承,余额一次性打到继承人指定的银行卡上。',
    // Reports of routes and warnings against them, each naming a route an offer would.
    '据报道，当地一家药店为参保人刷卡套现，已被医保部门查处。',
    '警方通报，犯罪团伙以七折收购医保卡余额，涉案金额上百万元。',
    '网上“医保卡高价回收”的广告都是骗局，千万不要相信。',
    '很多中介声称可以帮忙提取医保余额，其实是在诱导骗保。',
    // The employer's share kept out of the account.
    '单位缴纳的医保费不会划入个人账户，全部进入统筹基金。',
    // The credential not handed over, in its formal name (医疗保障凭证): lending denied, not family aid.
    '办理家庭共济后，家人用个人账户看病买药，不需要把本人的医疗保障凭证交给家人。',
  ];

  it('still calls the medical money taken out through the card’s bank account misleading (rubric rule 5)', () => {
    expect(analyze('医保卡里的钱可以通过社保卡的银行账户取出来。').map((c) => c.verdict)).toEqual(['misleading']);
    expect(analyze('社保卡银行账户里的钱就是医保卡的钱,可以在ATM取。').map((c) => c.verdict)).toContain('misleading');
  });

  it('explains the employer share kept out of the account by who pays into it, either way it is said', () => {
    expect(verdictsAndEntries('单位缴纳的医保费用不再划入个人账户。')).toEqual([['accurate', 'employer-share']]);
    expect(verdictsAndEntries('用人单位缴纳的医保费按比例计入职工个人账户。')).toEqual([['misleading', 'employer-share']]);
  });

  it.each(LAWFUL)('calls none of %s misleading or illegal', (text) => {
    expect(analyze(text).filter((c) => c.verdict === 'misleading' || c.verdict === 'illegal')).toEqual([]);
  });
});

describe('analyze: false sentences of our own', () => {
  const FALSE = [
    '在上海,医保个人账户余额可以随时取现。',
    '参保人去世后,医保个人账户里的钱会被收归统筹基金,家属拿不到。',
    '医保统筹基金里的钱到了年底会按比例返还给个人。',
    '医保卡里的钱可以去社保局申请退出来,带上身份证就行。',
    '医保个人账户的钱属于个人财产,想什么时候取就什么时候取。',
    // Family aid said to be lending the card: never true (the issue's own words).
    '医保家庭共济就是把自己的医保卡给家人拿去用。',
    // Using a relative's card is lending, however local the page makes it sound (never true in some places).
    '在部分地区,父母可以使用子女医保卡支付门诊费用中的个人自付部分。',
    // No route moves the balance to a wallet, however indirect the page says it is.
    '医保卡的钱一般不能转到支付宝,但在某些情况下,可以通过变通的方式实现。',
    // Content-farm myths: a threshold, a year-end reset, leaving a job, retirement, a wallet, family aid to a bank card.
    '医保卡里的钱到了一定金额就可以取出来。',
    '医保个人账户的钱每年年底会清零，所以要赶紧用掉。',
    '辞职以后医保卡里的钱可以一次性取出来。',
    '失业了可以把医保个人账户的钱领出来当生活费。',
    '退休后医保个人账户余额可以申请提现。',
    '医保钱包里的钱可以提现到微信。',
    '家庭共济可以把钱转到家人的银行卡上。',
    // Spent on what is no medical cost, or on anyone without family aid's binding.
    '医保卡余额能买理财产品。',
    '医保卡里的钱可以用来给宠物看病。',
    '医保个人账户的钱可以随便给家人用，不需要绑定。',
    // The employer's share said to reach the account (it goes to the pooled fund).
    '单位缴纳的医保费有一部分会打到个人账户里。',
    // Residents' premiums said to be deposited on the card (residents' insurance has no account).
    '新农合交的钱会存到医保卡里。',
    // Taken back at the year's end: the balance carries over.
    '医保卡的钱不花就亏了，因为到年底会被收回。',
  ];

  it.each(FALSE)('calls %s misleading', (text) => {
    expect(analyze(text).map((c) => c.verdict)).toContain('misleading');
  });
});

describe('analyze: offers of our own', () => {
  // Ads and advice written for these tests: each offers an illegal route in the page's own voice.
  const OFFERS = [
    '专业代办医保卡提现,当天到账,手续费低。',
    '高价回收医保卡余额,微信联系。',
    '医保卡里的钱可以到我们药店刷卡换现金,九折。',
    '医保卡余额变现,安全无风险,全国可办。',
    '收医保卡,余额八折回收,秒到账。',
    '医保卡里的钱用不完?找我,刷卡买药直接返现。',
    '可以把医保卡借给亲戚用,没关系的。',
    '医保卡套现很简单,找熟悉的药店就行。',
    '你把医保卡给我,我帮你把医保卡里的钱取出来,收一成手续费。',
    '有医保卡的老人家可以来我们药房,刷卡满500返现300。',
    '回复2楼:找个熟人药店,用医保卡开点贵的药再退成现金就行。',
    '医保余额多的朋友,可以把药开出来卖给我们,价格好商量。',
    '医保卡里的钱可以到我们药店刷卡换成米面油、洗发水。',
    // Swiped out for a fee, a refund taken in cash, a POS, drug resale, an agent, lending to family.
    '医保卡里的钱可以去药店刷出来，一般扣两成手续费。',
    '方法很简单：拿着医保卡到合作药店，刷卡后店家返给你八成现金。',
    '刷医保卡买保健品再退货拿现金，这个办法很多人在用。',
    '有POS机的话，直接刷医保卡就能套出现金。',
    '用医保卡多开点药，再卖给收药的贩子，钱就到手了。',
    '医保卡余额多的可以找我们变现，比例好说。',
    '把医保卡给家里人用一下没关系，大家都这么做。',
    '医保卡的钱放着也是浪费，不如借给朋友去开药。',
    '需要医保卡套现的朋友可以私信我。',
    '小编亲测，医保卡余额可以在指定药店兑换成现金。',
    // A condition's own negation (不用的话) negates nothing of the offer after it.
    '医保卡不用的话可以卖给收卡的，一千块能换八百。',
  ];

  it.each(OFFERS)('finds the offer in %s', (text) => {
    expect(analyze(text).map((c) => c.verdict)).toContain('illegal');
  });

  it('reads how to take an offer up, said after it, as part of the offer', () => {
    const text = '医保卡余额可以帮你变现，八五折结现金，当天到账，加我微信帮你弄。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['illegal', text.slice(0, -1)]]);
  });

  it('explains an offer by a route it names, else by cash-out being illegal', () => {
    const claims = analyze('医保卡余额变现,安全无风险,全国可办。');
    expect(claims.find((c) => c.verdict === 'illegal')?.entry).toBe('taoxian');
  });
});

describe('analyze: real page shapes', () => {
  it('splits a content-farm run-on sentence into claims with different verdicts', () => {
    const text =
      '在大多数地区,医保卡的资金只能用于医疗相关支出,不能随意提现,但在部分地区,政府出台了允许医保个人账户余额用于购买商业健康保险等政策。';
    expect(verdictAt(text, '不能随意提现')).toBe('accurate');
    expect(verdictAt(text, '购买商业健康保险')).toBe('region-dependent');
  });

  it('borrows a condition from an earlier clause of the same sentence', () => {
    const text = '个人医保账户资金取现条件:\n(1)退休:达到法定退休年龄后,可以提取个人医保账户余额;\n(2)出国定居:因出国定居需要,可以申请提取个人医保账户余额;';
    expect(verdictAt(text, '(1)退休')).toBe('misleading');
    expect(verdictAt(text, '(2)出国定居')).toBe('region-dependent');
  });

  it('reads a claim opened by a frame as one with the claim of the clause before it, when both have one verdict', () => {
    const text = '因工作调动等原因,新参保地不接收医保个人账户余额时,可申请提取。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['region-dependent', text.slice(0, -1)]]);
  });

  it('reads a list of cases that the next clause denies all at once (…等，均不属于…) as one true claim', () => {
    const text = '达到法定退休年龄、中断缴费、患病急需用钱等，均不属于可以一次性支取医保个人账户余额的情形。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['accurate', text.slice(0, -1)]]);
  });

  it('reads a withdrawal called 套现 (…其实就是套现, 属于套现行为) as warned against', () => {
    for (const text of ['医保卡提现其实就是套现。', '医保卡取现属于套现行为。', '所谓“医保卡提现”，其实是套现。', '网上的医保卡提现，说白了就是套现。'])
      expect(analyze(text).map((c) => c.verdict), text).toEqual(['accurate']);
  });

  it('leaves a remark cut off from a false claim by a clause of none to the claim after it', () => {
    const text = '医保卡里的钱年底不用就清零，记者向市医保局求证，工作人员表示，个人账户余额可以结转和继承。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([
      ['misleading', '医保卡里的钱年底不用就清零'],
      ['accurate', '工作人员表示，个人账户余额可以结转和继承'],
    ]);
  });

  it('reads a myth quoted and called false after a dash (——假的, ——也不对, 这是把…搞混了) as denied', () => {
    expect(analyze('“医保卡的钱年底不用完就清零”——假的，余额是一直累积的。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('“停保了医保余额就能一次性取出来”——也不对，停保只是不再往账户里划钱。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('“医保卡激活了金融功能就能取医保的钱”——这是把社保卡的银行账户和医保个人账户搞混了。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads wages drawn from the bank account, beside the medical money denied a clause later, as the bank side', () => {
    const text = '银行账户里的工资、补贴能取，医保那部分是单独记账的，取不出来。';
    expect(verdictsAndEntries(text)).toEqual([['accurate', 'bank-account']]);
  });

  it('reads a route told and then called defrauding the fund (…，同样是在骗取医保基金) as warned against, one claim', () => {
    const text = '通过开药再卖药的方式把医保卡里的钱“套出来”，同样是在骗取医保基金。';
    expect(analyze(text, { model: null }).map((c) => [c.verdict, c.text])).toEqual([['accurate', text.slice(0, -1)]]);
  });

  it('reads a refund denied beside the transfer of the account as the transfer rule, not a local payout', () => {
    const text = '参保人员跨统筹地区流动就业的，基本医疗保险关系随本人转移接续，个人账户余额由转出地经办机构划转至转入地，既不会退给个人。';
    expect(analyze(text, { model: null }).map((c) => c.verdict)).toEqual(['accurate', 'accurate']);
  });

  it('reads a clause the rules read nothing in, in a sentence whose every reading is true, as going on with the truth', () => {
    // The model's guess (misleading, 0.53) on the second clause was a false claim beside a true one.
    const text = '激活金融功能只是开通了社保卡的银行账户，医保个人账户还是单独记账。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['accurate', text.slice(0, -1)]]);
  });

  it('lets the worst verdict win where one clause mixes claims', () => {
    const text = '医保卡余额可以用于体检、健身等非药品类消费。';
    expect(verdictAt(text, text)).toBe('misleading');
  });

  it('reads a withdrawal named by its lawful procedure (支取手续) as the special case, not as cash-out', () => {
    const text = '医保个人账户余额在下列情况下可以处理:\n参保人出境定居:凭有关证明材料办理个人账户支取手续。\n如果接收地不接收个人账户余额,可凭资料办理支取。';
    expect(verdictAt(text, '凭有关证明材料办理个人账户支取手续')).toBe('region-dependent');
    expect(verdictAt(text, '可凭资料办理支取')).toBe('region-dependent');
  });

  it('reads the items of a list whose lead forbids as what it forbids, and of another lead as they are', () => {
    const text = '医保个人账户：即使开通家庭共济，以下行为仍属违法:\n- 用亲属医保卡报销住院费用;\n- 把医保卡借给别人用;\n\n也别着急，个人账户的钱还能这样用:\n- 在药店可以用医保卡买米面油;\n';
    expect(verdictAt(text, '把医保卡借给别人用')).toBe('accurate');
    expect(verdictAt(text, '用亲属医保卡报销住院费用')).toBe('accurate');
    expect(verdictAt(text, '在药店可以用医保卡买米面油')).toBe('misleading');
  });

  it('reads the routes a report page describes as reported, the same words on an advice page as offered', () => {
    const route = '熊某开始低价回收医保卡余额,八折回收,当天到账。';
    const report = `记者调查发现,一条医保套现的链条正在运作。${route}\n警方介绍,该案件已移送检察机关。`;
    expect(verdictAt(report, route)).not.toBe('illegal');
    expect(verdictAt(`医保卡余额。${route}`, route)).toBe('illegal');
  });

  it('reads a short line that calls something illegal as a claim, not a heading', () => {
    expect(verdictAt('医保卡的钱只能看病买药。\n直接取现违法\n', '直接取现违法')).toBe('accurate');
  });

  it('reads repaying the fund (退回套现款) as a penalty, and a table cell 不合规 as a denial', () => {
    expect(verdictAt('医保卡套现一旦被查实,不仅需退回套现款,还可能被暂停医保待遇。', '不仅需退回套现款')).toBe('accurate');
    const repay = analyze('医保套现一旦被查到,要退回骗取的钱,暂停医保直接结算3到12个月。').find((c) => c.text.includes('退回'));
    expect(repay?.verdict).toBe('accurate');
    expect(repay?.entry).not.toBe('cash-withdrawal');
    const row = '医保卡用途\n| 利用医保卡购买非医疗物品(如烟酒) | 不合规 | 可能被限制使用医保卡 |\n';
    expect(verdictAt(row, '利用医保卡购买非医疗物品')).toBe('accurate');
  });

  it('reads a withdrawal by the most specific reading of its words, the worst only among equals', () => {
    // 死亡 + 支取 is the heir's payout (accurate), not the generic lawful special case.
    const text = '医保个人账户:参保人去世后,合法继承人可凭死亡证明办理账户余额支取。';
    expect(verdictAt(text, '合法继承人可凭死亡证明办理账户余额支取')).toBe('accurate');
    expect(analyze(text, { model: null }).find((c) => c.text.includes('继承人'))?.entry).toMatch(/death|heir/);
  });

  it('reads a list item naming a case as its lead line\'s claim completed by that case', () => {
    const text = '医保个人账户余额一般不能提取。在以下几种情形下,可以到医保经办窗口申请一次性支取:\n\n- 参保人员出国定居;\n- 参保人员死亡;\n- 办理流程:携带身份证到窗口。\n';
    expect(verdictAt(text, '参保人员出国定居')).toBe('region-dependent');
    expect(verdictAt(text, '参保人员死亡')).not.toBeNull();
    // A step of the list names no case: no claim of its own.
    expect(verdictAt(text, '携带身份证到窗口')).toBeNull();
    // Without the lead, the bare case is no claim.
    expect(analyze('医保个人账户。\n- 参保人员出国定居;\n').filter((c) => c.text.includes('出国定居'))).toEqual([]);
  });

  it('reads the money\'s way out, told on after a false claim, as part of that claim', () => {
    const text = '停保以后,医保个人账户里的余额就可以到医保中心申请提取,一般一周内打到你的银行卡上。';
    expect(analyze(text).map((c) => [c.text.endsWith('打到你的银行卡上'), c.verdict])).toEqual([[true, 'misleading']]);
  });

  it('reads a clause that only frames the next one as part of its claim, and an offer\'s terms as the offer', () => {
    const framed = '开通医保钱包以后，买菜交话费都能用医保卡的钱。';
    expect(analyze(framed).map((c) => [c.start, c.verdict])).toEqual([[0, 'misleading']]);
    // Frames in a row, and the money named first as the topic, open the one claim they frame.
    const topic = '职工医保个人账户里的钱，只要办理了停保手续，就可以全部提取出来。';
    expect(analyze(topic).map((c) => [c.verdict, c.text])).toEqual([['misleading', topic.slice(0, -1)]]);
    const row = '在办理退休手续的时候，如果社保关系终止了，那么就可以申请提取医保个人账户中的剩余金额。';
    expect(analyze(row).map((c) => [c.verdict, c.text])).toEqual([['misleading', row.slice(0, -1)]]);
    // So does the authority it is stated by (根据…政策, 按照…规定): one claim, not a claim of its own.
    const authority = '根据最新医保政策，跨统筹地区转移医保关系时，个人账户余额可随关系一并划转。';
    expect(analyze(authority).map((c) => [c.verdict, c.text])).toEqual([['accurate', authority.slice(0, -1)]]);
    // The places said to stipulate it open it too; 领取…余额 is taking the balance out (here the heirs').
    const places = '还有一些地区规定,当参保人员死亡后,其家属也是可以按规定领取医保个人账户余额的。';
    expect(analyze(places).map((c) => [c.verdict, c.entry, c.text])).toEqual([['accurate', 'death-payout', places.slice(0, -1)]]);
    // After a claim, the money named is inside that claim ("…认为，医保卡里的钱，应该专款专用" stays one).
    const opinion = '反对的人认为，医保卡里的钱，应当专款专用，不能随便花。';
    expect(analyze(opinion).map((c) => c.text)).toEqual([opinion.slice(0, -1)]);
    // "Those who …" (…的) and a forward pointer (…如下) state nothing of their own.
    expect(analyze('医保个人账户：为参保人员提供虚假发票的；').filter((c) => c.text.includes('虚假发票'))).toEqual([]);
    expect(analyze('医保个人账户家庭共济，具体政策如下：').filter((c) => c.text.includes('如下'))).toEqual([]);
    // Nor does a short noun phrase, a label ("医保卡的金融功能").
    expect(analyze('医保卡的金融功能\n医保卡可以在ATM取现。').map((c) => c.text)).toEqual(['医保卡可以在ATM取现']);
    const comment = '医保卡在药店可以买米面油，这是国家政策允许的。';
    expect(analyze(comment).map((c) => [c.verdict, c.text.includes('国家政策')])).toEqual([['misleading', true]]);
    // 当天 is no "when" (当…时) frame.
    expect(analyze('到药店刷医保卡换现金，安全无风险，当天到账。').map((c) => [c.verdict, c.text.endsWith('当天到账')])).toEqual([['illegal', true]]);
    const offer = '找药店刷医保卡换现金，手续费只要一成。';
    const claims = analyze(offer);
    expect(claims.map((c) => c.verdict)).toEqual(['illegal']);
    expect(claims[0]!.text).toContain('手续费');
  });

  it('reads a question the page answers in a word as the claim the answer makes', () => {
    const no = '醫保卡裡的錢可以直接提現嗎？不可以。';
    expect(analyze(no).map((c) => [c.verdict, c.text])).toEqual([['accurate', no]]);
    expect(analyze('医保卡里的钱可以买保健品和化妆品吗？当然可以。').map((c) => c.verdict)).toEqual(['misleading']);
    expect(analyze('医保卡能借给别人用吗？能。').map((c) => c.verdict)).toEqual(['illegal']);
    // Said as 是…的 (答案是不能的, 当然是可以的), the answer is the same word.
    expect(analyze('有人问医保卡里的钱能不能转到微信上？答案是不能的。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡里的钱能取出来吗？当然是可以的。').map((c) => c.verdict)).toEqual(['misleading']);
    // A question left open, or answered at length, is not a one-word answer.
    expect(analyze('医保卡里的钱可以直接提现吗？')).toEqual([]);
  });

  it('reads a short denial with 无法 or 没法 as a claim, not a noun phrase', () => {
    expect(analyze('医保卡里的钱无法取现。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡的钱没法提现。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a rumour called false after it as denied, even when it is word for word a false phrasing', () => {
    expect(analyze('网上说退休后医保卡的钱可以取出来，这是假的。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('keeps the place a sentence names around words that are word for word a false phrasing', () => {
    // The passbook practice reported for Beijing: local, not false (the brief's local rules).
    expect(analyze('在北京，医保卡里的钱可以取现。').map((c) => c.verdict)).toEqual(['region-dependent']);
    expect(analyze('医保卡里的钱可以取现。').map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads news arriving (医保钱包来了) as a headline, not a claim', () => {
    expect(analyze('医保钱包来了！职工医保个人账户可以跨省给家人用。').map((c) => c.text)).toEqual(['职工医保个人账户可以跨省给家人用']);
  });

  it('reads teaching how to turn the balance into cash as saying it can be done', () => {
    expect(analyze('教你三招把医保卡里的钱变成现金。').map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads a prison term threatened for cash-out as a warning', () => {
    expect(analyze('套现医保卡最高可判无期徒刑。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a refund (可以退, 不退) of residents\' premiums as a withdrawal', () => {
    expect(analyze('新农合的钱交满十年可以退。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'residents-no-account']]);
    expect(analyze('居民医保保费交的是一年的保障，不看病也不退。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'residents-no-account']]);
  });

  it('reads a withdrawal granted on a condition it does not name as true in some places, not a true rule made conditional', () => {
    const text = '其实医保卡里的钱是可以取出来的，只不过需要满足一定条件。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['region-dependent', text.slice(0, -1)]]);
    // Family aid is national: its conditions (binding) do not make it local.
    expect(analyze('医保卡里的钱可以给家人用，但要符合相关条件。').map((c) => c.verdict)).toEqual(['accurate']);
    // No condition makes the ATM a way to take the balance out.
    expect(analyze('医保卡里的钱可以在ATM取出来，但要满足一定条件。').map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads whose the money is, and goods that are no care, whatever relative they are for', () => {
    expect(analyze('医保卡里的钱不属于个人。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'account-ownership']]);
    // 属于个人负担的 (the costs the insured bears) says nothing of whose the money is.
    expect(analyze('个人账户主要用于支付属于个人负担的医疗费用。').map((c) => c.entry)).not.toContain('account-ownership');
    expect(analyze('医保卡的钱可以给孩子买奶粉吗？不可以。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'non-medical-goods']]);
  });

  it('reads who may have the balance paid out as the brief gives them: moving away local, losing work never', () => {
    const rules = '医保个人账户余额的支取规定如下。\n';
    const verdictOf = (text: string) => analyze(rules + text).find((c) => c.text.includes(text.slice(0, 6)))?.verdict;
    expect(verdictOf('参保人员户籍迁出本市的，可以申请个人账户余额一次性支付。')).toBe('region-dependent');
    expect(verdictOf('失业人员可以申请退还医保个人账户余额。')).toBe('misleading');
  });

  it('reads the account credited each month, and use only for care, in everyday words', () => {
    expect(analyze('职工医保个人账户每月都会打钱进来。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'account-credit']]);
    // Where the employer's share goes (P2).
    expect(analyze('医保个人账户：现在单位交的钱全部进入统筹基金，不再划入个人账户。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'account-credit']]);
    expect(analyze('医保卡的钱只能看病买药，不能挪作他用。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a claim said to hold no longer (…,现在不行了) as denied, one claim with its denial', () => {
    const text = '医保卡以前可以取现，现在不行了。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['accurate', text.slice(0, -1)]]);
    // Said without it, the grant stands.
    expect(analyze('医保卡以前可以取现，现在也可以。').map((c) => c.verdict)).toContain('misleading');
    // Who says no now may be named: the history is told, and denied.
    const history = '以前有的城市允许用医保卡买健身卡，现在国家已经明确不允许了。';
    expect(analyze(history).map((c) => [c.verdict, c.entry, c.text])).toEqual([['accurate', 'fitness-wellness', history.slice(0, -1)]]);
  });

  it('never reads a relative using the insured’s card as family aid: the account’s money is shared, not the card', () => {
    const read = (text: string) => analyze(text).map((c) => c.verdict);
    expect(read('家庭共济绑定后，家人可以直接拿我的医保卡去看病。')).toEqual(['illegal']);
    expect(read('绑定家庭共济后，父母可以用我的医保卡买药。')).toEqual(['illegal']);
    // The card's money, not the card: family aid.
    expect(read('绑定家庭共济后，父母可以用我的医保卡里的钱买药。')).toEqual(['accurate']);
  });

  it('reads a clause that opens with 把 and takes the money out as stating it, the modal a clause before', () => {
    const text = '得了大病急需用钱，可以凭诊断证明去医保局申请，把个人账户的钱提出来用于治疗。';
    expect(analyze(text).map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'illness-withdrawal']]);
  });


  it('reads a claim called wrong after it (…，也不对 / 这是不对的) as debunked, and 想买啥就买啥 as spending at will, no question', () => {
    expect(analyze('还有人说"得了大病可以把医保的钱取出来看病"，也不对，大病是在医院直接报销结算的。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('有人说得了大病可以把医保的钱取出来看病，这是不对的。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡里的钱就是自己的，想买啥就买啥。').map((c) => [c.verdict, c.entry])).toContainEqual(['misleading', 'free-use']);
  });

  it('reads what criminals induce people to do (不法分子…诱导参保人员出售、出借医保卡) as a warning, and 均不能使用个人账户支付 after the items as their denial', () => {
    const warning = '近期发现有不法分子在医院周边以“高价回收医保卡”为名，诱导参保人员出售、出借医保卡。';
    expect(analyze(warning).map((c) => c.verdict)).toEqual(['accurate']);
    const notice = '本院体检中心的医疗美容项目、营养保健品等均不能使用医保个人账户支付。';
    expect(analyze(notice).map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads the short spoken warnings and denials of comment threads (别信什么代办提现, 退休也提不了的, 按诈骗罪追刑责的)', () => {
    const read = (text: string) => analyze(`医保卡的事大家问得多。${text}`).map((c) => [c.verdict, c.entry]);
    expect(read('别信什么代办提现。')).toEqual([['accurate', 'cashout-agent']]);
    expect(read('一般是退休也提不了的。')).toEqual([['accurate', 'retirement-withdrawal']]);
    expect(read('卖卡金额大了是可以按诈骗罪追刑责的。')).toContainEqual(['accurate', 'criminal-liability']);
  });

  it('reads a comment’s spoken pauses: a particle then a space ends what was said (不能的哦 医保局的人说…), and two denials a space apart are two', () => {
    const reply = '不能的哦 医保局的人说停保了钱还在账户里，等你重新参保接着用。';
    expect(analyze(`医保卡停保以后钱能取吗？\n${reply}`).map((c) => c.verdict)).not.toContain('misleading');
    expect(analyze('居民医保（新农合）没有个人账户 没有余额可以取的').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads 说法不准确 as calling a claim false, 一律不准走医保 and 哪都不行了 as denials, and 别瞎说 as scolding another, not as denying', () => {
    expect(analyze('网上所称“停保后医保卡里的钱可以取出来”的说法不准确。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('日用品、食品、保健品一律不准走医保。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡刷健身房现在哪都不行了。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('我们这边退休了就能把医保卡里的钱一次性取出来的，别瞎说。').map((c) => c.verdict)).toEqual(['misleading']);
    expect(analyze('说退休了就能把医保卡里的钱一次性取出来，纯属瞎说。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads 不因退休而一次性支付 as denied, and a person taken away by the police (被带走了) as no account moved', () => {
    expect(analyze('参保人员办理退休手续后，医保个人账户余额继续保留，不因退休而一次性支付。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保卡套现的药店老板被查了，老板还被带走了。').map((c) => c.entry)).not.toContain('relocation-transfer');
    // The money taken along is the transfer.
    expect(analyze('换工作去外地，医保卡里的钱可以带走。').map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'relocation-transfer']]);
  });

  it('reads the medical money at an ATM said of a named place (天津的医保卡…在ATM上就能取) as the mix-up it is everywhere, whatever the classifier', () => {
    const post = '津门老友\n天津的医保卡每月打款以后直接在ATM上就能取，我试过好几次了，不知道你们咋都说不能取';
    expect(analyze(post).map((c) => [c.verdict, c.entry])).toContainEqual(['misleading', 'atm-counter-withdrawal']);
  });

  it('reads 不是…吗 and 不就是…吗 as asserting what they frame, not asking (rubric rule 6)', () => {
    expect(analyze('医保卡的钱不是可以家庭共济给父母用吗，干嘛要卖').map((c) => c.verdict)).toContain('accurate');
    const muddle = '不对啊，我每个月都在ATM上取社保卡里的钱啊，不就是医保的钱吗';
    expect(analyze(muddle).map((c) => [c.verdict, c.entry])).toContainEqual(['misleading', 'card-bank-conflation']);
  });

  it('reads a practice said stopped (…的做法已经停止), a shop refusing a quoted service (本店不办理任何“余额转出”业务) and 早就没个人账户了 as denials', () => {
    expect(analyze('以前个别地方允许医保卡刷健身卡的做法已经停止。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('医保个人账户资金不能提现，本店不办理任何“余额转出”业务。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('新农合早就没个人账户了，没余额可取。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a reply’s bare 别信 as rejecting what it answers: what the replier says after it is said', () => {
    const reply = '理性发言：别信，停保钱还在医保个人账户里，重新参保接着用';
    expect(analyze(reply).map((c) => c.verdict)).not.toContain('misleading');
    // Before a colon, it names what follows.
    expect(analyze('千万别信：医保卡里的钱停保以后能取出来。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a practice the next sentence condemns (…甚至换成购物卡。这是典型的冒用医保凭证) as warned against, not offered', () => {
    const text = '不少家属直接拿老人的医保卡去药店刷完，甚至换成购物卡。这是典型的冒用医保凭证，是违法的。';
    expect(analyze(text).map((c) => c.verdict)).not.toContain('illegal');
    // Without the condemnation after it, the same practice told as a tip is advice.
    expect(analyze('老人的医保卡用不完，可以去药店刷完换成购物卡。').map((c) => c.verdict)).toContain('illegal');
  });

  it('reads an offer quoted from the one who made it, in a story (他说“你自己的钱你卖给谁都是你的自由”), as reported, not offered', () => {
    const story = '那个收卡的跟我说：“你自己的医保卡余额卖给谁都是你的自由。”';
    expect(analyze(story).map((c) => c.verdict)).toEqual(['accurate']);
    // Said in the page's own voice, the same words offer.
    expect(analyze('你自己的医保卡余额你卖给谁都是你的自由，八折回收，当天到账。').map((c) => c.verdict)).toContain('illegal');
  });

  it('reads a route told to leave alone (别碰, 查得很严) as a warning, and a past practice now checked (现在查得严多了) with it', () => {
    expect(analyze('医保卡刷卡换现金的事别碰，查得很严。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('以前县城药店刷医保能换洗衣粉卫生纸，现在查得严多了。').map((c) => c.text)).toEqual(['以前县城药店刷医保能换洗衣粉卫生纸，现在查得严多了']);
  });

  it('reads 找对人 with a withdrawal as pointing to an agent', () => {
    expect(analyze('医保卡里的钱找对人就能取出来。').map((c) => c.verdict)).toContain('illegal');
  });

  it('reads a Cantonese post’s words for taking the money out (撳…出嚟, 攞出嚟) as a withdrawal', () => {
    expect(analyze('醫保卡插落ATM就可以撳到啲錢出嚟。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'atm-counter-withdrawal']]);
    expect(analyze('醫保卡嘅錢等到退休就可以攞晒出嚟㗎啦。').map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads what turned out after a belief (我一直以为…，结果…) in the teller’s voice, not as the belief', () => {
    const story = '我一直以为医保卡里的钱只能自己用，结果上周陪我妈去药店拿药，收银阿姨来了一句，你可以用你的医保给你妈付啊。';
    expect(analyze(story).find((c) => c.text.includes('给你妈付'))?.verdict).toBe('accurate');
    // The belief itself is still told as mistaken.
    expect(analyze('很多人以为医保卡里的钱可以随便取现，其实不行。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads what comes out said not to be the medical money (取的不是医保的钱), and an office that handles no cash-out (均不办理…换现), as denials', () => {
    expect(analyze('原来社保卡取钱取的不是医保的钱。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('本院收费窗口、自助机均不办理医保个人账户“退现”“换现”业务。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads residents’ premiums said to be kept on the card (新农合每年交的钱都存在自己卡里) as the account residents do not have', () => {
    expect(analyze('新农合每年交的钱都存在自己卡里，看病的时候用卡里的钱。').map((c) => [c.verdict, c.entry])).toEqual([['misleading', 'residents-no-account']]);
    // 存在 as "there is" names no account.
    expect(analyze('新农合在报销上存在一些地区差异。').map((c) => c.entry)).not.toContain('residents-no-account');
  });

  it('reads a large balance as no ground for withdrawal: the part above some amount is not paid out, and saying so is true', () => {
    const read = (text: string) => analyze(text).map((c) => [c.verdict, c.entry]);
    expect(read('医保个人账户余额超过一万元的，超出部分可以申请提取。')).toEqual([['misleading', 'surplus-withdrawal']]);
    expect(read('医保个人账户余额较高时，可以把一部分取出来。')).toEqual([['misleading', 'surplus-withdrawal']]);
    expect(read('医保个人账户结余较多也不能申请提取现金。')).toEqual([['accurate', 'surplus-withdrawal']]);
    // A balance threshold for family aid names no withdrawal: no claim of this kind.
    expect(read('医保个人账户余额超过2000元的部分，可以用于家庭共济。').map(([, entry]) => entry)).not.toContain('surplus-withdrawal');
  });
  it('reads a quoted cash-out word whose being the clause denies (没有“变现”的合法途径) as a denial, not a mention', () => {
    expect(analyze('医保个人账户余额没有“变现”的合法途径。').map((c) => c.verdict)).toEqual(['accurate']);
    // Quoted with nothing said of it, it is a mention.
    expect(analyze('关于医保卡“变现”的问题,下面分几点说。')).toEqual([]);
  });

  it('reads the medical money sent to a wage card (打到工资卡) as moved to a bank card, not as a sentence about wages', () => {
    expect(analyze('退休那天医保卡里的钱会一次性打到工资卡上。').map((c) => c.verdict)).toEqual(['misleading']);
    // A wage card as what the sentence speaks of is other money.
    expect(analyze('工资卡里的钱可以随时取现,医保卡另有规定。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads a claim said after it not to be allowed (…,这其实是违规的) as denied, one claim with its denial', () => {
    const text = '有些药店可以用医保卡刷米面油，这其实是违规的。';
    expect(analyze(text).map((c) => [c.verdict, c.entry, c.text])).toEqual([['accurate', 'non-medical-goods', text.slice(0, -1)]]);
    expect(analyze('医保卡可以在健身房刷卡，这是不允许的。').map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('药店里米面油都能刷医保卡，其实这是违规的。').map((c) => c.verdict)).toEqual(['accurate']);
    // Said without it, the grant stands.
    expect(analyze('有些药店可以用医保卡刷米面油，这个大家都知道。').map((c) => c.verdict)).toContain('misleading');
  });

  it('reads 不构成 (no reason for), 没听说 (never heard of) and 不属于…范围 said after what it rules out as denials, but not 不属于…范围的 naming a kind', () => {
    const verdicts = (text: string) => analyze(text).map((c) => c.verdict);
    expect(verdicts('停保、退休、生病急需用钱，都不构成医保卡取现的理由。')).toEqual(['accurate']);
    expect(verdicts('我们这边从来没听说过医保卡里的钱能退的。')).toEqual(['accurate']);
    expect(verdicts('医保卡健身消费不属于医保支付范围。')).toEqual(['accurate']);
    expect(verdicts('个人账户不能用于体育健身、养生保健等不属于基本医疗保险保障范围的支出。')).toEqual(['accurate']);
  });

  it('reads the items of a list its lead names as exceptions (以下几种情形除外，但…并不是“想取就取”:) as allowed', () => {
    const text = '个人账户的钱不能提取现金。以下几种情形除外，但都需要按规定办理手续，并不是"想取就取"：\n1. 参保人员死亡的，个人账户余额由继承人依法继承；\n2. 医保关系转移接续时个人账户余额随同转移，不支付现金。';
    const items = analyze(text).filter((c) => c.start > text.indexOf('1.'));
    expect(items.map((c) => [c.verdict, c.entry])).toEqual([['accurate', 'death-inheritance'], ['accurate', 'relocation-transfer']]);
  });

  it('reads the card’s bank account and the medical account called two different accounts as the separation, not the conflation', () => {
    expect(analyze('社保卡的金融账户和医保个人账户是两个不同的账户。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('makes no claim of a clause the model calls false that names nothing of the lexicon, with only the generic cash-out entry to explain it', () => {
    const text = '店员扫码后，系统会根据你的参保信息自动计算，先用个人账户支付医保范围内的部分，个人账户余额不够或者不在医保报销范围内的药，会提示自付金额。';
    const claims = analyze(text);
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
    expect(claims[0]!.text).not.toContain('自付金额');
  });

  it('reads a classifieds page, whose listings sign with 赵先生 and 钱女士, as no report: a balance buyer’s listing is offered, not reported', () => {
    const page = '【回收】医保卡余额 当天结算\n长期收购医保卡个人账户余额，在职八折，可上门，联系：赵先生 135****0000\n二手沙发 九成新 自提 联系：钱女士\n家政保洁 联系：孙阿姨\n';
    expect(analyze(page).map((c) => c.verdict)).toEqual(['illegal']);
  });

  it('reads a report’s people named by title (市民王女士懊悔道) as the case they are, not as claims', () => {
    const claims = analyze('记者了解到，参与套现的市民王女士懊悔道，自己当初只是贪图便宜。医保卡余额不能套现。');
    expect(claims.some((c) => c.text.includes('王女士'))).toBe(false);
  });

  it('reads a conviction for fraud in a report (法院以诈骗罪判处王某…) as the law it shows, whole: the case’s other words are still the case', () => {
    const text = '记者了解到，该药店通过刷卡返现套取医保基金。法院以诈骗罪判处药店经营人王某有期徒刑六年，并处罚金十五万元。';
    const conviction = analyze(text).find((c) => c.text.includes('判处'));
    expect(conviction).toMatchObject({ verdict: 'accurate', entry: 'criminal-liability' });
    expect(conviction!.text).toContain('法院以诈骗罪判处');
    expect(analyze('市民王女士懊悔道，法院判了她缓刑。医保卡余额不能套现。').some((c) => c.text.includes('王女士'))).toBe(false);
  });

  it('reads goods bought back (二手冰箱空调 高价回收) beside a card buyer’s listing as other money', () => {
    const claims = analyze('高价回收医保卡余额，八折，当天到账，联系：赵先生。\n二手冰箱空调 高价回收 上门看货。\n');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).not.toContain('冰箱');
  });

  it('reads an act named for the offence it is (…也不行，这叫冒名就医) as a warning, not a route offered', () => {
    const claims = analyze('朋友拿我的医保卡去开药其实也不行，这叫冒名就医。');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a listing’s own refusal (…不接触您的医保卡，不涉及任何套现业务) as a denial of the route', () => {
    const claims = analyze('本服务只收指导费，全程您本人操作，不接触您的医保卡，不涉及任何套现业务！');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads goods barred with 一律 (…等日用品一律不能刷医保卡) as denied, as with 都', () => {
    expect(analyze('米、油、纸巾、洗衣液等日用品一律不能刷医保卡。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads the items of a lead that denies and then allows (一般…不能取现的，但有几种特殊情况是可以的:) as the cases allowed, not denied', () => {
    const page = '医保卡里的钱一般情况下是不能取现的，但有几种特殊情况是可以的：\n1.出国定居。出国定居的，可以申请一次性支取个人账户余额。\n2.参保人去世。个人账户的钱可以由家属继承。\n';
    const claims = analyze(page);
    for (const item of ['出国定居', '参保人去世']) expect(claims.find((c) => c.text === item)?.verdict).not.toBe('accurate');
    expect(claims.find((c) => c.text.includes('一次性支取'))?.verdict).toBe('region-dependent');
  });

  it('reads the payout on settling abroad paid into a bank card (…一次性支取，钱是打到本人的银行卡上) as that payout, not a transfer of the balance', () => {
    const claims = analyze('出国定居的，到医保经办机构申请个人账户余额一次性支取，钱是打到本人的银行卡上。');
    expect(claims.map((c) => c.verdict)).toEqual(['region-dependent']);
    expect(claims[0]!.entry).toBe('emigration-payout');
  });

  it('reads an unpunctuated line that buys balances (长期收医保卡个人账户余额) as the offer, not a heading', () => {
    expect(analyze('医保吧\n长期收医保卡个人账户余额\n').map((c) => c.verdict)).toEqual(['illegal']);
  });

  it('reads the card and its password sent by courier (卡和密码快递过来就行) as the handover offered', () => {
    const claims = analyze('医保卡余额回收，卡和密码快递过来就行。');
    expect(claims.map((c) => c.verdict)).toEqual(['illegal']);
    expect(claims[0]!.text).toContain('快递过来');
  });

  it('reads a myth quoted and answered no after a dash (——不能, ——也不行) as denied, in straight quotes as in curly ones', () => {
    for (const text of ['- "退休了医保卡余额可以一次性提取"——也不行，退休以后个人账户照样用。', '- “离职停保了医保余额就能取出来”——不能，停保了余额还在账户里。']) {
      expect(analyze(text).map((c) => c.verdict)).toEqual(['accurate']);
    }
  });

  it('reads 提領, the Taiwanese word for a withdrawal, as cash-out', () => {
    expect(analyze('醫保個人帳戶的錢，斷繳那段時間可以申請提領。').map((c) => c.verdict)).toEqual(['misleading']);
  });

  it('reads 就好了 after an instruction (绑定一下就好了) as all it takes, and after a supposition (要是能…就好了) as a wish', () => {
    const told = analyze('你的医保个人账户可以给配偶、父母、子女看病买药用，在医保小程序上绑定一下就好了。');
    expect(told.map((c) => [c.entry, c.verdict])).toEqual([['family-mutual-aid', 'accurate']]);
    expect(analyze('要是能把医保卡里的钱取出来就好了。')).toEqual([]);
  });

  it('reads the card handed to a relative to use (直接把卡给老公用) as lending, never as family aid', () => {
    const claims = analyze('医保卡：直接把卡给老公用就行，反正都是一家人。');
    expect(claims.map((c) => [c.entry, c.verdict])).toEqual([['card-lending', 'illegal']]);
  });

  it('reads a relative accompanied to the doctor (可陪老人去医院看病、缴费) as an errand, not family aid', () => {
    expect(analyze('医保卡相关服务：本人有护理经验，可陪老人去医院看病排队、缴费、取报告，按半天收费。')).toEqual([]);
  });

  it('reads 那个什么, a word the speaker cannot find, as no question (得先绑那个什么共济)', () => {
    const claims = analyze('药店的人说了，要用我妈的医保卡，得先绑那个什么共济，绑好了刷我自己的医保码就能扣她账户里的钱。');
    expect(claims.find((c) => c.entry === 'family-mutual-aid')?.text).toContain('那个什么共济');
  });

  it('reads someone who gets the money out for you (他帮你把钱弄出来) as saying it can be done', () => {
    const claims = analyze('楼下超市老板说他有路子，医保卡给他，他帮你把钱弄出来，手续费只收一成。');
    expect(claims.map((c) => c.verdict)).toHaveLength(1);
    expect(claims[0]!.verdict).not.toBe('accurate');
  });

  it('reads what people online say (網路上常有人說…) as put in their mouths, then called illegal: a warning', () => {
    const claims = analyze('網路上常有人說可以「幫台胞把醫保卡的錢領出來」，收手續費或是打折回收，這些都是違法的。');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a denial after a clause that named the card (…持社保卡到银行支取工资，门店不提供任何取现服务) as no denial of the bank side', () => {
    const claims = analyze('医保卡里的钱不能换现金。如顾客坚持需要现金，可引导其持社保卡到发卡银行的ATM支取工资，门店不提供任何取现服务。');
    expect(claims.map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads an application sent back (申请会被退回) as no money handed back', () => {
    expect(analyze('停保以后先在医保系统里办好减员，不然申请会被退回。')).toEqual([]);
  });

  it('reads 没听说过 after what it doubts (健身房没听说过) as a denial', () => {
    expect(analyze('医保卡能刷的地方：药店、医院都行，健身房没听说过。').find((c) => c.text.includes('健身房'))?.verdict).not.toBe('misleading');
  });

  it('reads commercial insurance described, neither bought nor allowed (重疾险是给付型的), as the policy, not the account paying for it', () => {
    const claims = analyze('医保报销以后再找商业保险理赔。重疾险是给付型的，重疾险不受影响。深圳的医保个人账户可以买重疾险。');
    expect(claims.map((c) => c.text)).toEqual(['深圳的医保个人账户可以买重疾险']);
  });

  it('reads a clause the model calls local beside rules that read only true as the true claim continued (…绑定共济关系就行，父母子女配偶都可以)', () => {
    const claims = analyze('答：可以，这就是家庭共济，在国家医保服务平台app里绑定共济关系就行，父母子女配偶都可以。');
    expect(claims.map((c) => c.verdict)).toEqual(claims.map(() => 'accurate'));
    expect(claims.some((c) => c.text.includes('父母子女配偶都可以'))).toBe(true);
  });

  it('reads a bare 不能刷 after what it bars (健身部分不能刷) as a denial, a hedge elsewhere in the sentence notwithstanding', () => {
    const claims = analyze('2021年以后医保个人账户明确不能付养生保健的费用，挂“医保定点”的可能是旁边的康复门诊，健身部分不能刷。');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate', 'accurate']);
  });

  it('reads claims quoted and then called fraud (…说"医保卡余额可以提现"的，都是诈骗) as a warning', () => {
    const claims = analyze('凡是打电话、发短信说"医保卡余额可以提现""帮你把医保卡的钱转出来"的，都是诈骗，请不要点击链接。');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads goods said to be outside the scope (…等不在医保支付范围内) as barred', () => {
    expect(analyze('保健食品、营养品、化妆品及日用品等不在医保支付范围内，无法使用医保卡支付。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads the wallet said to go to anyone (医保钱包转给谁都行) as the free use it is not, and its denial as true', () => {
    expect(analyze('有市民认为，医保钱包转给谁都行。').map((c) => c.verdict)).toEqual(['misleading']);
    expect(analyze('医保钱包不是转给谁都行的，只能转给近亲属。').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads 什么的 (and so on) as no question: goods listed with it are bought on the card', () => {
    const claims = analyze('他打算把自己医保卡里的钱转给他妈，让她去药店刷，买点保健品、洗发水什么的，反正都是自家人用。');
    expect(claims.map((c) => c.verdict)).toContain('misleading');
  });

  it('reads a commenter telling others not to be fooled by the author (你们别被up忽悠了) as rejecting the author, not the commenter’s own claim', () => {
    const claims = analyze('医保卡停保了就能取，我同事离职以后去社保局取了三千多，你们别被up忽悠了。');
    expect(claims[0]!.verdict).toBe('misleading');
  });

  it('reads money sent back into the account (原路退回您的医保个人账户, 退回医保账户) as no money out of it', () => {
    const refund = '医保支付的订单申请退款后，医保个人账户支付的部分会原路退回您的医保个人账户。';
    expect(analyze(refund, { model: null })).toEqual([]);
  });

  it('reads a hedged "no longer" (现在好像都不行了) as denying the past practice before it', () => {
    expect(analyze('健身房这个以前有的城市可以刷医保卡，现在好像都不行了。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads what was withdrawn said to be the card’s bank money (你取的是社保卡金融账户里的钱) as the correction it is, hedged or not', () => {
    const reply = analyze('医保卡里的钱我在ATM取过。回复：你取的是社保卡金融账户里的钱。');
    expect(reply.find((c) => c.text.includes('金融账户'))?.verdict).toBe('accurate');
    const hedged = analyze('您取的可能是社保卡金融账户里的养老金或其他资金，医保个人账户资金是不能提现的。');
    expect(hedged.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads 取 before 的 or 过 (是不能取的, 我去年取过) as the withdrawal it names', () => {
    expect(analyze('医保个人账户的钱，一般退休是不能取的。').map((c) => [c.entry, c.verdict])).toEqual([['retirement-withdrawal', 'accurate']]);
  });

  it('reads no bank-side truth where the card is named only in a question arguing it is a bank card (社保卡上不是有银联标吗)', () => {
    const claims = analyze('医保卡里的钱停保了能取吗？能取啊，社保卡上不是有银联标吗，拿去建行ATM插进去就能取，我们单位好几个人都取过。');
    expect(claims.map((c) => c.verdict)).not.toContain('accurate');
    // Named in a clause that states, the card's bank side is read as before.
    expect(analyze('社保卡上的医保余额取不了，但卡里存的工资能取吧').map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads 小姐姐 and 小哥哥, forms of address, as no relatives: a warning a helpline clerk gave is not about family aid', () => {
    const claims = analyze('小姐姐特别提醒，网上那种"高价回收医保卡"的千万别碰，被查到要暂停医保结算。');
    expect(claims.map((c) => c.entry)).not.toContain('close-relatives-aid');
    expect(claims.map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a case named first as the exception (除了…，其他情况都不能取; 除非…，…不给取) as not what the denial after it denies', () => {
    for (const text of ['除了出国定居和死亡继承，其他情况都不能把医保个人账户的钱取出来。', '除非出国定居或者人没了，正常离职医保卡里的钱根本不给取。']) {
      expect(analyze(text).map((c) => c.verdict)).not.toContain('misleading');
    }
  });

  it('reads a practice some places once had, told as history, as true of then; told as today, or of what no place ever allowed, as false', () => {
    const verdicts = (text: string) => analyze(text).map((c) => [c.verdict, c.entry]);
    expect(verdicts('早些年部分地方的新农合确实有家庭账户。')).toEqual([['accurate', 'residents-no-account']]);
    expect(verdicts('部分地方的新农合有家庭账户。')).toEqual([['misleading', 'residents-no-account']]);
    expect(verdicts('以前有的地方可以刷医保卡健身。')).toEqual([['accurate', 'fitness-wellness']]);
    expect(verdicts('有的地方可以刷医保卡健身。')).toEqual([['misleading', 'fitness-wellness']]);
    expect(verdicts('以前医保卡可以在ATM取现。')).toEqual([['misleading', 'atm-counter-withdrawal']]);
  });

  it('reads an answer that leads with the word and goes on as the same claim, unless it states its own', () => {
    const led = '医保卡里的钱可以直接提现吗？不能，这个要先说清楚。';
    expect(analyze(led).map((c) => [c.verdict, c.text])).toEqual([['accurate', led]]);
    // The word with the question's own verb said again ("不能取现") is the same answer.
    const again = '医保卡里的钱可以直接提现吗？不能取现，这个要先说清楚。';
    expect(analyze(again).map((c) => [c.verdict, c.text])).toEqual([['accurate', again]]);
    // Standing alone, as the first line of an answer far below its question, the plain no is a claim of its own.
    expect(analyze('医保卡里的钱，最佳答案如下。不能取现。').map((c) => [c.verdict, c.text])).toContainEqual(['accurate', '不能取现']);
    // After a speaker's name, as on a Q&A board.
    expect(analyze('问：医保卡能借给别人用吗？  答：能，很多人都这么做。').map((c) => c.verdict)).toEqual(['illegal']);
    // An answer with a claim of its own is judged by it, not by the word.
    const own = analyze('医保卡里的钱年底会清零吗？不会，个人账户余额每年结转，可以继续使用。');
    expect(own.map((c) => c.verdict)).toEqual(['accurate']);
    expect(own[0]!.text.startsWith('不会')).toBe(true);
    // Selling part of the balance is selling the balance.
    expect(analyze('医保卡能卖一部分余额吗？能。').map((c) => [c.verdict, c.entry])).toEqual([['illegal', 'sell-balance']]);
    // "会" answers nothing: it is as often the start of another thought.
    expect(analyze('医保卡余额可以取出来吗？会，我也想知道。')).toEqual([]);
  });

  it('reads the bank side given as the reason for a cash-out claim as part of that claim', () => {
    const text = '医保卡自带银行卡功能，医保余额在ATM上就能取出来。';
    const claims = analyze(text);
    expect(claims.map((c) => c.verdict)).toEqual(['misleading']);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toContain('银行卡功能');
    // Said on its own, or beside a denial, the bank side is true.
    const plain = '社保卡有金融功能，可以存取款，但医保个人账户的钱不能取现。';
    expect(analyze(plain).map((c) => c.verdict)).not.toContain('misleading');
  });

  it('reads a warning against an illegal route as accurate and the offer as illegal', () => {
    const warning = '有些人试图通过非法途径套现医保卡余额,比如与药店合谋虚假购药,这种做法属于违法行为。';
    const offer = '医保卡余额变现找我们,药店刷卡换现金,当天到账。';
    expect(analyze(warning).map((c) => c.verdict)).not.toContain('illegal');
    expect(analyze(warning).length).toBeGreaterThan(0);
    expect(analyze(offer).map((c) => c.verdict)).toContain('illegal');
  });

  it('reads a blog passing on a pharmacy swap as a tip (小窍门, 最快的办法) as advice, the goods taken part of the swap', () => {
    const tip = analyze('告诉大家一个小窍门：找家药店跟老板说好，以买药的名义刷医保卡，实际拿洗衣液、大米回家。');
    expect(tip.map((c) => [c.verdict, c.entry])).toEqual([['illegal', 'pharmacy-cash']]);
    expect(tip[0]!.text).toContain('洗衣液');
    const fastest = analyze('着急用钱的话，最快的办法就是找熟悉的药店刷医保卡，药店按八折退现金给你，或者刷点日用品。');
    expect(fastest.map((c) => c.verdict)).toEqual(['illegal']);
    expect(fastest[0]!.text).toContain('日用品');
    // The same route reported or warned against is no advice.
    const reported = analyze('有人以买药的名义刷医保卡，实际拿洗衣液回家，这属于骗保行为。');
    expect(reported.map((c) => c.verdict)).toEqual(['accurate']);
    expect(analyze('千万别找熟悉的药店刷医保卡换现金，这是违法的。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a clause naming those who cannot do something (医保关系转不走的) as the frame of the claim after it', () => {
    const claims = analyze('有的城市，外地户籍职工退休后医保关系转不走的，可以把个人账户余额退给本人。');
    expect(claims.map((c) => c.verdict)).toEqual(['region-dependent']);
    expect(claims[0]!.text).toContain('转不走的');
    // A clause ending in 的 that denies a rule still states it.
    expect(analyze('医保卡里的钱不是随便能取的，只能看病买药。').map((c) => c.verdict)).toEqual(['accurate']);
  });

  it('reads a route granted plainly or by a shop in its own voice as advice, and the same words reported as a report', () => {
    const verdicts = (t: string): string[] => analyze(t).map((c) => c.verdict);
    // Granted with no condition, however bare: the rules' illegal stands.
    expect(verdicts('医保开的药吃不完，可以卖给收药的，回点血。')).toEqual(['illegal']);
    expect(verdicts('医保卡里的余额用不完可以卖给我们，当天到账。')).toEqual(['illegal']);
    expect(verdicts('教你一招：在药店刷医保卡买药后再退货，钱就退到你手里了。')).toContain('illegal');
    // A shop (本店) or a seller's contact (私信我) speaks for itself on any page.
    expect(verdicts('本店可用医保卡购买米面油、洗衣液，欢迎选购。')).toEqual(['illegal']);
    expect(verdicts('想把医保卡的钱变现的，私信我，全国都能做。')).toContain('illegal');
    // An ad's clauses are one offer: a route's own word (POS机) praised (放心没人查) offers it.
    expect(verdicts('用POS机刷医保卡，马上变现金，放心没人查。')[0]).toBe('illegal');
    expect(verdicts('有的药店给参保人虚开高价药，参保人却可能因此被纳入医保失信名单。')).not.toContain('illegal');
    // Reported, warned against or quoted as what a shop did, the same acts are no offer.
    expect(verdicts('记者在药店门口看到“本店可用医保卡购买米面油”的招牌，这种做法违法。')).not.toContain('illegal');
    expect(verdicts('不要把医保开的药卖给收药的，买卖双方都违法。')).toEqual(['accurate']);
  });

  it('reads a hedge naming what differs by place (各地条件不同, 各地做法不一) as part of the local rule it follows', () => {
    const text = '符合条件的参保人可以申请一次性支取医保个人账户余额，各地条件不同。';
    expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['region-dependent', text.slice(0, -1)]]);
  });

  it('reads a rule dated to the past and then said to hold no more (2021年以后就不行了; 这是…以前的做法，现在不允许了) as denied, one claim', () => {
    for (const text of ['以前医保个人账户的钱可以在定点药店买日用品，2021年以后就不行了。', '医保卡可以在健身房刷卡，这是2021年以前的做法，现在不允许了。']) {
      expect(analyze(text).map((c) => [c.verdict, c.text])).toEqual([['accurate', text.slice(0, -1)]]);
    }
  });

  it('reads traditional characters and full-width text', () => {
    const text = '醫保卡裡的錢可以在ＡＴＭ機取現。';
    const [claim] = analyze(text);
    expect(claim?.verdict).toBe('misleading');
    expect(claim?.entry).toBe('atm-counter-withdrawal');
    expect(claim?.text).toBe(text.slice(claim!.start, claim!.end));
  });

  it('judges list items and table rows', () => {
    const text = '医保卡余额能做什么:\n- 给父母、子女支付医疗费用:可以;\n- 在ATM机取现:可以\n地区\t是否允许取现\n深圳\t允许用个人账户买商业健康保险';
    expect(verdictAt(text, '在ATM机取现:可以')).toBe('misleading');
    expect(verdictAt(text, '允许用个人账户买商业健康保险')).toBe('region-dependent');
  });

  it('reads a table row answered by a tick or a cross, or short with ATM in it', () => {
    const text = '医保个人账户能做什么？\n用途\t能否\nATM取现\t不可以\n转到微信\t✘\n家庭共济\t✔\n';
    const claims = analyze(text);
    const row = (words: string) => claims.find((c) => c.text.startsWith(words));
    expect(row('ATM取现')?.verdict).toBe('accurate');
    expect(row('转到微信')).toMatchObject({ verdict: 'accurate', stance: 'deny' });
    expect(row('家庭共济')).toMatchObject({ verdict: 'accurate', stance: 'affirm' });
    // The same row ticked grants what no rule allows.
    expect(analyze('医保个人账户能做什么？\n转到微信\t✔\n')[0]?.verdict).toBe('misleading');
  });

  it('reads every cross as no and every tick as yes, in a cell and after a colon', () => {
    for (const cross of '×✘✗❌') {
      for (const row of [`转到微信\t${cross}`, `转到微信：${cross}`]) {
        expect(analyze(`医保个人账户能做什么？\n${row}\n`)[0], row).toMatchObject({ verdict: 'accurate', stance: 'deny' });
      }
    }
    for (const tick of '✔✓√✅') {
      for (const row of [`转到微信\t${tick}`, `转到微信：${tick}`]) expect(analyze(`医保个人账户能做什么？\n${row}\n`)[0]?.verdict, row).toBe('misleading');
    }
  });

  it('explains region-dependent verdicts with the local bureau and 12393', () => {
    const [claim] = analyze('医保个人账户可以购买惠民保。');
    expect(claim?.verdict).toBe('region-dependent');
    expect(claim?.explanation.zh).toContain('12393');
    expect(claim?.explanation.en).toContain('12393');
  });

  it('gives every claim its sources with title and 文号', () => {
    const claims = analyze('医保套现属于违法行为,情节严重的将被追究刑事责任。');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.sources.some((s) => s.docNumber.includes('735') || s.docNumber.includes('二百六十六'))).toBe(true);
    }
  });

  it('honours maxClaims and rejects a non-string', () => {
    const text = '医保卡可以在ATM取现。医保卡不能取现。退休后可以提取医保余额。';
    expect(analyze(text).length).toBe(3);
    expect(analyze(text, { maxClaims: 2 }).length).toBe(2);
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('what a rejection covers', () => {
  it('covers the clauses before it when it names nothing of its own, and only its own clause when it does', () => {
    expect(verdictAt('医保卡里的钱可以取现，千万不要相信。', '医保卡里的钱可以取现')).toBe('accurate');
    // 别听那些收卡的瞎忽悠 rejects the collectors, not the family aid said before it. Read by the
    // rules alone: the classifier, given their reading, may or may not set it right.
    const text = '总之医保卡里的钱取不出来，但也不会丢，自己看病用，爸妈看病也能用，别听那些收卡的瞎忽悠。';
    for (const claims of [analyze(text), analyze(text, { model: null })]) {
      const family = claims.find((c) => c.text.includes('爸妈看病也能用'));
      expect(family?.verdict).toBe('accurate');
      expect(claims.map((c) => c.verdict)).not.toContain('misleading');
    }
  });
});
