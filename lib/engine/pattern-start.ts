// The characters and words a lexicon pattern's every match holds, read from its source, so a
// text that lacks them is not searched. Only the plain shapes the lexicon uses are read; anything
// else is left out (fewer sets, or null: run the pattern always), never a wrong answer.
import type { Feature } from '../dataset/types';

/** Characters that mean something in a regex source: an alternative starting with one is not plain. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** What \d matches without the u or i flags. */
const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));

/** After an atom: it may occur zero times, so it says nothing about what a match holds. */
const OPTIONAL = new Set(['?', '*']);

/** @return the index just past the group or class that opens at `at` (escapes and nested classes skipped), or -1 */
function closing(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      if (source[at] === '[') {
        // A class: its end is the first unescaped ].
        for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
        return i < source.length ? i + 1 : -1;
      }
      const end = closing(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** @return the alternatives of a group's body, or null when it holds a group or a class of its own */
function alternatives(body: string): string[] | null {
  if (/[()[\]]/.test(body.replace(/\\./g, ''))) return null;
  return body.split(/(?<!\\)\|/);
}

/** @return the code units one of which every match of the atom source[at, end) holds, or null when the source does not say */
function charsOf(source: string, at: number, end: number): number[] | null {
  const atom = source.slice(at, end);
  if (atom.length === 1) return SPECIAL.has(atom) ? null : [atom.charCodeAt(0)];
  if (atom === '\\d') return DIGITS;
  if (atom.startsWith('[')) {
    const inside = atom.slice(1, -1);
    return inside.length > 0 && !/[\\^-]/.test(inside) ? [...new Set([...inside].map((c) => c.charCodeAt(0)))] : null;
  }
  if (!atom.startsWith('(')) return null;
  const named = /^\(\?<[A-Za-z_]\w*>/.exec(atom);
  const body = named ? atom.slice(named[0].length, -1) : atom.startsWith('(?:') ? atom.slice(3, -1) : null;
  const alts = body === null ? null : alternatives(body);
  // Each alternative starts with a plain character that is not itself optional.
  if (!alts || !alts.every((a) => a.length > 0 && !SPECIAL.has(a[0]!) && !OPTIONAL.has(a[1] ?? '') && a[1] !== '{')) return null;
  return [...new Set(alts.map((a) => a.charCodeAt(0)))];
}

/** @return true when the source is an alternation at its top (or cannot be read): no atom is then in every match */
function alternation(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') {
      const end = closing(source, i);
      if (end < 0) return true;
      i = end - 1;
    } else if (ch === '|') return true;
  }
  return false;
}

/**
 * @param source a pattern's source, compiled without the i, m or s flags
 * @return for the first and the last atom that every match holds and whose characters the source
 * says (a plain character, a class of plain characters, a group of alternatives that each start
 * with a plain character): the code units one of which every match holds. The source is read up
 * to the first thing it does not know (an escape other than \d, an odd quantifier). Null when there is no such
 * atom, or the pattern is an alternation at its top.
 */
export function neededChars(source: string): [number[], number[]] | null {
  if (alternation(source)) return null;
  const sets: number[][] = [];
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    // Of the escapes, only \d (a digit: the lexicon's amounts and years) is read.
    let end = ch === '(' || ch === '[' ? closing(source, i) : ch === '\\' ? (source[i + 1] === 'd' ? i + 2 : -1) : i + 1;
    if (end < 0) break;
    const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
    const chars = lookaround ? null : charsOf(source, i, end);
    // Its quantifier: an atom that may occur zero times says nothing.
    let optional = lookaround;
    const q = source[end];
    if (q !== undefined && OPTIONAL.has(q)) {
      optional = true;
      end++;
    } else if (q === '+') end++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(end));
      if (!m) break;
      optional ||= Number(m[1]) === 0;
      end += m[0].length;
    }
    if (source[end] === '?') end++;
    if (chars && !optional) sets.push(chars);
    i = end;
  }
  return sets.length === 0 ? null : [sets[0]!, sets[sets.length - 1]!];
}

/** @return the alternatives of source[from, to) split at the | outside its groups and classes, or null when it cannot be read */
function topAlternatives(source: string, from: number, to: number): string[] | null {
  const alts: string[] = [];
  let at = from;
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') {
      const end = closing(source, i);
      if (end < 0 || end > to) return null;
      i = end - 1;
    } else if (ch === '|') {
      alts.push(source.slice(at, i));
      at = i + 1;
    }
  }
  alts.push(source.slice(at, to));
  return alts;
}

/** @return the plain characters an alternative starts with that every match of it holds (none before a quantifier takes the last away) */
function plainStart(alt: string): string {
  let i = 0;
  while (i < alt.length && !SPECIAL.has(alt[i]!)) i++;
  // A character followed by ?, * or {0,…} may be absent; one followed by + or {n,…} is there once.
  const q = alt[i];
  if (i > 0 && (q === '?' || q === '*' || q === '{')) i--;
  return alt.slice(0, i);
}

/**
 * @param source a pattern's source, compiled without the i, m or s flags
 * @return sets of words such that every match holds a word of each set: a run of plain characters
 * outside any group, or the plain starts of the alternatives of a group that is no lookaround and
 * not optional. Read up to the first thing the reader does not know (as neededChars); empty when
 * none, or the pattern is an alternation at its top.
 */
export function neededWords(source: string): string[][] {
  const sets: string[][] = [];
  if (alternation(source)) return sets;
  let run = '';
  const endRun = (): void => {
    if (run) sets.push([run]);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    let end = ch === '(' || ch === '[' ? closing(source, i) : ch === '\\' ? i + 2 : i + 1;
    if (end < 0 || end > source.length) break;
    // Its quantifier: an atom that may occur zero times holds nothing every match must.
    let optional = false;
    let repeated = false;
    const q = source[end];
    if (q === '?' || q === '*') {
      optional = true;
      end++;
    } else if (q === '+') {
      repeated = true;
      end++;
    } else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(end));
      if (!m) break;
      optional = Number(m[1]) === 0;
      repeated = true;
      end += m[0].length;
    }
    if (source[end] === '?') end++;
    const plain = !SPECIAL.has(ch);
    if (plain && !optional) {
      run += ch;
      if (repeated) endRun();
    } else {
      endRun();
      const group = ch === '(' && !optional && !/^\(\?<?[=!]/.test(source.slice(i, i + 4));
      if (group) {
        const named = /^\(\?<[A-Za-z_]\w*>/.exec(source.slice(i));
        const open = named ? i + named[0].length : source.startsWith('(?:', i) ? i + 3 : i + 1;
        const close = closing(source, i) - 1;
        const alts = topAlternatives(source, open, close)?.map(plainStart);
        if (alts && alts.every((a) => a.length > 0)) sets.push([...new Set(alts)]);
      } else if (ch !== '^' && ch !== '$' && ch !== '\\' && ch !== '[' && ch !== '(' && !plain && !optional) break;
    }
    i = end;
  }
  endRun();
  return sets;
}

/** Longer lists (the relatives, some forty words) cost more to look for than the run they may spare. */
const MAX_WORDS = 12;

/**
 * For each lexicon pattern, in the features' order, the words worth looking for before it is run:
 * the lists of neededWords of a few words each of two characters or more (single characters are
 * what findFeatures' masks read). Read from the sources at build time, into the generated dataset
 * beside the patterns themselves: read on the page, they cost its first analysis milliseconds.
 */
export type PatternWords = string[][][];

/** @return every pattern source of the features, in their order */
export const patternSources = (features: Record<string, Feature>): string[] => Object.values(features).flatMap((f) => f.patterns ?? []);

/** @return the words of the features' patterns, for the generated dataset */
export function buildPatternWords(features: Record<string, Feature>): PatternWords {
  return patternSources(features).map((source) => neededWords(source).filter((list) => list.length <= MAX_WORDS && list.every((w) => w.length >= 2)));
}

/**
 * @param patterns how many patterns the dataset's features hold
 * @throws when the dataset holds no words for each of them (built before they were written):
 * written in one step with the patterns, they are not hashed against them on the page, which
 * would cost its first analysis a millisecond or two
 */
export function loadPatternWords(built: PatternWords | undefined, patterns: number): PatternWords {
  if (built?.length !== patterns) throw new Error(`the patterns' words were built for other patterns than the dataset's ${patterns}: run npm run build:index`);
  return built;
}
