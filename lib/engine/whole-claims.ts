// A claim is more than the clause the model read: the clause that frames it ("开通医保钱包以后"),
// the reason or terms given for a false one, a comment on it. These read a sentence's clause
// claims as a reader does, before consecutive ones are merged.
import type { Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import type { SentenceReading } from './read-clauses';
import type { SentenceCues } from './clause-features';
import type { ClauseClaim } from './rules';
import { countNegators, dismisses } from './stance';
import { featureTable, holdsHit, isAnchor, type Hit } from './features';
import { statesAfterFrame } from './assertion';
import { entryById } from './dataset';
import { codeUnits } from './code-set';

/** A claim the engine found in a clause, with the entry that explains it. */
export interface Found {
  clauseIndex: number;
  start: number;
  end: number;
  entry: Entry;
  stance: ClauseClaim['stance'];
  verdict: Verdict;
  confidence: number;
  /** The entry comes from the rules' reading of the clause, not from a fallback. */
  ruled: boolean;
  /** The first clause the claim spans, where a frame before it opens it (clauseIndex otherwise). */
  firstClause?: number;
}

/** A clause that only sets the time, condition or topic of what follows ("开通医保钱包以后", "如果参保人去世", "对于个人账户中的余额", "具体规定如下"). */
const FRAME = /^(?:如果|假如|若|一旦|只要|等到|当(?![天日年月地前场然中初事面下])|对于|关于|至于)|(?:以后|之后|以前|之前|的时候|的话|后|时|如下|来说|为例)$|^经过?[^,，]{0,10}(?:申请|审核|审批|批准|核准|同意)$/;
/** The authority what follows is stated by ("根据最新医保政策", "按照现行规定", "还有一些地区规定"): it opens the claim, as the topic does. */
const AUTHORITY = /^(?:(?:根据|按照|依据|依照)[^,，]{0,16}(?:规定|政策|文件|条例|办法)|(?:还有|也有|另有)?(?:一些|有些|有的|部分|不少|很多|多)(?:地区|地方|城市|省份|省市)(?:也|还)?(?:规定|明确))$/;
const AUTHORITY_FIRST = codeUnits('根按依还也另一有部不很多');
/** The characters a frame starts with (如果 … 至于, 经…申请) and ends with (以后 … 如下). */
const FRAME_FIRST = codeUnits('如假若一只等当对关至经');
const FRAME_LAST = codeUnits('后前候话时下说例');
const OF = '的'.charCodeAt(0);
/** The money named alone as the topic of what follows ("职工医保个人账户里的钱,只要…就可以…"): the account or card, what is in it, nothing more. */
const TOPIC = /^(?:职工|我的|你的|自己的)?(?:医保卡|医保账户|医保个人账户|个人账户|医保卡个人账户|社保卡)(?:里面|里|中|内|上)?的(?:钱|余额|资金)$/;
const TOPIC_LAST = codeUnits('钱额金');
/** Words that make a clause ending in 的 a statement ("是不能取现的", "会被追回的"), not a noun phrase ("提供虚假发票的"). */
const STATING = /是|会|(?<!功)能|可|要|都|就|也|将|被|不|再|[卖借交转打送租寄]给/;

const [OPEN_QUOTE, CLOSE_QUOTE, OPEN_CORNER, CLOSE_CORNER, STRAIGHT_QUOTE] = [...'“”「」"'].map((c) => c.charCodeAt(0));

/** @return true when the clause text[start, end) opens a quotation it does not close ("谣言三：“绑定了共济关系，…”"): the quote runs on into the next clause */
function opensQuote(text: string, start: number, end: number): boolean {
  let open = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPEN_QUOTE || ch === OPEN_CORNER) open++;
    else if (ch === CLOSE_QUOTE || ch === CLOSE_CORNER) open--;
    else if (ch === STRAIGHT_QUOTE) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** 不 inside a verb's complement (转不走, 取不出, 办不了) says what cannot be done to those named, not that a rule is denied: "医保关系转不走的" names people. */
const CANNOT_REACH = /(?<=[\u4e00-\u9fff])不(?=[走出了到动成起上下回进过掉])/g;

/** A clause text[start, end) that names what the next one speaks of: a frame, or "those who …" (…的) without a verb that states. */
function frames(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  // A clause that neither starts nor ends as a frame does, nor ends with 的, is not copied out for the regexes.
  const last = text.charCodeAt(end - 1);
  if (!FRAME_FIRST.has(text.charCodeAt(start)) && !FRAME_LAST.has(last) && last !== OF) return false;
  const words = text.slice(start, end);
  return (FRAME.test(words) && !statesAfterFrame(words)) || (last === OF && !STATING.test(words.replace(CANNOT_REACH, '')));
}

/** @return true when the clause text[start, end) only names the money (TOPIC) */
function namesTopic(text: string, start: number, end: number): boolean {
  return end > start && TOPIC_LAST.has(text.charCodeAt(end - 1)) && TOPIC.test(text.slice(start, end));
}

/** A short noun phrase ("医保卡的金融功能", "允许提取的特殊情况"): a label, not a statement. */
const NOUN_PHRASE = /的[^的]{1,5}$/;
const SHORT_PHRASE = 10;
const ASKS = /[吗呢?？]$/;
/** Saying it cannot be done ("医保卡里的钱无法取现", "…没法提现") states, however short. */
const CANNOT = /无法|没法|没办法/;
/** Doing something under another's name ("按买药的名义刷卡"): a verb follows the 的 phrase. */
const IN_THE_NAME = /的(?:名义|幌子|旗号)[^的]/;

/** @return true when a claim's words are a short noun phrase, which states nothing */
export function nounPhrase(text: string, cjk: number): boolean {
  // A question ("收医保卡余额的靠谱吗") asks about what it names: no label.
  return cjk <= SHORT_PHRASE && NOUN_PHRASE.test(text) && !STATING.test(text) && !CANNOT.test(text) && !ASKS.test(text) && !IN_THE_NAME.test(text);
}

/** A title's promise to explain ("…一次讲清", "…全解读") or news arriving ("医保钱包来了"): the page announces its topics, it states no rule. */
const ANNOUNCES = /(?:一次|一文|一篇|带你)?(?:讲清|说清|讲明白|说明白|读懂|看懂|搞懂|弄懂)楚?了?$|(?:全解读|详解|全解析|大盘点|攻略|指南)$/;
/** News arriving, the whole clause ("医保钱包来了", "新规来啦"; not 取出来了). */
const ARRIVES = /^[^,，。]{1,8}(?<![出进回过起下上])来[了啦]$/;

/** The characters ANNOUNCES can end with: a clause ending otherwise is not copied out for it. */
const ANNOUNCES_LAST = codeUnits('清白懂楚了读解析点略南');

/** The page's own voice announcing what it goes on to do ("本文将详细介绍…", "我们来探讨…的问题", "文章还将评估…"). */
const ANNOUNCES_START =
  /^(?:今天|那么|接下来|下面)?(?:本文|文章|下文|我们|小编|笔者)(?:还|将|就|来|会|一起|再)*(?:为您|为大家|带大家|带你|给大家)?(?:详细|简单|一起)?(?:介绍|解析|探讨|评估|分析|讲解|说说|聊聊|了解|讨论|解答|盘点)/;
/** The characters ANNOUNCES_START can start with: a clause starting otherwise is not copied out for it. */
const ANNOUNCES_FIRST = codeUnits('今那接下本文我小笔');

/** A promise to teach taking the money out ("如何正确使用医保卡进行取现操作", "取现的方法"): it presupposes one can. */
const TEACHES_CASHOUT = /(?:如何|怎么|怎样|怎麼)[^,，。；;]{0,14}(?:取现|提现|取出|套现|变现|提取)|(?:取现|提现|套现|变现)的?(?:方法|流程|步骤|操作|技巧|渠道)/;

/** @return true when the clause text[start, end) only announces what the page explains, and does not promise to teach a cash-out */
export function announces(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (ANNOUNCES_LAST.has(text.charCodeAt(end - 1)) && ANNOUNCES.test(text.slice(Math.max(start, end - 8), end))) return true;
  if (end - start <= 10 && ARRIVES.test(text.slice(start, end))) return true;
  return ANNOUNCES_FIRST.has(text.charCodeAt(start)) && ANNOUNCES_START.test(text.slice(start, Math.min(end, start + 24))) && !TEACHES_CASHOUT.test(text.slice(start, end));
}

/** A rumour quoted to be rejected is one claim however many commas it runs over: clause k opens the quote, a later one closes it. */
function quotesRumour(norm: string, r: SentenceReading, k: number): boolean {
  const { clauses, start, end } = r.sentence;
  return k + 1 < clauses.length && opensQuote(norm, clauses[k]!.start, clauses[k]!.end) && dismisses(norm, start, end);
}

/** A frame states nothing alone: it belongs to the claim it frames, or to none. */
export function withFrames(norm: string, r: SentenceReading, found: (Found | null)[]): (Found | null)[] {
  const { clauses } = r.sentence;
  // The claim the clauses after k frame, passed on through frames in a row ("个人账户里的钱,只要停保,就可以…").
  let framed = -1;
  for (let k = found.length - 1; k >= 0; k--) {
    const clause = clauses[k]!;
    if (found[k + 1]) framed = k + 1;
    const next = framed > k ? found[framed] : null;
    // Read first: a clause without a claim before one without frames nothing, and needs no copy of its words.
    // The money named as the topic, or the authority, opens the claim; after a claim ("…认为,医保卡里的钱,应该…") it is inside one.
    const topic = (k === 0 || !found[k - 1]) && (namesTopic(norm, clause.start, clause.end) || statesAuthority(norm, clause.start, clause.end));
    if ((!found[k] && !next) || clause.contrast || (!topic && !frames(norm, clause.start, clause.end) && !quotesRumour(norm, r, k) && !listedSubject(norm, clause, clauses[k + 1]))) {
      framed = -1;
      continue;
    }
    found[k] = null;
    // Written out, not spread: claims come in a few shapes, and a spread over them copies slowly.
    if (next) found[framed] = { clauseIndex: next.clauseIndex, start: clause.start, end: next.end, entry: next.entry, stance: next.stance, verdict: next.verdict, confidence: next.confidence, ruled: next.ruled, firstClause: k };
  }
  return found;
}

/** A list of cases (…、…等) that the next clause says something of all at once (均不属于…, 都不能…): its subject, no claim of its own. */
const LIST_END = /、[^、]+等$/;
const OF_ALL = /^(?:均|都|全都|一律|皆)/;

/** @return true when the clause is a list the next clause opens with 均 or 都 about */
function listedSubject(text: string, clause: { start: number; end: number }, next: { start: number; end: number } | undefined): boolean {
  return next !== undefined && text.charCodeAt(clause.end - 1) === ETC && OF_ALL.test(text.slice(next.start, next.start + 2)) && LIST_END.test(text.slice(clause.start, clause.end));
}
const ETC = '等'.charCodeAt(0);

/** @return true when text[start, end) names only the authority what follows is stated by (AUTHORITY) */
function statesAuthority(text: string, start: number, end: number): boolean {
  return AUTHORITY_FIRST.has(text.charCodeAt(start)) && end - start <= 20 && AUTHORITY.test(text.slice(start, end));
}

/** An elaboration of the clause before it ("…视为带病投保证据,尤其是重疾险和医疗险"): it says what that clause says of a part. */
const ELABORATES = /^(?:尤其是|尤其|特别是|比如|例如|譬如)/;

/**
 * An elaboration the rules read nothing in is a claim only as part of a claim beside it: between
 * clauses that are none, it is none. One that opens the next claim ("比如参保人去世，余额可以由继承人继承") is its condition.
 */
export function withElaborations(norm: string, r: SentenceReading, found: (Found | null)[]): (Found | null)[] {
  const { clauses } = r.sentence;
  for (let k = 1; k < found.length; k++) {
    if (!found[k] || found[k - 1] || found[k + 1] || r.rules[k]) continue;
    if (ELABORATES.test(norm.slice(clauses[k]!.start, clauses[k]!.start + 3))) found[k] = null;
  }
  return found;
}

/** Words that grant (可以, 可使用, 没关系, 随便): a plain grant is advice or a rule stated, not a report. */
const PERMISSION = /可以|(?<!可)能(?!性)|允许|没关系|没问题|随便|随意|都行|放心|可(?=使用|用|借|拿|刷|换|兑|取|提|转)/;
/** Lexicon cues of another voice: a report, a quotation, a "wrong" verdict, the past. */
const VOICE_HITS = new Set(['cue-report', 'cue-person', 'cue-authority', 'cue-quote', 'cue-wrong', 'cue-past']);
let voiceHits: Uint8Array | null = null;

/**
 * The clause plainly states what the rules read as false: it grants what no rule allows
 * ("余额可以随便转给任何人": no negation in it) or denies a true right ("个人账户不可继承"),
 * and its sentence has no hedge, place, warning, report or quotation that would make it
 * another voice or a local rule.
 */
export function plainlyStated(
  norm: string,
  r: SentenceReading,
  clause: { start: number; end: number },
  cues: SentenceCues,
  stance: Stance,
  /** The clause's negators, as analyze counted them for its features. */
  negators: number,
): boolean {
  if (cues.hedged || cues.placed || cues.past || r.facts.warned || r.facts.rejected || r.facts.sentence.question) return false;
  voiceHits ??= featureTable((f) => VOICE_HITS.has(f));
  const voice = voiceHits;
  if (r.hits.some((h) => voice[h.id] === 1)) return false;
  if (stance === 'deny') return true;
  return negators === 0 && grants(norm, clause.start, clause.end);
}

/** @return true when text[start, end) holds a word that grants (可以, 能, 允许, 随便) */
export const grants = (text: string, start: number, end: number): boolean => PERMISSION.test(text.slice(start, end));

/** Words for the card's bank side (金融功能, 银行卡功能, 借记卡), and the social-security card that carries it. */
const BANK_SIDE = new Set(['card-finance', 'cue-bank', 'ss-card']);
/** Words of how to reach a seller (加我微信, 私信, 联系客服): said after an offer, they are its terms. */
const CONTACT = new Set(['agent', 'cue-offer']);

const isContact = (h: Hit): boolean => CONTACT.has(h.feature);
/** The route that goods swapped for card money are part of (found once: the dataset is read at start). */
let pharmacySwap: Entry | undefined;

/** The next step of a sequence, at the start of a clause (再从钱包提现, 然后去银行取). */
const THEN = /^(?:再|然后|之后|接着|随后)/;

/** Words of the money coming out (提取, 打到银行卡): said again, unnegated, they carry the claim on. */
const MONEY_OUT = new Set(['cashout', 'to-bank', 'payout-procedure']);
/** The conditions and offices a withdrawal's steps name. */
const STEP_WORDS = new Set(['suspension', 'retirement', 'relocation', 'emigration', 'illness', 'hospital-channel']);

/**
 * What a sentence adds to its own false or illegal claim is part of that claim, not a true
 * remark of its own: the bank side given as the reason ("医保卡带银行卡功能，余额在ATM上就能取",
 * rubric rules 5 and 7), an offer's terms ("手续费只要一成"), a comment that names no rule
 * ("这是国家政策允许的"), a step towards it ("停保以后去医保中心填个申请表"), the money's way out told on ("一般15个工作日内打到你的银行卡上"), the goods of a pharmacy's swap. Such a clause takes the claim's verdict, and merge() makes them one.
 */
export function withPremises(norm: string, r: SentenceReading, found: (Found | null)[]): (Found | null)[] {
  const claim = found.find((f) => f?.ruled && f.stance === 'affirm' && (f.verdict === 'illegal' || f.verdict === 'misleading'));
  if (!claim) return found;
  return found.map((f, k) => {
    // How to take an offer up, after it (…当天到账，加我微信帮你弄): the offer's own terms.
    if (!f && claim.verdict === 'illegal' && k > claim.clauseIndex) {
      const clause = r.sentence.clauses[k]!;
      return holdsHit(r.hits, clause, isContact) ? { ...claim, clauseIndex: k, firstClause: k, start: clause.start, end: clause.end } : f;
    }
    // Goods taken for card money in a pharmacy's swap offered in the same sentence ("按买药的名义刷卡，实际拿米、面、油走"): the swap itself.
    if (f && claim.verdict === 'illegal' && f.entry.id === 'non-medical-goods' && f.stance === 'affirm') return { ...f, entry: (pharmacySwap ??= entryById('pharmacy-cash')!), verdict: claim.verdict };
    if (!f || f.verdict !== 'accurate') return f;
    const clause = r.sentence.clauses[f.clauseIndex]!;
    // A true step the next clause goes on from (转进医保钱包，再从钱包提现到银行卡，就能取出来) is the false claim's first step.
    if (f.ruled) return f.clauseIndex < claim.clauseIndex && THEN.test(norm.slice(r.sentence.clauses[f.clauseIndex + 1]!.start, claim.end)) ? { ...f, entry: claim.entry, verdict: claim.verdict } : f;
    const own = r.hits.filter((h) => h.start >= clause.start && h.end <= clause.end);
    const bank = own.some((h) => BANK_SIDE.has(h.feature));
    const negated = countNegators(norm, clause.start, clause.end) > 0;
    // A comment names no rule; a step ("停保以后去医保中心填个申请表") names a condition or an office, in which the rules read none.
    // Not one that opens another claim the rules read ("…，记者求证，工作人员表示，个人账户余额可以继承"): that one's words.
    const next = found[k + 1];
    const opensAnother = k > claim.clauseIndex && next?.ruled === true && next.verdict !== claim.verdict;
    const comment = !negated && !opensAnother && (!own.some((h: Hit) => isAnchor(h.id)) || (r.rules[f.clauseIndex] === null && own.some((h) => STEP_WORDS.has(h.feature))));
    // "…申请提取，一般15个工作日内打到你的银行卡上": the same money's way out, told on.
    const carried = !negated && own.some((h) => MONEY_OUT.has(h.feature));
    return bank || comment || carried ? { ...f, entry: claim.entry, verdict: claim.verdict } : f;
  });
}

