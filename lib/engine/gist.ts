// Which of an entry's phrasings a claim says in effect: the one that shares most pairs of
// characters with it (pair-index.ts, skipping what lies between), as a share of the phrasing's
// pairs. Runs for every claim of a page, so each entry's phrasings are indexed once and a claim
// is read in one pass.
import { indexPairs, Pairs, slotOf, type PairIndex } from './pair-index';

/** An index of one entry's phrasings for one stance, with what reading a claim needs. */
interface Gists {
  index: PairIndex;
  /** The claim a slot was last counted for, so a pair a claim repeats counts once. */
  counted: Int32Array;
  /** The number of the claim being read. */
  claim: number;
  /** Pairs each phrasing shares with the claim being read. */
  shared: Uint16Array;
}

const indexes = new WeakMap<readonly string[], Gists>();
const pairs = new Pairs();

function gistsOf(phrasings: readonly string[]): Gists {
  let gists = indexes.get(phrasings);
  if (!gists) {
    const index = indexPairs(phrasings, 'skipping');
    gists = { index, counted: new Int32Array(index.slots), claim: 0, shared: new Uint16Array(phrasings.length) };
    indexes.set(phrasings, gists);
  }
  return gists;
}

/**
 * @param phrasings an entry's phrasings for one stance (the dataset's own array: indexed once)
 * @return the phrasing sharing the largest share of its pairs with the clause (the first of
 * equals), with that share; null when there are no phrasings
 */
export function closestPhrasing(phrasings: readonly string[], clause: string): { text: string; score: number } | null {
  const best = closestIndex(phrasings, clause);
  return best < 0 ? null : { text: phrasings[best]!, score: closestScore };
}

/** The share closestIndex found. */
export let closestScore = 0;

/** @return closestPhrasing's phrasing as its index in phrasings (its share in closestScore), or -1 when there are none */
export function closestIndex(phrasings: readonly string[], clause: string): number {
  const gists = gistsOf(phrasings);
  const { index, counted, shared } = gists;
  if (gists.claim === 0x7fffffff) {
    counted.fill(0);
    gists.claim = 0;
  }
  const stamp = ++gists.claim;
  shared.fill(0);
  pairs.read(clause, 0, clause.length, 'skipping');
  for (let j = 0; j < pairs.count; j++) {
    const slot = slotOf(index, pairs.keys[j]!);
    if (slot < 0 || counted[slot] === stamp) continue;
    counted[slot] = stamp;
    for (let h = index.first[slot]!; h < index.first[slot + 1]!; h++) shared[index.holders[h]!]!++;
  }
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < phrasings.length; k++) {
    const size = index.sizes[k]!;
    const score = size === 0 ? 0 : shared[k]! / size;
    if (best < 0 || score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  closestScore = bestScore;
  return best;
}
