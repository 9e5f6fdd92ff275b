import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';

// A seller's page of our own: offers in the page's voice, then a testimonial, reassurances and answers.
const SELLER = [
  '【医保卡余额高价回收】本店长期收医保卡，余额八折回收，当天到账。',
  '到合作药店刷卡换现金，安全无风险。',
  '专业代办医保个人账户提现，全国可办，加微信详谈。',
  '停保的卡、退休的卡均可办理，停保了卡里的钱照样能取出来。',
  '医保局根本查不到，以后看病照常报销。',
  '李阿姨：小伙子上门刷POS机五分钟搞定，明年还找他们。',
  '问：外地的卡能做吗？答：各省的卡都能做。',
].join('\n');

const byText = (text: string, words: string) => analyze(text).find((c) => c.text.includes(words));

describe("a seller's page", () => {
  it('reads money out of the account granted where the seller offers it as the offer, not a mistaken rule', () => {
    expect(byText(SELLER, '照样能取出来')?.verdict).toBe('illegal');
    // Told as a rule on a page that sells nothing, the same words are a false rule.
    expect(byText('医保卡停保了，卡里的钱照样能取出来。', '照样能取出来')?.verdict).toBe('misleading');
  });

  it('reads goods for the balance at its shop, and terms of business, as the offer', () => {
    const page = `${SELLER}\n来店里用医保卡刷，米面油、洗衣液随便拿，不用担心。\n微信扫码，医保余额直接转到支付宝。`;
    expect(byText(page, '米面油')).toMatchObject({ verdict: 'illegal', entry: 'pharmacy-cash' });
    expect(byText(page, '转到支付宝')?.verdict).toBe('illegal');
  });

  it('reads a route the seller names in a clause as offered, whatever else the clause is about (its places are where it works, not local rules)', () => {
    const page = `${SELLER}\n全国上门：北上广深、杭州、成都、武汉、西安、郑州等城市都有合作师傅，带上POS机上门刷卡，不用您跑一趟。`;
    expect(byText(page, '带上POS机上门刷卡')).toMatchObject({ verdict: 'illegal', entry: 'pos-cashout' });
  });

  it('reads renting the card out and cash back per swipe as the routes they are', () => {
    const page = `${SELLER}\n来我们药房刷卡就行，刷多少返多少现金。\n医保卡也可以租给我们，每个月给你固定租金。`;
    expect(byText(page, '返多少现金')).toMatchObject({ verdict: 'illegal', entry: 'pharmacy-cash' });
    expect(byText(page, '租给我们')).toMatchObject({ verdict: 'illegal', entry: 'card-lending' });
  });

  it("reads a reassurance that the route is safe as a denial of the penalties", () => {
    const claim = byText(SELLER, '查不到');
    expect(claim?.verdict).toBe('misleading');
    expect(claim?.entry).toBe('fraud-penalties');
    // Explained by the penalties it denies.
    expect(claim?.explanation.zh).toContain('3至12个月');
  });

  it("reads a testimonial of the route and the seller's terms as the offer", () => {
    expect(byText(SELLER, '刷POS机')?.verdict).toBe('illegal');
    expect(byText(SELLER, '都能做')?.verdict).toBe('illegal');
    // Explained by what the seller does: buys the balance where the terms say so.
    expect(byText(`${SELLER}\n王阿姨：在这里卖了九千多，当天到账。`, '卖了九千多')).toMatchObject({ verdict: 'illegal', entry: 'sell-balance' });
    // The customer's question is no offer.
    expect(byText(SELLER, '能做吗')?.text ?? '').not.toMatch(/^外地的卡能做吗/);
  });

  it('reads the rest of an offer’s sentence as its terms, and a buyer’s question without its question mark as no offer', () => {
    const page = `${SELLER}\n2万以上 9折，退休人员的卡额外加0.5个点。\n方式三：量大的可以邮寄POS机，自己在家刷就行。\n小鱼：北京的卡能做吗\n卖家回复：可以，北上广深的卡都能做`;
    expect(byText(page, '退休人员的卡额外加')?.verdict).toBe('illegal');
    expect(byText(page, '自己在家刷就行')?.verdict).toBe('illegal');
    expect(analyze(page).some((c) => c.text.includes('北京的卡能做吗'))).toBe(false);
    // Nor does a commenter asking others to confirm a guess (…应该没事吧).
    expect(analyze(`${page}\n卡借给亲戚用一下应该没事吧，都是一家人`).some((c) => c.text.includes('应该没事吧'))).toBe(false);
  });

  it('reads a price list (余额5000以内 8折) as the seller’s own voice: its lines are offers, not headings', () => {
    const listing = [
      '医保卡余额回收，做了好几年了。',
      '余额5000以内 8折',
      '5000以上 8.5折',
      '卖家回复：3000的话8折，到手2400左右。',
      '居民医保的卡没有个人账户余额，做不了。',
    ].join('\n');
    expect(byText(listing, '5000以内')).toMatchObject({ verdict: 'illegal', entry: 'sell-balance' });
    // A price asked is the buyer's question, and a price quoted in a report is the report's.
    expect(analyze('有人问：医保卡余额能按8折卖吗？').map((c) => c.verdict)).not.toContain('illegal');
    expect(analyze('记者调查发现，小广告写着“余额8折回收”，医保部门提醒这属于违法行为。').map((c) => c.verdict)).not.toContain('illegal');
  });

  it('is not a report that quotes sellers: there the quotes are named, and nothing else is read as an offer', () => {
    const report = [
      '记者调查发现，一些小广告写着“医保卡余额高价回收，当天到账”。',
      '医保部门提醒，所谓“医保局查不到”纯属骗人，出售医保卡余额属于违法行为。',
      '有的人说停保了卡里的钱照样能取出来，这种说法是错误的。',
    ].join('\n');
    const claims = analyze(report);
    expect(claims.map((c) => c.verdict)).not.toContain('illegal');
    expect(claims.find((c) => c.text.includes('照样能取出来'))?.verdict).not.toBe('illegal');
  });
});
