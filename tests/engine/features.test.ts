import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFeatures, type Hit } from '../../lib/engine/features';
import { firstChars } from '../../lib/engine/pattern-start';
import { dataset } from '../../lib/engine/dataset';

/** The reference: every term tried longest first at every position, every pattern run over the slice. */
function naiveFindFeatures(text: string, start: number, end: number): Hit[] {
  const entries = Object.entries(dataset.features);
  const terms = [...new Set(entries.flatMap(([, f]) => f.terms))].sort((a, b) => b.length - a.length);
  const hits: Hit[] = [];
  for (let i = start; i < end; ) {
    const term = terms.find((t) => i + t.length <= end && text.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    for (const [feature, f] of entries) if (f.terms.includes(term)) hits.push({ feature, start: i, end: i + term.length });
    i += term.length;
  }
  const slice = text.slice(start, end);
  for (const [feature, f] of entries) {
    for (const p of f.patterns ?? []) {
      const re = new RegExp(p, 'gd');
      for (const m of slice.matchAll(re)) {
        if (m[0].length === 0) continue;
        const [from, to] = m.indices?.groups?.at ?? [m.index, m.index + m[0].length];
        hits.push({ feature, start: start + from, end: start + to });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

// The lexicon's own terms and the words its patterns are made of, so random text hits them.
const TERMS = [...new Set(Object.values(dataset.features).flatMap((f) => f.terms))];
const PATTERN_WORDS = ['能', '可以', '提', '取', '吗', '家人', '使用', '给', '父母', '购买', '“', '商业', '保”', '解除', '协议', '取消', '定点资格', '手续', '办理', '医保', '取现', '是', '一个', '居民医保', '个人账户', '申请', '一次性', '支取', '，', '。'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...TERMS), fc.constantFrom(...PATTERN_WORDS), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('findFeatures', () => {
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

describe('firstChars', () => {
  it('reads the first characters of the plain shapes and gives up on the others', () => {
    expect(firstChars('(?:能|可以|也能)(?<at>提|取)')).toEqual(['能', '可', '也'].map((c) => c.charCodeAt(0)));
    expect(firstChars('办理[^,]{0,10}支取')).toEqual(['办'.charCodeAt(0)]);
    expect(firstChars('(?<!门诊|互助)共济')).toEqual(['共'.charCodeAt(0)]);
    expect(firstChars('(?<![些多])(?:地方|本地)医保')).toEqual(['地', '本'].map((c) => c.charCodeAt(0)));
    for (const source of ['(?:能|可以)?提', '办?理', '(?<at>提)', '[办理]', '\\d+', '^办', '.办', '(?:能|(?:可)以)', '(?=办)理', '办*', '办{0,2}']) {
      expect(firstChars(source)).toBeNull();
    }
  });

  it('never leaves out a character a match starts with', () => {
    const atom = fc.constantFrom('办', '理', '(?:办|理)', '(?:办理|取)', '(?:办|理)?', '[办理]', '.', '\\d', '办?', '理*', '(?:取)', '(?<at>办)', '(?<!理)', '(?<=[办取])', '(?<!办|取理)');
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.string({ unit: fc.constantFrom('办', '理', '取', '1', 'x'), maxLength: 12 }), (atoms, t) => {
        const source = atoms.join('');
        const starts = firstChars(source);
        if (!starts) return;
        let re: RegExp;
        try {
          re = new RegExp(source, 'g');
        } catch {
          return; // a group name used twice
        }
        for (const m of t.matchAll(re)) expect(starts).toContain(t.charCodeAt(m.index));
      }),
    );
  });
});
