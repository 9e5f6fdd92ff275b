// Regexes that are lists of words (PLACES, HEDGES, WARNING, NEGATORS …), read without the regex
// engine, which tries each of up to a hundred alternatives at every position: a table of first
// characters passes over most positions at once. Same answers as the regex; any other regex is
// run as it is.
import { buildTrie, childOf, masksAt, type TermTrie } from './term-trie';
import { add, has } from './code-set';

/**
 * A word of a list, the characters that must not follow it (a lookahead such as 别(?![人的])),
 * those that must not precede it (a lookbehind such as (?<!可)以为), and whether it must end the text (呢$).
 */
interface Word {
  word: string;
  notBefore: string;
  notAfter: string;
  atEnd: boolean;
  /** Its place among the list's alternatives: of the words that fit at a position, the first wins, as in the regex. */
  order: number;
}

interface WordList {
  /** This list's bit in FIRST. */
  bit: number;
  /**
   * The code units its words start with (code-set.ts): what a count over a clause reads at every
   * character, 8 KB that stay in the cache where FIRST's 128 KB do not.
   */
  starts: Uint32Array;
  /** The words by their first code unit, each group in the regex's order. */
  byFirst: Map<number, Word[]>;
  /**
   * The list's distinct words, and for each (by its index in the trie) its alternatives in the
   * regex's order: matchAt walks the text down the trie once, where trying each word that starts
   * with the character (two dozen start with 不) cost a string comparison each.
   */
  trie: TermTrie;
  alternativesOf: Word[][];
  /**
   * Some word reads the characters around it (a lookahead, a lookbehind, the end of the text):
   * then a part of a range can hold a match the range does not (别 before 人 matches where the part ends).
   */
  readsAround: boolean;
  /** Some word reads the character before it or the end of the text: countMatchesOutside gives it to the regex. */
  readsEdges: boolean;
}

/** A plain character of a source, or a class of them ([人的]). */
const CHARS = String.raw`(?:\[([^\\^\]-]+)\]|([^\\^$.|?*+()[\]{}]))`;
/**
 * One alternative of a list: plain characters, perhaps with a negative lookbehind and a negative
 * lookahead of one plain character each (or a class of them), perhaps ending the text.
 */
const WORD = new RegExp(String.raw`^(?:\(\?<!${CHARS}\))?([^\\^$.|?*+()[\]{}]+)(?:\(\?!${CHARS}\))?(\$)?$`);
/** For each code unit, a bit per list with a word that starts with it (sixteen lists share the table). */
const FIRST = new Uint16Array(0x10000);
/** The code units some list's word starts with: scan reads FIRST only for these. */
const ANY_FIRST = new Uint32Array(0x10000 >>> 5);
const lists: WordList[] = [];
const compiled = new WeakMap<RegExp, WordList | null>();

/** @return true when re is read as a list of words (fast), false when each call runs the regex on a slice */
export const readsAsWords = (re: RegExp): boolean => listOf(re) !== null;

function listOf(re: RegExp): WordList | null {
  let list = compiled.get(re);
  if (list === undefined) compiled.set(re, (list = compile(re)));
  return list;
}

function compile(re: RegExp): WordList | null {
  if (lists.length >= 16 || (re.flags !== '' && re.flags !== 'g')) return null;
  const byFirst = new Map<number, Word[]>();
  const byWord = new Map<string, Word[]>();
  let readsAround = false;
  let readsEdges = false;
  let order = 0;
  for (const source of re.source.split('|')) {
    const m = WORD.exec(source);
    if (!m) return null;
    const [, afterClass, afterChar, word, beforeClass, beforeChar, end] = m;
    const w: Word = { word: word!, notBefore: beforeClass ?? beforeChar ?? '', notAfter: afterClass ?? afterChar ?? '', atEnd: end !== undefined, order: order++ };
    byWord.set(w.word, [...(byWord.get(w.word) ?? []), w]);
    const first = word!.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
    readsEdges ||= w.notAfter !== '' || w.atEnd;
    readsAround ||= readsEdges || w.notBefore !== '';
  }
  const distinct = [...byWord.keys()];
  const list: WordList = {
    bit: 1 << lists.length,
    starts: new Uint32Array(0x10000 >>> 5),
    byFirst,
    trie: buildTrie(distinct),
    alternativesOf: distinct.map((word) => byWord.get(word)!),
    readsAround,
    readsEdges,
  };
  for (const first of byFirst.keys()) {
    FIRST[first]! |= list.bit;
    add(list.starts, first);
    add(ANY_FIRST, first);
  }
  lists.push(list);
  words = null;
  return list;
}

/**
 * Every word of every list, with the lists (bits) it belongs to: a position is read once for
 * them all. What a word reads around it is not read here: for a list whose words do a bit says
 * only that one of its words stands there, which a range without one cannot match.
 */
let words: { trie: TermTrie; listsOf: Int32Array; readAround: number } | null = null;

function allWords(): NonNullable<typeof words> {
  const bitsOf = new Map<string, number>();
  let readAround = 0;
  for (const list of lists) {
    if (list.readsAround) readAround |= list.bit;
    for (const group of list.byFirst.values()) for (const { word } of group) bitsOf.set(word, (bitsOf.get(word) ?? 0) | list.bit);
  }
  return { trie: buildTrie([...bitsOf.keys()]), listsOf: Int32Array.from(bitsOf.values()), readAround };
}

/**
 * @param from where the text the regex reads starts (a lookbehind sees nothing before it)
 * @return the length of the first word of the list (in the regex's order) that matches at i within end, or 0
 */
function matchAt(list: WordList, text: string, i: number, end: number, from: number): number {
  const { trie } = list;
  let node = trie.root[text.charCodeAt(i)]!;
  // The first alternative, in the regex's order, of the words that stand at i and end by `end`.
  let first = -1;
  let length = 0;
  for (let after = i + 1; node !== 0; after++) {
    const term = trie.termAt[node]!;
    if (term >= 0) {
      for (const { order, notBefore, notAfter, atEnd } of list.alternativesOf[term]!) {
        if (first >= 0 && order > first) break;
        if (after === end ? true : !atEnd && !notBefore.includes(text[after]!)) {
          if (i === from || !notAfter.includes(text[i - 1]!)) {
            first = order;
            length = after - i;
            break;
          }
        }
      }
    }
    if (after >= end) break;
    node = childOf(trie, node, text.charCodeAt(after));
  }
  return length;
}

/** @return the bits of the lists in `wanted` with a word in text[start, end), lookaheads unread (see words) */
function wordsIn(text: string, start: number, end: number, wanted: number): number {
  const w = (words ??= allWords());
  let found = 0;
  for (let i = start; i < end && (found & wanted) !== wanted; i++) found |= masksAt(w.trie, text, i, end, w.listsOf);
  return found & wanted;
}

/** @return the bits of the lists in `wanted` with a match in text[start, end) */
function scan(text: string, start: number, end: number, wanted: number): number {
  let found = wordsIn(text, start, end, wanted);
  // Lists whose words read around them, word by word where one of their words stands.
  const unsure = found & (words ??= allWords()).readAround;
  found &= ~unsure;
  for (let i = start; i < end && (found & unsure) !== unsure; i++) {
    const code = text.charCodeAt(i);
    let bits = has(ANY_FIRST, code) ? FIRST[code]! & unsure & ~found : 0;
    while (bits !== 0) {
      const bit = bits & -bits;
      bits ^= bit;
      if (matchAt(lists[31 - Math.clz32(bit)]!, text, i, end, start) > 0) found |= bit;
    }
  }
  return found;
}

/**
 * The last range read for every list at once, and the lists with a word in it (lookaheads
 * unread). A sentence is asked about most lists, then parts of it about some: a part of a range
 * that holds no word of a list holds no match of it either.
 */
const last = { text: '', start: 0, end: 0, lists: 0, found: 0 };

/** @return false when text[start, end) holds no word of the list, as far as the last range read tells (true: it may) */
function mayHold(list: WordList, text: string, start: number, end: number): boolean {
  return !(last.lists === (1 << lists.length) - 1 && start >= last.start && end <= last.end && text === last.text && (last.found & list.bit) === 0);
}

/**
 * @return re.test(text.slice(start, end)), from lastIndex 0 for a global regex (left at 0);
 * without the slice when re is a list of words
 */
export function containsAny(re: RegExp, text: string, start = 0, end = text.length): boolean {
  const list = listOf(re);
  re.lastIndex = 0;
  if (!list) {
    const found = re.test(start === 0 && end === text.length ? text : text.slice(start, end));
    re.lastIndex = 0;
    return found;
  }
  if (end <= start) return false;
  // Whole strings (slices made for a regex) are read for this list alone and not remembered.
  if (start === 0 && end === text.length) return scan(text, start, end, list.bit) !== 0;
  const all = (1 << lists.length) - 1;
  if (last.lists === all && start >= last.start && end <= last.end && text === last.text) {
    if ((last.found & list.bit) === 0) return false;
    return (start === last.start && end === last.end && !list.readsAround) || scan(text, start, end, list.bit) !== 0;
  }
  last.text = text;
  last.start = start;
  last.end = end;
  last.lists = all;
  last.found = wordsIn(text, start, end, all);
  if ((last.found & list.bit) === 0) return false;
  return !list.readsAround || scan(text, start, end, list.bit) !== 0;
}

/** Where nextWord found a word: its length. */
let wordLength = 0;

/** @return where the first word of the list in text[from, end) of text[start, end) starts (its length in wordLength), end if none */
function nextWord(list: WordList, text: string, from: number, start: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (!has(list.starts, text.charCodeAt(i))) continue;
    wordLength = matchAt(list, text, i, end, start);
    if (wordLength > 0) return i;
  }
  return end;
}

/**
 * @param re, mask global regexes
 * @return countMatches of re in text[start, end) with every match of mask blanked out first, as
 * text.slice(start, end).replace(mask, (m) => '_'.repeat(m.length)).match(re) counts them;
 * read in place when both are lists of words (no word holds the blank: a match of re lies
 * between two of mask, and ends where one starts as it ends at the end of the range)
 */
export function countMatchesOutside(re: RegExp, mask: RegExp, text: string, start: number, end: number): number {
  const list = re.global ? listOf(re) : null;
  const masks = mask.global ? listOf(mask) : null;
  if (!list || !masks || list.readsEdges || masks.readsEdges) return text.slice(start, end).replace(mask, (m) => '_'.repeat(m.length)).match(re)?.length ?? 0;
  if (!mayHold(list, text, start, end)) return 0;
  // The words between one mask and the next, each run read as a range of its own.
  let count = 0;
  for (let from = start; from < end; ) {
    const maskStart = nextWord(masks, text, from, start, end);
    count += countIn(list, text, from, maskStart, start);
    from = maskStart === end ? end : maskStart + wordLength;
  }
  return count;
}

/** @return how many words of the list, leftmost first, lie in text[from, to) (a word may not run past to; lookbehinds read from start) */
function countIn(list: WordList, text: string, from: number, to: number, start: number): number {
  let count = 0;
  for (let i = from; i < to; ) {
    const length = has(list.starts, text.charCodeAt(i)) ? matchAt(list, text, i, to, start) : 0;
    if (length === 0) {
      i++;
      continue;
    }
    count++;
    i += length;
  }
  return count;
}

/**
 * @param re a global regex
 * @return how many matches text.slice(start, end).match(re) finds; read in place when re is a
 * list of words (at each position the first of them in the regex's order that fits wins, as there)
 */
export function countMatches(re: RegExp, text: string, start: number, end: number): number {
  const list = re.global ? listOf(re) : null;
  if (!list) return text.slice(start, end).match(re)?.length ?? 0;
  if (!mayHold(list, text, start, end)) return 0;
  return countIn(list, text, start, end, start);
}
