// The dataset phrasing closest to a clause, by shared pairs of adjacent Chinese characters
// (pair-index.ts): what the clause says in the words of a sentence whose verdict the dataset
// knows. analyze() lets a clause that is one of them all but word for word take its verdict
// (sameAsPhrasing).
import type { Stance, Verdict } from './types';
import { dataset } from './dataset';
import { countNegators } from './stance';
import { indexPairs, Pairs, slotOf, type PairIndex } from './pair-index';

export interface Nearest {
  entry: string;
  stance: Stance;
  verdict: Verdict;
  /** Share of the phrasing's character pairs found in the clause, 0–1. */
  score: number;
  /** Shared pairs over the pairs of both (Dice): near 1 only when the clause says little else. */
  dice: number;
  /** The phrasing holds an odd number of negators (不能, 不可以 …). */
  negated: boolean;
}

interface Phrasing {
  entry: string;
  stance: Stance;
  verdict: Verdict;
}

/** How far a phrasing of the other polarity ranks below one of the clause's. */
const MISMATCH = 0.5;

/** A pair held by more than this share of the phrasings says nothing of which one a clause is like. */
const STOP_SHARE = 0.1;

/** The phrasings one search reads: all of them, or one entry's. */
interface Scope {
  /** The ids of the scope's phrasings: from … to - 1. */
  from: number;
  to: number;
  /** The most pairs a phrasing of the scope has. */
  longest: number;
}

interface Index {
  /** Every phrasing of the dataset, an entry's together: of the holders of a pair, its are one run. */
  phrasings: Phrasing[];
  pairs: PairIndex;
  /** Each phrasing's pairs, those too common to count left out. */
  sizes: Uint16Array;
  /** Each phrasing holds an odd number of negators: 1. */
  negated: Uint8Array;
  /** Slots of the pairs too common to tell phrasings apart (医保, 可以, 账户): 1, neither counted nor searched. */
  stop: Uint8Array;
  all: Scope;
  byEntry: Map<string, Scope>;
}

let index: Index | null = null;

function buildIndex(): Index {
  const phrasings: Phrasing[] = [];
  const texts: string[] = [];
  const ranges: [string, number, number][] = [];
  for (const entry of dataset.entries) {
    const from = phrasings.length;
    for (const [stance, list] of Object.entries(entry.phrasings) as [Stance, string[]][]) {
      for (const text of list) {
        phrasings.push({ entry: entry.id, stance, verdict: entry.verdicts[stance] });
        texts.push(text);
      }
    }
    if (phrasings.length > from) ranges.push([entry.id, from, phrasings.length]);
  }
  const pairs = indexPairs(texts, 'adjacent');
  const { slots, first, holders } = pairs;
  const sizes = pairs.sizes.slice();
  const stop = new Uint8Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    if (first[slot + 1]! - first[slot]! <= STOP_SHARE * texts.length) continue;
    stop[slot] = 1;
    for (let h = first[slot]!; h < first[slot + 1]!; h++) sizes[holders[h]!]!--;
  }
  const longest = (from: number, to: number): number => sizes.subarray(from, to).reduce((a, b) => Math.max(a, b), 0);
  const all: Scope = { from: 0, to: texts.length, longest: longest(0, texts.length) };
  const byEntry = new Map(ranges.map(([entry, from, to]) => [entry, { from, to, longest: longest(from, to) }]));
  const negated = Uint8Array.from(texts, (text) => countNegators(text) % 2);
  return { phrasings, pairs, sizes, negated, stop, all, byEntry };
}

/**
 * Reused across calls: the clause's pairs, and where the scope's holders of each of those worth
 * searching are in the index's holders (runs[2j] … runs[2j + 1] - 1).
 */
const clausePairs = new Pairs();
let runs = new Int32Array(128);
/** What readClause found: the clause's pairs not too common to count, and how many of them the scope holds (its runs). */
let own = 0;
let found = 0;

/** Reads the clause's pairs into `runs`, `own` and `found`. */
function readClause(norm: string, start: number, end: number, scope: Scope): void {
  const { pairs, stop } = index!;
  const { first, holders } = pairs;
  clausePairs.read(norm, start, end, 'adjacent');
  if (runs.length < 2 * clausePairs.count) runs = new Int32Array(2 * clausePairs.keys.length);
  own = 0;
  found = 0;
  for (let j = 0; j < clausePairs.count; j++) {
    const slot = slotOf(pairs, clausePairs.keys[j]!);
    if (slot >= 0 && stop[slot] === 1) continue;
    own++;
    if (slot < 0) continue;
    // Holders are in id order: the scope's are the run between those before it and those after.
    const from = scope.from === 0 ? first[slot]! : firstAtLeast(holders, first[slot]!, first[slot + 1]!, scope.from);
    const to = scope.to === index!.phrasings.length ? first[slot + 1]! : firstAtLeast(holders, from, first[slot + 1]!, scope.to);
    if (from === to) continue;
    runs[2 * found] = from;
    runs[2 * found + 1] = to;
    found++;
  }
}

/** @return the first place in holders[from, to), which is in order, holding at least id (to if none) */
function firstAtLeast(holders: Uint16Array, from: number, to: number, id: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (holders[mid]! < id) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** @return the phrasings to search: all, or the entry's (none for an entry without phrasings) */
function scopeOf(entry: string | undefined): Scope | undefined {
  index ??= buildIndex();
  return entry === undefined ? index.all : index.byEntry.get(entry);
}

/**
 * @param entry search only this entry's phrasings (a few dozen, not the whole dataset's)
 * @return the phrasing sharing the largest share of its pairs with norm[start, end), or null if none shares any
 */
export function nearestPhrasing(norm: string, start: number, end: number, entry?: string): Nearest | null {
  const scope = scopeOf(entry);
  if (!scope) return null;
  readClause(norm, start, end, scope);
  return findNearest(norm, start, end);
}

/**
 * The phrasing of the entry (or of any entry) that the clause is all but word for word, if any:
 * Dice of at least minDice, with the clause's own negation.
 * @param negated whether the clause holds an odd number of negators, when the caller has counted them
 */
export function sameAsPhrasing(
  norm: string,
  start: number,
  end: number,
  entry: string | undefined,
  minDice: number,
  negated?: boolean,
): Nearest | null {
  const scope = scopeOf(entry);
  if (!scope) return null;
  readClause(norm, start, end, scope);
  // Dice = 2·shared / (pairs + own), and shared is at most the pairs of both: of the clause, those
  // a phrasing of the scope holds (found); of the phrasing, at most the longest's. With m the
  // lesser, Dice ≤ 2·m / (m + own): a clause much longer than every phrasing, or mostly of words
  // none holds, cannot be one, and is not searched.
  const m = Math.min(found, scope.longest);
  if ((2 * m) / (m + own) < minDice) return null;
  const near = findNearest(norm, start, end, negated);
  if (!near || near.dice < minDice) return null;
  return near.negated === (negated ?? countNegators(norm, start, end) % 2 === 1) ? near : null;
}

/** Reused across calls: shared-pair counts per phrasing, and which were touched (a typed array: emptying an array frees its storage). */
let counts = new Uint16Array(0);
let touched = new Uint16Array(0);

/** Counts the pairs each phrasing of the scope shares with the clause read into `runs`, and ranks them. */
function findNearest(norm: string, start: number, end: number, negated?: boolean): Nearest | null {
  const { phrasings, pairs, sizes } = index!;
  if (counts.length < phrasings.length) {
    counts = new Uint16Array(phrasings.length);
    touched = new Uint16Array(phrasings.length);
  }
  let n = 0;
  for (let j = 0; j < found; j++) {
    for (let h = runs[2 * j]!; h < runs[2 * j + 1]!; h++) {
      const id = pairs.holders[h]!;
      if (counts[id] === 0) touched[n++] = id;
      counts[id]!++;
    }
  }
  // A phrasing that negates where the clause does not (or the reverse) says the opposite in the
  // same words ("能取出来" lies inside "不能取出来"): it ranks below any that agrees.
  const clauseNegated = n > 0 && (negated ?? countNegators(norm, start, end) % 2 === 1) ? 1 : 0;
  let best = -1;
  let bestRank = -Infinity;
  let bestScore = 0;
  let bestDice = 0;
  for (let t = 0; t < n; t++) {
    const id = touched[t]!;
    const size = sizes[id]!;
    const shared = Math.min(counts[id]!, size);
    const score = shared / size;
    const dice = (2 * shared) / (size + own);
    const rank = score - (index!.negated[id] === clauseNegated ? 0 : MISMATCH) + dice / 1000;
    if (rank > bestRank) {
      bestRank = rank;
      bestScore = score;
      bestDice = dice;
      best = id;
    }
    counts[id] = 0;
  }
  if (best < 0) return null;
  const p = phrasings[best]!;
  return { entry: p.entry, stance: p.stance, verdict: p.verdict, score: bestScore, dice: bestDice, negated: index!.negated[best] === 1 };
}
