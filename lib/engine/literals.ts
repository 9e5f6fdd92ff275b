// Whether text holds any word of a regex that is a plain alternation of words (PLACES, HEDGES,
// WARNING …). V8's regex engine tries each of up to a hundred alternatives at every position;
// a table of first characters passes over most positions at once. Same answer as re.test.
import { plain } from './pattern-start';

interface WordSet {
  /** This set's bit in FIRST. */
  bit: number;
  /** The words by their first code unit. */
  byFirst: Map<number, string[]>;
}

/** For each code unit, a bit per word set with a word that starts with it (sixteen sets share the table). */
const FIRST = new Uint16Array(0x10000);
const made: WordSet[] = [];
const sets = new WeakMap<RegExp, WordSet | null>();

function compile(re: RegExp): WordSet | null {
  const words = re.source.split('|');
  if (made.length >= 16 || (re.flags !== '' && re.flags !== 'g') || !words.every(plain)) return null;
  const set: WordSet = { bit: 1 << made.length, byFirst: new Map() };
  for (const w of words) {
    const first = w.charCodeAt(0);
    FIRST[first]! |= set.bit;
    set.byFirst.set(first, [...(set.byFirst.get(first) ?? []), w]);
  }
  made.push(set);
  return set;
}

/** @return whether a word of the set starts at i and ends by end */
function wordAt(set: WordSet, text: string, i: number, end: number): boolean {
  for (const w of set.byFirst.get(text.charCodeAt(i))!) if (i + w.length <= end && text.startsWith(w, i)) return true;
  return false;
}

/** @return the bits of the sets in `wanted` with a word in text[start, end) */
function scan(text: string, start: number, end: number, wanted: number): number {
  let found = 0;
  for (let i = start; i < end && found !== wanted; i++) {
    let bits = FIRST[text.charCodeAt(i)]! & wanted & ~found;
    while (bits !== 0) {
      const bit = bits & -bits;
      bits ^= bit;
      if (wordAt(made[31 - Math.clz32(bit)]!, text, i, end)) found |= bit;
    }
  }
  return found;
}

/**
 * The last range read for every set at once, and the sets it holds a word of. A sentence is
 * asked about most sets, then parts of it about some: a part of a range that holds no word of
 * a set holds none either.
 */
const last = { text: '', start: 0, end: 0, sets: 0, found: 0 };

/**
 * @return re.test(text.slice(start, end)), from lastIndex 0 for a global regex (left at 0);
 * without the slice when re is a plain alternation of words
 */
export function containsAny(re: RegExp, text: string, start = 0, end = text.length): boolean {
  let set = sets.get(re);
  if (set === undefined) sets.set(re, (set = compile(re)));
  re.lastIndex = 0;
  if (!set) {
    const found = re.test(start === 0 && end === text.length ? text : text.slice(start, end));
    re.lastIndex = 0;
    return found;
  }
  if (end <= start) return false;
  // Whole strings (slices made for a regex) are read for this set alone and not remembered.
  if (start === 0 && end === text.length) return scan(text, start, end, set.bit) !== 0;
  const all = (1 << made.length) - 1;
  if (last.sets === all && start >= last.start && end <= last.end && text === last.text) {
    if ((last.found & set.bit) === 0) return false;
    return (start === last.start && end === last.end) || scan(text, start, end, set.bit) !== 0;
  }
  last.text = text;
  last.start = start;
  last.end = end;
  last.sets = all;
  last.found = scan(text, start, end, all);
  return (last.found & set.bit) !== 0;
}

/** A word, and the characters that must not follow it (a lookahead such as 别(?![人的])). */
interface Alternative {
  word: string;
  notBefore: string;
}

/** One alternative of a word list: a plain word, perhaps with a negative lookahead of plain characters. */
const ALTERNATIVE = /^([^\\^$.|?*+()[\]{}]+)(?:\(\?!\[([^\\^\]-]+)\]\))?$/;
const alternations = new WeakMap<RegExp, Map<number, Alternative[]> | null>();

/** @return the alternatives by first code unit, each list in the regex's order; null for any other regex */
function compileAlternation(re: RegExp): Map<number, Alternative[]> | null {
  if (re.flags !== 'g') return null;
  const byFirst = new Map<number, Alternative[]>();
  for (const source of re.source.split('|')) {
    const m = ALTERNATIVE.exec(source);
    if (!m) return null;
    const first = m[1]!.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { word: m[1]!, notBefore: m[2] ?? '' }]);
  }
  return byFirst;
}

/**
 * @param re a global regex
 * @return how many matches text.slice(start, end).match(re) finds; read in place when re is a
 * list of words (at each position the first of them in the regex's order that fits wins, as there)
 */
export function countMatches(re: RegExp, text: string, start: number, end: number): number {
  let byFirst = alternations.get(re);
  if (byFirst === undefined) alternations.set(re, (byFirst = compileAlternation(re)));
  if (!byFirst) return text.slice(start, end).match(re)?.length ?? 0;
  let count = 0;
  for (let i = start; i < end; ) {
    const length = fittingAt(byFirst.get(text.charCodeAt(i)), text, i, end);
    if (length === 0) {
      i++;
      continue;
    }
    count++;
    i += length;
  }
  return count;
}

/** @return the length of the first alternative that matches at i within end, or 0 */
function fittingAt(alternatives: Alternative[] | undefined, text: string, i: number, end: number): number {
  if (!alternatives) return 0;
  for (const { word, notBefore } of alternatives) {
    const after = i + word.length;
    if (after <= end && text.startsWith(word, i) && (after === end || !notBefore.includes(text[after]!))) return word.length;
  }
  return 0;
}
