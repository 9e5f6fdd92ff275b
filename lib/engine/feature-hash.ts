// Hashing of the clause classifier's features into buckets: n-grams of a span's characters,
// and fixed names (flags, lexicon features, entry ids) in their variants, hashed once each.

/** Buckets are HASH_BITS wide; the model maps the buckets it has weights for. */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** The buckets of one clause, in a buffer the next clause reuses: no array per clause to collect. */
export class Buckets {
  data = new Int32Array(512);
  length = 0;

  /** Views of data by length, each made once: a clause's buckets are read through one, not through a view made for each clause. */
  private views: Int32Array[] = [];

  push(bucket: number): void {
    this.reserve(1);
    this.data[this.length++] = bucket;
  }

  /** Makes room for `more` buckets after the last: a caller writing many writes to `data` itself. */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new Int32Array(2 * Math.max(this.data.length, this.length + more));
    grown.set(this.data);
    this.data = grown;
    this.views = [];
  }

  /** @return the buckets, as a view that the next clause overwrites */
  view(): Int32Array {
    return (this.views[this.length] ??= this.data.subarray(0, this.length));
  }
}

const mix = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
/** A hash's bits mixed down, before they are cut to a bucket. */
const scramble = (h: number): number => {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
};
const finish = (h: number): number => scramble(h) & MASK;

/** Hash of a named feature under a namespace seed. */
export function hashName(seed: number, name: string): number {
  let h = mix(0x811c9dc5, seed);
  for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
  return finish(h);
}

/**
 * Characters the model does not read: spaces, punctuation (not ?), and Latin letters and symbols,
 * which on a page are markup, addresses or code far more often than words (ATM and POS reach the
 * model as lexicon features).
 */
const SKIP = new Uint8Array(0x10000);
for (let c = 0; c < 0x3000; c++) SKIP[c] = 1;
for (const ch of '0123456789?') SKIP[ch.charCodeAt(0)] = 0;
for (const ch of '，、；：“”‘’（）【】《》·—…　。！') SKIP[ch.charCodeAt(0)] = 1;

/** Reused across calls: the characters of one span the model reads. */
let codes = new Uint16Array(256);

/**
 * Writes the buckets of the 1- to maxN-grams (maxN ≤ 3) of the characters of text[from, to)
 * the model reads to out, each position's in order of length.
 */
export function ngrams(text: string, from: number, to: number, seed: number, maxN: number, out: Buckets): void {
  if (to - from > codes.length) codes = new Uint16Array(2 * (to - from));
  // Module bindings read through locals, and the orders written out: in a loop over the orders, every
  // n-gram cost a back edge, on which the compiled loop read each binding and table again.
  const chars = codes;
  const skip = SKIP;
  const mask = MASK;
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (skip[code] === 0) chars[n++] = code;
  }
  const start = mix(0x811c9dc5, seed);
  // Written straight into the buffer, room made once: not a call and a capacity check per n-gram.
  out.reserve(n * maxN);
  const { data } = out;
  let length = out.length;
  for (let i = 0; i < n; i++) {
    const one = mix(start, chars[i]!);
    data[length++] = scramble(mix(one, 1)) & mask;
    if (maxN < 2 || i + 1 === n) continue;
    const two = mix(one, chars[i + 1]!);
    data[length++] = scramble(mix(two, 2)) & mask;
    if (maxN < 3 || i + 2 === n) continue;
    data[length++] = scramble(mix(mix(two, chars[i + 2]!), 3)) & mask;
  }
  out.length = length;
}

const nameHashes = new Map<string, number>();
/** Hash of a fixed name (a flag, a lexicon feature, an entry id), memoised: these repeat on every clause. */
export function named(name: string): number {
  let h = nameHashes.get(name);
  if (h === undefined) nameHashes.set(name, (h = hashName(4, name)));
  return h;
}
const variantHash = (name: string, v: number): number => finish(mix(mix(0x9e3779b9, named(name)), v));
const variantTables = new Map<string, Int32Array>();
/** Every variant of a named feature, by variant number: one map lookup per hit, not one per variant. */
export function variants(name: string): Int32Array {
  let t = variantTables.get(name);
  if (!t) {
    t = new Int32Array(V_COUNT);
    for (let v = 1; v < V_COUNT; v++) t[v] = variantHash(name, v);
    variantTables.set(name, t);
  }
  return t;
}
/** A named feature in one of its variants (inside the clause, crossed with negation …). */
export const variant = (name: string, v: number): number => variants(name)[v]!;
/** The variants a named feature comes in. */
export const V = {
  Sentence: 1,
  Clause: 2,
  Negated: 3,
  Affirmed: 4,
  Hedged: 5,
  Placed: 6,
  Past: 7,
  Warned: 8,
  Question: 9,
  RuleEntry: 10,
  RuleEntryStance: 11,
  RuleVerdict: 12,
  RuleStance: 13,
} as const;
const V_COUNT = 14;
