// What the clause classifier sees of a clause: its characters, its sentence, the lexicon's
// money/action words, the rules' reading (entry, stance, verdict) and cue words for voice
// (negation, hedge, place, warning, report, question, past). Each feature is hashed to a
// bucket: the model stores weights per bucket, never the words themselves.
import type { Sentence } from './segment';
import { featureNames, type Hit } from './features';
import { dataset } from './dataset';
import type { SentenceReading } from './read-clauses';
import { countNegators, hedged as hedgedText, PLACES } from './stance';
import { containsAny } from './literals';
import { Buckets, named, ngrams, V, variant, variants } from './feature-hash';

export { HASH_BITS, hashName } from './feature-hash';

/** How many characters before a clause (half as many after) its context bigrams come from. */
const CONTEXT_CHARS = 16;


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
  const hedged = hedgedText(norm, start, end);
  const negatedOdd = countNegators(norm, start, end) % 2 === 1;
  return { page, hedged, placed: containsAny(PLACES, norm, start, end), past: hits.some((h) => h.feature === 'cue-past'), negatedOdd };
}

const byEntryStance = new Map<string, Map<string, number>>();
/** The rules' entry crossed with their stance, memoised without building the joined name each clause. */
function ruleEntryStance(entry: string, stance: string): number {
  let m = byEntryStance.get(entry);
  if (!m) byEntryStance.set(entry, (m = new Map()));
  let h = m.get(stance);
  if (h === undefined) m.set(stance, (h = variant(entry + stance, V.RuleEntryStance)));
  return h;
}

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

/** Every lexicon feature's variants, by feature id (Hit.id): a hit's table is one array access away. */
let hitVariants: Int32Array[] | null = null;
/**
 * Features the model reads under the name it learned them by: a person named by title (cue-person)
 * was one of the report words when it was trained, and the rules alone tell the two apart.
 */
const MODEL_NAMES: Record<string, string> = { 'cue-person': 'cue-report' };

/**
 * Writes the bucket of every feature of clause k of the sentence read in r to out (duplicates
 * allowed: a repeated n-gram counts twice): its words, the sentence's hits, the rules' reading
 * (entry, stance, verdict) and veto, the cues, its place in the sentence and the line.
 * @param negators how many negators the clause holds (countNegators)
 */
function clauseFeatures(norm: string, r: SentenceReading, k: number, negators: number, s: SentenceCues, out: Buckets): void {
  const { sentence, facts, hits } = r;
  const clause = sentence.clauses[k]!;
  const rule = r.rules[k] ?? null;
  const veto = r.vetoes[k] ?? null;
  out.length = 0;
  out.push(FLAG.bias);
  ngrams(norm, clause.start, clause.end, 1, 3, out);
  // The sentence around the clause, as bigrams: what the clause borrows its subject and stance
  // from. A window, not the whole sentence: run-on sentences would cost clauses × length.
  ngrams(norm, Math.max(sentence.start, clause.start - CONTEXT_CHARS), clause.start, 2, 2, out);
  ngrams(norm, clause.end, Math.min(sentence.end, clause.end + CONTEXT_CHARS / 2), 3, 2, out);
  const neg = negators;
  const crossed = neg % 2 === 1 ? V.Negated : V.Affirmed;
  const byId = (hitVariants ??= featureNames().map((name) => variants(MODEL_NAMES[name] ?? name)));
  // Written straight into the buffer, room made once for the most a hit adds (seven).
  out.reserve(7 * hits.length);
  const { data } = out;
  let n = out.length;
  const { hedged, placed, past } = s;
  const { warned } = facts;
  const { question } = facts.sentence;
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j]!;
    const inside = h.start >= clause.start && h.end <= clause.end;
    const v = byId[h.id]!;
    data[n++] = v[inside ? V.Clause : V.Sentence]!;
    if (!inside) continue;
    // Crossed with the clause's stance words: the linear model cannot multiply them itself.
    data[n++] = v[crossed]!;
    if (hedged) data[n++] = v[V.Hedged]!;
    if (placed) data[n++] = v[V.Placed]!;
    if (past) data[n++] = v[V.Past]!;
    if (warned) data[n++] = v[V.Warned]!;
    if (question) data[n++] = v[V.Question]!;
  }
  out.length = n;
  if (rule) {
    out.push(variant(rule.entry.id, V.RuleEntry));
    out.push(ruleEntryStance(rule.entry.id, rule.stance));
    out.push(variant(rule.verdict, V.RuleVerdict));
    out.push(variant(rule.stance, V.RuleStance));
  } else out.push(FLAG.noRule);
  if (veto) out.push(named(`veto:${veto}`));
  out.push(FLAG.neg[neg === 0 ? 0 : neg % 2 === 1 ? 1 : 2]!);
  if (s.negatedOdd) out.push(FLAG.sNegOdd);
  if (s.hedged) {
    if (hedgedText(norm, clause.start, clause.end)) out.push(FLAG.hedge);
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
  out.push(k === 0 ? FLAG.first : FLAG.later);
  if (k === sentence.clauses.length - 1) out.push(FLAG.last);
  const len = clause.end - clause.start;
  out.push(FLAG.len[len < 6 ? 0 : len < 12 ? 1 : len < 25 ? 2 : len < 45 ? 3 : 4]!);
  // Whether the line holding the sentence is short like a table row, and the sentence opens it.
  const lineLen = r.lineEnd - r.lineStart;
  out.push(FLAG.line[lineLen < 20 ? 0 : lineLen < 80 ? 1 : 2]!);
  if (sentence.start === r.lineStart) out.push(FLAG.lineFirst);
}

/** Shared by every clause: analyze reads each clause's buckets before the next is hashed. */
const shared = new Buckets();

/**
 * The features of clause k of a sentence as read by readClauses, in a buffer the next call
 * overwrites: analyze's path, which keeps no clause's features.
 * @param negators the clause's countNegators: analyze counts them once, for these and for the near-exact check
 */
export function bucketsAt(norm: string, r: SentenceReading, k: number, cues: SentenceCues, negators: number): Int32Array {
  clauseFeatures(norm, r, k, negators, cues, shared);
  return shared.view();
}

/** The features of clause k of a sentence as read by readClauses (duplicates allowed: a repeated n-gram counts twice). */
export function featuresAt(norm: string, r: SentenceReading, k: number, cues: SentenceCues): number[] {
  const { start, end } = r.sentence.clauses[k]!;
  return Array.from(bucketsAt(norm, r, k, cues, countNegators(norm, start, end)));
}
