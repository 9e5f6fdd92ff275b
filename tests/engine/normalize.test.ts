import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../lib/engine/normalize';

describe('normalize', () => {
  it('maps traditional characters to simplified ones', () => {
    expect(normalize('醫保卡裡的錢不能取現')).toBe('医保卡里的钱不能取现');
    expect(normalize('個人賬戶餘額')).toBe('个人账户余额');
    // 帐 is the older spelling of 账 in accounts, in either script.
    expect(normalize('個人帳戶')).toBe('个人账户');
    expect(normalize('个人帐户存储额')).toBe('个人账户存储额');
    // 俺, the spoken northern 我, is one pronoun for the lexicon.
    expect(normalize('俺的医保卡')).toBe('我的医保卡');
    // Cantonese negations and particles, as Hong Kong posters write them.
    expect(normalize('ATM嗰個真係唔得，冇得退，佢嘅卡辦咗')).toBe('atm嗰个真系不得,没得退,他的卡办了');
    // Its verbs and words for taking money out, so the lexicon's Mandarin words read them.
    expect(normalize('插落ATM就撳到醫保啲錢出嚟，攞返晒畀我哋睇')).toBe('插落atm就取到医保的钱出来,拿返晒给我们看');
  });

  it('folds full-width ASCII and the ideographic space, and lower-cases Latin letters', () => {
    expect(normalize('ＡＴＭ機取款１２３')).toBe('atm机取款123');
    expect(normalize('POS　机')).toBe('pos 机');
  });

  it('keeps characters common in simplified text unchanged', () => {
    expect(normalize('怎么办？这么多')).toBe('怎么办?这么多');
    expect(normalize('医保卡可以取现吗')).toBe('医保卡可以取现吗');
  });

  it('never changes the length of a string, so offsets stay valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(normalize(s).length).toBe(s.length);
      }),
    );
  });

  it('handles texts longer than its internal chunk', () => {
    const long = '醫'.repeat(20_000) + 'Ａ';
    const out = normalize(long);
    expect(out.length).toBe(long.length);
    expect(out.startsWith('医医')).toBe(true);
    expect(out.endsWith('医a')).toBe(true);
  });

  it('maps a text as it maps each of its code units, byte order marks and lone surrogates kept', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), fc.constantFrom('\ufeff', '\ud800', '\udc00', '醫', 'Ａ', '，', '\u3000', '😀'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        // Hashtags aside, which are blanked as a whole (below), and spaces, which after an emoji and before
        // a Han character read as a comma (below).
        const s = parts.join('').replaceAll('#', '').replaceAll(' ', '').replaceAll('\u3000', '');
        const byUnit = Array.from({ length: s.length }, (_, i) => normalize(s[i]!)).join('');
        expect(normalize(s)).toBe(byUnit);
      }),
    );
    expect(normalize('\ufeff醫保')).toBe('\ufeff医保');
    expect(normalize('醫\ud800保')).toBe('医\ud800保');
    expect(normalize('取出来😂 你们')).toBe('取出来😂,你们');
    expect(normalize('取出来😂 ok')).toBe('取出来😂 ok');
  });

  it('blanks hashtags, which file a post under a topic and state nothing, at their length', () => {
    const post = '有问题评论区问我 #离职 #医保个人账户 #家庭共济';
    expect(normalize(post)).toBe('有问题评论区问我'.padEnd(post.length, ' '));
    const topic = '#医保卡里的钱能取出来吗#';
    expect(normalize(`${topic} 网友热议`)).toBe(`${' '.repeat(topic.length)} 网友热议`);
    // A floor number and a markdown heading are no hashtags of prose to keep: the first is blanked, the second kept.
    expect(normalize('回复 #3 楼主')).toBe('回复    楼主');
    expect(normalize('# 医保卡怎么用')).toBe('# 医保卡怎么用');
    // A reply numbered with # and its words after a colon is prose: no label holds punctuation.
    expect(normalize('回复 #9：退休就可以全部领出来了，我爸就是这样')).toBe('回复 #9:退休就可以全部领出来了,我爸就是这样');
  });
});

