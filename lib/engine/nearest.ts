// The dataset phrasing closest to a clause, by shared pairs of adjacent CJK characters: what the
// clause says in the words of a sentence whose verdict the dataset knows. analyze() lets a
// clause that is one of them all but word for word take its verdict (sameAsPhrasing).
import type { Stance, Verdict } from './types';
import { dataset } from './dataset';
import { CJK_FROM, CJK_TO, isCjk } from './cjk';
import { countNegators } from './stance';

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
  pairs: number;
  negated: boolean;
}

/** How far a phrasing of the other polarity ranks below one of the clause's. */
const MISMATCH = 0.5;

/** How many code units the CJK range spans: a pair of them as one integer below 2^30. */
const CJK_SPAN = CJK_TO - CJK_FROM;
/** A CJK character pair as one small integer (under 2^30: a cheap map key, never a heap number). */
const pairKey = (a: number, b: number): number => (a - CJK_FROM) * CJK_SPAN + (b - CJK_FROM);

interface Index {
  phrasings: Phrasing[];
  /** Pair → the phrasings holding it (each phrasing once per pair). */
  postings: Map<number, number[]>;
  /** The same, for each entry's own phrasings. */
  byEntry: Map<string, Map<number, number[]>>;
  /** The most pairs a phrasing of each entry has, and of all (''). */
  longest: Map<string, number>;
  /** Pairs too common to tell phrasings apart (医保, 可以, 账户): neither indexed nor counted. */
  stop: Set<number>;
}

/** A pair held by more than this share of the phrasings says nothing of which one a clause is like. */
const STOP_SHARE = 0.1;

let index: Index | null = null;

function buildIndex(): Index {
  const phrasings: Phrasing[] = [];
  const postings = new Map<number, number[]>();
  for (const entry of dataset.entries) {
    for (const [stance, texts] of Object.entries(entry.phrasings) as [Stance, string[]][]) {
      for (const text of texts) {
        const id = phrasings.length;
        const seen = new Set<number>();
        for (let i = 1; i < text.length; i++) {
          const a = text.charCodeAt(i - 1);
          const b = text.charCodeAt(i);
          if (!isCjk(a) || !isCjk(b)) continue;
          const key = pairKey(a, b);
          if (seen.has(key)) continue;
          seen.add(key);
          const list = postings.get(key);
          if (list) list.push(id);
          else postings.set(key, [id]);
        }
        phrasings.push({ entry: entry.id, stance, verdict: entry.verdicts[stance], pairs: seen.size, negated: countNegators(text) % 2 === 1 });
      }
    }
  }
  const stop = new Set<number>();
  for (const [key, list] of postings) {
    if (list.length <= STOP_SHARE * phrasings.length) continue;
    stop.add(key);
    postings.delete(key);
    for (const id of list) phrasings[id]!.pairs--;
  }
  const byEntry = new Map<string, Map<number, number[]>>();
  for (const [key, list] of postings) {
    for (const id of list) {
      const entry = phrasings[id]!.entry;
      let own = byEntry.get(entry);
      if (!own) byEntry.set(entry, (own = new Map()));
      const ids = own.get(key);
      if (ids) ids.push(id);
      else own.set(key, [id]);
    }
  }
  const longest = new Map<string, number>();
  for (const p of phrasings) {
    longest.set(p.entry, Math.max(longest.get(p.entry) ?? 0, p.pairs));
    longest.set('', Math.max(longest.get('') ?? 0, p.pairs));
  }
  return { phrasings, postings, byEntry, longest, stop };
}

/** Reused across calls: shared-pair counts per phrasing, and which were touched. */
let counts = new Uint16Array(0);
const touched: number[] = [];

/**
 * @param entry search only this entry's phrasings (a few dozen, not the whole dataset's)
 * @return the phrasing sharing the largest share of its pairs with norm[start, end), or null if none shares any
 */
export function nearestPhrasing(norm: string, start: number, end: number, entry?: string): Nearest | null {
  index ??= buildIndex();
  const postings = entry === undefined ? index.postings : index.byEntry.get(entry);
  if (!postings) return null;
  return findNearest(norm, start, end, postings);
}

/**
 * The phrasing of the entry (or of any entry) that the clause is all but word for word, if any:
 * Dice of at least minDice, with the clause's own negation.
 */
export function sameAsPhrasing(norm: string, start: number, end: number, entry: string | undefined, minDice: number): Nearest | null {
  index ??= buildIndex();
  // Dice = 2·shared / (pairs + own) ≤ 2·longest / (longest + own): a clause much longer than
  // every phrasing cannot be one, and is not searched.
  const longest = index.longest.get(entry ?? '') ?? 0;
  if ((2 * longest) / (longest + ownPairs(norm, start, end, index.stop)) < minDice) return null;
  const near = nearestPhrasing(norm, start, end, entry);
  if (!near || near.dice < minDice) return null;
  return near.negated === (countNegators(norm, start, end) % 2 === 1) ? near : null;
}

/** The clause's pairs that are not too common to count, as findNearest counts them. */
function ownPairs(norm: string, start: number, end: number, stop: Set<number>): number {
  let own = 0;
  for (let i = start + 1; i < end; i++) {
    const a = norm.charCodeAt(i - 1);
    const b = norm.charCodeAt(i);
    if (isCjk(a) && isCjk(b) && !stop.has(pairKey(a, b))) own++;
  }
  return own;
}

function findNearest(norm: string, start: number, end: number, postings: Map<number, number[]>): Nearest | null {
  const { phrasings, stop } = index!;
  if (counts.length < phrasings.length) counts = new Uint16Array(phrasings.length);
  touched.length = 0;
  let own = 0;
  for (let i = start + 1; i < end; i++) {
    const a = norm.charCodeAt(i - 1);
    const b = norm.charCodeAt(i);
    if (!isCjk(a) || !isCjk(b)) continue;
    const key = pairKey(a, b);
    if (stop.has(key)) continue;
    own++;
    const list = postings.get(key);
    if (!list) continue;
    for (const id of list) {
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
    }
  }
  // A phrasing that negates where the clause does not (or the reverse) says the opposite in the
  // same words ("能取出来" lies inside "不能取出来"): it ranks below any that agrees.
  const negated = touched.length > 0 && countNegators(norm, start, end) % 2 === 1;
  let best = -1;
  let bestRank = -Infinity;
  let bestScore = 0;
  let bestDice = 0;
  for (const id of touched) {
    const p = phrasings[id]!;
    const shared = Math.min(counts[id]!, p.pairs);
    const score = shared / p.pairs;
    const dice = (2 * shared) / (p.pairs + own);
    const rank = score - (p.negated === negated ? 0 : MISMATCH) + dice / 1000;
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
  return { entry: p.entry, stance: p.stance, verdict: p.verdict, score: bestScore, dice: bestDice, negated: p.negated };
}
