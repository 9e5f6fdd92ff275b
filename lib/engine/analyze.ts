// The pipeline: read clauses (gate, segment, lexicon, rules) → the classifier weighs each
// clause's words with the rules' reading → claims, consecutive claim clauses merged.
import type { AnalyzeOptions, Claim, Verdict } from './types';
import { readSentences, type SentenceReading } from './read-clauses';
import { normalize } from './normalize';
import { bucketsAt, pageCues, PAGE_ON_MONEY, sentenceCues, type SentenceCues } from './clause-features';
import { decide, type Model } from './classifier';
import { classifier } from './model';
import { entryFor, gives } from './entry-for';
import { explainClaim } from './explain';
import { tidySpan } from './span';
import { worse } from './verdict';
import { sameAsPhrasing } from './nearest';
import { kindOf, readAs, type ClauseClaim } from './rules';
import { cjkCount } from './cjk';
import { CROSSES, TICKS } from './answer-marks';
import { announces, grants, nounPhrase, plainlyStated, withElaborations, withFrames, withPremises, type Found } from './whole-claims';
import { answeredClaim } from './answered';
import { OFFERS_ON_A_SELLERS_PAGE, offersInOwnVoice, REFUSES_SERVICE, sellerSpeaks, sellersVoice } from './offer-page';
import { countNegators, dismisses } from './stance';
import { featureTable, holdsHit, isAnchor, type Hit } from './features';
import { anchoredBy } from './match';

/** Dice overlap of character pairs above which a clause is read as the dataset phrasing it matches. */
const NEAR_EXACT = 0.8;

/** How much surer the model must be of a claim in such a sentence. */
const BARE_FACTOR = 0.3;

/** Features that set the topic or a condition but name no money, account or route. */
const TOPIC_ONLY = new Set([
  'subject', 'medical-card', 'ss-card', 'other-money', 'reimbursement', 'hospital-channel', 'e-voucher', 'suspension', 'retirement', 'illness',
  'emigration', 'death', 'relocation', 'residents', 'exam', 'vaccine', 'cross-region',
]);

/** TOPIC_ONLY and the cues, by feature id. */
let topicOnly: Uint8Array | null = null;

/** Fewer Chinese characters than this cannot state a rule: the shortest claims run to six. */
const MIN_CLAIM_CHARS = 6;
const LATIN_WORD = /[a-z]{2,}/;
/** The name of an account or card and nothing else (a tag, a table's column: "医保个人账户", "社保卡金融账户"): it states nothing. */
const MONEY_NAME = /^(?:职工|城乡居民)?(?:医保|社保|医疗保险)?(?:卡)?(?:个人账户|金融账户|银行账户|医保账户|统筹基金|医保钱包|医保卡|社保卡)$/;
const TICK_OR_CROSS = new RegExp(`[${CROSSES}${TICKS}]`);
/** An offer's terms are terse ("刷卡满500返现300"): an offer the rules read needs fewer. */
const MIN_OFFER_CHARS = 4;

/** The model's claims in one sentence, each with the entry that explains it. */
/**
 * @param seller the page offers illegal routes in its own voice (offersInOwnVoice): its praise is the
 * page's, not a quote's
 */
function modelClaims(norm: string, r: SentenceReading, model: Model, typed: boolean, page: number, seller: boolean): (Found | null)[] {
  // A sentence that names no money, route or condition of the lexicon (only the insurance
  // itself) speaks of something else: hospital fees, pharmacy counts, payment deadlines.
  if (r.sentence.heading && !typed) return [];
  // A rhetorical question asserts its opposite ("谁说…不能…？"): the rules read that; labelled
  // pages hold too few for the classifier to learn it.
  if (r.facts.rhetorical) return ruleOnlyClaims(r, typed);
  // A sentence that only mentions cash-out ("与其急于“取款”…", "在取现之前…") and that the rules
  // read no claim in is a frame around something else.
  // Not one that praises it ("医保卡余额变现,安全无风险"): that is an offer.
  if (r.rules.every((c) => c === null) && r.vetoes.includes('mention') && !r.facts.endorsed) return [];
  topicOnly ??= featureTable((f) => TOPIC_ONLY.has(f) || f.startsWith('cue-'));
  const topic = topicOnly;
  const bare = !r.hits.some((h) => topic[h.id] === 0);
  // On a page that never speaks of money leaving the account, such a sentence is no claim at all.
  if (bare && (page & PAGE_ON_MONEY) === 0) return [];
  const cues = sentenceCues(norm, r.sentence, r.hits, page);
  const { clauses } = r.sentence;
  // A loop over a function of its own, not map over a closure: the closure's context was made for every sentence.
  const found = new Array<Found | null>(clauses.length);
  for (let k = 0; k < clauses.length; k++) found[k] = clauseClaim(norm, r, k, model, cues, bare, seller);
  return withElaborations(norm, r, withFrames(norm, r, withPremises(norm, r, found)));
}

/**
 * The model's claim in clause k of a sentence, with the entry that explains it; null when none.
 * @param bare the sentence names nothing but the topic (modelClaims)
 */
function clauseClaim(norm: string, r: SentenceReading, k: number, model: Model, cues: SentenceCues, bare: boolean, seller: boolean): Found | null {
  const clause = r.sentence.clauses[k]!;
  // The card's bank account drawn on is true whatever the classifier, which learned the words of cash-out, makes of it.
  if (r.vetoes[k] === 'bank-side') {
    const c = r.rules[k];
    return c ? { clauseIndex: k, start: c.start, end: c.end, entry: c.entry, stance: c.stance, verdict: c.verdict, confidence: c.confidence, ruled: true } : null;
  }
  // A bare mention ("取现问题") is the classifier's call: warnings quote what they warn against.
  if (r.vetoes[k] && r.vetoes[k] !== 'mention') return null;
  if (announces(norm, clause.start, clause.end)) return null;
  const rule = goodsOffered(norm, r, r.rules[k] ?? null);
  const negators = countNegators(norm, clause.start, clause.end);
  const features = bucketsAt(norm, r, k, cues, negators);
  // The rules read something plainly false or illegal: granted ("可以在ATM取现") or a true right
  // denied ("个人账户不可继承"), with no hedge or place that makes it a local rule. An illegal route
  // only when offered with praise (当天到账, 无风险): real pages name routes to describe or warn,
  // and there the model, not the rules' bare reading, says whether the page offers one.
  // On a seller's page every route it names is offered ("小哥上门刷POS机十分钟搞定").
  const offered = r.facts.endorsed || seller;
  // A route the clause grants plainly, in the page's own voice and on no condition ("医院开的药吃不完可以卖给收药的"),
  // is advice however bare: the model, which has seen routes on real pages only described, does not drop it.
  const routeGranted = rule !== null && grantsRoute(norm, r, clause, rule, negators);
  const advice = routeGranted && (offered || (!r.hits.some((h) => h.feature === 'cue-condition') && plainlyStated(norm, r, clause, cues, rule.stance, negators)));
  // A named place does not soften the way out no place has, the rubric's own example (rule 2): the medical money at an ATM
  // or a bank counter (天津的医保卡…在ATM上就能取).
  const placeless = rule !== null && rule.stance === 'local' && NOWHERE.has(rule.entry.id);
  const firm = rule !== null && (rule.verdict === 'misleading' || (rule.verdict === 'illegal' && (offered || advice)) || (rule.verdict === 'accurate' && rule.stance === 'deny' && rule.entry.topic === 'cash-out')) && (rule.stance === 'affirm' || rule.stance === 'deny' || placeless);
  let d = decide(model, features, bare ? BARE_FACTOR : 1, rule?.verdict, firm, routeNamed(r, clause));
  // A clause that is all but word for word one of the dataset's phrasings (of the entry the rules
  // read in it, if they read one), with the same negation, takes that phrasing's verdict. The rules'
  // stance is the clause's negation where they read one: a rumour called false after it ("网上说…可以
  // 取出来,这是假的") is denied with no negator in the clause. A place or a hedge the rules read
  // around the words ("在北京,医保卡里的钱可以取现") is not in the phrasing: the words alone do not decide.
  const placed = rule !== null && (rule.stance === 'local' || rule.stance === 'hedged');
  const near = (d || rule) && !placed ? sameAsPhrasing(norm, clause.start, clause.end, rule?.entry.id, NEAR_EXACT, rule ? rule.stance === 'deny' : negators % 2 === 1) : null;
  if (near) d = { verdict: near.verdict, confidence: Math.max(d?.confidence ?? 0, near.dice) };
  // A clause mixing claims of two verdicts takes the worst (rubric rule 7): the model, which
  // reads the clause as one, does not make it better than the worst reading of the rules.
  if (d && rule?.mixed && firm && worse(rule.verdict, d.verdict)) d = { verdict: rule.verdict, confidence: d.confidence };
  // A route the clause grants as a rule, however hedged or conditioned ("子女可使用父母的医保卡…但需…办理相关手续"),
  // is never true, nor true in some places: no procedure anywhere allows using another's card or swapping the balance for cash.
  // Granted plainly (把医保卡借给朋友去药店买药没关系) or with praise (当天到账, 无风险), it is advice: the rules' verdict.
  // Granted with a hedge, a place or a condition (但需…办理相关手续), it is a false rule: misleading.
  // A statute's case ("…转借他人就医的;") grants nothing.
  const granted = (d?.verdict === 'accurate' || d?.verdict === 'region-dependent') && routeGranted;
  if (granted) d = { verdict: advice ? rule!.verdict : 'misleading', confidence: d!.confidence };
  // A plain grant of what the rules read as false ("余额可以随便转给任何人") is never true: the
  // model, which has seen few such sentences on real pages, does not make it accurate.
  if (d && firm && d.verdict === 'accurate' && plainlyStated(norm, r, clause, cues, rule.stance, negators)) d = { verdict: rule.verdict, confidence: d.confidence };
  // Penalties played down are never a warning, whatever penalty words the model sees.
  if (d && rule?.playsDown) d = { verdict: rule.verdict, confidence: d.confidence };
  // Family aid said to be lending the card ("家庭共济就是把自己的医保卡给家人拿去用") is never true: the
  // account's money is shared, not the card.
  if ((d?.verdict === 'accurate' || d?.verdict === 'region-dependent') && rule?.stance === 'affirm' && rule.entry.id === 'card-lending' && r.hits.some((h) => h.feature === 'family')) {
    d = { verdict: 'misleading', confidence: d.confidence };
  }
  // A route the rules read as denied (warned against, reported, refused) is not advice: never illegal.
  if (d?.verdict === 'illegal' && rule?.stance === 'deny' && kindOf(rule.entry) === 'route') d = { verdict: rule.verdict, confidence: d.confidence };
  // 套现 or 取现 hedged to a few cases ("目前医保卡套现只有两种情况才可以") speaks loosely of the lawful
  // special payouts (grantsRoute): no offer, but cases that exist in some places.
  if (d?.verdict === 'illegal' && rule?.stance === 'hedged' && holdsHit(r.hits, clause, isLooseWithdrawal)) d = { verdict: 'region-dependent', confidence: d.confidence };
  // A clause the rules read nothing in, in a sentence whose every reading the rules make is true,
  // continues what is true ("个人账户继续使用,余额保持不变,由新单位接续缴费即可"): the model's misleading or
  // local is a guess. Without a word of the lexicon's (of its anchors, for misleading) it is no claim of its
  // own; with one ("医保个人账户还是单独记账", "…绑定共济关系就行，父母子女配偶都可以") it is true.
  if ((d?.verdict === 'misleading' || d?.verdict === 'region-dependent') && rule === null && onlyTrue(r)) {
    if (!holdsHit(r.hits, clause, d.verdict === 'misleading' ? isAnchorHit : anyHit)) return null;
    d = { verdict: 'accurate', confidence: d.confidence };
  }
  // Nor is an offer guessed in a clause without a word of its own beside what the rules read as true
  // ("本店只做正规医保结算，不涉及任何套现业务": the shop refuses, it offers nothing), nor in one that refuses a service
  // (本店不办理任何“余额转出”业务).
  if (d?.verdict === 'illegal' && rule === null && ((onlyTrue(r) && !holdsHit(r.hits, clause, isAnchorHit)) || REFUSES_SERVICE.test(norm.slice(clause.start, clause.end)))) return null;
  if (!d) return null;
  // The rules' entry explains the claim only if it can carry the verdict given: a route entry
  // (换现金) cannot explain a region-dependent special case. A route the clause grants, judged
  // misleading rather than offered, is still what it speaks of ("子女可使用父母的医保卡…": lending).
  const fits = rule !== null && (granted || gives(rule.entry, d.verdict) || (d.verdict === 'misleading' && rule.stance === 'affirm' && kindOf(rule.entry) === 'route'));
  const entry = fits ? rule.entry : entryFor(r.hits, clause, d.verdict, rule?.entry);
  // Called false with nothing to be false about: no word of the lexicon in the clause (大概等了一个多月, 会提示自付金额)
  // and only the generic cash-out entry to explain it. The model's guess, not a claim.
  if (!fits && d.verdict === 'misleading' && entry.generic && (!holdsHit(r.hits, clause, anyHit) || d.confidence < UNSURE_GUESS)) return null;
  return {
    clauseIndex: k,
    start: clause.start,
    end: clause.end,
    entry,
    stance: rule?.stance ?? 'affirm',
    ruled: fits,
    verdict: d.verdict,
    confidence: Math.round(Math.min(0.99, d.confidence) * 100) / 100,
  };
}

/** Entries of a way out that no place has: the medical money drawn at an ATM or a bank counter, or as the card's bank money. */
const NOWHERE = new Set(['atm-counter-withdrawal', 'card-bank-conflation']);

/** Below this confidence, a misleading guess the rules do not read and only the generic entry explains is no claim. */
const UNSURE_GUESS = 0.5;

const isAnchorHit = (h: Hit): boolean => isAnchor(h.id);
const anyHit = (): boolean => true;

/**
 * Daily goods on the card told in the tip voice (…可以用医保卡刷米面油，不过最好找熟人开的店) are a
 * pharmacy's swap passed on as advice: the route (P7: goods returned for the balance), not a mistaken rule.
 */
function goodsOffered(norm: string, r: SentenceReading, rule: ClauseClaim | null): ClauseClaim | null {
  if (!rule || rule.entry.id !== NON_MEDICAL_GOODS || rule.stance !== 'affirm') return rule;
  const { facts } = r;
  if (!facts.endorsed || facts.warned || facts.reported || facts.rejected || facts.prohibited) return rule;
  // At a pharmacy: groceries said to be bought with the money elsewhere (转到微信零钱，买菜…都能用) are a false rule.
  if (!PHARMACY.test(norm.slice(r.sentence.start, r.sentence.end))) return rule;
  return readAs(rule, PHARMACY_SWAP, 'affirm');
}
const NON_MEDICAL_GOODS = 'non-medical-goods';
const PHARMACY_SWAP = 'pharmacy-cash';
const PHARMACY = /药店|药房|药铺|药局/;


/** @return true when the rules read some claim in the sentence and every one is accurate */
function onlyTrue(r: SentenceReading): boolean {
  let any = false;
  for (const c of r.rules) {
    if (!c) continue;
    if (c.verdict !== 'accurate') return false;
    any = true;
  }
  return any;
}

/** Features that anchor an illegal route (回收, POS, 借给 …), by feature id. */
let routeAnchors: Uint8Array | null = null;

/**
 * @return true when the sentence names an illegal route: it praises one, the rules read one in some
 * clause, or the clause holds a route's word ("POS机刷医保卡，秒到账"). Elsewhere the model may not call a clause
 * illegal, which says the page offers a route ("医保卡余额别浪费" is no offer).
 */
function routeNamed(r: SentenceReading, clause: { start: number; end: number }): boolean {
  // Praise (安全无风险, 秒到账) is said of a route: "医保卡余额变现,安全无风险" offers one.
  if (r.facts.endorsed) return true;
  for (const c of r.rules) if (c && kindOf(c.entry) === 'route') return true;
  routeAnchors ??= featureTable((f) => anchoredBy(f).some((e) => kindOf(e) === 'route'));
  for (const h of r.hits) if (h.start >= clause.start && h.end <= clause.end && routeAnchors[h.id] === 1) return true;
  return false;
}

/** Those who buy cards or drugs, named by what they do (收药的, 收卡的, 回收的). */
const BUYER = /收(?:医保卡|药|卡)?的$/;

/** Words for taking money out that pages also use for the lawful payouts (套现, 取现). */
const LOOSE_WITHDRAWAL = new Set(['taoxian', 'cashout']);
const isLooseWithdrawal = (h: Hit): boolean => LOOSE_WITHDRAWAL.has(h.feature);

/**
 * @return true when the clause grants, in the page's own voice, a route no rule allows: it says the route may be
 * taken (可以, 能, 允许), not how it works ("药店通过虚构药品交易,将医保卡中的资金转入药店账户")
 */
function grantsRoute(norm: string, r: SentenceReading, clause: { start: number; end: number }, rule: ClauseClaim, negators: number): boolean {
  // Hedged ("只有两种情况才可以"), 套现 and 取现 are often loose words for the lawful special-case payouts.
  if (rule.stance === 'hedged' && holdsHit(r.hits, clause, isLooseWithdrawal)) return false;
  if (rule.stance === 'deny' || negators > 0 || kindOf(rule.entry) !== 'route' || rule.entry.verdicts.affirm === 'accurate') return false;
  // A statute's case ends with 的 ("…转借他人就医的"); a buyer named with it ("卖给收药的") does not make one.
  if (r.facts.warned || r.facts.rejected || r.facts.reported || r.facts.prohibited || (norm[clause.end - 1] === '的' && !BUYER.test(norm.slice(Math.max(clause.start, clause.end - 5), clause.end)))) return false;
  return grants(norm, clause.start, clause.end);
}

/** The rules alone (typed questions, which the model was not trained to read as claims). */
function ruleOnlyClaims(r: SentenceReading, typed: boolean): (Found | null)[] {
  if (r.sentence.heading && !typed) return [];
  // Written out, not spread: a spread that adds a field takes V8's slow path.
  return r.rules.map((c) => c && { clauseIndex: c.clauseIndex, start: c.start, end: c.end, entry: c.entry, stance: c.stance, verdict: c.verdict, confidence: c.confidence, ruled: true });
}

/** @return true when the rules read the claim's verdict themselves: its entry gives that verdict for the stance they read */
const readsVerdict = (f: Found): boolean => f.ruled && f.entry.verdicts[f.stance] === f.verdict;

/** The rules of what the personal account pays for and who uses it, which say nothing of its money coming out (the wallet's rule does). */
const USE_RULES = new Set(['account-use', 'family-mutual-aid', 'own-card-only']);

/** @return true when `first` reads a lawful use of the account and `then` denies a way of taking the money out */
const usesThenDenies = (first: Found, then: Found): boolean => USE_RULES.has(first.entry.id) && then.entry.topic === 'cash-out' && then.stance === 'deny';

/** Consecutive claim clauses of a sentence with the same verdict are one claim. */
function merge(found: (Found | null)[], out: Found[]): void {
  let previous: Found | null = null;
  for (const claim of found) {
    // A clause without a claim between two claims parts them (their clause indices are not consecutive);
    // a frame a claim opens with does not ("因工作调动或方案原因,新参保地不接收…时,可申请提取").
    if (!claim) continue;
    if (previous && previous.clauseIndex === (claim.firstClause ?? claim.clauseIndex) - 1 && out[out.length - 1] === previous && previous.verdict === claim.verdict) {
      // One claim, one verdict: it keeps the entry the rules read that verdict in, else one they read at all
      // ("…归参保人所有,但不具备遗产属性" is misleading for its second clause: inheritance, not ownership).
      // Of a lawful use and a denial that the money comes out ("只能用于看病买药,不能取现"), the denial: it is
      // what the sentence tells a reader about cash-out, and its rule says what the account pays for too.
      const reader = readsVerdict(previous)
        ? readsVerdict(claim) && usesThenDenies(previous, claim) ? claim : previous
        : readsVerdict(claim) ? claim : !previous.ruled && claim.ruled ? claim : previous;
      // Written out, not spread: a claim-dense page merges thousands, and a spread copies slowly.
      const merged: Found = {
        clauseIndex: claim.clauseIndex,
        start: previous.start,
        end: claim.end,
        entry: reader.entry,
        stance: reader.stance,
        verdict: reader.verdict,
        confidence: reader.confidence,
        ruled: reader.ruled,
      };
      out[out.length - 1] = merged;
      previous = merged;
      continue;
    }
    const last = out[out.length - 1];
    if (last && claim.start < last.end) claim.start = last.end;
    out.push(claim);
    previous = claim;
  }
}

/**
 * Finds the cash-out claims in text and judges each against the dataset.
 * @return claims sorted by start, non-overlapping, with offsets into text (UTF-16 units)
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Claim[] {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  const norm = normalize(text);
  const model = options.questionsAsClaims ? null : options.model === undefined ? classifier() : options.model;
  const limit = options.maxClaims ?? Infinity;
  // A short line without punctuation is a heading on a page, but a claim when typed.
  const typed = options.assumeTopic === true;
  let page: number | undefined;
  const readPage = (seller: boolean): { found: Found[]; offers: number } => {
    const found: Found[] = [];
    let offers = 0;
    let previous: SentenceReading | null = null;
    readSentences(norm, options, (r) => {
      if (offersInOwnVoice(norm, r)) offers++;
      const answered = model && previous ? answeredClaim(norm, previous, r) : null;
      // An answer that goes on states its own claims where the rules read any; the leading word only where not.
      let own = answered && !answered.lead ? [] : model ? modelClaims(norm, r, model, typed, (page ??= pageCues(norm)), seller) : ruleOnlyClaims(r, typed);
      if (seller || sellerSpeaks(norm, r)) own = sellersVoice(norm, r, own);
      // Its own claim in the answer's leading clause ("不能取现，…") is the answer itself.
      merge(answered && !own.some((f) => f?.ruled && f.clauseIndex > 0) ? [answered] : own, found);
      previous = r;
      return found.length >= limit;
    });
    return { found, offers };
  };
  let { found, offers } = readPage(false);
  // Whether the page is a seller's is known only at its end; such a page (rare, and short) is read
  // again in that voice. Keeping every sentence's reading to revisit made long pages a tenth slower.
  // Typed or pasted text is one passage: one offer in its own voice makes it the seller's.
  if (model && offers >= (typed ? 1 : OFFERS_ON_A_SELLERS_PAGE)) found = readPage(true).found;
  const claims: Claim[] = [];
  for (const c of found) {
    if (claims.length >= limit) break;
    const [start, end] = tidySpan(norm, c.start, c.end);
    // A connective or a label standing alone ("不过", "综上", "具体如下") states nothing.
    const cjk = cjkCount(norm, start, end);
    // A Latin word (ATM, POS) counts as two characters ("ATM取现\t不可以" states a rule), and so does
    // a tick or a cross answering a table row ("转到微信\t✘": 不可以).
    const words = norm.slice(start, end);
    // An offer's terms are terse, and so is a plain no to cash-out ("不能取现"): the rules' reading of either needs fewer.
    const least = (c.verdict === 'illegal' || (c.stance === 'deny' && c.entry.topic === 'cash-out')) && readsVerdict(c) ? MIN_OFFER_CHARS : MIN_CLAIM_CHARS;
    if (cjk < least && cjk + (LATIN_WORD.test(words) ? 2 : 0) + (TICK_OR_CROSS.test(words) ? 2 : 0) < least) continue;
    if (nounPhrase(words, cjk) || MONEY_NAME.test(words)) continue;
    claims.push({
      start,
      end,
      text: text.slice(start, end),
      verdict: c.verdict,
      entry: c.entry.id,
      stance: c.stance,
      confidence: c.confidence,
      explanation: explainClaim(c.entry, c.verdict, words, c.stance, c.stance === 'deny' && dismisses(norm, start, end), readsVerdict(c), cjk),
      sources: c.entry.sources,
    });
  }
  return claims;
}
