// A trie over the lexicon's literal terms, built once: finds the longest term at a position in
// one walk down the text, where trying each term that shares the first character costs a
// string comparison per term.
import { add, has } from './code-set';

export interface TermTrie {
  /**
   * The code units some term starts with (code-set.ts): read for every character of a text,
   * where the root is read only for those.
   */
  starts: Uint32Array;
  /** Child of the root for each code unit (0: no term starts with it). */
  root: Int32Array;
  /** The children of node n are childCodes/childNodes[firstChild[n], firstChild[n + 1]). */
  firstChild: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  /** The index of the term that ends at each node, or -1. */
  termAt: Int32Array;
}

/** @param terms distinct, non-empty terms; a match reports its index in this list */
export function buildTrie(terms: readonly string[]): TermTrie {
  // Built with maps, then laid out flat: a node has a handful of children, scanned in a few
  // steps, where a map lookup per character cost half the time of the whole search.
  const root = new Int32Array(0x10000);
  const starts = new Uint32Array(0x10000 >>> 5);
  const children: Map<number, number>[] = [new Map()]; // node 0 stands for "none"
  const ends: number[] = [-1];
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let next = i === 0 ? root[code]! : (children[node]!.get(code) ?? 0);
      if (next === 0) {
        next = ends.length;
        ends.push(-1);
        children.push(new Map());
        if (i === 0) {
          root[code] = next;
          add(starts, code);
        } else children[node]!.set(code, next);
      }
      node = next;
    }
    ends[node] = t;
  }
  const firstChild = new Int32Array(children.length + 1);
  const childCodes: number[] = [];
  const childNodes: number[] = [];
  children.forEach((m, n) => {
    firstChild[n] = childCodes.length;
    for (const [code, child] of m) {
      childCodes.push(code);
      childNodes.push(child);
    }
  });
  firstChild[children.length] = childCodes.length;
  return { starts, root, firstChild, childCodes: Uint16Array.from(childCodes), childNodes: Int32Array.from(childNodes), termAt: Int32Array.from(ends) };
}

/** @return the child of node for this code unit, or 0 */
export function childOf(trie: TermTrie, node: number, code: number): number {
  for (let c = trie.firstChild[node]!, last = trie.firstChild[node + 1]!; c < last; c++) {
    if (trie.childCodes[c] === code) return trie.childNodes[c]!;
  }
  return 0;
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
    node = childOf(trie, node, text.charCodeAt(i));
  }
  return best;
}

/** @return the OR of masks[t] over every term t that starts at `at` and ends at or before `end` */
export function masksAt(trie: TermTrie, text: string, at: number, end: number, masks: Int32Array): number {
  const code = text.charCodeAt(at);
  if (!has(trie.starts, code)) return 0;
  let node = trie.root[code]!;
  let found = 0;
  for (let i = at + 1; node !== 0; i++) {
    const term = trie.termAt[node]!;
    if (term >= 0) found |= masks[term]!;
    if (i >= end) break;
    node = childOf(trie, node, text.charCodeAt(i));
  }
  return found;
}
