// The trie over the lexicon's terms (term-trie.ts) that findFeatures walks. It is derived from
// data/lexicon.json alone, so it is built at build time (scripts/prebuild/build-index.ts) into
// the generated dataset; a page checks that it is its lexicon's and lays out the root's table.
import type { Feature } from '../dataset/types';
import { buildTrie, type TermTrie } from './term-trie';
import { add } from './code-set';
import { checkBuiltFrom, fingerprint, packArray, unpackUint16 } from './packed-array';

/** -1 (no term ends at the node) in 16 bits. */
const NONE = 0xffff;

/** @return the lexicon's distinct terms, in the order the trie numbers them: the features', each's in its order */
export function lexiconTerms(features: Record<string, Feature>): string[] {
  return [...new Set(Object.values(features).flatMap((f) => f.terms))];
}

/**
 * The trie as the generated dataset holds it (packed-array.ts): the root's children listed, not a
 * table of 65,536, and node and term numbers in 16 bits (NONE for -1), widened again on a page.
 */
export interface PackedTrie {
  /** A hash of the terms it was built from: a lexicon whose terms are not these is not its own. */
  fingerprint: number;
  rootCodes: string;
  rootNodes: string;
  firstChild: string;
  childCodes: string;
  childNodes: string;
  termAt: string;
}

/** @return the trie of the lexicon's terms, packed for the generated dataset */
export function buildLexiconTrie(features: Record<string, Feature>): PackedTrie {
  const terms = lexiconTerms(features);
  const trie = buildTrie(terms);
  if (trie.firstChild.length >= NONE || terms.length >= NONE) throw new Error(`the lexicon's trie has ${trie.firstChild.length} nodes and ${terms.length} terms: more than 16 bits number`);
  const codes: number[] = [];
  trie.root.forEach((node, code) => node !== 0 && codes.push(code));
  const narrow = (numbers: ArrayLike<number>) => packArray(Uint16Array.from(numbers, (n) => (n < 0 ? NONE : n)));
  return {
    fingerprint: fingerprint(terms),
    rootCodes: packArray(Uint16Array.from(codes)),
    rootNodes: narrow(codes.map((code) => trie.root[code]!)),
    firstChild: narrow(trie.firstChild),
    childCodes: packArray(trie.childCodes),
    childNodes: narrow(trie.childNodes),
    termAt: narrow(trie.termAt),
  };
}

/**
 * @param terms lexiconTerms of the lexicon that holds the trie
 * @throws when the trie was built from other terms (a generated dataset older than its lexicon)
 */
export function loadLexiconTrie(packed: PackedTrie, terms: readonly string[]): TermTrie {
  checkBuiltFrom(packed.fingerprint, terms, ["the lexicon's trie", 'terms']);
  const widen = (text: string) => Int32Array.from(unpackUint16(text), (n) => (n === NONE ? -1 : n));
  const codes = unpackUint16(packed.rootCodes);
  const nodes = widen(packed.rootNodes);
  const root = new Int32Array(0x10000);
  const starts = new Uint32Array(0x10000 >>> 5);
  codes.forEach((code, i) => {
    root[code] = nodes[i]!;
    add(starts, code);
  });
  return {
    starts,
    root,
    firstChild: widen(packed.firstChild),
    childCodes: unpackUint16(packed.childCodes),
    childNodes: widen(packed.childNodes),
    termAt: widen(packed.termAt),
  };
}
