// The rules' reading of a clause: lexicon features → candidate entries → stance → the entry's
// verdict for that stance. The clause classifier weighs this reading with the clause's words.
import type { Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import type { Clause, Sentence, Span } from './segment';
import { featureTable, isAnchor, type Hit } from './features';
import { candidates, coreOf, similarity, type Candidate } from './match';
import { countNegators, isQuestion, stanceOf, type EntryKind, type SentenceFacts } from './stance';
import { worse } from './verdict';
import { entryById } from './dataset';
import { codeSet, has as hasCode, codeUnits } from './code-set';
import { asksHow, assertsCashout, concedes, introducesList, isCall, isPeopleState, isStep } from './assertion';

export interface ClauseClaim {
  clauseIndex: number;
  start: number;
  end: number;
  entry: Entry;
  stance: Stance;
  verdict: Verdict;
  confidence: number;
  /** The clause makes claims of more than one verdict (the worst one is this claim's: rubric rule 7). */
  mixed: boolean;
  /** The clause names a penalty as the worst that follows (最多就是退钱): whatever else it names, it denies the penalties. */
  playsDown?: boolean;
}

/** How an entry's verdicts treat warnings (see stanceOf): an illegal route, a consequence, or a fact. */
export const kindOf = (entry: Entry): EntryKind =>
  entry.topic === 'illegal-routes' ? 'route' : entry.topic === 'consequences' ? 'consequence' : 'fact';

/** How far before a sentence its context words are looked for. */
export const CONTEXT_BEFORE = 150;

function has(hits: Hit[], feature: string): boolean {
  for (const h of hits) if (h.feature === feature) return true;
  return false;
}

/** Words naming the medical money itself, by feature id. */
let medicalMoney: Uint8Array | null = null;
export const namesMedicalMoney = (h: Hit): boolean => (medicalMoney ??= featureTable((f) => f === 'subject' || f === 'personal-account'))[h.id] === 1;

/** Account words that name no fund of their own: the money named just before them owns them. */
const GENERIC_ACCOUNT = new Set(['account', 'personal-account']);

/** What a clause speaks of, where not the medical money: other money (公积金, 养老金), or the card's bank account named after it. */
const enum Aside {
  None,
  Other,
  Bank,
}

/**
 * @return what the clause [start, end) speaks of where it is not the medical account: other money, when the
 * last money the sentence named before the clause ends, other than where a transfer sends it, is other money (公积金, 养老金);
 * the bank account, when it is the card's own bank account (金融账户) and the clause itself names no medical money beside it
 */
function otherMoneyTopic(sentenceHits: Hit[], start: number, end: number): Aside {
  let other = -1;
  let otherEnd = -2;
  let bank = -1;
  let medical = -1;
  // Other money a transfer's words name as where the money goes (打到工资卡) is not what the sentence speaks of.
  let destinationEnd = -1;
  // Goods bought back (二手冰箱…高价回收, 回收旧家电) where the sentence names no medical money at all:
  // a listing beside a card buyer's on a classifieds page.
  if (has(sentenceHits, 'other-goods') && !sentenceHits.some(namesMedicalMoney)) return Aside.Other;
  for (const h of sentenceHits) {
    if (h.start >= end) break;
    if (h.feature === 'to-bank') destinationEnd = Math.max(destinationEnd, h.end);
    else if (h.feature === 'other-money') {
      if (h.end > destinationEnd) [other, otherEnd] = [h.start, h.end];
    }
    else if (h.feature === 'bank-side') bank = h.start;
    // An account right after the other money is its own (养老保险个人账户, 公积金账户余额).
    else if (namesMedicalMoney(h) && !(h.start <= otherEnd + 1 && GENERIC_ACCOUNT.has(h.feature))) medical = h.start;
  }
  if (other >= 0 && medical < other) return Aside.Other;
  return bank > medical && medical < start ? Aside.Bank : Aside.None;
}

/** @param hits a heading's lexicon hits
 * @return true when the heading names the card's bank side (金融账户) or other money (住房公积金相关问题) and no
 * medical money: the section under it speaks of that money */
export const namesMoneyAside = (words: string, hits: Hit[]): boolean => (has(hits, 'bank-side') || ACCOUNT_ASIDE.test(words)) && !hits.some(namesMedicalMoney);
/** Other money a section can be about (not 理赔 or 拒保, which a section on lending the card names as its consequences). */
const ACCOUNT_ASIDE = /公积金|养老金|养老保险|退休金|信用卡|失业金|失业保险|生育津贴|个人所得税|个税/;

/** @return true when entry a is a withdrawal on a condition of the person (all: cashout and the condition) and b a withdrawal at some place */
const conditionOverPlace = (a: Entry, b: Entry): boolean => {
  if (a.topic !== 'conditions' || b.topic !== 'cash-out') return false;
  const { all = [], any = [] } = a.triggers;
  // A condition with the money coming out: both required, or the condition required and the payout one of its ways.
  return (all.length >= 2 && all.includes('cashout')) || (all.length >= 1 && any.includes('cashout'));
};

/** 停保 told as a step (先…停保, 办理…停保手续后, 凭停保证明): done on the way to a payout, not the reason for one. */
const STOP_AS_STEP = /(?:先|办理|办完|办好)[^，,。；;]{0,8}(?:停保|停缴|减员)|停保(?:手续|证明)/;

/**
 * @return true when payout is a lawful special payout (leaving, settling abroad, death) and step the false
 * withdrawal on 停保 that the sentence tells as its step: "离开参保城市,必须先将医保卡停保,凭停保证明才可以提取" is the payout.
 */
const payoutOverStep = (payout: Entry, step: Entry, norm: string, sentence: Span): boolean =>
  payout.topic === 'conditions' &&
  payout.verdicts.affirm !== 'misleading' &&
  payout.triggers.all !== undefined &&
  payout.triggers.all.length > 0 &&
  !payout.triggers.all.includes('suspension') &&
  step.triggers.all?.includes('suspension') === true &&
  STOP_AS_STEP.test(norm.slice(sentence.start, sentence.end));

/** The entry that says residents' insurance has no personal account (P6). */
const RESIDENTS_ENTRY = 'residents-no-account';
const RELOCATION_PAYOUT = 'relocation-payout';
const EMIGRATION_PAYOUT = 'emigration-payout';
const SELL_BALANCE = 'sell-balance';
const PHARMACY_CASH = 'pharmacy-cash';
/** A recycling word that is only a rate (八折, 9折, 打折). */
const DISCOUNT = /折$/;
/** Cash handed back by the seller of the drugs (退现金, 返现), not the balance swapped (换现金). */
const CASH_BACK = /[退返]/;
/** @return true when the clause names cash handed back (退现金) and of buying only a rate (八折), no collector (回收, 收卡) */
const cashBackAtARate = (norm: string, own: Hit[]): boolean =>
  own.some((h) => h.feature === 'cash-swap' && CASH_BACK.test(norm.slice(h.start, h.end))) &&
  own.every((h) => h.feature !== 'recycle' || DISCOUNT.test(norm.slice(h.start, h.end)));
/**
 * The entries whose triggers the clause holds. A condition named only after a denial ("不能随便提现,只有
 * 出国定居、去世继承…可以") is its exception, not its condition: the denial is the general rule, read
 * without what follows it.
 */
function readingsOf(norm: string, facts: SentenceFacts, clause: Clause, own: Hit[], segmentHits: Hit[], windowHits: () => Hit[]): Candidate[] {
  const all = candidates(own, segmentHits, windowHits);
  // Nothing named after the clause: nothing it could borrow from there (most clauses).
  const last = segmentHits[segmentHits.length - 1];
  if (!last || last.start < clause.end || !mayDeny(norm, clause)) return all;
  const borrowing = all.find((c) => onlyAfter(c.satisfied, own, segmentHits, clause.end));
  if (!borrowing || stanceOf(norm, facts, clause, borrowing.anchor.start, borrowing.anchor.end, kindOf(borrowing.entry)).stance !== 'deny') return all;
  return candidates(own, segmentHits.filter((h) => h.start < clause.end), windowHits);
}

/** Characters every denial holds one of (不, 没, 无, 非, 禁, 勿, 别, 严, 拒, 杜, 谨, 警, 远, 避, 免, 防): a clause without any denies nothing. */
const DENIAL_CHARS = codeSet('不没无非禁勿别严拒杜谨警远避免防');
function mayDeny(norm: string, clause: Clause): boolean {
  for (let i = clause.start; i < clause.end; i++) if (hasCode(DENIAL_CHARS, norm.charCodeAt(i))) return true;
  return false;
}

/** @return true when one of the features a reading needs is named neither in the clause nor before its end */
function onlyAfter(satisfied: readonly string[], own: Hit[], segmentHits: Hit[], end: number): boolean {
  for (const f of satisfied) {
    if (has(own, f)) continue;
    if (!segmentHits.some((h) => h.feature === f && h.start < end)) return true;
  }
  return false;
}

/** @return true when a payout's condition (出国定居, 转不回去) and a person's condition (退休, 停保) are named as alternatives: 或 between them */
function alternatives(norm: string, hits: Hit[]): boolean {
  const payout = hits.find((h) => h.feature === 'emigration' || h.feature === 'transfer-refused');
  const person = hits.find((h) => h.feature === 'retirement' || h.feature === 'suspension');
  if (!payout || !person) return false;
  const [from, to] = payout.start < person.start ? [payout.end, person.start] : [person.end, payout.start];
  return OR.test(norm.slice(from, to));
}
const OR = /或|还是/;

/** An intention (想给…, 打算…, 准备…), said by the one who asks. */
const INTENT = /^(?:我|俺)?(?:想要|想|打算|准备)/;
const INTENT_FIRST = codeUnits('我俺想打准');
/** @return true when the sentence's last clause asks (…吗, …？), as isQuestion reads it */
const asks = (norm: string, facts: SentenceFacts): boolean => {
  const { clauses } = facts.sentence;
  return clauses.length > 0 && isQuestion(norm, facts, clauses[clauses.length - 1]!);
};

/** The account shared with family (家庭共济, 近亲属): not what a denial of cash in the same clause denies. */
const SHARED_WITH_FAMILY = new Set(['family-mutual-aid', 'close-relatives-aid']);
/** Conditions of the person that release nothing by themselves (退休, 停保). */
const PERSON_CONDITIONS = new Set(['retirement-withdrawal', 'suspension-withdrawal']);

/** A rule the whole country has, whose roll-out or details differ by place (家庭共济, 近亲属). */
const nationalRule = (entry: Entry): boolean => entry.verdicts.affirm === 'accurate' && entry.verdicts.local === 'region-dependent';

/** @param hits the sentence segment's lexicon hits: a local detail, or relatives no national rule covers (in-laws) */
const localDetail = (hits: Hit[]): boolean => has(hits, 'cue-local-detail') || has(hits, 'cue-in-laws');
/** Terms of a city's own scheme: no national rule speaks of them (their 历年, 一档, 当年 are cue-local-detail words, read first). */
const LOCAL_SCOPE = /历年(?:结余|账户|个人账户)|[一二]档(?:参保|医保)?|不含当年|当年账户资金/;
/** The page's own place (本市, 我省, 我们这边): a rule said of it is the rule as that place applies it, not the national form. */
const OWN_PLACE = /本市|我市|本省|我省|本区|我区|我们(?:这|那|市|省)|咱们?(?:这|市|省)|俺们?(?:这|那)/;

/** How much an entry's triggers ask of a clause: each feature it needs, and one of its alternatives. */
function specificity(entry: Entry): number {
  // Read without defaults: an empty array made for each absent list, for each candidate, cost more than the sum.
  const { all, any } = entry.triggers;
  return (all?.length ?? 0) + ((any?.length ?? 0) > 0 ? 1 : 0);
}

/** @return true when one of the hits is an anchor word */
export function anchored(hits: Hit[]): boolean {
  for (let i = 0; i < hits.length; i++) if (isAnchor(hits[i]!.id)) return true;
  return false;
}

/**
 * Why a clause is no claim whatever its words: it asks, it speaks of other money, it only mentions cash-out,
 * it is a step of a procedure, it reports what people know or try, it tells a case (a reporter, a court, a person named),
 * it speaks of the card's bank account (read as that account only: 'bank-side'), it urges to act (鼓励, 呼吁), it only concedes what the next clause answers (即使开通家庭共济,…), it only
 * introduces the list below it and names nothing itself (以下行为仍属违法:), it only sets up why one would want the
 * money (医保卡里的钱越攒越多, 用不完).
 */
export type Veto = 'question' | 'other-money' | 'bank-side' | 'reimbursement' | 'mention' | 'wish' | 'step' | 'people' | 'case' | 'call' | 'concession' | 'lead' | 'premise';

/** @param own the feature hits inside the clause */
export function vetoOf(norm: string, facts: SentenceFacts, clause: Clause, sentenceHits: Hit[], own: Hit[], questionsAsClaims: boolean): Veto | null {
  if (!questionsAsClaims && isQuestion(norm, facts, clause)) return 'question';
  // What the asker wants to do, before the question (…，想给孙子交学费用，能转出来吗): the question's premise, no claim.
  if (!questionsAsClaims && INTENT_FIRST.has(norm.charCodeAt(clause.start)) && INTENT.test(norm.slice(clause.start, Math.min(clause.end, clause.start + 4))) && asks(norm, facts)) return 'premise';
  if (facts.wish) return 'wish';
  // Other money (公积金, 养老金, credit cards, the card's bank account) is not medical insurance; but what
  // was withdrawn said to be the bank account's (你取的是社保卡金融账户里的钱) corrects the mix-up (P12).
  const aside = otherMoneyTopic(sentenceHits, clause.start, clause.end);
  if (aside !== Aside.None && !BANK_SOURCE.test(norm.slice(clause.start, clause.end))) {
    // The bank account said to be drawn on or paid from (社保卡的金融账户可以存钱取钱) is a true claim of its own, read as that account.
    return aside === Aside.Bank && drawsOn(norm, clause, own) ? 'bank-side' : 'other-money';
  }
  if (facts.asideSection && !sentenceHits.some((h) => h.start < clause.end && namesMedicalMoney(h))) return 'other-money';
  // Commercial insurance described, neither bought nor allowed, in a sentence that names no medical money
  // (重疾险是给付型的, 重疾险不受影响): the policy, not the account paying for it.
  if (has(own, 'commercial-insurance') && !BOUGHT.test(norm.slice(clause.start, clause.end)) && !sentenceHits.some((h) => namesMedicalMoney(h) || h.feature === 'account')) return 'other-money';
  if (has(own, 'reimbursement') && !has(own, 'account')) return 'reimbursement';
  if (isStep(norm, clause.start, clause.end, own)) return 'step';
  if (isPeopleState(norm, clause.start, clause.end, facts.sentence.start, own)) return 'people';
  // A clause that names the reporter, the court or the person of a case ("参与套现的市民王女士懊悔道",
  // "记者注意到…") tells what happened once; the rule, if the sentence states one, is in another clause.
  // Not a conviction for fraud (法院以诈骗罪判处王某…): the case shows the law the rubric states (P9, P10).
  if (own.some(namesCase) && !reportsOnlyInLabel(norm, clause, own) && !convictsOfFraud(norm, clause, own)) return 'case';
  if (isCall(norm, clause.start, clause.end, own)) return 'call';
  if (concedes(norm, clause, facts.sentence)) return 'concession';
  if (!anchored(own) && introducesList(norm, clause)) return 'lead';
  if (!anchored(own)) return isPremise(norm, clause) ? 'premise' : null;
  if (!assertsCashout(norm, clause.start, clause.end, own, facts.sentence) && !(questionsAsClaims && asksHow(norm, clause))) return 'mention';
  return null;
}

/** Why one would want the money out, said before the claim it leads to: no claim of its own. */
const PREMISE = /越攒越多|(?<!年)用不完|用不掉|花不完|闲着没用|白白浪费|放着浪费/;
/** A character every premise word holds: most clauses have none and are not copied out for the regex. */
const PREMISE_CHARS = codeUnits('攒完掉闲费');
/** Not one that goes on to say what may be done with it (余额用不完可以一直结转). */
function isPremise(norm: string, clause: Span): boolean {
  let i = clause.start;
  while (i < clause.end && !PREMISE_CHARS.has(norm.charCodeAt(i))) i++;
  if (i === clause.end) return false;
  const words = norm.slice(clause.start, clause.end);
  return PREMISE.test(words) && !/可以|能/.test(words);
}

/** The longest speaker's label a clause starts with ("警方提醒：", "法院提醒:"). */
const LABEL_MAX = 12;

/**
 * @return true when every report word of the clause is in the label it starts with ("警方提醒：不要出售…"):
 * the speaker of what follows, not a case told
 */
function reportsOnlyInLabel(norm: string, clause: Clause, own: Hit[]): boolean {
  // The last colon of the labels it starts with ("医保卡：警方提醒：…").
  // Each label within LABEL_MAX of the one before, the first within LABEL_MAX of the clause's start.
  let colon = clause.start - 1;
  for (let i = clause.start; i < Math.min(clause.end, colon + LABEL_MAX + 2); i++) if (norm[i] === ':' || norm[i] === '：') colon = i;
  if (colon < clause.start) return false;
  return own.every((h) => !namesCase(h) || h.end <= colon);
}

/** @return true when the clause convicts of fraud (以诈骗罪判处, 犯诈骗罪): the court applying 刑法第266条 */
function convictsOfFraud(norm: string, clause: Clause, own: Hit[]): boolean {
  return has(own, 'crime') && FRAUD_CONVICTION.test(norm.slice(clause.start, clause.end));
}
const FRAUD_CONVICTION = /诈骗罪[^,，。；;]{0,20}(?:判处|判刑|获刑|有期徒刑)|(?:判处|认定)[^,，。；;]{0,12}诈骗罪|犯诈骗罪/;

/** A case's words: a report's (记者, 法院, 王某) or a person named by title (市民王女士). */
const namesCase = (h: Hit): boolean => h.feature === 'cue-report' || h.feature === 'cue-person';

/**
 * Judges one clause; null when it is no claim.
 * @param own the feature hits inside the clause
 * @param scored compute the claim's confidence from its similarity to the entry's phrasings
 */
export function judgeClause(
  norm: string,
  facts: SentenceFacts,
  clause: Clause,
  clauseIndex: number,
  own: Hit[],
  segmentHits: Hit[],
  windowHits: () => Hit[],
  veto: Veto | null,
  scored: boolean,
  /** The clause only grants (…,但特殊情况下可以): its anchors are the previous clause's, read as if at its start. */
  elliptical = false,
): ClauseClaim | null {
  if (veto === 'bank-side') return bankSideClaim(norm, facts, clause, clauseIndex, own);
  if (veto || !anchored(own)) return null;

  // Read only where a national rule is granted: the sentence is not copied out for every clause, and once at most.
  let upToClause: string | undefined;
  let ownPlace: boolean | undefined;
  let best: ClauseClaim | null = null;
  let bestSize = 0;
  let mixed = false;
  for (const c of readingsOf(norm, facts, clause, own, segmentHits, windowHits)) {
    const [anchorStart, anchorEnd] = elliptical ? [clause.start, clause.start] : [c.anchor.start, c.anchor.end];
    let { stance, marked, debunked = false } = stanceOf(norm, facts, clause, anchorStart, anchorEnd, kindOf(c.entry));
    // The anchor's word said again later in the clause ("继承: 不可继承", "取现 不可以 …没有取现功能"):
    // the first is often a label; a denial at either is the clause's.
    if (stance !== 'deny' && !elliptical) {
      for (const h of own) {
        if (h.start <= c.anchor.start || h.feature !== c.anchor.feature) continue;
        const again = stanceOf(norm, facts, clause, h.start, h.end, kindOf(c.entry));
        if (again.stance === 'deny') [stance, marked, debunked] = ['deny', true, again.debunked ?? false];
      }
    }
    // What was withdrawn said to be the bank account's money (您取的可能是社保卡金融账户里的养老金) keeps the two
    // apart: the mix-up, denied, however hedged.
    if (c.entry.id === CONFLATION && BANK_SOURCE.test(norm.slice(clause.start, clause.end))) stance = 'deny';
    // A national rule said of a named place ("上海医保卡账户里的钱可以给家人使用") is the national rule
    // (rubric rule 3); only a local detail said with it (跨省, 历年, 一档, an amount) makes it local.
    if (stance === 'local' && nationalRule(c.entry) && !localDetail(segmentHits)) stance = 'affirm';
    // Family aid granted to in-laws (岳父母, 公婆) is a local extension: no national rule covers them.
    if ((stance === 'affirm' || stance === 'hedged') && nationalRule(c.entry) && has(own, 'cue-in-laws')) stance = 'local';
    // So is one a city's scheme sets (历年结余, 一档, 不含当年账户), named place or not (the rubric: whether or not the sentence names the place).
    if (stance === 'affirm' && nationalRule(c.entry) && ((ownPlace ??= OWN_PLACE.test(upToClause ??= norm.slice(facts.sentence.start, clause.end))) || (has(segmentHits, 'cue-local-detail') && LOCAL_SCOPE.test(upToClause)))) stance = 'local';
    // The card itself, the insured's own benefits, the ownership (own-benefits) are nouns, denied
    // after them, often in the next clause ("医保卡本身不可共用", "…个人待遇,不能给家人使用", "而非所有权
    // 的转移"): the sentence's negation decides.
    if (stance !== 'deny' && c.satisfied.includes('own-benefits') && countNegators(norm, facts.sentence.start, facts.sentence.end) % 2 === 1) stance = 'deny';
    // Cash or a bank card denied in a clause about family aid (共济人员不得…将共济额度变现) is the cash denied,
    // which its own entry reads: family aid itself is not denied. Granted, both readings stand and the worst wins.
    if (stance === 'deny' && SHARED_WITH_FAMILY.has(c.entry.id) && (has(own, 'cashout') || has(own, 'to-bank'))) continue;
    // The card's bank money, where the clause does not name the card, is neither denied (a denial after a clause
    // that named it, …持社保卡到银行支取，门店不提供任何取现服务, denies cash-out as such) nor granted where the card
    // is named only in a question arguing it is a bank card (能取啊，社保卡上不是有银联标吗…: the mix-up).
    if (c.entry.id === SS_CARD_WITHDRAWAL && !has(own, 'ss-card') && (stance === 'deny' || cardOnlyAsked(norm, facts.sentence, segmentHits))) continue;
    // A case named first as the exception (除了出国定居和死亡继承，其他情况都不能取; 除非…人没了，…不给取) is not what the
    // denial after it denies: that reading, the case borrowed from the clause before, is not the clause's.
    if (stance === 'deny' && c.borrowedFrom !== null && c.borrowedFrom < clause.start && EXCEPT.test(norm.slice(facts.sentence.start, clause.start))) continue;
    // A practice some places once had, told as history (早些年部分地方的新农合有家庭账户): the entry says what that is.
    const verdict = c.entry.past && (stance === 'hedged' || stance === 'local') && toldAsPast(norm, facts.sentence.start, anchorStart, clause.end) ? c.entry.past : c.entry.verdicts[stance];
    mixed ||= best !== null && verdict !== best.verdict;
    // fuse.js similarity costs more than the rest of the reading; only the rules-alone path reports it.
    const sim = scored ? similarity(c.entry.id, coreOf(norm, clause.start, clause.end, c.anchor.start)) : 0.5;
    const confidence =
      0.5 + 0.25 * sim + (c.satisfied.length >= 2 ? 0.1 : 0) + (marked ? 0.1 : 0.05) - (c.borrowedFrom !== null ? 0.05 : 0);
    const claim: ClauseClaim = {
      clauseIndex,
      start: Math.min(clause.start, c.borrowedFrom ?? clause.start),
      end: clause.end,
      entry: c.entry,
      stance,
      verdict,
      confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
      mixed: false,
    };
    // Readings of the same words: the one whose triggers ask more of them (死亡 and 支取, not 支取
    // alone) is what the clause says; among as specific ones the worst wins (rubric rule 7). A
    // rumour called false is denied as a whole, which is right when any part of it is false: there
    // the best wins ("谣言：刷医保买米面油也算家庭共济" is right to deny, family aid or not).
    const n = specificity(c.entry);
    const better = best !== null && (debunked ? worse(best.verdict, verdict) : worse(verdict, best.verdict));
    // As specific and as bad, a condition of the person (停保, 退休), even said in the clause before, says what
    // the claim is about more than the place the money is asked for (社保局, 医院): "办理了停保手续,就可以到社保局申请…提取".
    const sameBut = best !== null && verdict === best.verdict && (conditionOverPlace(c.entry, best.entry) || (!conditionOverPlace(best.entry, c.entry) && claim.confidence > best.confidence));
    const step = best !== null && n === bestSize && payoutOverStep(c.entry, best.entry, norm, facts.sentence);
    const stays = best !== null && n === bestSize && payoutOverStep(best.entry, c.entry, norm, facts.sentence);
    if (!best || n > bestSize || step || (n === bestSize && !stays && (better || sameBut))) {
      best = claim;
      bestSize = n;
    }
  }
  if (best) best.mixed = mixed;
  // Leaving the country, or the receiving area not taking the account (医保关系转不回去, 不接收个人账户), is
  // the condition under which some places pay the balance out, retirement or 停保 beside it or not
  // (the brief's local rules): no national no. Named as an alternative (出国定居或者到了退休年龄，可以…取出来),
  // each condition is a claim of its own, and the worst wins (rubric rule 7).
  if (best && PERSON_CONDITIONS.has(best.entry.id) && best.stance !== 'deny' && !alternatives(norm, segmentHits)) {
    const payout = has(segmentHits, 'transfer-refused') ? RELOCATION_PAYOUT : has(segmentHits, 'emigration') ? EMIGRATION_PAYOUT : null;
    if (payout) best = readAs(best, payout, best.stance);
  }
  // A discount (八折) is the rate of a pharmacy's cash back as much as a collector's: where the clause
  // names the cash handed back (按八折退现金) and no buying of cards, the route is the pharmacy's.
  if (best && best.entry.id === SELL_BALANCE && cashBackAtARate(norm, own)) best = readAs(best, PHARMACY_CASH, best.stance);
  // A right of the account denied to residents' insurance ("城乡居民没有个人账户,所以不存在余额继承一说") is
  // denied because there is no account: true, and the residents' rule explains it.
  if (best && best.stance === 'deny' && best.verdict === 'misleading' && has(segmentHits, 'residents')) best = readAs(best, RESIDENTS_ENTRY, 'deny');
  // A penalty played down ("套现被抓最多就是把钱退回去") tells the reader the penalties are not what the law says;
  // so does the crime denied (医保套现不算犯罪, 构不成犯罪), which the crime word would otherwise make a warning.
  if (best && playsDownPenalty(norm, clause, own)) best = { ...readAs({ ...best, stance: 'deny' }, 'fraud-penalties', 'deny'), playsDown: true };
  else if (best && kindOf(best.entry) !== 'fact' && (deniesCrime(norm, clause, own) || asksCrimeRhetorically(norm, facts))) best = { ...readAs({ ...best, stance: 'deny' }, 'criminal-liability', 'deny'), playsDown: true };
  // What is done said to be no offence (医保卡取现并不是违法的事) is said to be allowed: the 不 is the offence's, not the action's.
  else if (best && best.stance === 'deny' && deniesCrime(norm, clause, own)) best = { ...readAs({ ...best, stance: 'affirm' }, best.entry.id, 'affirm'), playsDown: true };
  return best;
}

/** Words that make what follows the worst that can happen (最多就是退钱, 顶多罚点款, 大不了…), or deny any more (不会有别的处罚). */
const AT_MOST = /(?:最多|顶多|大不了|无非|充其量)(?:也)?(?:就是|就|是)?$|不会?有(?:别的|其他|其它|什么别的)$/;

/** Words that make the penalty before them the end of it (把钱退回去就完事了, 罚点款就没事了). */
const AND_DONE = /^(?:了)?(?:就|也就|便)(?:完事|没事|算了|了事|结束|过去)/;

/** A crime denied of what the clause names: 不算犯罪, 构不成犯罪, 算不上违法. */
const CRIME_DENIED = /(?:(?<!算)不算|(?<!构)不构成|构不成|算不上|谈不上|够不上|(?<![算是])不是(?:什么)?)(?:是)?(?:犯罪|违法|犯法|刑事|诈骗)/;

/** @return true when the clause names a crime (its lexicon word) and denies it; read for every clause, so the text only then */
const deniesCrime = (norm: string, clause: Span, own: Hit[]): boolean => own.some(isCrime) && CRIME_DENIED.test(norm.slice(clause.start, clause.end));
/** A crime or an offence named (犯罪, 诈骗; 违法, 违规): what a denial (不算…, 不是…) plays down. */
const isCrime = (h: Hit): boolean => h.feature === 'crime' || h.feature === 'cue-wrong';

/** A rhetorical question whether it counts as a crime (难道这也算违法吗): it asserts that it does not. */
const COUNTS_AS_CRIME = /算(?:是)?(?:违法|犯罪|犯法|诈骗)/;
const asksCrimeRhetorically = (norm: string, facts: SentenceFacts): boolean =>
  facts.rhetorical && COUNTS_AS_CRIME.test(norm.slice(facts.sentence.start, facts.sentence.end));

/** @return true when the clause plays a penalty down (playsDownPenalty) or denies the crime (构不成犯罪) */
export const deniesPenalty = (norm: string, clause: Span, own: Hit[]): boolean => playsDownPenalty(norm, clause, own) || deniesCrime(norm, clause, own);

/** @return true when a penalty the clause names is said to be the worst that follows (最多就是退回去) */
function playsDownPenalty(norm: string, clause: Span, own: Hit[]): boolean {
  for (const h of own) {
    if (h.feature !== 'penalty') continue;
    if (AT_MOST.test(norm.slice(Math.max(clause.start, h.start - 12), h.start).replace(/把钱|被/g, ''))) return true;
    if (AND_DONE.test(norm.slice(h.end, Math.min(clause.end, h.end + 6)))) return true;
  }
  return false;
}

/** @return the claim read as another entry says it, with that entry's verdict for the stance (the claim itself if the dataset lacks the entry) */
export function readAs(claim: ClauseClaim, entryId: string, stance: Stance): ClauseClaim {
  const entry = entryById(entryId);
  return entry ? { ...claim, entry, verdict: entry.verdicts[stance] } : claim;
}

const SS_CARD_WITHDRAWAL = 'ss-card-withdrawal';
const BANK_ACCOUNT = 'bank-account';

/**
 * The card's bank account drawn on, said after the medical money (…，社保卡的金融账户可以存钱取钱): that account,
 * whatever the medical money named before makes other readings of the same words (the mix-up) hold.
 */
function bankSideClaim(norm: string, facts: SentenceFacts, clause: Clause, clauseIndex: number, own: Hit[]): ClauseClaim | null {
  const entry = entryById(BANK_ACCOUNT);
  const anchor = own.find((h) => h.feature === 'card-finance') ?? own.find((h) => h.feature === 'bank-side');
  if (!entry || !anchor) return null;
  const { stance } = stanceOf(norm, facts, clause, anchor.start, anchor.end, 'fact');
  return { clauseIndex, start: clause.start, end: clause.end, entry, stance, verdict: entry.verdicts[stance], confidence: 0.8, mixed: false };
}

/**
 * @return true when the clause draws on money (取钱, 转到其他银行卡, 随便用, 存取款) or says what the bank account is
 * (那其实是社保卡的金融账户, 银行ATM查到的只是金融账户的钱), not only names it (金融账户需激活后使用)
 */
function drawsOn(norm: string, clause: Clause, own: Hit[]): boolean {
  const words = norm.slice(clause.start, clause.end);
  // The account as where the money goes (余额一次性退到本人的社保卡金融账户) speaks of the medical money.
  if (INTO_BANK.test(words)) return false;
  return own.some((h) => h.feature === 'cashout' || h.feature === 'to-bank' || h.feature === 'free-use' || (h.feature === 'card-finance' && !CARD_NOUNS.test(norm.slice(h.start, h.end)))) || IS_BANK.test(words);
}
const INTO_BANK = /(?:退到|退回|转到|转入|转进|存入|存到|打到|打入|划到|划入|划转)[^,，。；;]{0,8}金融账户/;
const IS_BANK = /(?<!也就)是(?!常说的|所谓|俗称)[^,，。；;]{0,10}金融账户/;
const CARD_NOUNS = /^(?:金融账户|金融功能|借记卡|储蓄卡|储蓄账户|现金卡)$/;

/** @return true when every 社保卡 of the sentence stands in a clause that asks (社保卡上不是有银联标吗, 社保卡不就是银行卡吗) */
function cardOnlyAsked(norm: string, sentence: Sentence, hits: Hit[]): boolean {
  let any = false;
  for (const h of hits) {
    if (h.feature !== 'ss-card') continue;
    const clause = sentence.clauses.find((k) => k.start <= h.start && h.end <= k.end);
    if (!clause || !ASKED_END.has(norm.charCodeAt(clause.end - 1))) return false;
    any = true;
  }
  return any;
}
/** The last character of a clause that asks: 吗, 嘛, 么. */
const ASKED_END = codeUnits('吗嘛么');
const CONFLATION = 'card-bank-conflation';
/** What was withdrawn said to be the card's bank money: 你取的是社保卡金融账户里的钱, ATM能取的那个是…银行账户里的钱. */
const BANK_SOURCE = /取[^,，。；;]{0,8}(?:是|就是|都是|应该是|八成是|其实是|那是)[^,，。；;]{0,14}(?:金融账户|银行账户)/;
/** Buying, paying for or being allowed something: what the account's use for commercial insurance needs said. */
const BOUGHT = /买|购|支付|缴|交|投保|可以|(?<![功智])能|允许/;

/** Names the cases a rule after it does not cover (除了…以外, 除非…). */
const EXCEPT = /除了|除非|除去/;

/** Words that set what follows in the past, and words that bring it back to today. */
const PAST = /以前|以往|过去|早些年|早年|前些年|前几年|曾经|当年|那时/;
const NOW = /现在|如今|目前|至今|仍然|依然|还在/;

/** @return true when text[start, anchor) sets the claim in the past and nothing up to end brings it back to today */
function toldAsPast(text: string, start: number, anchor: number, end: number): boolean {
  const past = PAST.exec(text.slice(start, anchor));
  return past !== null && !NOW.test(text.slice(start + past.index, end));
}
