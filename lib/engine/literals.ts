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

/** For each code unit, a bit per word set with a word that starts with it (eight sets share the table). */
const FIRST = new Uint8Array(0x10000);
let setsMade = 0;
const sets = new WeakMap<RegExp, WordSet | null>();

function compile(re: RegExp): WordSet | null {
  const words = re.source.split('|');
  if (setsMade >= 8 || (re.flags !== '' && re.flags !== 'g') || !words.every(plain)) return null;
  const set: WordSet = { bit: 1 << setsMade++, byFirst: new Map() };
  for (const w of words) {
    const first = w.charCodeAt(0);
    FIRST[first]! |= set.bit;
    set.byFirst.set(first, [...(set.byFirst.get(first) ?? []), w]);
  }
  return set;
}

/**
 * @return re.test(text.slice(start, end)), from lastIndex 0 for a global regex (left at 0);
 * without the slice when re is a plain alternation of words
 */
export function containsAny(re: RegExp, text: string, start = 0, end = text.length): boolean {
  let set = sets.get(re);
  if (set === undefined) sets.set(re, (set = compile(re)));
  if (!set) {
    re.lastIndex = 0;
    const found = re.test(start === 0 && end === text.length ? text : text.slice(start, end));
    re.lastIndex = 0;
    return found;
  }
  re.lastIndex = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((FIRST[code]! & set.bit) === 0) continue;
    for (const w of set.byFirst.get(code)!) if (i + w.length <= end && text.startsWith(w, i)) return true;
  }
  return false;
}
