// What the clause classifier sees of a clause: its characters, its sentence, the lexicon's
// money/action words, the rules' reading (entry, stance, verdict) and cue words for voice
// (negation, hedge, place, warning, report, question, past). Each feature is hashed to a
// bucket: the model stores weights per bucket, never the words themselves.
import type { Clause, Sentence } from './segment';
import type { Hit } from './features';
import { dataset } from './dataset';
import type { SentenceFacts } from './stance';
import type { SentenceReading } from './read-clauses';
import { countNegators, HEDGES, PLACES } from './stance';
import { containsAny } from './literals';

/** Buckets are HASH_BITS wide; the model maps the buckets it has weights for. */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** The rules' reading of a clause, when they found an entry. */
export interface RuleReading {
  entry: string;
  stance: string;
  verdict: string;
}

export interface ClauseContext {
  norm: string;
  sentence: Sentence;
  clause: Clause;
  clauseIndex: number;
  facts: SentenceFacts;
  /** Lexicon hits of the whole sentence. */
  hits: Hit[];
  rule: RuleReading | null;
  /** Why the rules would not read the clause as a claim (a bare mention), if they would not. */
  veto: string | null;
  /** The line holding the sentence starts with a list marker or is short like a table row. */
  lineStart: number;
  lineEnd: number;
}

/** How many characters before a clause (half as many after) its context bigrams come from. */
const CONTEXT_CHARS = 16;

const mix = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const finish = (h: number): number => {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) & MASK;
};

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

function ngrams(text: string, from: number, to: number, seed: number, maxN: number, out: number[]): void {
  if (to - from > codes.length) codes = new Uint16Array(2 * (to - from));
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (SKIP[code] === 0) codes[n++] = code;
  }
  const start = mix(0x811c9dc5, seed);
  for (let i = 0; i < n; i++) {
    let h = start;
    for (let k = 0; k < maxN && i + k < n; k++) {
      h = mix(h, codes[i + k]!);
      out.push(finish(mix(h, k + 1)));
    }
  }
}


/** Lexicon features whose words put a whole page on the topic of the money itself, by cue bit. */
const PAGE_FEATURES: string[][] = [['cashout', 'payout-procedure'], ['account', 'personal-account'], ['taoxian', 'recycle', 'lending', 'cash-swap', 'drug-resale'], ['family', 'cue-relatives']];
const PAGE_NAMES = ['cashout', 'account', 'route', 'family'];

/** The page cues that say a page speaks of the money itself (cash-out or the account's balance). */
export const PAGE_ON_MONEY = 0b11;

let pagePatterns: RegExp[] | null = null;

/** @return a bit per page cue found in the text: one regex scan per cue, of the lexicon's own terms */
export function pageCues(norm: string): number {
  pagePatterns ??= PAGE_FEATURES.map((names) => {
    const terms = names.flatMap((n) => dataset.features[n]?.terms ?? []).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(terms.join('|'));
  });
  let bits = 0;
  pagePatterns.forEach((re, i) => {
    if (re.test(norm)) bits |= 1 << i;
  });
  return bits;
}

/** What a sentence says for all its clauses: computed once per sentence. */
export interface SentenceCues {
  /** The page's cues (pageCues), the same for every sentence of a text. */
  page: number;
  hedged: boolean;
  placed: boolean;
  past: boolean;
  negatedOdd: boolean;
}

export function sentenceCues(norm: string, sentence: Sentence, hits: Hit[], page: number): SentenceCues {
  const { start, end } = sentence;
  const hedged = containsAny(HEDGES, norm, start, end);
  const negatedOdd = countNegators(norm.slice(start, end)) % 2 === 1;
  return { page, hedged, placed: containsAny(PLACES, norm, start, end), past: hits.some((h) => h.feature === 'cue-past'), negatedOdd };
}

const nameHashes = new Map<string, number>();
/** Hash of a fixed name (a flag, a lexicon feature, an entry id), memoised: these repeat on every clause. */
function named(name: string): number {
  let h = nameHashes.get(name);
  if (h === undefined) nameHashes.set(name, (h = hashName(4, name)));
  return h;
}
const variantHash = (name: string, v: number): number => finish(mix(mix(0x9e3779b9, named(name)), v));
const variantTables = new Map<string, Int32Array>();
/** Every variant of a named feature, by variant number: one map lookup per hit, not one per variant. */
function variants(name: string): Int32Array {
  let t = variantTables.get(name);
  if (!t) {
    t = new Int32Array(V_COUNT);
    for (let v = 1; v < V_COUNT; v++) t[v] = variantHash(name, v);
    variantTables.set(name, t);
  }
  return t;
}
/** A named feature in one of its variants (inside the clause, crossed with negation …). */
const variant = (name: string, v: number): number => variants(name)[v]!;
const byEntryStance = new Map<string, Map<string, number>>();
/** The rules' entry crossed with their stance, memoised without building the joined name each clause. */
function ruleEntryStance(entry: string, stance: string): number {
  let m = byEntryStance.get(entry);
  if (!m) byEntryStance.set(entry, (m = new Map()));
  let h = m.get(stance);
  if (h === undefined) m.set(stance, (h = variant(entry + stance, V.RuleEntryStance)));
  return h;
}

/** The variants a named feature comes in. */
const V = {
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

/** The flags every clause carries, hashed once: string keys built per clause cost more than the rest. */
const FLAG = {
  bias: named('bias'),
  noRule: named('r:none'),
  neg: [named('neg:0'), named('neg:odd'), named('neg:even')],
  sNegOdd: named('sneg:odd'),
  hedge: named('hedge'),
  sHedge: named('s:hedge'),
  place: named('place'),
  page: PAGE_NAMES.map((name) => [named(`page:${name}:false`), named(`page:${name}:true`)] as const),
  question: named('question'),
  rhetorical: named('rhetorical'),
  warned: named('warned'),
  endorsed: named('endorsed'),
  rejected: named('rejected'),
  heading: named('heading'),
  contrast: named('contrast'),
  first: named('first'),
  later: named('later'),
  last: named('last'),
  len: [named('len:xs'), named('len:s'), named('len:m'), named('len:l'), named('len:xl')],
  line: [named('line:s'), named('line:m'), named('line:l')],
  lineFirst: named('line-first'),
};

/**
 * @return the bucket of every feature of the clause (duplicates allowed: a repeated n-gram counts twice)
 */
function clauseFeatures(c: ClauseContext, s: SentenceCues): number[] {
  const { norm, sentence, clause, facts, hits, rule } = c;
  const out: number[] = [FLAG.bias];
  ngrams(norm, clause.start, clause.end, 1, 3, out);
  // The sentence around the clause, as bigrams: what the clause borrows its subject and stance
  // from. A window, not the whole sentence: run-on sentences would cost clauses × length.
  ngrams(norm, Math.max(sentence.start, clause.start - CONTEXT_CHARS), clause.start, 2, 2, out);
  ngrams(norm, clause.end, Math.min(sentence.end, clause.end + CONTEXT_CHARS / 2), 3, 2, out);
  const clauseText = norm.slice(clause.start, clause.end);
  const neg = countNegators(clauseText);
  const crossed = neg % 2 === 1 ? V.Negated : V.Affirmed;
  for (const h of hits) {
    const inside = h.start >= clause.start && h.end <= clause.end;
    const v = variants(h.feature);
    out.push(v[inside ? V.Clause : V.Sentence]!);
    if (!inside) continue;
    // Crossed with the clause's stance words: the linear model cannot multiply them itself.
    out.push(v[crossed]!);
    if (s.hedged) out.push(v[V.Hedged]!);
    if (s.placed) out.push(v[V.Placed]!);
    if (s.past) out.push(v[V.Past]!);
    if (facts.warned) out.push(v[V.Warned]!);
    if (facts.sentence.question) out.push(v[V.Question]!);
  }
  if (rule) {
    out.push(variant(rule.entry, V.RuleEntry), ruleEntryStance(rule.entry, rule.stance));
    out.push(variant(rule.verdict, V.RuleVerdict), variant(rule.stance, V.RuleStance));
  } else out.push(FLAG.noRule);
  if (c.veto) out.push(named(`veto:${c.veto}`));
  out.push(FLAG.neg[neg === 0 ? 0 : neg % 2 === 1 ? 1 : 2]!);
  if (s.negatedOdd) out.push(FLAG.sNegOdd);
  if (s.hedged) {
    if (containsAny(HEDGES, norm, clause.start, clause.end)) out.push(FLAG.hedge);
    out.push(FLAG.sHedge);
  }
  if (s.placed) out.push(FLAG.place);
  for (let i = 0; i < FLAG.page.length; i++) out.push(FLAG.page[i]![(s.page & (1 << i)) !== 0 ? 1 : 0]);
  if (facts.sentence.question) out.push(FLAG.question);
  if (facts.rhetorical) out.push(FLAG.rhetorical);
  if (facts.warned) out.push(FLAG.warned);
  if (facts.endorsed) out.push(FLAG.endorsed);
  if (facts.rejected) out.push(FLAG.rejected);
  if (sentence.heading) out.push(FLAG.heading);
  if (clause.contrast) out.push(FLAG.contrast);
  out.push(c.clauseIndex === 0 ? FLAG.first : FLAG.later);
  if (c.clauseIndex === sentence.clauses.length - 1) out.push(FLAG.last);
  const len = clause.end - clause.start;
  out.push(FLAG.len[len < 6 ? 0 : len < 12 ? 1 : len < 25 ? 2 : len < 45 ? 3 : 4]!);
  const lineLen = c.lineEnd - c.lineStart;
  out.push(FLAG.line[lineLen < 20 ? 0 : lineLen < 80 ? 1 : 2]!);
  if (sentence.start === c.lineStart) out.push(FLAG.lineFirst);
  return out;
}

/** The features of clause k of a sentence as read by readClauses. */
export function featuresAt(norm: string, r: SentenceReading, k: number, cues: SentenceCues): number[] {
  const rule = r.rules[k] ?? null;
  return clauseFeatures(
    {
      norm,
      sentence: r.sentence,
      clause: r.sentence.clauses[k]!,
      clauseIndex: k,
      facts: r.facts,
      hits: r.hits,
      rule: rule && { entry: rule.entry.id, stance: rule.stance, verdict: rule.verdict },
      veto: r.vetoes[k] ?? null,
      lineStart: r.lineStart,
      lineEnd: r.lineEnd,
    },
    cues,
  );
}
