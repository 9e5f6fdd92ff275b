import { describe, expect, it } from 'vitest';
import { firstQuotes, groupClaims, listedOrder, sentences } from '../../lib/ui/helpers/group-claims';
import { endsWithHotline, withoutHotline } from '../../lib/ui/helpers/hotline';
import type { Claim, Source, Verdict } from '../../lib/engine';

const GUIDANCE: Source = { id: 'gbf-2021-14', title: '指导意见', docNumber: '国办发〔2021〕14号', issuer: '国务院办公厅', date: '2021-04-13' };
const CARD: Source = { id: 'mohrss-sscard', title: '社会保障卡规范', docNumber: '', issuer: '人力资源社会保障部', date: '2019' };
const RULE = '国办发〔2021〕14号明确个人账户不得用于体育健身；过去个别地方的做法已不再允许。';

let at = 0;
function claim(verdict: Verdict, entry: string, text: string, zh: string, sources: Source[] = [GUIDANCE]): Claim {
  const start = at;
  at += text.length + 1;
  return { start, end: start + text.length, text, verdict, entry, stance: 'affirm', confidence: 0.9, explanation: { zh, en: `EN ${zh}` }, sources };
}

const listed = (claims: Claim[]) => claims.map((claim, index) => ({ claim, index }));
const zh = (c: Claim) => c.explanation.zh;

describe('claims that share a reason', () => {
  const page = [
    claim('misleading', 'fitness-wellness', '医保卡余额可以刷卡健身', `这句话的意思是“医保卡余额可以支付健身房费用”，这与现行规定不符、已过时或容易让人误解。${RULE}`),
    claim('accurate', 'atm-counter-withdrawal', '医保卡不能在ATM机取现', '这句话与现行规定相符。在ATM能取出的只是社保卡金融账户里的钱。', [CARD]),
    claim('misleading', 'fitness-wellness', '用医保卡刷健身卡', `这句话与现行规定不符、已过时或容易让人误解。${RULE}`),
    claim('region-dependent', 'fitness-wellness', '部分城市可以用医保卡健身', `这句话只在部分地区或特定条件下成立。${RULE}`),
    claim('misleading', 'fitness-wellness', '医保卡里的钱可以转到银行账户去健身', `这句话与现行规定不符、已过时或容易让人误解。这句说的是社保卡的银行账户。${RULE}`, [GUIDANCE, CARD]),
  ];
  const groups = groupClaims(listed(page), zh);

  it('are one group per entry and verdict, in the page order of each group’s first claim', () => {
    expect(groups.map((g) => [g.verdict, g.entry, g.quotes.map((q) => q.index)])).toEqual([
      ['misleading', 'fitness-wellness', [0, 2, 4]],
      ['accurate', 'atm-counter-withdrawal', [1]],
      ['region-dependent', 'fitness-wellness', [3]],
    ]);
  });

  it('give the shared reason once, without each sentence’s own opening, and keep what one claim alone is told', () => {
    const [gym] = groups;
    expect(gym!.reason).toBe(RULE);
    expect(gym!.quotes.map((q) => q.own)).toEqual(['', '', '这句说的是社保卡的银行账户。']);
    // Each source once, in the order first given.
    expect(gym!.sources.map((s) => s.id)).toEqual(['gbf-2021-14', 'mohrss-sscard']);
  });

  it('leave a lone claim its whole explanation', () => {
    expect(groups[1]!.reason).toBe(page[1]!.explanation.zh);
    expect(groups[1]!.quotes[0]!.own).toBe('');
  });

  it('work the same in English, where sentences are separated by spaces', () => {
    const en = groupClaims(listed([page[0]!, page[2]!]), (c) => `The sentence says so, which misleads. ${c === page[0] ? 'It says A. ' : ''}Personal accounts may not pay for gyms. Old local rules no longer apply.`);
    expect(en[0]!.reason).toBe('Personal accounts may not pay for gyms. Old local rules no longer apply.');
    expect(en[0]!.quotes.map((q) => q.own)).toEqual(['It says A.', '']);
  });

  it('are listed a page at a time by claims, in the groups’ order', () => {
    expect(listedOrder(groups).map((q) => q.index)).toEqual([0, 2, 4, 1, 3]);
    expect(firstQuotes(groups, 2).map(({ group, count }) => [group.entry, count])).toEqual([['fitness-wellness', 2]]);
    expect(firstQuotes(groups, 4).map(({ count }) => count)).toEqual([3, 1]);
    expect(firstQuotes(groups, 100).map(({ count }) => count)).toEqual([3, 1, 1]);
  });
});

describe('sentences', () => {
  it('split after full-width and half-width stops, closing quotes included, and join back into the text', () => {
    const text = '他说“可以。”其实不行！真的吗？ Yes. No, e.g.here. End';
    const parts = sentences(text);
    expect(parts).toEqual(['他说“可以。”', '其实不行！', '真的吗？ ', 'Yes. ', 'No, e.g.here. ', 'End']);
    expect(parts.join('')).toBe(text);
  });
});

describe('the 12393 advice', () => {
  it('is taken off the end of an explanation in either wording, in either language', () => {
    expect(withoutHotline('个人账户不能取现。具体以当地规定为准，请向当地医保局核实，或拨打全国医保服务热线12393。')).toBe('个人账户不能取现。');
    expect(withoutHotline('条件由各地规定。各地规定不同，请向当地医保局核实，或拨打全国医保服务热线12393。')).toBe('条件由各地规定。');
    expect(withoutHotline('Some places refund it. Rules differ by place: check with the local medical-insurance bureau (医保局) or the national hotline 12393.')).toBe(
      'Some places refund it.',
    );
    expect(withoutHotline('It depends. Local rules decide: check with the local medical-insurance bureau (医保局) or the national hotline 12393.')).toBe('It depends.');
  });

  it('stays where it is part of what the rule says, or is all there is', () => {
    const inside = '少数地方可申请一次性支取，须以当地规定为准，请向当地医保局核实或拨打12393。';
    expect(withoutHotline(inside)).toBe(inside);
    expect(endsWithHotline(inside)).toBe(false);
    const alone = '各地规定不同，请向当地医保局核实，或拨打全国医保服务热线12393。';
    expect(withoutHotline(alone)).toBe(alone);
  });
});
