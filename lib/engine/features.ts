// Finds the dataset's lexicon features in normalised text.
import { dataset } from './dataset';
import { longestAt, type TermTrie } from './term-trie';
import { lexiconTerms, loadLexiconTrie } from './lexicon-trie';
import { loadPatternWords, neededChars, patternSources } from './pattern-start';

export interface Hit {
  feature: string;
  /** The feature's number (featureNames()[id] === feature): what hot paths index tables by, where a name cost a map or set lookup. */
  id: number;
  start: number;
  end: number;
}

interface Pattern {
  feature: string;
  id: number;
  re: RegExp;
  /**
   * For each list of words of which every match holds one (loadPatternWords), each word's first and
   * last pair of characters as slots of pairsSeen: a sentence that holds both atoms the masks
   * read seldom holds the pattern, and a few table reads cost far less than the regex run.
   */
  pairs: Int32Array[];
}

interface Compiled {
  /** The literal terms, so the longest term at a position wins. */
  trie: TermTrie;
  /** The features (ids) of each term, by the term's index in the trie. */
  featuresOf: Int32Array[];
  patterns: Pattern[];
  /** For each code unit some pattern needs, its row in patternMasks (0: none). */
  patternRow: Uint16Array;
  /**
   * Six words a row: the patterns (31 a word, the first 93) whose first needed atom (neededChars)
   * the row's character can be, in four words, then those whose last it can be: a pattern both
   * of whose atoms do not find a character in the text cannot match there, and is not run.
   */
  patternMasks: Uint32Array;
  /**
   * Two bits per code unit, 16 code units to an integer: PATTERN_CHAR where some pattern needs
   * it (patternChars is then read), TERM_START where some term starts with it. One read for
   * every character of a text, where two sets cost two.
   */
  charBits: Uint32Array;
  /** The patterns run whatever the text, in four words: those whose needed characters are not known. */
  alwaysRun: Uint32Array;
  roles: Map<string, 'anchor' | 'context'>;
  /** The features' names, by id: the lexicon's order. */
  names: string[];
  idOf: Map<string, number>;
  /** 1 where the feature (by id) is an anchor. */
  anchor: Uint8Array;
}

const PATTERN_CHAR = 1;
const TERM_START = 2;

/** Bits a mask word holds (31: no sign to mind), and patterns in four words; past these, a pattern is always run. */
const MASK_BITS = 31;
const MASK_WORDS = 4;
export const MASKED_PATTERNS = MASK_WORDS * MASK_BITS;

let compiled: Compiled | null = null;

function compile(): Compiled {
  const featuresByTerm = new Map<string, string[]>();
  const patterns: Compiled['patterns'] = [];
  const roles = new Map<string, 'anchor' | 'context'>();
  const names = Object.keys(dataset.features);
  const idOf = new Map(names.map((name, id) => [name, id]));
  const words = loadPatternWords(dataset.patternWords, patternSources(dataset.features).length);
  for (const [name, f] of Object.entries(dataset.features)) {
    roles.set(name, f.role);
    for (const term of f.terms) {
      const list = featuresByTerm.get(term) ?? [];
      list.push(name);
      featuresByTerm.set(term, list);
    }
    // Match indices ('d') cost an allocation per match: only patterns with an 'at' group need them.
    for (const p of f.patterns ?? []) patterns.push({ feature: name, id: idOf.get(name)!, re: new RegExp(p, p.includes('(?<at>') ? 'gd' : 'g'), pairs: pairsToSeek(words[patterns.length]!) });
  }
  // A trie beats one regex of ~600 alternatives by an order of magnitude on CJK text.
  const terms = lexiconTerms(dataset.features);
  // Rows only for the few hundred characters patterns need: a row per code unit would be 16 bytes × 65,536.
  const patternRow = new Uint16Array(0x10000);
  const emptyRow = (): number[] => new Array<number>(2 * MASK_WORDS).fill(0);
  const rows: number[][] = [emptyRow()];
  const alwaysRun = new Uint32Array(MASK_WORDS);
  patterns.forEach(({ re }, i) => {
    const word = Math.floor(i / MASK_BITS);
    const bit = 1 << i % MASK_BITS;
    const needed = i < MASKED_PATTERNS ? neededChars(re.source) : null;
    if (!needed) {
      if (i < MASKED_PATTERNS) alwaysRun[word]! |= bit;
      return;
    }
    needed.forEach((chars, which) =>
      chars.forEach((code) => {
        if (patternRow[code] === 0) patternRow[code] = rows.push(emptyRow()) - 1;
        rows[patternRow[code]!]![MASK_WORDS * which + word]! |= bit;
      }),
    );
  });
  const patternMasks = Uint32Array.from(rows.flat());
  const trie = loadLexiconTrie(dataset.lexiconTrie, terms);
  const charBits = new Uint32Array(0x10000 >>> 4);
  const mark = (code: number, bit: number) => (charBits[code >>> 4]! |= bit << ((code & 15) << 1));
  for (const term of terms) mark(term.charCodeAt(0), TERM_START);
  patternRow.forEach((row, code) => row !== 0 && mark(code, PATTERN_CHAR));
  return {
    trie,
    featuresOf: terms.map((t) => Int32Array.from(featuresByTerm.get(t)!, (name) => idOf.get(name)!)),
    patterns,
    patternRow,
    patternMasks,
    charBits,
    alwaysRun,
    roles,
    names,
    idOf,
    anchor: Uint8Array.from(names, (name) => (roles.get(name) === 'anchor' ? 1 : 0)),
  };
}

function get(): Compiled {
  return (compiled ??= compile());
}

/** @return the role of a feature, or undefined for a name the lexicon does not know. */
export function featureRole(feature: string): 'anchor' | 'context' | undefined {
  return get().roles.get(feature);
}

/** @return the lexicon's feature names, by id (Hit.id) */
export function featureNames(): readonly string[] {
  return get().names;
}

/** @return the id of a feature (Hit.id), or -1 for a name the lexicon does not know */
export function featureId(feature: string): number {
  return get().idOf.get(feature) ?? -1;
}

/** @return true when the feature with this id is an anchor (featureRole(h.feature) === 'anchor', without the map lookup) */
export function isAnchor(id: number): boolean {
  return get().anchor[id] === 1;
}

/** @return a table by feature id, 1 for the features `has` holds for: a set of names read with one array access */
export function featureTable(has: (feature: string) => boolean): Uint8Array {
  return Uint8Array.from(get().names, (name) => (has(name) ? 1 : 0));
}

/** Reused by every call: the length of the term longestAt found. */
const found = { length: 0 };

/** @return every feature hit in text[start, end), in text order. */
export function findFeatures(text: string, start: number, end: number): Hit[] {
  const c = get();
  // Gathered in an array of this call, then copied out at their exact size (an array filled by
  // push reserves room for 17, then 41 …). Not one array reused: an old array took each new hit
  // through the write barrier's slow path.
  const hits: Hit[] = [];
  let count = 0;
  // The patterns whose first (last) needed atom has a character in the text, in four words.
  let first0 = 0;
  let first1 = 0;
  let first2 = 0;
  let first3 = 0;
  let last0 = 0;
  let last1 = 0;
  let last2 = 0;
  let last3 = 0;
  const masks = c.patternMasks;
  // Leftmost-longest, non-overlapping: the same matches a regex alternation of the terms gives.
  let next = start;
  if (call === 0x7fffffff) {
    pairsSeen.fill(0);
    call = 0;
  }
  const stamp = ++call;
  const seen = pairsSeen;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    seen[pairSlot(previous, code)] = stamp;
    previous = code;
    const bits = (c.charBits[code >>> 4]! >>> ((code & 15) << 1)) & 3;
    if (bits === 0) continue;
    if ((bits & PATTERN_CHAR) !== 0) {
      const row = 2 * MASK_WORDS * c.patternRow[code]!;
      first0 |= masks[row]!;
      first1 |= masks[row + 1]!;
      first2 |= masks[row + 2]!;
      first3 |= masks[row + 3]!;
      last0 |= masks[row + 4]!;
      last1 |= masks[row + 5]!;
      last2 |= masks[row + 6]!;
      last3 |= masks[row + 7]!;
    }
    // Most characters start no term: no walk.
    if (i < next || (bits & TERM_START) === 0) continue;
    const term = longestAt(c.trie, text, i, end, found);
    if (term < 0) continue;
    const ids = c.featuresOf[term]!;
    for (let f = 0; f < ids.length; f++) hits[count++] = { feature: c.names[ids[f]!]!, id: ids[f]!, start: i, end: i + found.length };
    next = i + found.length;
  }
  const terms = count;
  const run0 = (first0 & last0) | c.alwaysRun[0]!;
  const run1 = (first1 & last1) | c.alwaysRun[1]!;
  const run2 = (first2 & last2) | c.alwaysRun[2]!;
  const run3 = (first3 & last3) | c.alwaysRun[3]!;
  // Copied for the first pattern run, if any: most sentences run none.
  let slice: string | null = null;
  // The patterns to run, in their order: the bits set in the four words, lowest first (a sentence
  // runs a few of the ninety, which are not each tested), then those past the words.
  for (let w = 0; w < MASK_WORDS; w++) {
    let bits = w === 0 ? run0 : w === 1 ? run1 : w === 2 ? run2 : run3;
    while (bits !== 0) {
      const bit = bits & -bits;
      bits ^= bit;
      const pattern = c.patterns[w * MASK_BITS + 31 - Math.clz32(bit)]!;
      if (holdsPairs(pattern.pairs, stamp)) count = runPattern(pattern, (slice ??= text.slice(start, end)), start, hits, count);
    }
  }
  for (let p = MASKED_PATTERNS; p < c.patterns.length; p++) count = runPattern(c.patterns[p]!, (slice ??= text.slice(start, end)), start, hits, count);
  // The terms' hits are in order already (a term's features share its span): only patterns' need sorting in.
  if (count > terms) sortIn(hits, terms, count);
  return hits.slice(0, count);
}

/** Slots of the table of the pairs of adjacent characters a text holds: a pair's slot is its hash, so a pair not held may share one. */
const PAIR_BITS = 12;

/** @return the slot of the pair of code units a, b */
const pairSlot = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** For each slot, the findFeatures call (its number) whose text last held a pair there. */
const pairsSeen = new Int32Array(1 << PAIR_BITS);
let call = 0;

/** @return the slots of the first and last pair of each word of each list (the words of a pattern, loadPatternWords) */
function pairsToSeek(lists: string[][]): Int32Array[] {
  return lists.map((list) => {
    const slots = new Int32Array(2 * list.length);
    list.forEach((w, i) => {
      slots[2 * i] = pairSlot(w.charCodeAt(0), w.charCodeAt(1));
      slots[2 * i + 1] = pairSlot(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1));
    });
    return slots;
  });
}

/** @return true when the text of this call may hold a word of every list: each list has a word both of whose pairs it holds */
function holdsPairs(lists: Int32Array[], stamp: number): boolean {
  for (let l = 0; l < lists.length; l++) {
    const slots = lists[l]!;
    let found = false;
    for (let w = 0; w < slots.length && !found; w += 2) found = pairsSeen[slots[w]!] === stamp && pairsSeen[slots[w + 1]!] === stamp;
    if (!found) return false;
  }
  return true;
}

/**
 * Adds the hits of a pattern in slice, which starts at `start` of the text, to hits from `count` on.
 * @return the count of hits after them
 */
function runPattern({ feature, id, re }: Pattern, slice: string, start: number, hits: Hit[], count: number): number {
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // A group named 'at' marks the word the hit stands for (see data/lexicon.json).
    const at = m.indices?.groups?.at;
    hits[count++] = { feature, id, start: start + (at ? at[0] : m.index), end: start + (at ? at[1] : m.index + m[0].length) };
  }
  return count;
}


/**
 * @param hits findFeatures' hits, in order of start
 * @return those inside text[start, end), in order: the ones that start there are one run of them
 */
/**
 * @return true when one of the hits inside the clause is one `which` holds for. A loop of its own:
 * a closure over the clause, asked for most clauses, cost an allocation each time.
 */
export function holdsHit(hits: Hit[], clause: { start: number; end: number }, which: (h: Hit) => boolean): boolean {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start >= clause.start && h.end <= clause.end && which(h)) return true;
  }
  return false;
}

export function hitsWithin(hits: Hit[], start: number, end: number): Hit[] {
  let from = 0;
  let to = hits.length;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (hits[mid]!.start < start) from = mid + 1;
    else to = mid;
  }
  let inside = true;
  for (to = from; to < hits.length && hits[to]!.start <= end; to++) inside &&= hits[to]!.end <= end;
  // Most often every hit that starts in the range ends there too: one copy of the exact size,
  // where an array filled by push reserves room for 17 (the sentences of a page make thousands);
  // none where the range holds them all (a sentence of one clause or segment). Hit lists are never changed once made.
  if (inside) return from === 0 && to === hits.length ? hits : hits.slice(from, to);
  const out: Hit[] = [];
  for (let i = from; i < to; i++) if (hits[i]!.end <= end) out.push(hits[i]!);
  return out;
}

/**
 * Sorts hits[from, count) into hits[0, from), which is in order: by start, the longer first, equals in
 * the order they came (what a stable sort gives). Pattern hits are few: each is moved back to
 * its place, without the copy and comparator calls of Array.prototype.sort.
 */
function sortIn(hits: Hit[], from: number, count: number): void {
  for (let i = from; i < count; i++) {
    const h = hits[i]!;
    let j = i;
    for (; j > 0; j--) {
      const before = hits[j - 1]!;
      if (before.start < h.start || (before.start === h.start && before.end >= h.end)) break;
      hits[j] = before;
    }
    hits[j] = h;
  }
}

/**
 * @return a regex that finds any term or pattern of these features (patterns' named groups made
 * plain, as one regex cannot name a group twice); null when one is unknown (then only
 * findFeatures can tell). A text it does not match holds no hit of them: a cheap test before a
 * full scan.
 */
export function termsOf(features: readonly string[]): RegExp | null {
  const parts: string[] = [];
  for (const name of features) {
    const f = dataset.features[name];
    if (!f) return null;
    parts.push(...f.terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    parts.push(...(f.patterns ?? []).map((p) => `(?:${p.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')})`));
  }
  return parts.length ? new RegExp(parts.join('|')) : /(?!)/;
}
