// The index nearest.ts searches: the dataset's phrasings by their pairs of adjacent Chinese
// characters (pair-index.ts), with the pairs too common to tell phrasings apart marked. Reading
// the phrasings is done at build time (scripts/prebuild/build-index.ts) into the generated
// dataset; a page only lays the index out again for each entry's phrasings, in one pass.
import type { Stance } from '../vocabulary';
import type { Entry } from '../dataset/types';
import { indexPairs, keysOf, laidOut, packPairIndex, unpackPairIndex, type PackedPairIndex, type PairIndex } from './pair-index';
import { checkBuiltFrom, fingerprint, packArray, unpackUint16, unpackUint8 } from './packed-array';

/** A pair held by more than this share of the phrasings says nothing of which one a clause is like. */
const STOP_SHARE = 0.1;

/** A phrasing as the index numbers it: its place in phrasingsOf's list. */
export interface IndexedPhrasing {
  entry: string;
  stance: Stance;
  text: string;
}

/** @return every phrasing of the entries, an entry's together, in the order the index numbers them */
export function phrasingsOf(entries: readonly Pick<Entry, 'id' | 'phrasings'>[]): IndexedPhrasing[] {
  return entries.flatMap((entry) =>
    (Object.entries(entry.phrasings) as [Stance, string[] | undefined][]).flatMap(([stance, list]) => (list ?? []).map((text) => ({ entry: entry.id, stance, text }))),
  );
}

/**
 * The phrasings one search reads: all of them, or one entry's, with an index of their own pairs:
 * a clause's pairs are looked up among a few hundred, and the holders of each are the scope's alone.
 */
export interface Scope {
  /** The ids of the scope's phrasings: from … to - 1; the scope's index numbers them from 0. */
  from: number;
  to: number;
  /** The most pairs a phrasing of the scope has. */
  longest: number;
  pairs: PairIndex;
  /** 1 for the slots of the scope's index whose pairs are too common to count (医保, 可以, 账户): neither counted nor searched. */
  stop: Uint8Array;
}

export interface PhrasingIndex {
  /** Each phrasing's pairs, those too common to count left out. */
  sizes: Uint16Array;
  /** The pairs too common to count, apart: a pair an entry's phrasings lack may still be one. */
  stopPairs: PairIndex;
  all: Scope;
  byEntry: Map<string, Scope>;
}

/** The index as the generated dataset holds it (packed-array.ts): all phrasings' scope. */
export interface PackedPhrasingIndex {
  /** A hash of the phrasings' texts: a dataset whose phrasings are not these is not its own. */
  fingerprint: number;
  pairs: PackedPairIndex;
  stop: string;
}

/** @return the index of the entries' phrasings, packed for the generated dataset */
export function buildPhrasingIndex(entries: readonly Pick<Entry, 'id' | 'phrasings'>[]): PackedPhrasingIndex {
  const phrasings = phrasingsOf(entries);
  const pairs = indexPairs(
    phrasings.map((p) => p.text),
    'adjacent',
  );
  const stop = Uint8Array.from({ length: pairs.slots }, (_, slot) => (pairs.first[slot + 1]! - pairs.first[slot]! > STOP_SHARE * phrasings.length ? 1 : 0));
  return { fingerprint: fingerprint(phrasings.map((p) => p.text)), pairs: packPairIndex(pairs), stop: packArray(stop) };
}

/**
 * @param phrasings the phrasings of the dataset that holds the index (phrasingsOf)
 * @throws when the index was built from other phrasings (a generated dataset older than its data)
 */
export function unpackPhrasingIndex(packed: PackedPhrasingIndex, phrasings: readonly IndexedPhrasing[]): PhrasingIndex {
  checkBuiltFrom(packed.fingerprint, phrasings.map((p) => p.text), ['the phrasing index', 'phrasings']);
  const pairs = unpackPairIndex(packed.pairs);
  const stop = unpackUint8(packed.stop);
  const sizes = pairs.sizes.slice();
  for (let slot = 0; slot < pairs.slots; slot++) {
    if (stop[slot] === 1) for (let h = pairs.first[slot]!; h < pairs.first[slot + 1]!; h++) sizes[pairs.holders[h]!]!--;
  }
  const all: Scope = { from: 0, to: phrasings.length, longest: longestOf(sizes, 0, phrasings.length), pairs, stop };
  const stopKeys = keysOf(pairs).filter((_, slot) => stop[slot] === 1);
  const stopPairs = laidOut({ sizes: new Uint16Array(0), keys: stopKeys, counts: new Uint8Array(stopKeys.length), holders: new Uint16Array(0) });
  return { sizes, stopPairs, all, byEntry: entryScopes(all, phrasings, sizes) };
}

const longestOf = (sizes: Uint16Array, from: number, to: number): number => sizes.subarray(from, to).reduce((a, b) => Math.max(a, b), 0);

/** @return each entry's scope, its slots and holders taken from all phrasings' (an entry's phrasings are one run of ids) */
function entryScopes(all: Scope, phrasings: readonly IndexedPhrasing[], sizes: Uint16Array): Map<string, Scope> {
  const ranges: { entry: string; from: number; to: number; slots: number[]; counts: number[]; holders: number[] }[] = [];
  const rangeOf = new Int32Array(phrasings.length);
  for (let from = 0; from < phrasings.length; ) {
    let to = from + 1;
    while (to < phrasings.length && phrasings[to]!.entry === phrasings[from]!.entry) to++;
    rangeOf.fill(ranges.length, from, to);
    ranges.push({ entry: phrasings[from]!.entry, from, to, slots: [], counts: [], holders: [] });
    from = to;
  }
  const { first, holders } = all.pairs;
  // A slot's holders are in ascending order: those of one entry stand together.
  for (let slot = 0; slot < all.pairs.slots; slot++) {
    for (let h = first[slot]!; h < first[slot + 1]!; ) {
      const range = ranges[rangeOf[holders[h]!]!]!;
      range.slots.push(slot);
      let count = 0;
      for (; h < first[slot + 1]! && holders[h]! < range.to; h++, count++) range.holders.push(holders[h]! - range.from);
      range.counts.push(count);
    }
  }
  const keys = keysOf(all.pairs);
  return new Map(
    ranges.map(({ entry, from, to, slots, counts, holders: own }) => {
      const pairs = laidOut({ sizes: all.pairs.sizes.slice(from, to), keys: Int32Array.from(slots, (slot) => keys[slot]!), counts, holders: Uint16Array.from(own) });
      return [entry, { from, to, longest: longestOf(sizes, from, to), pairs, stop: Uint8Array.from(slots, (slot) => all.stop[slot]!) }];
    }),
  );
}
