import { describe, expect, it } from 'vitest';
import { lookup } from '../../lib/engine/lookup';
import { regionNote } from '../../lib/engine/region';

describe('lookup', () => {
  it('answers a question by judging the claim it asks about', () => {
    const [best] = lookup('医保卡里的钱可以去ATM取现吗');
    expect(best?.entry).toBe('atm-counter-withdrawal');
    expect(best?.verdict).toBe('misleading');
  });

  it('understands both stances', () => {
    expect(lookup('医保卡不能借给别人')[0]?.verdict).toBe('accurate');
    expect(lookup('医保卡可以借给别人用')[0]?.verdict).toBe('illegal');
  });

  it('finds entries from wording the rules do not cover, through fuse.js', () => {
    expect(lookup('出国定居医保个人账户')[0]?.entry).toBe('emigration-payout');
  });

  it('reads traditional characters', () => {
    expect(lookup('醫保卡可以取現嗎')[0]?.verdict).toBe('misleading');
  });

  it('returns nothing for blank or unrelated text, and respects the limit', () => {
    expect(lookup('   ')).toEqual([]);
    expect(lookup('今天天气不错')).toEqual([]);
    expect(lookup('医保卡余额能买保险吗', { limit: 1 }).length).toBe(1);
  });
});

describe('regionNote', () => {
  it('returns a sourced city note and nothing for a region the dataset knows nothing about', () => {
    const note = regionNote('relocation-payout', { province: '山东省', city: '威海市' });
    expect(note?.sources[0]?.docNumber).toBe('威政发〔2008〕10号');
    expect(regionNote('relocation-payout', { province: '山东', city: '济南' })).toBeNull();
    expect(regionNote('commercial-insurance', { province: '广东', city: '深圳' })).toBeNull();
    expect(regionNote('no-such-entry', { province: '山东' })).toBeNull();
  });
});
