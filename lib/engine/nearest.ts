// The dataset phrasing closest to a clause, by shared pairs of adjacent Chinese characters
// (pair-index.ts): what the clause says in the words of a sentence whose verdict the dataset
// knows. analyze() lets a clause that is one of them all but word for word take its verdict
// (sameAsPhrasing).
import type { Stance, Verdict } from './types';
import { dataset } from './dataset';
import { countNegators } from './stance';
import { Pairs, slotOf } from './pair-index';
import { phrasingsOf, unpackPhrasingIndex, type PhrasingIndex, type Scope } from './phrasing-index';

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

/** A phrasing as a search returns it. */
interface Phrasing {
  entry: string;
  stance: Stance;
  verdict: Verdict;
}

/** How far a phrasing of the other polarity ranks below one of the clause's. */
const MISMATCH = 0.5;

interface Index extends PhrasingIndex {
  /** Every phrasing of the dataset, by its number in the index. */
  phrasings: Phrasing[];
  /** Each phrasing holds an odd number of negators: 1. Counted here, not at build time: it is the stance lists' reading. */
  negated: Uint8Array;
}

let index: Index | null = null;

function loadIndex(): Index {
  const listed = phrasingsOf(dataset.entries);
  const verdictOf = new Map(dataset.entries.map((e) => [e.id, e.verdicts]));
  return {
    ...unpackPhrasingIndex(dataset.phrasingIndex, listed),
    phrasings: listed.map(({ entry, stance }) => ({ entry, stance, verdict: verdictOf.get(entry)![stance] })),
    negated: Uint8Array.from(listed, ({ text }) => countNegators(text) % 2),
  };
}

/**
 * Reused across calls: the clause's pairs, and where the holders of each of those worth searching
 * are in the scope's holders (runs[2j] … runs[2j + 1] - 1).
 */
const clausePairs = new Pairs();
let runs = new Int32Array(128);
/** What readClause found: the clause's pairs not too common to count, and how many of them the scope holds (its runs). */
let own = 0;
let found = 0;

/** Reads the clause's pairs into `runs`, `own` and `found`. */
function readClause(norm: string, start: number, end: number, scope: Scope): void {
  const { pairs, stop } = scope;
  const { first } = pairs;
  clausePairs.read(norm, start, end, 'adjacent');
  if (runs.length < 2 * clausePairs.count) runs = new Int32Array(2 * clausePairs.keys.length);
  own = 0;
  found = 0;
  for (let j = 0; j < clausePairs.count; j++) {
    const key = clausePairs.keys[j]!;
    const slot = slotOf(pairs, key);
    // A pair none of the scope's phrasings holds may still be too common to count.
    if (slot >= 0 ? stop[slot] === 1 : scope !== index!.all && slotOf(index!.stopPairs, key) >= 0) continue;
    own++;
    if (slot < 0) continue;
    runs[2 * found] = first[slot]!;
    runs[2 * found + 1] = first[slot + 1]!;
    found++;
  }
}

/** @return the phrasings to search: all, or the entry's (none for an entry without phrasings) */
function scopeOf(entry: string | undefined): Scope | undefined {
  index ??= loadIndex();
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
  return findNearest(norm, start, end, scope);
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
  const near = findNearest(norm, start, end, scope, negated);
  if (!near || near.dice < minDice) return null;
  return near.negated === (negated ?? countNegators(norm, start, end) % 2 === 1) ? near : null;
}

/** Reused across calls: shared-pair counts per phrasing, and which were touched (a typed array: emptying an array frees its storage). */
let counts = new Uint16Array(0);
let touched = new Uint16Array(0);

/** Counts the pairs each phrasing of the scope shares with the clause read into `runs`, and ranks them. */
function findNearest(norm: string, start: number, end: number, scope: Scope, negated?: boolean): Nearest | null {
  const { phrasings, sizes } = index!;
  const { holders } = scope.pairs;
  if (counts.length < phrasings.length) {
    counts = new Uint16Array(phrasings.length);
    touched = new Uint16Array(phrasings.length);
  }
  let n = 0;
  for (let j = 0; j < found; j++) {
    for (let h = runs[2 * j]!; h < runs[2 * j + 1]!; h++) {
      const id = scope.from + holders[h]!;
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
