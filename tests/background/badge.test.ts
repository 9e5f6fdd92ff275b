import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../lib/background/badge';
import { PALETTE } from '../../lib/verdict-palette';
import { makeClaim } from '../fixtures/claims';

const accurate = makeClaim('accurate', '医保卡不能取现');
const regional = makeClaim('region-dependent', '部分地区可以');
const misleading = makeClaim('misleading', '医保卡可以在ATM取现');
const illegal = makeClaim('illegal', '收医保卡余额，八折回收');

describe('badgeFor', () => {
  it('counts misleading and illegal claims, in the colour of the worse', () => {
    const b = badgeFor({ status: 'ok', claims: [misleading, accurate, illegal, regional, misleading] }, 'zh');
    expect(b.text).toBe('3');
    expect(b.background).toBe(PALETTE.light.verdicts.illegal.text);
    expect(b.color).toBe('#ffffff');
    expect(badgeFor({ status: 'ok', claims: [misleading, accurate] }, 'zh').background).toBe(PALETTE.light.verdicts.misleading.text);
  });

  it('is empty when nothing is misleading or illegal, or the page was not checked', () => {
    expect(badgeFor({ status: 'ok', claims: [] }, 'zh').text).toBe('');
    expect(badgeFor({ status: 'ok', claims: [accurate, regional] }, 'zh').text).toBe('');
    for (const status of ['pending', 'off', 'unsupported'] as const) expect(badgeFor({ status, claims: [illegal] }, 'zh').text).toBe('');
  });

  it('counts the whole page when its report carries only its first claims', () => {
    const counts = { accurate: 900, 'region-dependent': 50, misleading: 40, illegal: 12 };
    const b = badgeFor({ status: 'ok', claims: Array(5).fill(accurate), counts }, 'zh');
    expect(b.text).toBe('52');
    expect(b.background).toBe(PALETTE.light.verdicts.illegal.text);
    expect(badgeFor({ status: 'off', claims: [], counts }, 'zh').text).toBe('');
  });

  it('caps the number at 999+', () => {
    expect(badgeFor({ status: 'ok', claims: Array(1000).fill(misleading) }, 'en').text).toBe('999+');
  });

  it('says in its title what it counts, in the interface language', () => {
    const three = { status: 'ok' as const, claims: [misleading, misleading, illegal, accurate] };
    expect(badgeFor(three, 'zh').title).toBe('医保核查：本页有 3 条误导或违法说法');
    expect(badgeFor(three, 'en').title).toBe('Yibao Check: 3 misleading or illegal claims on this page');
    expect(badgeFor({ status: 'ok', claims: [illegal] }, 'en').title).toBe('Yibao Check: 1 misleading or illegal claim on this page');
    expect(badgeFor({ status: 'ok', claims: [accurate] }, 'zh').title).toBe('医保核查：本页没有误导或违法说法');
    expect(badgeFor({ status: 'off', claims: [] }, 'en').title).toBe('Yibao Check');
    expect(badgeFor({ status: 'unsupported', claims: [] }, 'zh').title).toBe('医保核查');
  });
});
