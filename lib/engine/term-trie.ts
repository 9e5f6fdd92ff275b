// A trie over the lexicon's literal terms, built once: finds the longest term at a position in
// one walk down the text, where trying each term that shares the first character costs a
// string comparison per term.

export interface TermTrie {
  /** Child of the root for each code unit (0: no term starts with it). */
  root: Int32Array;
  /** Children of the other nodes, keyed by node × 0x10000 + code unit. */
  edges: Map<number, number>;
  /** The index of the term that ends at each node, or -1. */
  termAt: Int32Array;
}

/** @param terms distinct, non-empty terms; a match reports its index in this list */
export function buildTrie(terms: readonly string[]): TermTrie {
  const root = new Int32Array(0x10000);
  const edges = new Map<number, number>();
  const ends: number[] = [-1]; // node 0 stands for "none"
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let next = i === 0 ? root[code]! : (edges.get(node * 0x10000 + code) ?? 0);
      if (next === 0) {
        next = ends.length;
        ends.push(-1);
        if (i === 0) root[code] = next;
        else edges.set(node * 0x10000 + code, next);
      }
      node = next;
    }
    ends[node] = t;
  }
  return { root, edges, termAt: Int32Array.from(ends) };
}

/**
 * The longest term that starts at `at` and ends at or before `end`.
 * @return the term's index, with its length in `found.length`; -1 when none
 */
export function longestAt(trie: TermTrie, text: string, at: number, end: number, found: { length: number }): number {
  let node = trie.root[text.charCodeAt(at)]!;
  let best = -1;
  for (let i = at + 1; node !== 0; i++) {
    const term = trie.termAt[node]!;
    if (term >= 0) {
      best = term;
      found.length = i - at;
    }
    if (i >= end) break;
    node = trie.edges.get(node * 0x10000 + text.charCodeAt(i)) ?? 0;
  }
  return best;
}
