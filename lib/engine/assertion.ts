// Content farms name 取现 in every sentence ("取现问题", "在取现之前", "“取款”"), but only
// some of those sentences state something about it. A clause about cash-out is a claim when
// it has a predicate (a modal, a negation, a copula, a how-to verb) and the cash-out word
// is not just the topic of a noun phrase, a time frame, a hypothesis or a quotation.
import type { Span } from './segment';
import { featureTable, isAnchor, type Hit } from './features';
import { HOW, REJECTED } from './stance';
import { containsAny } from './literals';
import { codeSet, has } from './code-set';

/** Features naming cash-out itself, whose mere mention is no claim. */
const CASHOUT_FEATURES = new Set(['cashout', 'presupposition', 'to-bank', 'card-finance', 'bank-holds', 'free-use']);
/** Consequence words state something only with a verb of suffering or imposing them. */
const CONSEQUENCE_FEATURES = new Set(['penalty', 'crime']);
/** Illegal routes are offered in the imperative ("八折回收", "代办提现"): the route word is the predicate. */
const ROUTE_FEATURES = new Set(['taoxian', 'recycle', 'cash-swap', 'drug-resale', 'lending', 'pos', 'agent']);
/** Goods and services the balance may or may not pay for: a claim says, somewhere in its sentence, that it pays or may not ("可以买", "不能刷"). */
export const USE_FEATURES: ReadonlySet<string> = new Set(['fitness', 'groceries', 'exam', 'vaccine', 'commercial-insurance']);
/** Kin named (家人, 父母 …), as family aid or as whom a page is passed on to. */
const KIN_FEATURES = new Set(['family', 'cue-relatives']);
const USE_PREDICATE = /可|能|允许|支持|准许|用于|用来|支付|付|刷|买|购|缴|用|拿|禁止|严禁|不得|不|纳入|范围|报销|结算/;
/** Right after a premium word: its rate or amount ("个人缴费标准每人每年400元"), a fee table, not who pays it. */
const FEE_NOUN = /^(?:的)?(?:标准|基数|比例|档次|金额|额度)/;
/** The sets above as bits of a table by feature id: a hit's kinds read with one array access, not a set lookup each. */
const CASHOUT = 1;
const CONSEQUENCE = 2;
const ROUTE = 4;
const USE = 8;
const KIN = 16;
let kinds: Uint8Array | null = null;
function kindsOf(): Uint8Array {
  if (!kinds) {
    const k = [featureTable((f) => CASHOUT_FEATURES.has(f)), featureTable((f) => CONSEQUENCE_FEATURES.has(f)), featureTable((f) => ROUTE_FEATURES.has(f)), featureTable((f) => USE_FEATURES.has(f)), featureTable((f) => KIN_FEATURES.has(f))];
    kinds = k[0]!.map((_, id) => k[0]![id]! * CASHOUT | k[1]![id]! * CONSEQUENCE | k[2]![id]! * ROUTE | k[3]![id]! * USE | k[4]![id]! * KIN);
  }
  return kinds;
}
/** @return true when one of the hits is of one of these kinds */
function anyOf(hits: Hit[], kind: number): boolean {
  const t = kindsOf();
  for (let i = 0; i < hits.length; i++) if ((t[hits[i]!.id]! & kind) !== 0) return true;
  return false;
}
const CONSEQUENCE_PREDICATE = /被|将|会|面临|受到|追究|追责|追刑|按[^,，。]{0,6}罪|处以|予以|判|承担|构成|属于|列入|取消|暂停|没收|追回|触犯|涉嫌|纳入|并处|要(?!求)|[还就都也]得|必须|须/;

const PROCEDURE = '(?:操作|手续|流程|行为|过程|服务|业务)?';
/** Right after the cash-out word: it is a topic, a time or a person, not a predicate. */
const TOPIC_AFTER = new RegExp(
  `^(?:的)?${PROCEDURE}(?:的)?(?:问题|政策|想法|可能性|可行性|相关|概念|话题|方面|情况|需求|目的|风险|人|有后|时间|之前|以前|前|时|时候|过程|中|后|之后|外|无关|无直接关|没有(?:直接)?关系|不相关)`,
);
/** Just before it: a verb of discussing, weighing or avoiding. */
const TOPIC_BEFORE = /(?:考虑|关于|了解|探讨|探索|解析|分析|讨论|介绍|评估|看待|避免|频繁|过度依赖|急于|强行|想知道|涉及|完成|规划|除了|变相|间接)[^，,。；;]{0,6}$/;
/** At the clause start: a topic, hypothesis or purpose frame. */
const FRAME_START = /^(?:关于|对于|至于|针对|围绕|即使|即便|如果|假如|倘若|若|如因|如需|如要|若需|以免|为了避免|一旦)/;
/** A hypothesis or concession whose main clause follows in the same clause (如果退休了就可以…, 即使…也不能…). */
const FRAME_WITH_MAIN = /^(?:即使|即便|如果|假如|倘若|若|只要|一旦)[^,，。；;]*?[就也便则都仍]/;
/** @return true when the clause text states its main clause after a hypothesis or concession: it is no frame */
export const statesAfterFrame = (clause: string): boolean => FRAME_WITH_MAIN.test(clause);
/** @return true when the clause only opens a frame (a topic, hypothesis or purpose) that the next clause speaks to */
function framesOnly(clause: string): boolean {
  const words = clause.replace(LABEL, '');
  return FRAME_START.test(words) && !statesAfterFrame(words);
}
/** A quoted claim that the clause then rejects ("“退休能提取”是谣言", "不要轻信“…”的说法"), or whose being it denies ("没有“变现”的合法途径"), is asserted, with a denial. */
const QUOTE_REJECTED = new RegExp(`${REJECTED.source}|”(?:等|之类)?(?:的说法|的传言|的说辞|说法|传言|是谣言|是错误|是假|纯属|不实|是骗)|(?:没有|不存在|并无|谈不上)[“"]`);
/** A clause may open with a short label ("注意事项:"), after which its frame starts. */
const LABEL = /^[^:：,，]{1,12}[:：]/;
const MODAL = /可以|(?<!可)能(?!性)|允许|支持|准许|必须|只能|只允许|无法|没法|没办法|办不到|不可|不再|(?<!可)可(?!能)|纯属|谣言|骗局|别(?:想|指望|再|信|轻信|相信)/;
const PREDICATE =
  /需要|需|应|便于|实现|提供|办理|申请|领取|凭|是|有限制|有所限制|受到|意味着|有效地|直接|转入|转到|打到|打入|存入|返还|退还|退到|建议|前往|携带|插入|输入|选择|即可|没有|不|禁止|严禁|并非|而非|将|会(?![员议计])|给|帮(?:你|您|我|他|她|人)|天经地义|理所当然|理所应当/;

/**
 * A step of an app's or a counter's procedure ("首页点击“医保钱包”", "选择转入金额", "在“亲情账户”里添加近亲属"),
 * after any label and step number: it tells where to tap, not what the rules allow.
 */
const STEP = /^(?:[^:：,，]{1,12}[:：])?(?:[\s\d①-⑩.、)）(（]|第[一二三四五六七八九十\d]+步[:：]?)*(?:首页|然后|再|接着|最后|先)?(?:点击|打开|进入|选择|登录|登陆|输入|添加|填写|上传|搜索|扫码|下载|提交|携带|前往|等待|拨打)|^(?:在|通过)[^,，。]{1,12}(?:点击|添加|选择|进入|输入|填写)/;

/**
 * What people know, wonder or try ("许多人对于医保卡的金融功能并不了解", "部分市民因急需用钱或误信“代办提现”广告"):
 * a report of their state of mind, not a rule. The people are the subject; the state follows within the clause.
 */
/** The states: a list of words, which a clause is read for before PEOPLE_STATE is run. */
const STATE_WORDS = /不了解|不太了解|不知道|不清楚|不太清楚|存在疑问|有疑问|认识不多|误信|急需用钱|急用钱|好奇/;
const PEOPLE_STATE = new RegExp(
  `(?:部分|不少|很多|许多|一些|有的|有些|多数|大多数)(?:市民|人|群众|网友|参保人员?|居民|患者|老人|老年人|用户|朋友)[^，,。；;]{0,16}?(?:${STATE_WORDS.source})`,
);
/** A clause that carries such a subject on to what the people then try or wrongly believe ("试图通过所谓“中介”操作", "甚至误以为…"). */
const INTENT_START = /^(?:试图|企图|想要|想|打算|希望|准备|(?:甚至|还|更)?(?:误以为|误认为|以为))/;
const INTENT_FIRST = codeSet('试企想打希准甚还更误以');

/** States of not knowing, which the clause may go on to say what: "很多人不知道医保个人账户可以给家人用" states the rule. */
const NOT_KNOWING = /(?:不知道|不了解|不太了解|不清楚|不太清楚)$/;

/**
 * @param start where the clause text[start, end) starts; its sentence starts at sentenceStart
 * @param own the clause's lexicon hits
 * @return true when the clause reports what people know, wonder or try rather than stating a rule
 */
export function isPeopleState(text: string, start: number, end: number, sentenceStart: number, own: Hit[]): boolean {
  // The state words first, read without the regex engine: most clauses hold none and are not copied.
  if (containsAny(STATE_WORDS, text, start, end)) {
    const m = PEOPLE_STATE.exec(text.slice(start, end));
    if (!m) return false;
    // What they do not know, said after it, is the clause's claim.
    const after = start + m.index + m[0].length;
    return !(NOT_KNOWING.test(m[0]) && own.some((h) => h.start >= after && isAnchor(h.id)));
  }
  return has(INTENT_FIRST, text.charCodeAt(start)) && INTENT_START.test(text.slice(start, Math.min(end, start + 5))) && PEOPLE_STATE.test(text.slice(sentenceStart, start));
}

/**
 * A call to act (鼓励广大参保人员积极参与体育健身活动, 鼓励社会公众积极举报各类骗保行为, 呼吁…), or to pass
 * the page on (建议收藏，转发给家人看看): what the speaker urges, not what the rules allow. The rule it
 * comes with, if any, is in another clause.
 */
const CALL = /鼓励|倡导|号召|呼吁/;
/** Passing the page on to one's family (转发给家人看看, 分享给家人, 转给爸妈看看; not 转给爸妈看病): no family aid. */
const PASS_ON = /转发给|分享给|(?:转|发)给[^,，。；;]{0,8}看看|(?:建议|记得|赶紧)收藏/;

/**
 * @param own the clause's hits: passing the page on is looked for only where kin are named, the
 * only place it was ever misread (its words are common ones, costly to look for in every clause)
 * @return true when the clause text[start, end) urges the reader or the public to act
 */
export const isCall = (text: string, start: number, end: number, own: Hit[]): boolean =>
  containsAny(CALL, text, start, end) || (anyOf(own, KIN) && PASS_ON.test(text.slice(start, end)));

/** The first characters of STEP's verbs (点击, 打开 … 拨打), one of which every step holds: a clause without any is not copied out for the regex. */
const STEP_VERB_STARTS = codeSet('点打进选登输添填上搜扫下提携前等拨');

/** @return true when the clause text[start, end) is a step of a procedure, or looks the balance up, and names no cash-out or illegal route (which a step can teach) */
export function isStep(text: string, start: number, end: number, own: Hit[]): boolean {
  let verb = false;
  for (let i = start; i < end && !verb; i++) verb = has(STEP_VERB_STARTS, text.charCodeAt(i));
  const step = (verb && STEP.test(text.slice(start, end))) || containsAny(LOOKS_UP, text, start, end);
  return step && !anyOf(own, CASHOUT | ROUTE);
}

/** Looking the balance up or printing it (部分地区还支持刷脸直接查, 可以去窗口打印余额明细): how to see the money, not what it may do. */
const LOOKS_UP = /查询|查看|直接查|查余额|打印/;

function isTopicMention(text: string, clauseStart: number, hit: Hit, quoteRejected: boolean): boolean {
  // A label ("法律分析:", "答：") ends where its colon does: the words before it frame nothing.
  const window = text.slice(Math.max(clauseStart, hit.start - 12), hit.start);
  const before = window.slice(Math.max(window.lastIndexOf(':'), window.lastIndexOf('：')) + 1);
  const after = text.slice(hit.end, hit.end + 10);
  if (before.lastIndexOf('“') > before.lastIndexOf('”') && after.slice(0, 6).includes('”')) return !quoteRejected;
  // 中 after a container (转入银行卡中, 存入账户中) says where the money goes, not "in the middle of".
  const into = after.charCodeAt(0) === ZHONG && CONTAINER_END.test(text.slice(hit.start, hit.end));
  return (!into && TOPIC_AFTER.test(after)) || TOPIC_BEFORE.test(before);
}

const ZHONG = '中'.charCodeAt(0);
/** The last character of a word naming where money is kept: 银行卡, 账户, 账号, 钱包, 存折. */
const CONTAINER_END = /[卡户号包折]$/;

/**
 * @param own the feature hits inside the clause
 * @param sentence where the clause's sentence stands in text
 * @return false when every cash-out word of the clause is only mentioned, or nothing is predicated of it
 */
export function assertsCashout(text: string, clauseStart: number, clauseEnd: number, own: Hit[], sentence: Span): boolean {
  if (!anyOf(own, CASHOUT)) return assertsOther(text, clauseStart, clauseEnd, own, sentence);
  const clause = text.slice(clauseStart, clauseEnd);
  const t = kindsOf();
  // "对于“高价回收医保卡”的小广告，千万不要相信": a framed topic the sentence then rejects is a claim.
  if (framesOnly(clause) && !containsAny(REJECTED, text, sentence.start, sentence.end)) return false;
  // A route, or a grant of free use (想取就取, 随时取现, 自由支配), asserts by itself.
  if (anyOf(own, ROUTE) || own.some((h) => h.feature === 'free-use')) return true;
  const quoteRejected = QUOTE_REJECTED.test(clause);
  let asserted = false;
  for (const h of own) {
    if ((t[h.id]! & CASHOUT) === 0 || isTopicMention(text, clauseStart, h, quoteRejected)) continue;
    // A presupposing phrase ("取现限额", "办理取现") asserts by itself that cash-out exists; so does
    // saying the medical money is kept in the card's bank account ("医保的钱就存在卡里的银行账户上").
    if (h.feature === 'presupposition' || h.feature === 'bank-holds') return true;
    asserted = true;
  }
  if (!asserted) return false;
  // "切勿轻信“快速提现”": the rejection is the predicate.
  if (quoteRejected) return true;
  return MODAL.test(clause) || PREDICATE.test(clause) || TEACHES.test(clause) || DISPOSAL.test(clause);
}

/**
 * assertsCashout of a clause that names no cash-out: false when its anchors are only a premium's rate
 * ("个人缴费标准每人每年400元"), goods in a sentence that says nothing of paying, or consequences with nothing imposing them
 */
function assertsOther(text: string, clauseStart: number, clauseEnd: number, own: Hit[], sentence: Span): boolean {
  const t = kindsOf();
  // Read in one pass, without closures: every clause with an anchor is asked.
  let fees = true;
  let uses = true;
  let consequence = false;
  let other = false;
  for (let i = 0; i < own.length; i++) {
    const h = own[i]!;
    const kind = t[h.id]!;
    if ((kind & CONSEQUENCE) !== 0) consequence = true;
    if (!isAnchor(h.id)) continue;
    fees &&= h.feature === 'premium' && FEE_NOUN.test(text.slice(h.end, h.end + 3));
    if ((kind & USE) === 0) uses = false;
    if ((kind & CONSEQUENCE) === 0) other = true;
  }
  if (fees) return false;
  // A shop shelf or a gym fee in a story ("药品架上还有白酒、饮料") is a scene, not a rule.
  if (uses) return USE_PREDICATE.test(text.slice(sentence.start, sentence.end));
  return !consequence || other || CONSEQUENCE_PREDICATE.test(text.slice(clauseStart, clauseEnd));
}

/** A clause that opens with 把 ("…去医保局申请，把个人账户的钱提出来用于治疗"): what it does with the money is its predicate. */
const DISPOSAL = /^(?:然后|再|就|直接)?把/;

/** Teaching it ("教你三招把医保卡里的钱变成现金"): the page presupposes that it can be done. */
const TEACHES = /教你|教大家|手把手|[一二三两几\d]招|妙招|秘诀|小窍门|(?:这样|这么)(?=取|提|套|领)/;

/** 即使, 即便, 哪怕, 就算: a clause that supposes ("即使开通家庭共济"), whose claim the rest of the sentence makes. */
const CONCESSION = /^(?:[^:：,，]{1,12}[:：])?(?:即使|即便|哪怕|就算)/;
const [JI, NA, JIU] = [...'即哪就'].map((c) => c.charCodeAt(0));
export function concedes(norm: string, clause: Span, sentence: Span): boolean {
  if (clause.end >= sentence.end - 1) return false;
  // Read in place first: nearly every clause holds none of the three characters where a concession starts.
  const end = Math.min(clause.end, clause.start + 16);
  let i = clause.start;
  for (; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === JI || c === NA || c === JIU) break;
  }
  return i < end && CONCESSION.test(norm.slice(clause.start, end));
}

/** @return true when the clause ends its line with a colon: what it says, its list's items say. */
export function introducesList(norm: string, clause: Span): boolean {
  let i = clause.end;
  while (i < norm.length && (norm[i] === ' ' || norm[i] === '\t')) i++;
  if (norm[i] !== ':' && norm[i] !== '：') return false;
  for (i++; i < norm.length && norm[i] !== '\n'; i++) if (norm.charCodeAt(i) > 32) return false;
  return true;
}

/** Asking how ("医保卡里的钱怎么取出来") takes for granted that it can be done: the claim the question asks about. */
export const asksHow = (norm: string, clause: Span): boolean => containsAny(HOW, norm, clause.start, clause.end);
