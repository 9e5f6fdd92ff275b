// Answers what a reader types or pastes into the popup: a question gets a reply in its own
// terms ("不能。…"), a claim its verdict beside its own words, a paragraph one item per claim
// (as the side panel reads a page), other money a plain "not about medical insurance".
import type { Bilingual, Claim, Source, Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import { analyze } from './analyze';
import { entryById } from './dataset';
import { normalize } from './normalize';
import { segment, type Sentence } from './segment';
import { findFeatures, type Hit } from './features';
import { asksQuestion, countNegators, OPEN_QUESTION, RHETORICAL } from './stance';
import { lookup, MAX_QUERY_LENGTH } from './lookup';
import { kindOf } from './rules';

export interface AnswerItem {
  /** The reader's own words this item judges. */
  quote: string;
  /** The words ask rather than state: `reply` answers them. */
  question: boolean;
  /** The verdict of the words as stated; for a question, of the statement it asks about. */
  verdict: Verdict;
  /** For a question: the answer, starting 能/不能/要看当地规定 (the rule alone where it is only the nearest). */
  reply?: Bilingual;
  /** No rule read these words: the entry is the nearest phrasing's, which the reader should check fits. */
  nearest?: true;
  entry: string;
  /** The rule, stated correctly. */
  summary: Bilingual;
  explanation: Bilingual;
  sources: Source[];
}

export interface Answer {
  /** Something the reader should know before the items: the text was not read as a whole, or is not about medical insurance. */
  notice: 'truncated' | 'off-topic' | 'english' | null;
  items: AnswerItem[];
}

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[a-z]{2,}/i;
/** Words that name medical insurance in a typed text (a reader may say only 卡里的钱: then the topic is assumed). */
const MEDICAL = new Set(['subject', 'account', 'personal-account', 'medical-card', 'pooled', 'residents', 'family', 'e-voucher', 'wallet']);
/** Money that is not medical insurance, though the lexicon files it elsewhere (a WeChat wallet is a cash-out target on a medical page). */
const OTHER_WALLETS = /微信零钱|零钱提现|零钱通|支付宝余额|余额宝|理财通|理财产品|股票|炒股|证券账户|基金账户|(?<![医保统筹])基金里|银行卡取款|储蓄卡取款/;
const CITY_PLANS = /惠民保|补充医疗/;
const NAMES_MEDICAL = /医保|医疗保险|医疗保障|新农合|合作医疗/;

/** Yes and no in the question's own verb: 会 → 会/不会, 能/可以 → 可以/不能, 是 → 是/不是, 还在 → 在/不在了. */
const YES_NO: [RegExp, Bilingual, Bilingual][] = [
  [/会/, { zh: '会。', en: 'Yes.' }, { zh: '不会。', en: 'No.' }],
  // 行 asked as "all right?" (行吗, 行不行), not the 行 of 银行.
  [/能|可以|可|允许|行(?:吗|吧|么|不行)|中不中/, { zh: '可以。', en: 'Yes.' }, { zh: '不能。', en: 'No.' }],
  [/是/, { zh: '是的。', en: 'Yes.' }, { zh: '不是。', en: 'No.' }],
  [/还在/, { zh: '在。', en: 'Yes.' }, { zh: '不在了。', en: 'No.' }],
  [/(?:)/, { zh: '对。', en: 'Yes.' }, { zh: '不对。', en: 'No.' }],
];

/** @return the yes and no of the question's own verb: the last one it holds ("所谓可以取现是谣言吗" asks 是, not 可以) */
function askedVerb(question: string): (typeof YES_NO)[number] {
  let best = YES_NO[YES_NO.length - 1]!;
  let at = -1;
  for (const [re, row] of VERBS) {
    re.lastIndex = 0;
    for (let m = re.exec(question); m; m = re.exec(question)) {
      if (m.index > at) [best, at] = [row, m.index];
    }
  }
  return best;
}
/** The verbs of YES_NO (not its catch-all), each searched for all its places in a question. */
const VERBS = YES_NO.slice(0, -1).map((row) => [new RegExp(row[0].source, 'g'), row] as const);

/**
 * @param negative when the question asks in the negative ("没法取现吗", "不会清零吧"), the verdict of that
 * negative statement: the lead agrees or disagrees with it, as a Chinese reader answers ("对。"), not
 * with the affirmative
 */
function leadFor(verdict: Verdict, question: string, entry: Entry, negative: Verdict | null): Bilingual {
  // A national "no" asked of one place ("上海医保卡能取现吗"): no, but for the special cases some places allow.
  if (verdict === 'region-dependent' && entry.verdicts.affirm === 'misleading') return { zh: '一般不能，特殊情形按当地规定。', en: 'Generally not; special cases follow local rules.' };
  if (verdict === 'region-dependent') return { zh: '要看当地规定。', en: 'It depends on local rules.' };
  // A question that asks what, how or why (卖了会怎么样, 怎么办): yes or no answers none of them;
  // the rule itself does (个人账户余额可以依法继承, 回收…医保卡余额是违法的).
  if (OPEN_QUESTION.test(question)) return { zh: '', en: '' };
  const [, yes, no] = askedVerb(question);
  if (negative) {
    if (negative !== 'accurate') return { zh: `不对，${yes === YES_NO[2]![1] ? '' : yes.zh}`.replace(/，$/, '。'), en: 'No.' };
    return verdict === 'illegal' ? { zh: '对，这是违法的。', en: 'Right: it is illegal.' } : { zh: '对。', en: 'Right.' };
  }
  if (verdict === 'accurate') return yes;
  return verdict === 'illegal' ? { zh: `${no.zh.slice(0, -1)}，这是违法的。`, en: 'No: it is illegal.' } : no;
}

/** @return the reply to a question whose affirmative form has this verdict */
function replyTo(verdict: Verdict, entry: Entry, question: string, negative: Verdict | null = null): Bilingual {
  if (entry.reply && verdict === entry.verdicts.affirm && !negative) return entry.reply;
  const { summary } = entry;
  const lead = leadFor(verdict, question, entry, negative);
  return { zh: lead.zh + summary.zh + '。', en: `${lead.en} ${summary.en}.`.trimStart() };
}

/**
 * @param askedUntil where the question the claim sits in ends: its verb may be in a clause after the
 * claim's ("…换成日用品，会不会被查" asks 会)
 */
function itemOf(
  text: string,
  claim: Pick<Claim, 'start' | 'end' | 'entry' | 'verdict' | 'explanation'> & { stance: Stance },
  question: boolean,
  askedUntil: number,
): AnswerItem | null {
  const entry = entryById(claim.entry);
  if (!entry) return null;
  // A question is judged as the statement it asks about, in its own polarity: "是不是没有个人账户" asks
  // whether 没有个人账户 holds (accurate), and the reply agrees with it (对。), as a Chinese reader answers.
  // Its own negation only: "套现会坐牢吗", denied by its warning word, asks whether the warning holds.
  // A question's quote runs to its end: the clause that asks (…，药店会不会被查) is what the asker wrote.
  const quote = text.slice(claim.start, question ? Math.max(claim.end, askedUntil) : claim.end);
  const negated = question && claim.stance === 'deny' && countNegators(quote) % 2 === 1;
  return {
    quote,
    question,
    verdict: claim.verdict,
    ...(question ? { reply: replyTo(negated ? entry.verdicts.affirm : claim.verdict, entry, quote, negated ? claim.verdict : null) } : {}),
    entry: entry.id,
    summary: entry.summary,
    explanation: claim.explanation,
    sources: entry.sources,
  };
}

/** A claim belongs to the sentence it ends in: one that starts in a heading before it (【高价回收医保卡余额】本人长期收购…) too. */
const inside = (c: { start: number; end: number }, s: Sentence): boolean => c.end > s.start && c.end <= s.end;

/** @return a pasted page's question as the statement it makes, where the claim's own words do not ask; none where they do */
function statedOf(text: string, norm: string, claim: (Claim & { stance: Stance }) | undefined): AnswerItem[] {
  if (!claim || asksQuestion(norm.slice(claim.start, claim.end))) return [];
  const item = itemOf(text, claim, false, claim.end);
  return item ? [item] : [];
}

/** Asks openly what the card or the account can pay for or be used for. */
const ASKS_USES = /(?:买|用来?|用于|干|做|支付|报销|刷)(?:些|点)?(?:什么|啥|哪些)/;

/** Asks what follows an act (借给别人会怎样, 被发现了怎么办, 有什么后果), not whether it is allowed; whether a penalty follows (会被罚吗, 会坐牢吗) asks whether the warning holds. */
const ASKS_CONSEQUENCE = /会怎样|会怎么样|会咋样|怎么办|咋办|后果|怎么处理|怎么处罚|什么处罚/;

/**
 * What an illegal route leads to, asked: the route's verdict (what the reader asks about is the
 * route), and a reply that says what follows it — the penalties — rather than only that it is barred.
 */
function withConsequence(item: AnswerItem): AnswerItem {
  const penalties = entryById('fraud-penalties')!;
  return {
    ...item,
    // 后果 in the question is no warning the asker gives: the route asked about keeps its own verdict.
    verdict: entryById(item.entry)!.verdicts.affirm,
    reply: { zh: `${item.summary.zh}：${penalties.explanation.zh}`, en: `${item.summary.en}: ${penalties.explanation.en}` },
    sources: [...item.sources, ...penalties.sources.filter((s) => !item.sources.some((t) => t.id === s.id))],
  };
}

/**
 * @return the items judging what was typed, in text order, at most `limit`
 */
export function answer(query: string, options: { limit?: number } = {}): Answer {
  if (typeof query !== 'string') throw new TypeError('answer: query must be a string');
  const limit = options.limit ?? 10;
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  const truncated = query.trim().length > MAX_QUERY_LENGTH;
  if (!text) return { notice: null, items: [] };
  if (!CJK.test(text)) return { notice: LATIN.test(text) ? 'english' : null, items: [] };
  const norm = normalize(text);
  const hits = findFeatures(norm, 0, norm.length);
  // 个人账户 and 余额 (the lexicon's account words, whatever else files them) are said of pensions and 公积金
  // too: beside other money they name no medical insurance.
  const other = hits.some((h) => h.feature === 'other-money') || OTHER_WALLETS.test(norm);
  const generic = (h: Hit): boolean => hits.some((g) => g.feature === 'account' && g.start === h.start && g.end === h.end);
  // So are relatives who see a doctor (给父母看病用): only 家庭共济 itself is the medical account's.
  const kinOnly = (h: Hit): boolean => h.feature === 'family' && !norm.slice(h.start, h.end).includes('共济');
  // 医保 written out names it whatever word the lexicon files it under (医保关系转…, 医保钱包).
  const medical = NAMES_MEDICAL.test(norm) || hits.some((h) => MEDICAL.has(h.feature) && !(other && (generic(h) || kinOnly(h))));
  // Commercial insurance named alone (商业保险退保能退多少钱) is a policy of its own, not the medical account;
  // a city's 惠民保, sold to the insured and often paid from the account, asks about the account.
  const commercialAlone = hits.some((h) => h.feature === 'commercial-insurance' && !CITY_PLANS.test(norm.slice(h.start, h.end)));
  if (!medical && (other || commercialAlone)) return { notice: 'off-topic', items: [] };

  // Statements as the side panel reads them (the classifier); questions, and statements it
  // passes over, by the rules, which judge a question as the claim it asks about.
  const stated = analyze(text, { assumeTopic: true });
  const asked = analyze(text, { assumeTopic: true, questionsAsClaims: true });
  let items: AnswerItem[] = [];
  /** Each question item's claim, to be judged as a statement where a pasted page's statements make it one. */
  const claimOf = new Map<AnswerItem, Claim & { stance: Stance }>();
  for (const sentence of segment(norm)) {
    const words = norm.slice(sentence.start, sentence.end);
    // A rhetorical question (谁说医保卡不能取现？) asserts: a statement, whatever its mark.
    const question = (sentence.question && !RHETORICAL.test(words)) || asksQuestion(words);
    const fromModel = question ? [] : stated.filter((c) => inside(c, sentence));
    const ruled = asked.filter((c) => inside(c, sentence));
    const all = fromModel.length > 0 ? [...fromModel, ...ruled.filter((r) => !fromModel.some((m) => m.start < r.end && r.start < m.end))].sort((a, b) => a.start - b.start) : ruled;
    // A question asks one thing, at its end: clauses before it are what the asker tells of their case
    // (医保钱包转错了，钱能退到我银行卡吗), not claims to judge beside it.
    // A bare "还能刷吗" at the end asks again of what an earlier clause named (…能刷健身卡，现在还能刷吗).
    const asks = all.findLast((c) => c.entry !== 'account-use') ?? all[all.length - 1];
    const found = question && all.length > 1 && asks ? [asks] : all;
    const consequence = question && ASKS_CONSEQUENCE.test(norm.slice(sentence.start, sentence.end));
    for (const c of found) {
      const item = itemOf(text, c, question, sentence.end);
      if (item) {
        items.push(consequence && kindOf(entryById(item.entry)!) === 'route' ? withConsequence(item) : item);
        // Said, then asked about in a clause of its own (听说…惠民保也能用个人账户的钱买，你们谁知道？): on a pasted page, a statement.
        if (question) claimOf.set(items[items.length - 1]!, c);
      }
    }
  }
  // A pasted page's questions (an FAQ's 问：…？, a heading's 医保卡里的钱到底能不能取出来？) are not what the reader
  // asks when the text goes on to state claims: the statements are judged, as the side panel reads the page.
  if (items.some((i) => !i.question)) items = items.flatMap((i) => (i.question ? statedOf(text, norm, claimOf.get(i)) : [i]));
  // What the money can be used for, asked openly (医保卡可以买什么, 能用来干啥): the account's uses, stated.
  if (items.length === 0 && ASKS_USES.test(norm)) {
    const uses = entryById('account-use')!;
    items.push({
      quote: text,
      question: true,
      verdict: uses.verdicts.affirm,
      reply: uses.explanation,
      entry: uses.id,
      summary: uses.summary,
      explanation: uses.explanation,
      sources: uses.sources,
    });
  }
  if (items.length === 0) {
    // Wording the rules do not cover: the nearest phrasings, judged as stated.
    const question = asksQuestion(norm);
    for (const r of lookup(text, { limit: 1 })) {
      const entry = entryById(r.entry)!;
      items.push({
        quote: text,
        question,
        // As a rule-read question: the verdict of the statement in its own polarity.
        verdict: r.verdict,
        // A guess gets no yes or no of its own: the rule, and the note that it is the nearest.
        ...(question ? { reply: { zh: `${entry.summary.zh}。`, en: `${entry.summary.en}.` } } : {}),
        nearest: true,
        entry: r.entry,
        summary: r.summary,
        explanation: r.explanation,
        sources: r.sources,
      });
    }
  }
  return { notice: truncated ? 'truncated' : null, items: items.slice(0, limit) };
}
