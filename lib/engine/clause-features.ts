// What the clause classifier sees of a clause: its characters, its sentence, the lexicon's
// money/action words, the rules' reading (entry, stance, verdict) and cue words for voice
// (negation, hedge, place, warning, report, question, past). Each feature is hashed to a
// bucket: the model stores weights per bucket, never the words themselves.
import type { Clause, Sentence } from './segment';
import type { Hit } from './features';
import type { SentenceFacts } from './stance';
import type { SentenceReading } from './read-clauses';
import { countNegators, HEDGES, PLACES } from './stance';

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

function ngrams(text: string, from: number, to: number, seed: number, maxN: number, out: number[]): void {
  const codes: number[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (SKIP[code] === 0) codes.push(code);
  }
  for (let i = 0; i < codes.length; i++) {
    let h = mix(0x811c9dc5, seed);
    for (let n = 0; n < maxN && i + n < codes.length; n++) {
      h = mix(h, codes[i + n]!);
      out.push(finish(mix(h, n + 1)));
    }
  }
}

// Cue words, by the kind of voice they signal. A report or regulation describes; a wish or
// a past rule asserts nothing current.
const CUES: [string, RegExp][] = [
  ['past', /以往|以前|过去|曾经|曾|原来|此前|早年|旧政策|老政策|年以前|年前/],
  ['wish', /要是|该多好|希望|想把|想要|想取|想提/],
  ['condition', /如果|假如|若|一旦|如需|需要|需|须|必须|前提|条件|凭|持/],
  ['only', /只能|仅能|仅限|只可|仅可|仅用于|只用于|专款专用|专用/],
  ['report', /记者|据悉|据了解|报道|通报|案例|案件|法院|检察|公安|判处|判决|被告|嫌疑人|查处|曝光|暗访|警方/],
  ['quote-open', /[“「"]/],
  ['bank-money', /金融账户|银行账户|借记卡|储蓄卡|银行卡功能|金融功能|存取款|工资|存款|利息|社保卡的银行/],
  ['wallet', /医保钱包/],
  ['relatives', /家人|家属|亲属|父母|子女|配偶|近亲属|家庭成员|老人|孩子|爱人/],
  ['other-card', /他人|别人|借给|借用|冒用|代刷|代开/],
  ['continue', /继续使用|仍可|依然可以|仍然可以|不会清零|不会过期|不清零|结转|累计|可以继续/],
  ['move', /转移|转入|转到|随同|随之|接续|划转/],
  ['payout', /一次性|退还|退回|清算|结清|支付给|发放/],
  ['illegal-word', /违法|违规|犯罪|骗保|诈骗|非法|套现/],
  ['penalty-word', /罚款|处罚|暂停|追回|冻结|拘留|判刑|有期徒刑|刑事责任|法律责任|黑名单/],
  ['offer', /联系|加微信|微信号|电话|qq|高价|秒到|当天到账|回收|收购|收卡|折/],
  ['definition', /是指|是一种|分为|包括|由.*组成|来源于/],
  ['advice', /建议|最好|记得|一定要|应该|应当|可以咨询|咨询当地|拨打/],
  ['digits', /\d/],
];

/** Words that put a whole page on the topic of money leaving medical insurance, not just of the insurance. */
const PAGE_CUES: [string, RegExp][] = [
  ['cashout', /取现|提现|取钱|取出|提取|支取|套现|变现|换现金|退还|退回/],
  ['account', /个人账户|个账|账户余额|卡里的钱|卡内余额|余额/],
  ['route', /回收|倒卖|转借|借给|冒用|骗保|套取/],
  ['family', /共济|家人|家庭成员|亲属/],
];

/** The page cues that say a page speaks of the money itself (cash-out or the account's balance). */
export const PAGE_ON_MONEY = 0b11;

/** @return a bit per page cue found in the text */
export function pageCues(norm: string): number {
  let bits = 0;
  PAGE_CUES.forEach(([, re], i) => {
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
  /** Bit i set: CUES[i] matches somewhere in the sentence. */
  cues: number;
}

export function sentenceCues(norm: string, sentence: Sentence, page: number): SentenceCues {
  const text = norm.slice(sentence.start, sentence.end);
  let cues = 0;
  CUES.forEach(([, re], i) => {
    if (re.test(text)) cues |= 1 << i;
  });
  HEDGES.lastIndex = 0;
  const hedged = HEDGES.test(text);
  HEDGES.lastIndex = 0;
  return { page, hedged, placed: PLACES.test(text), past: (cues & 1) !== 0, negatedOdd: countNegators(text) % 2 === 1, cues };
}

const nameHashes = new Map<string, number>();
/** Hash of a fixed name (a flag, a lexicon feature, an entry id), memoised: these repeat on every clause. */
function named(name: string): number {
  let h = nameHashes.get(name);
  if (h === undefined) nameHashes.set(name, (h = hashName(4, name)));
  return h;
}
/** A named feature in one of its variants (inside the clause, crossed with negation …). */
const variant = (name: string, v: number): number => finish(mix(mix(0x9e3779b9, named(name)), v));

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
  ClauseCue: 14,
  SentenceCue: 15,
} as const;

/**
 * @return the bucket of every feature of the clause (duplicates allowed: a repeated n-gram counts twice)
 */
export function clauseFeatures(c: ClauseContext, s: SentenceCues): number[] {
  const { norm, sentence, clause, facts, hits, rule } = c;
  const out: number[] = [named('bias')];
  ngrams(norm, clause.start, clause.end, 1, 3, out);
  // The sentence around the clause, as bigrams: what the clause borrows its subject and stance
  // from. A window, not the whole sentence: run-on sentences would cost clauses × length.
  ngrams(norm, Math.max(sentence.start, clause.start - CONTEXT_CHARS), clause.start, 2, 2, out);
  ngrams(norm, clause.end, Math.min(sentence.end, clause.end + CONTEXT_CHARS / 2), 3, 2, out);
  const clauseText = norm.slice(clause.start, clause.end);
  const flag = (name: string): void => {
    out.push(named(name));
  };
  const neg = countNegators(clauseText);
  for (const h of hits) {
    const inside = h.start >= clause.start && h.end <= clause.end;
    out.push(variant(h.feature, inside ? V.Clause : V.Sentence));
    if (!inside) continue;
    // Crossed with the clause's stance words: the linear model cannot multiply them itself.
    out.push(variant(h.feature, neg % 2 === 1 ? V.Negated : V.Affirmed));
    if (s.hedged) out.push(variant(h.feature, V.Hedged));
    if (s.placed) out.push(variant(h.feature, V.Placed));
    if (s.past) out.push(variant(h.feature, V.Past));
    if (facts.warned) out.push(variant(h.feature, V.Warned));
    if (facts.sentence.question) out.push(variant(h.feature, V.Question));
  }
  if (rule) {
    out.push(variant(rule.entry, V.RuleEntry), variant(rule.entry + rule.stance, V.RuleEntryStance));
    out.push(variant(rule.verdict, V.RuleVerdict), variant(rule.stance, V.RuleStance));
  } else flag('r:none');
  if (c.veto) flag(`veto:${c.veto}`);
  CUES.forEach(([name, re], i) => {
    if ((s.cues & (1 << i)) === 0) return;
    out.push(variant(name, re.test(clauseText) ? V.ClauseCue : V.SentenceCue));
  });
  flag(neg === 0 ? 'neg:0' : neg % 2 === 1 ? 'neg:odd' : 'neg:even');
  if (s.negatedOdd) flag('sneg:odd');
  if (s.hedged) {
    HEDGES.lastIndex = 0;
    if (HEDGES.test(clauseText)) flag('hedge');
    HEDGES.lastIndex = 0;
    flag('s:hedge');
  }
  if (s.placed) flag('place');
  PAGE_CUES.forEach(([name], i) => flag(`page:${name}:${(s.page & (1 << i)) !== 0}`));
  if (facts.sentence.question) flag('question');
  if (facts.rhetorical) flag('rhetorical');
  if (facts.warned) flag('warned');
  if (facts.endorsed) flag('endorsed');
  if (facts.rejected) flag('rejected');
  if (sentence.heading) flag('heading');
  if (clause.contrast) flag('contrast');
  flag(c.clauseIndex === 0 ? 'first' : 'later');
  if (c.clauseIndex === sentence.clauses.length - 1) flag('last');
  const len = clause.end - clause.start;
  flag(len < 6 ? 'len:xs' : len < 12 ? 'len:s' : len < 25 ? 'len:m' : len < 45 ? 'len:l' : 'len:xl');
  const lineLen = c.lineEnd - c.lineStart;
  flag(lineLen < 20 ? 'line:s' : lineLen < 80 ? 'line:m' : 'line:l');
  if (sentence.start === c.lineStart) flag('line-first');
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
