// A page that sells a cash-out route in its own voice (回收 ads, "POS刷卡取现" services) speaks
// in that voice throughout: its testimonials, answers and reassurances are the offer too. On
// pages that report or warn, a sentence praising a route is a quote, and they hold one at most.
import type { Entry } from '../dataset/types';
import type { SentenceReading } from './read-clauses';
import type { Found } from './whole-claims';
import { entryById } from './dataset';
import { kindOf } from './rules';
import { anchoredBy } from './match';
import { featureTable, type Hit } from './features';
import { REFUSAL, SAFE_FROM_LAW } from './stance';
import { codeUnits } from './code-set';

/** How many sentences must offer an illegal route with praise before the page is read as the seller's. */
export const OFFERS_ON_A_SELLERS_PAGE = 3;

/** A clause refusing a service or business (本店不办理任何“余额转出”业务, 不提供此类服务): it offers nothing. */
export const REFUSES_SERVICE = new RegExp(`${REFUSAL}[^,，。；;]{0,12}(?:业务|服务)`);

/**
 * A seller speaking of itself: its shop (本店, 我们药房, 来店里) or how to reach it (私信我, 加我微信). Such a
 * sentence is read in the seller's voice on any page, unless the page reports or warns about it.
 */
const SELLER_SELF = /本店|本药店|本药房|我们药店|我们药房|我们店|来店里|到店里|私信我|加我微信|加我v|联系我(?!们)|找我们|卖给我们|交给我们|寄给我们/;

/**
 * @return true when the sentence is a seller's own words, not quoted in a report, a warning or a
 * rejection: the seller names itself, or praises a route it names by a word only routes use
 * ("用POS机刷医保卡，马上变现金，放心没人查": the clauses of an ad are one offer)
 */
export function sellerSpeaks(norm: string, r: SentenceReading): boolean {
  const { facts } = r;
  // Its words are all praise words too (stance.ts): a sentence without praise is read no further.
  if (!facts.endorsed || facts.reported || facts.warned || facts.rejected || facts.prohibited) return false;
  const words = norm.slice(r.sentence.start, r.sentence.end);
  if (SELLER_SELF.test(words)) return true;
  // Not an ad quoted (这种小广告，“医保卡余额高价回收”): the quotation marks are the page's, the praise the ad's.
  return !QUOTED.test(words) && r.hits.some(routeOnly);
}
const QUOTED = /[“”「」"]/;

/** @return true when the sentence offers an illegal route with praise (当天到账, 无风险), as the seller naming itself (来我们店刷…), or at a price: one of a seller's */
export function offersInOwnVoice(norm: string, r: SentenceReading): boolean {
  if (!offersRoute(r)) return false;
  if (r.facts.endorsed) return true;
  const { facts } = r;
  if (facts.reported || facts.warned || facts.rejected || facts.prohibited) return false;
  const words = norm.slice(r.sentence.start, r.sentence.end);
  if (QUOTED.test(words)) return false;
  // A price stated, not asked (余额5000以内 8折, 3000的话8折): only the buyer quotes its rates unquoted.
  return SELLER_SELF.test(words) || (!r.sentence.question && PRICE.test(words));
}
/** A rate of the balance paid (8折, 8.5折, 八五折): the collector's price. */
const PRICE = /[0-9一二三四五六七八九][.点]?[0-9五]?折/;

function offersRoute(r: SentenceReading): boolean {
  return r.rules.some((c) => c !== null && kindOf(c.entry) === 'route' && c.stance !== 'deny');
}

/**
 * Telling the reader the route is safe: lawful, unseen, without consequence ("不存在违法",
 * "医保局查不到", "不影响以后看病报销"). On a seller's page that denies the penalties the law sets.
 */
const REASSURANCE = new RegExp(
  `${SAFE_FROM_LAW.source}|不存在违法|查不出来|不会查|没人查|合法合规|不影响(?:以后|今后|日后)?(?:你的)?(?:看病|报销|就医|使用|结算|医保待遇)|没有任何问题|没出过问题|没有出过问题|不留记录|正规渠道|管不着|国家允许|正规业务|合法业务|没见谁被查`,
);

/** The seller's own terms of business: what it does (也能做, 均可办理, 线上办理, 可上门可邮寄), takes (500元起收, 各地的卡都收, 在这里卖了), pays (给现金, 租金), and how to reach it (扫码). */
const TERMS = /可以做|能做|可以办|均可办理|都能办|线上办理|全程办理|可上门|可邮寄|邮寄到家|寄过来|扫码|都收|收多少|起收|卖了|租金|给现金|结现金|当场给钱|现金到手|价格面议/;

/** @return true for an entry that says money comes out of the account (取现, 转到银行卡) and holds that false, or true only in some places */
function takesMoneyOut(entry: Entry): boolean {
  const { all = [], any = [] } = entry.triggers;
  return entry.verdicts.affirm !== 'accurate' && [...all, ...any].some((f) => f === 'cashout' || f === 'to-bank');
}

/**
 * A sentence of a seller's page read in the seller's voice. Where the sentence offers, money out of
 * the account granted ("停保卡均可办理,停保的卡里钱照样能取出来") is the offer to get it out, not a
 * mistaken rule, and so is a route told as done ("小哥上门刷POS机十分钟搞定,以后每年都找他们"). A
 * clause naming a route, or the seller's terms (全国卡都能做), offers too. A reassurance (医保局查不到) denies the
 * penalties. Clauses the rules read otherwise keep that reading.
 * @param own the sentence's claims as read without the page (null: none in that clause)
 */
export function sellersVoice(norm: string, r: SentenceReading, own: (Found | null)[]): (Found | null)[] {
  const { start, end } = r.sentence;
  // A word only routes use (POS机, 回收) offers on a seller's page too: 量大的可以邮寄POS机，自己在家刷就行.
  const { warned, rejected, reported, prohibited } = r.facts;
  const against = warned || rejected || reported || prohibited;
  const offering = r.facts.endorsed || offersRoute(r) || TERMS.test(norm.slice(start, end)) || (!against && r.hits.some(routeOnly));
  const byClause = new Map<number, Found>();
  for (const f of own) {
    if (!f) continue;
    // A route named in the clause (带上POS机上门刷卡) is offered, whatever else the model read there.
    const refuses = REFUSES_SERVICE.test(norm.slice(r.sentence.clauses[f.clauseIndex]!.start, r.sentence.clauses[f.clauseIndex]!.end));
    const route = offering && !refuses && f.verdict !== 'illegal' && f.stance !== 'deny' ? (f.stance === 'affirm' ? offeredAs(f.entry) : null) ?? routeNamedIn(r, r.sentence.clauses[f.clauseIndex]!) : null;
    byClause.set(f.clauseIndex, route ? { ...f, entry: route, verdict: 'illegal' } : f);
  }
  // A question asks what the seller offers; praise beside an offer (换现金,安全无风险) is part of it.
  // A heading (a poster's name, a section title) states nothing of its own.
  // Not a price list's line (余额5000以内 8折): short and unpunctuated as a heading is, it is the offer's terms.
  const heading = r.sentence.heading && !PRICE.test(norm.slice(start, end));
  const offered = (): Found | undefined => [...byClause.values()].find((f) => f.verdict === 'illegal' && f.ruled);
  const asOffered = r.sentence.question || heading || offered() !== undefined;
  if (!asOffered) r.sentence.clauses.forEach((clause, k) => {
    // A clause the rules set aside (other money: 二手家电高价回收) offers nothing of the account's.
    const rule = r.rules[k];
    // A route the rules read granted at a price (余额5000以内 8折) is the seller's offer, whatever the model made of its few words.
    if (rule && !byClause.has(k) && kindOf(rule.entry) === 'route' && rule.stance === 'affirm' && PRICE.test(norm.slice(clause.start, clause.end))) {
      byClause.set(k, { clauseIndex: k, start: rule.start, end: rule.end, entry: rule.entry, stance: 'affirm', verdict: 'illegal', confidence: 0.7, ruled: true });
      return;
    }
    if (byClause.get(k)?.ruled || rule || r.vetoes[k] === 'other-money' || r.vetoes[k] === 'bank-side') return;
    const words = norm.slice(clause.start, clause.end);
    if (REFUSES_SERVICE.test(words)) return;
    if (REASSURANCE.test(words)) {
      const entry = entryById('fraud-penalties')!;
      // What is said to be safe comes in the clause before ("拿出来花天经地义,不存在违法").
      const from = k > 0 && !byClause.has(k - 1) ? r.sentence.clauses[k - 1]!.start : clause.start;
      byClause.set(k, { clauseIndex: k, start: from, end: clause.end, entry, stance: 'deny', verdict: entry.verdicts.deny, confidence: 0.7, ruled: true });
    } else if (!byClause.has(k)) {
      // A buyer's question (北京的卡能做吗) asks what is offered: it offers nothing.
      const route = asked(norm, clause) || r.vetoes[k] === 'question' ? null : routeNamedIn(r, clause) ?? termsOffered(words);
      if (route) byClause.set(k, { clauseIndex: k, start: clause.start, end: clause.end, entry: route, stance: 'affirm', verdict: 'illegal', confidence: 0.7, ruled: true });
    }
  });
  // The rest of an offer's sentence is its terms (…9折，退休人员的卡额外加0.5个点; 量大的可以邮寄POS机，自己在家刷就行):
  // not a true or local rule the model guessed in a clause of its own.
  const offer = r.sentence.question || against ? undefined : offered();
  if (offer) {
    for (const [k, f] of byClause) {
      if ((f.verdict === 'accurate' || f.verdict === 'region-dependent') && f.stance !== 'deny' && !asked(norm, r.sentence.clauses[k]!)) {
        byClause.set(k, { ...f, entry: offer.entry, verdict: 'illegal' });
      }
    }
  }
  return [...byClause.values()].sort((a, b) => a.clauseIndex - b.clauseIndex);
}

/**
 * @return the route whose own word the clause holds (刷POS机, 回收: a word no lawful use shares, unlike
 * 变现), which the seller's page need not spell out in full, or null
 */
function routeNamedIn(r: SentenceReading, clause: { start: number; end: number }): Entry | null {
  for (const h of r.hits) {
    if (h.start < clause.start || h.end > clause.end) continue;
    if (routeOnly(h)) return anchoredBy(h.feature)[0]!;
  }
  return null;
}

/** Words that anchor routes only, by feature id. */
let routeWords: Uint8Array | null = null;
/** @return true for a word that anchors routes only (刷POS机, 回收; not 变现, which lawful payouts share) */
function routeOnly(h: Hit): boolean {
  routeWords ??= featureTable((f) => anchoredBy(f).length > 0 && anchoredBy(f).every((e) => kindOf(e) === 'route'));
  return routeWords[h.id] === 1;
}

/**
 * @return the route a seller's sentence offers when it affirms the entry: the route itself, getting the
 * money out for you (cashout-agent), goods for the balance at its pharmacy (pharmacy-cash); null for another
 */
function offeredAs(entry: Entry): Entry | null {
  if (kindOf(entry) === 'route') return entry;
  if (takesMoneyOut(entry)) return agent();
  return entry.id === 'non-medical-goods' ? entryById('pharmacy-cash')! : null;
}

const agent = (): Entry => entryById('cashout-agent')!;

/** @return true when the clause asks (…能做吗, …行不行): a customer's question, written with or without its question mark */
const asked = (norm: string, clause: { start: number; end: number }): boolean => ASKING_END.has(norm.charCodeAt(clause.end - 1)) || ASKING.test(norm.slice(clause.start, clause.end));
const ASKING_END = codeUnits('吗么?？');
const ASKING = /能不能|可不可以|行不行|会不会|是不是/;

/** Selling the balance (在这里卖了, 500元起收): what the seller buys. */
const SOLD = /卖了|起收/;

/** @return the route the seller's terms in these words offer: buying the balance, or getting the money out; null when they hold none */
function termsOffered(words: string): Entry | null {
  if (!TERMS.test(words)) return null;
  return SOLD.test(words) ? entryById('sell-balance')! : agent();
}
