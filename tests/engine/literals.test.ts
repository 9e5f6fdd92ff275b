import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsAny, countMatches, countMatchesOutside } from '../../lib/engine/literals';
import { countNegators, HEDGES, PLACES, REJECTED } from '../../lib/engine/stance';

const reference = (re: RegExp, text: string, start: number, end: number): boolean => {
  const copy = new RegExp(re.source, re.flags.replace('g', ''));
  return copy.test(text.slice(start, end));
};

const REGEXES = [
  HEDGES, PLACES, REJECTED, /取现|取|现金/, /别(?![人的])|勿/g, /不能|能(?!性)/, /^取现/, /取现$/g, /[取提]现/, /取现|/,
  /(?<!可)以为|所谓/, /吗|呢$/g, /(?<!功)能不能|能(?!性)/g, /(?<![可不])能$/, /(?<!可)能(?![性够])|现金$/,
];
const WORDS = ['取现', '现金', '能', '不能', '可能性', '部分地区', '北京', '深圳', '警惕', '千万不要', '医保', '，', 'a', '别', '人', '别的', '以为', '可', '呢', '吗', '功', '能不能', '性'];

describe('containsAny', () => {
  it('answers as the regex does on the slice, from lastIndex 0, and leaves lastIndex at 0', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.nat(), fc.nat(), fc.constantFrom(...REGEXES), (parts, a, b, re) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        re.lastIndex = 3;
        expect(containsAny(re, text, start, end)).toBe(reference(re, text, start, end));
        if (re.global) expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers each of a run of questions about ranges of one text, as a sentence and its clauses ask them', () => {
    const range = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...REGEXES));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 16 }), fc.array(range, { minLength: 1, maxLength: 12 }), (parts, asks) => {
        const text = parts.join('');
        for (const [a, b, re] of asks) {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          expect(containsAny(re, text, start, end)).toBe(reference(re, text, start, end));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// The negators' own regex, as stance.ts reads it, and shapes countMatches must read or give up on.
const NEGATOR_WORDS = ['不', '不能', '能够', '不能够', '别', '别人', '别的', '人', '的', '不要', '千万不要', '不一定', '可能', '部分地区', '，', 'a'];
const COUNTED = [
  /别(?![人的])|别/g, /不能|不|不能|能/g, /不能够|不能|不|千万不要|不要|别(?![人的])|勿/g, /不能|不能够/g, /别(?![人])|别人/g, /不(?=能)|没/g, /[不没]能/g,
  /不能$/g, /能|不能|能够/g, /(?<!可)能|不能$/g, /(?<![不可])能(?!够)|别/g,
];

describe('countMatches', () => {
  it('counts what the regex matches in the slice, the first listed word winning at a position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEGATOR_WORDS), { maxLength: 14 }), fc.nat(), fc.nat(), fc.constantFrom(...COUNTED), (parts, a, b, re) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(countMatches(re, text, start, end)).toBe(text.slice(start, end).match(re)?.length ?? 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts outside the matches of a mask what the regex matches in the slice with them blanked out', () => {
    const masks = [HEDGES, /不一定|可能/g, /别人|能够/g, /可能(?!性)/g];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEGATOR_WORDS), { maxLength: 14 }), fc.nat(), fc.nat(), fc.constantFrom(...COUNTED), fc.constantFrom(...masks), (parts, a, b, re, mask) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const masked = text.slice(start, end).replace(mask, (m) => '_'.repeat(m.length));
        expect(countMatchesOutside(re, mask, text, start, end)).toBe(masked.match(re)?.length ?? 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts in each of a run of ranges of one text what the slice holds, between questions about other lists', () => {
    const ask = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...COUNTED, ...REGEXES));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEGATOR_WORDS, ...WORDS), { maxLength: 16 }), fc.array(ask, { minLength: 1, maxLength: 12 }), (parts, asks) => {
        const text = parts.join('');
        for (const [a, b, re] of asks) {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          if (re.global) expect(countMatches(re, text, start, end)).toBe(text.slice(start, end).match(re)?.length ?? 0);
          expect(containsAny(re, text, start, end)).toBe(reference(re, text, start, end));
          expect(countNegators(text, start, end)).toBe(countNegators(text.slice(start, end)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives countNegators of a range the count of its slice, hedges masked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEGATOR_WORDS), { maxLength: 14 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(countNegators(text, start, end)).toBe(countNegators(text.slice(start, end)));
      }),
    );
    expect(countNegators('不一定不能')).toBe(1);
  });
});
