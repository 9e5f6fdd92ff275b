// Which of an entry's phrasings a claim says in effect: the one that shares most pairs of
// adjacent CJK characters with it, as a share of the phrasing's pairs. Runs for every claim
// of a page, so each entry's phrasings are indexed by pair once and a claim is read in one pass.
// Code units below CJK_FROM are not read: punctuation, Latin letters, digits and spaces.
import { CJK_FROM } from './cjk';

/** The phrasings of one entry for one stance, indexed by their character pairs. */
interface PhrasingIndex {
  texts: readonly string[];
  /** How many distinct pairs each phrasing has. */
  sizes: number[];
  /** First character → second character → slot of the pair (code units stay small integers: no key to allocate). */
  slots: Map<number, Map<number, number>>;
  /** The phrasings (their indexes in texts) holding each slot's pair. */
  holders: number[][];
  /** The claim a slot was last counted for, so a pair a claim repeats counts once. */
  counted: Int32Array;
  /** The number of the claim being read. */
  claim: number;
}

/** The distinct pairs of adjacent CJK characters of text (characters between them skipped), each as [first, second]. */
function pairsOf(text: string): [number, number][] {
  const seen = new Set<number>();
  const out: [number, number][] = [];
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CJK_FROM) continue;
    if (previous >= 0 && !seen.has(previous * 0x10000 + c)) {
      seen.add(previous * 0x10000 + c);
      out.push([previous, c]);
    }
    previous = c;
  }
  return out;
}

function buildIndex(texts: readonly string[]): PhrasingIndex {
  const slots = new Map<number, Map<number, number>>();
  const holders: number[][] = [];
  const sizes = texts.map((text, k) => {
    const pairs = pairsOf(text);
    for (const [a, b] of pairs) {
      let next = slots.get(a);
      if (!next) slots.set(a, (next = new Map()));
      let slot = next.get(b);
      if (slot === undefined) {
        next.set(b, (slot = holders.length));
        holders.push([]);
      }
      holders[slot]!.push(k);
    }
    return pairs.length;
  });
  return { texts, sizes, slots, holders, counted: new Int32Array(holders.length), claim: 0 };
}

const indexes = new WeakMap<readonly string[], PhrasingIndex>();

/**
 * @param phrasings an entry's phrasings for one stance (the dataset's own array: indexed once)
 * @return the phrasing sharing the largest share of its pairs with the clause (the first of
 * equals), with that share; null when there are no phrasings
 */
export function closestPhrasing(phrasings: readonly string[], clause: string): { text: string; score: number } | null {
  let index = indexes.get(phrasings);
  if (!index) indexes.set(phrasings, (index = buildIndex(phrasings)));
  if (index.claim === 0x7fffffff) index.claim = index.counted.fill(0)[0]!;
  const stamp = ++index.claim;
  const shared = new Array<number>(phrasings.length).fill(0);
  let previous = -1;
  for (let i = 0; i < clause.length; i++) {
    const c = clause.charCodeAt(i);
    if (c < CJK_FROM) continue;
    const slot = previous >= 0 ? index.slots.get(previous)?.get(c) : undefined;
    previous = c;
    if (slot === undefined || index.counted[slot] === stamp) continue;
    index.counted[slot] = stamp;
    for (const k of index.holders[slot]!) shared[k]!++;
  }
  let best: { text: string; score: number } | null = null;
  for (let k = 0; k < phrasings.length; k++) {
    const size = index.sizes[k]!;
    const score = size === 0 ? 0 : shared[k]! / size;
    if (!best || score > best.score) best = { text: phrasings[k]!, score };
  }
  return best;
}
