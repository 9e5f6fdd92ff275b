import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTrie } from '../../lib/engine/term-trie';
import { buildLexiconTrie, lexiconTerms, loadLexiconTrie } from '../../lib/engine/lexicon-trie';
import { dataset } from '../../lib/engine/dataset';
import type { Feature } from '../../lib/dataset/types';

const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const term = fc.string({ unit: fc.constantFrom('医', '保', '卡', '取', '现', 'a', '\ud83d', '\ude00'), minLength: 1, maxLength: 5 });
const lexicon = fc.dictionary(
  fc.string({ unit: fc.constantFrom('x', 'y', 'z'), minLength: 1, maxLength: 3 }),
  fc.record({ role: fc.constantFrom('anchor' as const, 'context' as const), terms: fc.array(term, { maxLength: 8 }) }),
  { maxKeys: 6 },
);

describe("the lexicon's trie, built at build time", () => {
  it('is read back as the trie of the lexicon’s terms, every table alike', () => {
    fc.assert(
      fc.property(lexicon, (features: Record<string, Feature>) => {
        const terms = lexiconTerms(features);
        const read = loadLexiconTrie(JSON.parse(JSON.stringify(buildLexiconTrie(features))), terms);
        const built = buildTrie(terms);
        for (const key of ['starts', 'root', 'firstChild', 'childCodes', 'childNodes', 'termAt'] as const) expect(bytes(read[key]).equals(bytes(built[key])), key).toBe(true);
      }),
    );
  });

  it('numbers each term once, in the lexicon’s order', () => {
    expect(lexiconTerms({ a: { role: 'anchor', terms: ['取现', '提现'] }, b: { role: 'context', terms: ['提现', '套现'] } })).toEqual(['取现', '提现', '套现']);
  });

  it('refuses to be read with terms other than those it was built from', () => {
    const packed = buildLexiconTrie({ a: { role: 'anchor', terms: ['取现', '提现'] } });
    expect(() => loadLexiconTrie(packed, ['取现', '套现'])).toThrow(/build:index/);
  });

  it('in the generated dataset is the one its lexicon gives (the build step has run since it changed)', () => {
    expect(dataset.lexiconTrie).toEqual(buildLexiconTrie(dataset.features));
  });
});
