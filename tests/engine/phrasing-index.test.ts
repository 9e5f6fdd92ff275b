import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexPairs, keysOf, packPairIndex, slotOf, unpackPairIndex, type PairIndex } from '../../lib/engine/pair-index';
import { packArray, unpackInt32, unpackUint16 } from '../../lib/engine/packed-array';
import { buildPhrasingIndex, phrasingsOf, unpackPhrasingIndex } from '../../lib/engine/phrasing-index';
import { dataset } from '../../lib/engine/dataset';

/** Each pair's key with the texts holding it, whatever the slots' numbering. */
function holdersByKey(index: PairIndex): Map<number, number[]> {
  const keys = keysOf(index);
  return new Map([...keys].map((key, slot) => [key, [...index.holders.subarray(index.first[slot]!, index.first[slot + 1]!)]]));
}

const text = fc.string({ unit: fc.constantFrom('医', '保', '卡', '取', '现', '钱', 'a', '1'), maxLength: 12 });

describe('packed arrays', () => {
  it('read back what was packed, at every width', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), (values) => {
        expect([...unpackInt32(packArray(Int32Array.from(values)))]).toEqual(values);
        const small = values.map((v) => v & 0xffff);
        expect([...unpackUint16(packArray(Uint16Array.from(small)))]).toEqual(small);
      }),
    );
  });

  it('refuses bytes that are not a whole number of items', () => {
    expect(() => unpackInt32(packArray(Uint16Array.of(1, 2, 3)))).toThrow(/whole number/);
  });
});

describe('pair index, packed', () => {
  it('finds every pair in the same texts as the index it was packed from, and no other pair', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        const built = indexPairs(texts, 'adjacent');
        const read = unpackPairIndex(JSON.parse(JSON.stringify(packPairIndex(built))));
        expect(holdersByKey(read)).toEqual(holdersByKey(built));
        expect([...read.sizes]).toEqual([...built.sizes]);
        for (const key of keysOf(built)) expect(slotOf(read, key)).toBe(slotOf(built, key));
        expect(slotOf(read, ('a'.charCodeAt(0) << 16) | '钱'.charCodeAt(0))).toBe(-1);
      }),
    );
  });
});

describe('phrasing index', () => {
  const entries = (lists: string[][]) => lists.map((deny, i) => ({ id: `e${i}`, phrasings: { affirm: [], deny } }));

  it('gives each entry the index of its own phrasings, and marks the pairs most phrasings hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (lists) => {
        const es = entries(lists);
        const phrasings = phrasingsOf(es);
        const index = unpackPhrasingIndex(JSON.parse(JSON.stringify(buildPhrasingIndex(es))), phrasings);
        let from = 0;
        for (const [i, list] of lists.entries()) {
          const scope = index.byEntry.get(`e${i}`)!;
          expect([scope.from, scope.to]).toEqual([from, from + list.length]);
          expect(holdersByKey(scope.pairs)).toEqual(holdersByKey(indexPairs(list, 'adjacent')));
          from += list.length;
        }
        const all = indexPairs(
          phrasings.map((p) => p.text),
          'adjacent',
        );
        for (const [key, holders] of holdersByKey(all)) {
          const common = holders.length > 0.1 * phrasings.length;
          expect(index.all.stop[slotOf(index.all.pairs, key)] === 1).toBe(common);
          expect(slotOf(index.stopPairs, key) >= 0).toBe(common);
          for (const scope of index.byEntry.values()) {
            const slot = slotOf(scope.pairs, key);
            if (slot >= 0) expect(scope.stop[slot] === 1).toBe(common);
          }
        }
      }),
    );
  });

  it('refuses to be read with phrasings other than those it was built from', () => {
    const es = entries([['医保卡不能取现'], ['可以给家人用']]);
    const packed = buildPhrasingIndex(es);
    expect(() => unpackPhrasingIndex(packed, phrasingsOf(entries([['医保卡不能取钱'], ['可以给家人用']])))).toThrow(/build:index/);
    expect(() => unpackPhrasingIndex(packed, phrasingsOf(entries([['医保卡不能取现']])))).toThrow(/build:index/);
  });

  it('in the generated dataset is the one its phrasings give (the build step has run since they changed)', () => {
    expect(dataset.phrasingIndex).toEqual(buildPhrasingIndex(dataset.entries));
  });
});
