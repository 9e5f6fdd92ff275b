import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFeatures, MASKED_PATTERNS, type Hit } from '../../lib/engine/features';
import { buildPatternWords, loadPatternWords, neededChars, neededWords, patternSources } from '../../lib/engine/pattern-start';
import { dataset } from '../../lib/engine/dataset';

/** The reference: every term tried longest first at every position, every pattern run over the slice. */
function naiveFindFeatures(text: string, start: number, end: number): Hit[] {
  const entries = Object.entries(dataset.features);
  // A hit's id is its feature's place in the lexicon.
  const idOf = new Map(entries.map(([name], id) => [name, id]));
  const terms = [...new Set(entries.flatMap(([, f]) => f.terms))].sort((a, b) => b.length - a.length);
  const hits: Hit[] = [];
  for (let i = start; i < end; ) {
    const term = terms.find((t) => i + t.length <= end && text.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    for (const [feature, f] of entries) if (f.terms.includes(term)) hits.push({ feature, id: idOf.get(feature)!, start: i, end: i + term.length });
    i += term.length;
  }
  const slice = text.slice(start, end);
  for (const [feature, f] of entries) {
    for (const p of f.patterns ?? []) {
      const re = new RegExp(p, 'gd');
      for (const m of slice.matchAll(re)) {
        if (m[0].length === 0) continue;
        const [from, to] = m.indices?.groups?.at ?? [m.index, m.index + m[0].length];
        hits.push({ feature, id: idOf.get(feature)!, start: start + from, end: start + to });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

// The lexicon's own terms and the words its patterns are made of, so random text hits them.
const TERMS = [...new Set(Object.values(dataset.features).flatMap((f) => f.terms))];
const PATTERN_WORDS = ['能', '可以', '提', '取', '吗', '家人', '使用', '给', '父母', '交', '的', '新农合', '购买', '“', '商业', '保”', '解除', '协议', '取消', '定点资格', '手续', '办理', '医保', '取现', '是', '一个', '居民医保', '个人账户', '申请', '一次性', '支取', '，', '。'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...TERMS), fc.constantFrom(...PATTERN_WORDS), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('findFeatures', () => {
  it('runs the patterns of every mask word: the lexicon holds more than two words of them', () => {
    const sources = Object.values(dataset.features).flatMap((f) => f.patterns ?? []);
    // A year (2021年) is a pattern past the first two words' 62.
    const year = sources.findIndex((p) => new RegExp(p).test('2021年') && p.includes('年'));
    expect(year).toBeGreaterThanOrEqual(62);
    const found = (text: string, feature: string) => findFeatures(text, 0, text.length).filter((h) => h.feature === feature).map((h) => text.slice(h.start, h.end));
    expect(found('自2021年起', 'cue-local-detail')).toEqual(['2021年']);
    // The premium paid for a named relative (a pattern whose last atom is a list of schemes).
    expect(found('能不能交孩子的新农合', 'premium')).toEqual(['交孩子的新农合']);
    expect(found('提交父母的医保卡复印件', 'premium')).toEqual([]);
  });

  it('reads 取 with the medical money as its object as taking it out, not 取决于, 骗取 or 所取', () => {
    const taken = (text: string) => findFeatures(text, 0, text.length).filter((h) => h.feature === 'cashout').map((h) => text.slice(h.start, h.end));
    expect(taken('社保卡在atm上可以直接取医保个人账户的钱')).toEqual(['取']);
    expect(taken('能不能取卡里的余额')).toEqual(['取']);
    expect(taken('能否报销取决于资金性质')).toEqual([]);
    expect(taken('要退回骗取的医保资金')).toEqual([]);
    expect(taken('去药店取药')).toEqual([]);
  });

  it('reads 出租 as lending the card, not a taxi, a rented room or a flat', () => {
    const lending = (text: string) => findFeatures(text, 0, text.length).filter((h) => h.feature === 'lending').length;
    expect(lending('医保卡不得出租给别人')).toBe(1);
    expect(lending('坐出租车去医院,住在出租屋里,还有房子出租房')).toBe(0);
  });

  it('finds the hits a term-by-term search and every pattern over the span find, in the same order', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length ? a % (t.length + 1) : 0;
        const end = start + (t.length - start ? b % (t.length - start + 1) : 0);
        expect(findFeatures(t, start, end)).toEqual(naiveFindFeatures(t, start, end));
      }),
      { numRuns: 500 },
    );
  });
});

describe('neededChars', () => {
  const chars = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

  it('knows what every lexicon pattern needs, and the masks hold them all: none is run on every sentence', () => {
    const sources = Object.values(dataset.features).flatMap((f) => f.patterns ?? []);
    expect(sources.filter((p) => neededChars(p) === null)).toEqual([]);
    // Past the masks' words (lib/engine/features.ts) a pattern is always run.
    expect(sources.length).toBeLessThanOrEqual(MASKED_PATTERNS);
  });

  it('reads the first and the last atom every match holds, in the plain shapes, and gives up on the others', () => {
    expect(neededChars('(?:能|可以|也能)(?<at>提|取)')).toEqual([chars('能可也'), chars('提取')]);
    expect(neededChars('办理[^,]{0,10}支取')).toEqual([chars('办'), chars('取')]);
    expect(neededChars('(?<!门诊|互助)共济')).toEqual([chars('共'), chars('济')]);
    expect(neededChars('(?<![些多])(?:地方|本地)医保')).toEqual([chars('地本'), chars('保')]);
    expect(neededChars('[王李]某{1,2}(?![些种])')).toEqual([chars('王李'), chars('某')]);
    expect(neededChars('(?:能|可以)?提')).toEqual([chars('提'), chars('提')]);
    expect(neededChars('办\\d+理')).toEqual([chars('办'), chars('理')]);
    expect(neededChars('\\d+(?:\\.\\d+)?元')).toEqual([chars('0123456789'), chars('元')]);
    expect(neededChars('办\\w+理')).toEqual([chars('办'), chars('办')]);
    for (const source of ['\\s+', '(?:能|(?:可)以)', '办*', '办{0,2}', '办|理', '(?:能)?办?', '[^办]', '[①-⑩]']) {
      expect(neededChars(source)).toBeNull();
    }
  });

  it('never leaves out a character a match holds', () => {
    const atom = fc.constantFrom('办', '理', '(?:办|理)', '(?:办理|取)', '(?:办|理)?', '[办理]', '.', '\\d', '办?', '理*', '(?:取)', '(?<at>办)', '(?<!理)', '(?<=[办取])', '(?<!办|取理)', '理+', '取{1,2}', '|', '(?:办|理)+?');
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.string({ unit: fc.constantFrom('办', '理', '取', '1', 'x'), maxLength: 12 }), (atoms, t) => {
        const source = atoms.join('');
        const needed = neededChars(source);
        if (!needed) return;
        let re: RegExp;
        try {
          re = new RegExp(source, 'g');
        } catch {
          return; // a group name used twice
        }
        for (const m of t.matchAll(re)) {
          for (const set of needed) expect(set.some((code) => m[0].includes(String.fromCharCode(code)))).toBe(true);
        }
      }),
    );
  });
});

describe('neededWords', () => {
  it('reads the runs of plain characters and the starts of a group’s alternatives, and gives up on the others', () => {
    expect(neededWords('退还[^,]{1,10}余额')).toEqual([['退还'], ['余额']]);
    expect(neededWords('(?:余额|医保卡|钱)[^,]{0,4}(?:冻结|停用)')).toEqual([['余额', '医保卡', '钱'], ['冻结', '停用']]);
    expect(neededWords('(?:属于?|归)(?:个人|本人)所有')).toEqual([['属', '归'], ['个人', '本人'], ['所有']]);
    expect(neededWords('(?:医保(?!钱包)|个人\\(家庭\\)账户)')).toEqual([['医保', '个人']]);
    expect(neededWords('(?<!委托)代[办取]某{1,2}')).toEqual([['代'], ['某']]);
    expect(neededWords('(?:用人)?单位应当?退回')).toEqual([['单位应'], ['退回']]);
    for (const source of ['办|理', '(?:(?<!发)给|为)', '办.理']) expect(neededWords(source).filter((list) => list.some((w) => w.length > 1))).toEqual([]);
  });

  it('in the generated dataset are those its lexicon gives (the build step has run since it changed), and are read only for as many patterns', () => {
    expect(dataset.patternWords).toEqual(buildPatternWords(dataset.features));
    expect(loadPatternWords(dataset.patternWords, patternSources(dataset.features).length)).toBe(dataset.patternWords);
    const built = buildPatternWords({ a: { role: 'anchor', terms: [], patterns: ['退还[^,]{1,10}余额'] } });
    expect(built).toEqual([[['退还'], ['余额']]]);
    expect(() => loadPatternWords(built, 2)).toThrow(/build:index/);
    expect(() => loadPatternWords(undefined, 1)).toThrow(/build:index/);
  });

  it('never leaves out a word a match holds', () => {
    const atom = fc.constantFrom('办', '理', '取现', '(?:办|理)', '(?:办理|取)', '(?:办|理)?', '[办理]', '.', '\\d', '办?', '理*', '(?:取)', '(?<at>办理)', '(?<!理)', '(?<=[办取])', '理+', '取{1,2}', '取{0,2}', '|', '(?:办理|取?现)', '(?:办|理)+?');
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom('办', '理', '取', '现', '1', 'x'), maxLength: 14 }), (atoms, t) => {
        const source = atoms.join('');
        let re: RegExp;
        try {
          re = new RegExp(source, 'g');
        } catch {
          return; // a group name used twice
        }
        const lists = neededWords(source);
        for (const m of t.matchAll(re)) {
          for (const list of lists) expect(list.some((w) => m[0].includes(w))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
