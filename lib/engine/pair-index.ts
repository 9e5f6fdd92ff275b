// Pairs of characters, and phrasings indexed by them: how the gist of an explanation (gist.ts)
// and the near-exact check (nearest.ts) tell which phrasing a clause is like. Both run for most
// clauses of a page, between reads of the classifier's large weight tables: an index is kept in
// a few small typed arrays, so a clause's lookups stay in the cache.
import { CJK_FROM, CJK_TO } from './cjk';
import { packArray, unpackInt32, unpackUint16 } from './packed-array';

/**
 * Which characters pair up.
 * - adjacent: two neighbouring Chinese characters. The near-exact check asks for the phrasing
 *   word for word, so "在ATM机" holds no pair 在机.
 * - skipping: each code unit from CJK_FROM up (Chinese characters, fullwidth punctuation) with
 *   the next such one, whatever lies between. The gist asks what a sentence says, which a Latin
 *   word or a digit in the middle does not change.
 */
export type Pairing = 'adjacent' | 'skipping';

/** A pair's key: its two code units in one 32-bit integer (never 0: both are at least CJK_FROM). */
const keyOf = (a: number, b: number): number => (a << 16) | b;

/** The pairs of one span, in order, in a buffer reused from span to span. */
export class Pairs {
  keys = new Int32Array(64);
  count = 0;

  /** @return this, holding the keys of the pairs of text[start, end) */
  read(text: string, start: number, end: number, pairing: Pairing): this {
    if (this.keys.length < end - start) this.keys = new Int32Array(2 * (end - start));
    let n = 0;
    if (pairing === 'adjacent') {
      for (let i = start + 1; i < end; i++) {
        const a = text.charCodeAt(i - 1);
        const b = text.charCodeAt(i);
        if (a >= CJK_FROM && a < CJK_TO && b >= CJK_FROM && b < CJK_TO) this.keys[n++] = keyOf(a, b);
      }
    } else {
      let previous = -1;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < CJK_FROM) continue;
        if (previous >= 0) this.keys[n++] = keyOf(previous, c);
        previous = c;
      }
    }
    this.count = n;
    return this;
  }
}

/** Texts indexed by their pairs: each distinct pair has a slot, 0, 1, 2 … */
export interface PairIndex {
  /** How many distinct pairs each text holds. */
  sizes: Uint16Array;
  /** How many distinct pairs the texts hold between them. */
  slots: number;
  /** The texts holding slot s's pair: holders[first[s]] … holders[first[s + 1] - 1], in the texts' order. */
  first: Int32Array;
  holders: Uint16Array;
  /** Open addressing: a pair's key at an even place, its slot after it; key 0 marks a free place. */
  table: Int32Array;
  /** 32 less the bits of a place number: the hash's top bits choose where a key's search starts. */
  shift: number;
}

const startOf = (key: number, index: PairIndex): number => (Math.imul(key, 0x9e3779b1) >>> index.shift) << 1;

/** @return the slot of the pair with this key, or -1 when no text holds it */
export function slotOf(index: PairIndex, key: number): number {
  const { table } = index;
  const mask = table.length - 2;
  for (let at = startOf(key, index); ; at = (at + 2) & mask) {
    const k = table[at]!;
    if (k === key) return table[at + 1]!;
    if (k === 0) return -1;
  }
}

/** @param texts fewer than 65,536 of them */
export function indexPairs(texts: readonly string[], pairing: Pairing): PairIndex {
  const slotByKey = new Map<number, number>();
  const lists: number[][] = [];
  const pairs = new Pairs();
  const sizes = Uint16Array.from(texts, (text, k) => {
    pairs.read(text, 0, text.length, pairing);
    let size = 0;
    for (let j = 0; j < pairs.count; j++) {
      const key = pairs.keys[j]!;
      let slot = slotByKey.get(key);
      if (slot === undefined) {
        slotByKey.set(key, (slot = lists.length));
        lists.push([]);
      }
      const list = lists[slot]!;
      // A pair the text repeats is held once.
      if (list[list.length - 1] === k) continue;
      list.push(k);
      size++;
    }
    return size;
  });
  return laidOut({ sizes, keys: Int32Array.from(slotByKey.keys()), counts: lists.map((list) => list.length), holders: Uint16Array.from(lists.flat()) });
}

/** A pair index as build-time JSON holds it: each slot's key in place of the hash table. */
export interface PackedPairIndex {
  sizes: string;
  /** The key of each slot's pair. */
  keys: string;
  /** How many texts hold each slot's pair. */
  counts: string;
  holders: string;
}

/** @return the key of each slot's pair */
export function keysOf(index: PairIndex): Int32Array {
  const keys = new Int32Array(index.slots);
  for (let at = 0; at < index.table.length; at += 2) if (index.table[at] !== 0) keys[index.table[at + 1]!] = index.table[at]!;
  return keys;
}

/** @return the index as base64 text (packed-array.ts) */
export function packPairIndex(index: PairIndex): PackedPairIndex {
  const counts = Uint16Array.from({ length: index.slots }, (_, slot) => index.first[slot + 1]! - index.first[slot]!);
  return { sizes: packArray(index.sizes), keys: packArray(keysOf(index)), counts: packArray(counts), holders: packArray(index.holders) };
}

export function unpackPairIndex(packed: PackedPairIndex): PairIndex {
  return laidOut({ sizes: unpackUint16(packed.sizes), keys: unpackInt32(packed.keys), counts: unpackUint16(packed.counts), holders: unpackUint16(packed.holders) });
}

/**
 * @param counts how many of the holders, in order, are each slot's
 * @return the index of these slots (keys[slot]) and holders, with a hash table over the keys
 */
export function laidOut({ sizes, keys, counts, holders }: { sizes: Uint16Array; keys: Int32Array; counts: ArrayLike<number>; holders: Uint16Array }): PairIndex {
  const first = new Int32Array(keys.length + 1);
  for (let slot = 0; slot < counts.length; slot++) first[slot + 1] = first[slot]! + counts[slot]!;
  if (counts.length !== keys.length || first[keys.length] !== holders.length) throw new Error('pair index: its slots and holders disagree');
  // At most two thirds full: a lookup of a pair no text holds stops at a free place within a few
  // probes, most in one cache line, and the table stays small enough to stay in the cache.
  let bits = 3;
  while (1 << bits < 1.5 * keys.length) bits++;
  const table = new Int32Array(2 << bits);
  const index: PairIndex = { sizes, slots: keys.length, first, holders, table, shift: 32 - bits };
  const mask = table.length - 2;
  keys.forEach((key, slot) => {
    let at = startOf(key, index);
    while (table[at] !== 0) at = (at + 2) & mask;
    table[at] = key;
    table[at + 1] = slot;
  });
  return index;
}
