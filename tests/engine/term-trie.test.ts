import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTrie, longestAt, masksAt } from '../../lib/engine/term-trie';

/** The reference: every term tried at the position, the longest that fits wins. */
function naiveLongest(terms: string[], text: string, at: number, end: number): number {
  let best = -1;
  terms.forEach((t, i) => {
    if (at + t.length <= end && text.startsWith(t, at) && (best < 0 || t.length > terms[best]!.length)) best = i;
  });
  return best;
}

// A small alphabet, so terms share prefixes and the text holds them often.
const word = fc.string({ unit: fc.constantFrom('医', '保', '卡', '取', '现', 'a', '\ud83d', '\ude00'), minLength: 1, maxLength: 5 });

describe('term trie', () => {
  it('finds the longest term at every position and bound, as trying every term does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 20 }), (terms, parts) => {
        const trie = buildTrie(terms);
        const text = parts.join('');
        const found = { length: 0 };
        for (let at = 0; at < text.length; at++) {
          for (const end of [text.length, Math.min(text.length, at + 2)]) {
            const t = longestAt(trie, text, at, end, found);
            expect(t).toBe(naiveLongest(terms, text, at, end));
            if (t >= 0) expect(found.length).toBe(terms[t]!.length);
          }
        }
      }),
    );
  });

  it('gathers the masks of every term that starts at a position and fits, as trying every term does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 20 }), fc.nat(), (terms, parts, end) => {
        const trie = buildTrie(terms);
        const masks = Int32Array.from(terms, (_, i) => 1 << i % 31);
        const text = parts.join('');
        const bound = end % (text.length + 1);
        for (let at = 0; at < bound; at++) {
          let expected = 0;
          terms.forEach((t, i) => {
            if (at + t.length <= bound && text.startsWith(t, at)) expected |= masks[i]!;
          });
          expect(masksAt(trie, text, at, bound, masks)).toBe(expected);
        }
      }),
    );
  });

  it('finds nothing in a trie without terms', () => {
    expect(longestAt(buildTrie([]), '医保卡', 0, 3, { length: 0 })).toBe(-1);
  });
});
