// Reads a text clause by clause: normalise → topic gate → segment → lexicon features → the
// rules' reading of each clause. The analysis and the classifier's training read the same way.
import type { AnalyzeOptions } from './types';
import { normalize } from './normalize';
import { segment, type Clause, type Sentence } from './segment';
import { LIST_ITEM } from './list-marker';
import { positionsIn, subjectPositions, SUBJECT_WINDOW } from './gate';
import { featureId, featureTable, findFeatures, hitsWithin, isAnchor, type Hit } from './features';
import { dataset } from './dataset';
import { countNegators, REJECTED, reportPage, sentenceFacts, warns, type SentenceFacts } from './stance';
import { containsAny } from './literals';
import { anchored, CONTEXT_BEFORE, deniesPenalty, judgeClause, kindOf, namesMoneyAside, namesMedicalMoney, readAs, vetoOf, type ClauseClaim, type Veto } from './rules';
import { codeUnits } from './code-set';

export interface SentenceReading {
  sentence: Sentence;
  facts: SentenceFacts;
  /** Lexicon hits of the sentence. */
  hits: Hit[];
  /** The rules' claim for each clause of the sentence (null: the rules see none). */
  rules: (ClauseClaim | null)[];
  /** For each clause, why it cannot be a claim, if it cannot. */
  vetoes: (Veto | null)[];
  lineStart: number;
  lineEnd: number;
  /**
   * For a question: the rules' reading of each clause as the statement it asks about, read when
   * asked for (only a bare answer after it asks; most questions on a page have none).
   */
  asked?: () => (ClauseClaim | null)[];
}

/** Rule claims of each clause of a sentence; context flows inside a segment, not across a contrast. */
function ruleClaims(
  norm: string,
  sentence: Sentence,
  facts: SentenceFacts,
  hits: Hit[],
  owns: Hit[][],
  vetoes: (Veto | null)[],
  scored: boolean,
): (ClauseClaim | null)[] {
  let windowCache: Hit[] | null = null;
  const windowHits = (): Hit[] =>
    (windowCache ??= [...findFeatures(norm, Math.max(0, sentence.start - CONTEXT_BEFORE), sentence.start), ...hits]);
  const clauses = sentence.clauses;
  // One claim or null for each clause: made at its size, not grown by push.
  const out = new Array<ClauseClaim | null>(clauses.length);
  let segStart = 0;
  for (let i = 1; i <= clauses.length; i++) {
    if (i < clauses.length && !clauses[i]!.contrast) continue;
    const first = clauses[segStart]!;
    const last = clauses[i - 1]!;
    const segmentHits = hitsWithin(hits, first.start, last.end);
    for (let k = segStart; k < i; k++) {
      out[k] = judgeClause(norm, facts, clauses[k]!, k, owns[k]!, segmentHits, windowHits, vetoes[k] ?? null, scored);
    }
    segStart = i;
  }
  readEllipses(norm, facts, clauses, hits, owns, vetoes, out, windowHits, scored);
  readQualifiers(norm, clauses, vetoes, out);
  // Most sentences name no card: readBankSide (whose closures cost an allocation a call) reads only those that do.
  if (namesCardSide(hits)) readBankSide(norm, clauses, hits, owns, out);
  readRefundDenied(owns, out);
  readPlayedDown(norm, clauses, owns, out);
  return out;
}

/**
 * A penalty played down anywhere in the sentence ("医保卡借别人用一次，最多就是批评教育，不会罚款") makes the
 * route it names, and any penalty it denies, no warning: what the sentence tells the reader is that the penalties are slight.
 */
function readPlayedDown(norm: string, clauses: Clause[], owns: Hit[][], out: (ClauseClaim | null)[]): void {
  let k = 0;
  while (k < clauses.length && !deniesPenalty(norm, clauses[k]!, owns[k]!)) k++;
  if (k === clauses.length) return;
  for (let j = 0; j < out.length; j++) {
    const claim = out[j];
    if (claim && !claim.playsDown && claim.stance === 'deny' && kindOf(claim.entry) !== 'fact') {
      out[j] = { ...readAs(claim, 'fraud-penalties', 'deny'), playsDown: true };
    }
  }
}

/**
 * A refund denied beside the transfer of the account ("…关系随本人转移接续，余额划转至转入地，既不会退给个人")
 * is the transfer rule told again, which holds everywhere (P11), not the local payout denied; a receiving
 * area that refuses the account ("对方经办机构不接受个人账户转移的") is still the local payout's case.
 */
function readRefundDenied(owns: Hit[][], out: (ClauseClaim | null)[]): void {
  // A loop, not some(): no closure made for every sentence of the page.
  let transfer = false;
  for (let k = 0; k < out.length && !transfer; k++) transfer = out[k]?.entry.id === 'relocation-transfer' && out[k]!.stance === 'affirm';
  if (!transfer) return;
  for (let k = 0; k < out.length; k++) {
    const claim = out[k];
    if (claim?.entry.id === 'relocation-payout' && claim.stance === 'deny' && owns[k]!.some((h) => h.feature === 'cashout')) {
      out[k] = readAs(claim, 'relocation-transfer', 'affirm');
    }
  }
}

const JIAN = '件'.charCodeAt(0);
/** The longest clause NO_LONGER can match. */
const NO_LONGER_MAX = 14;

/** A bare "not any more" after a claim ("以前可以取现,现在不行了", "…,现在国家已经明确不允许了"): the claim, denied now. */
const NO_LONGER = /^(?:但是|但|可是|而|不过)?(?:现在|如今|目前|现已|早就|早已|已经|后来|从?\d{4}年(?:以后|之后|起|后|开始))+(?:好像|似乎|应该|估计)?(?:国家|政策|各地|全国)?(?:已经|已|都|就|也)?(?:明确|全面|一律)?(?:不行|不可以|不能|不允许|取消|没有|停止|叫停|禁止)(?:了|啦)?$/;

/** A bare "that is not allowed" after a claim ("有些药店可以刷米面油,这其实是违规的", "…,其实这是违规的"): the claim, denied. */
const FORBIDDEN_AFTER =
  /^(?:但是|但|不过|可是|而)?(?:其实|实际上)?(?:(?:这|这样|这样做|这么做|这种做法|这种行为|此举)?(?:其实|实际上|本身|就|都|均|也|可)?(?:是|属于)?(?:违规|违法|不允许|不被允许|不合规|不合法|明令禁止|禁止)(?:使用医保基金|的|行为|操作)?|(?:这|这样|这种做法|这种行为)?(?:其实|实际上|本质上|性质上|同样|也|都)?(?:是在?|属于)(?:骗取|套取)医保基金(?:的行为)?|(?:这|这样|这种做法|这种行为)?(?:其实|实际上|本质上|同样|也|都)?(?:是|属于)骗保(?:行为)?)(?:了)?$/;
/** The longest clause FORBIDDEN_AFTER can match. */
const FORBIDDEN_AFTER_MAX = 20;
/** The first characters of a qualifier said of all that came before it (都属于违规, 均属违法, 都不能由个人账户支付). */
const ALL_FIRST = codeUnits('都均全');

/** A clause that only adds a condition ("只不过需要满足一定条件", "但要符合相关条件"). */
const CONDITION_AFTER = /^(?:只不过|不过|但是|但|只是)?(?:需要|需|要|必须|得)?(?:满足|符合|具备)[^,，。；;]{0,8}条件$/;

/** A clause that only dates what was said before it ("这是2021年以前的做法", "那是以前的事了"): a "not any more" after it reaches back over it. */
const PAST_FRAME = /^(?:这|那|这些|这种做法)?(?:是|都是|只是|属于)?(?:\d{4}年)?(?:以前|之前|过去|早年)的?(?:做法|政策|规定|事|事情|老黄历|说法)?了?$/;

/**
 * Reads a clause that only qualifies the claim before it as that claim qualified, both clauses one
 * claim: it holds no longer ("以前可以取现,现在不行了": denied), is not allowed ("…,这其实是违规的": denied), or only on a condition it does not name
 * ("医保卡里的钱是可以取出来的,只不过需要满足一定条件": hedged).
 */
function readQualifiers(norm: string, clauses: Clause[], vetoes: (Veto | null)[], out: (ClauseClaim | null)[]): void {
  for (let k = 1; k < clauses.length; k++) {
    // "…也不行，这叫冒名就医": the act before named for the offence it is, a warning, not the route offered.
    const named = out[k];
    if (named?.stance === 'affirm' && kindOf(named.entry) === 'route' && namesOffence(norm, clauses[k]!)) {
      out[k] = { ...named, stance: 'deny', verdict: named.entry.verdicts.deny };
      continue;
    }
    // 都 or 均 ("用医保卡买日用品，或者…换成药品名目结算，都属于违规") forbids every grant before it in the sentence.
    if (forbidsAll(norm, clauses[k]!, vetoes[k]!, out[k]!)) {
      for (let j = k - 1; j >= 0 && !clauses[j + 1]!.contrast; j--) {
        const earlier = out[j];
        if (earlier?.stance === 'affirm') out[j] = { ...earlier, stance: 'deny', verdict: earlier.entry.verdicts.deny };
      }
      continue;
    }
    // Reach back over a clause that only dates the claim: "医保卡可以在健身房刷卡，这是2021年以前的做法，现在不允许了".
    const dated = k >= 2 && !out[k - 1] && out[k - 2] !== null && PAST_FRAME.test(norm.slice(clauses[k - 1]!.start, clauses[k - 1]!.end));
    const before = dated ? out[k - 2] : out[k - 1];
    // A clause with a claim of its own qualifies the one before only as a denial of it ("同样是在骗取医保基金").
    const own = out[k];
    if (!before || vetoes[k] || (own && own.stance !== 'deny')) continue;
    const clause = clauses[k]!;
    const stance = qualifierOf(norm, clause, before);
    if (!stance || (own && stance !== 'deny')) continue;
    const read = { ...before, stance, verdict: before.entry.verdicts[stance] };
    if (dated) out[k - 2] = read;
    out[k - 1] = dated ? { ...read, clauseIndex: k - 1, start: clauses[k - 1]!.start, end: clauses[k - 1]!.end } : read;
    out[k] = { ...read, clauseIndex: k, start: clause.start, end: clause.end };
  }
}

/** @return true when the clause forbids all said before it (都属于违规), with no claim of its own but a denial */
function forbidsAll(norm: string, clause: Clause, veto: Veto | null, own: ClauseClaim | null): boolean {
  if (veto || (own && own.stance !== 'deny') || clause.end - clause.start > FORBIDDEN_AFTER_MAX || !ALL_FIRST.has(norm.charCodeAt(clause.start))) return false;
  const words = norm.slice(clause.start, clause.end);
  return FORBIDDEN_AFTER.test(words) || ALL_BARRED.test(words);
}

/** The act before named for what it is: 这叫冒名就医, 那就属于倒卖医保药品, 这算套现. */
const NAMES_OFFENCE = /^(?:这|那|这样|这种)(?:就|也|其实|本身|已经)?(?:叫做?|算是?|属于)(?:典型的)?/;
/** The longest clause that only names an offence. */
const NAMES_OFFENCE_MAX = 14;

const namesOffence = (norm: string, clause: Clause): boolean => clause.end - clause.start <= NAMES_OFFENCE_MAX && NAMES_OFFENCE.test(norm.slice(clause.start, clause.end));

/** All of it barred from the account or card (…的支出，都不能由个人账户支付; 均不得刷医保卡): 都 or 均, then a word that bars. */
const ALL_BARRED = /^(?:都|均|全部|全都)(?:不能|不得|不可以|不可|不允许|不准|禁止|不予)/;

/** @return the stance the clause gives the claim before it, or null when it does not only qualify it */
function qualifierOf(norm: string, clause: Clause, before: ClauseClaim): 'deny' | 'hedged' | null {
  if (before.stance !== 'deny' && clause.end - clause.start <= NO_LONGER_MAX && NO_LONGER.test(norm.slice(clause.start, clause.end))) return 'deny';
  if (before.stance === 'affirm' && clause.end - clause.start <= FORBIDDEN_AFTER_MAX && FORBIDDEN_AFTER.test(norm.slice(clause.start, clause.end))) return 'deny';
  // A condition only where a hedge turns a false grant into a local one (the special payouts): a
  // true rule (family aid) keeps its conditions. Read in place first: the condition ends the clause.
  const { verdicts } = before.entry;
  if (before.stance !== 'affirm' || verdicts.affirm !== 'misleading' || verdicts.hedged !== 'region-dependent') return null;
  return norm.charCodeAt(clause.end - 1) === JIAN && CONDITION_AFTER.test(norm.slice(clause.start, clause.end)) ? 'hedged' : null;
}

let cardSide: Uint8Array | null = null;

/** @return true when a hit names the card or its bank side (社保卡, 金融账户, 银行账户里的工资) */
function namesCardSide(hits: Hit[]): boolean {
  cardSide ??= featureTable((f) => f === 'ss-card' || f === 'card-finance' || f === 'bank-side' || f === 'cue-bank');
  for (let i = 0; i < hits.length; i++) if (cardSide[hits[i]!.id] === 1) return true;
  return false;
}

/** The medical money named: its words (namesMedicalMoney) or the medical card itself. */
const medicalMoneyOrCard = (h: Hit): boolean => namesMedicalMoney(h) || h.feature === 'medical-card';

/**
 * A withdrawal the sentence sets apart from the medical money ("社保卡可以在ATM取钱,取的是金融账户里的钱,
 * 不是医保个人账户的钱"; "…可以像银行卡一样存取现金,医保个人账户的钱不会被取出"; "…与医保个人账户是两回事")
 * speaks of the social-security card's bank account: a clause naming no medical money itself, in a
 * sentence that names the card or its bank side and then separates the two or denies the medical
 * money's withdrawal, or names the card's bank account as what comes out ("ATM机上取出来的是社保卡银行账户里的钱"),
 * is read as the bank account (true), not as the medical money coming out.
 */
function readBankSide(norm: string, clauses: Clause[], hits: Hit[], owns: Hit[][], out: (ClauseClaim | null)[]): void {
  const separated = hits.some((h) => h.feature === 'cue-separate');
  for (let k = 0; k < out.length; k++) {
    const claim = out[k];
    if (!claim || claim.stance !== 'affirm' || claim.verdict !== 'misleading' || owns[k]!.some(medicalMoneyOrCard)) continue;
    // A later clause that names the medical money and denies, or whose next clause denies for it:
    // "…不会被取出", "不是医保个人账户的钱", "医保那部分是单独记账的，取不出来".
    const denies = (j: number): boolean => out[j]?.stance === 'deny' || countNegators(norm, clauses[j]!.start, clauses[j]!.end) % 2 === 1;
    const deniedLater = clauses.some((_, j) => j > k && owns[j]!.some(medicalMoneyOrCard) && (denies(j) || (j + 1 < clauses.length && denies(j + 1))));
    // The clause names what comes out as the card's bank account itself ("ATM机上取出来的是社保卡银行账户里的钱").
    const ownBankAccount = owns[k]!.some((h) => h.feature === 'ss-card') && owns[k]!.some((h) => h.feature === 'cue-bank' || h.feature === 'bank-side');
    if (!separated && !deniedLater && !ownBankAccount) continue;
    out[k] = readAs(claim, 'bank-account', 'affirm');
  }
}

/** How a grant by ellipsis ends: 可以, 是可以的, 可以通过间接方式实现 (a means, but nothing new to do). */
const GRANT_END = String.raw`(?:是)?(?:可以|能够|允许)(?:通过[^,，。；;]{0,8})?(?:实现|做到|办到|的|了)?$`;
/** A contrast clause that only grants, after a denial: "不能取现,但特殊情况下(是)可以(的)", "…,但出国定居的可以". */
const ELLIPSIS = new RegExp(String.raw`^(?:但是|但|不过|可是|只是)[^,，。；;：:不没非无]{0,14}?` + GRANT_END);
/** The same grant told in two clauses: the contrast's condition alone ("但在特定情况下"), then the grant ("可以通过间接方式实现"). */
const CONDITION_ONLY = /^(?:但是|但|不过|可是)[^,，。；;：:不没非无可能允]{1,14}$/;
const BARE_GRANT = new RegExp(String.raw`^(?:也|还)?` + GRANT_END);
/** A clause that only says someone is in the residents' scheme ("她是城乡居民医保", "我妈是新农合"): what the next clause says is said of it. */
const SCHEME_NAMED = /^[^,，。；;：:]{0,6}(?:是|参加的是|参保的是|属于)[^,，。；;：:是]{0,4}$/;
const isResidents = (h: Hit): boolean => h.feature === 'residents';
/** A clause that says what someone has or lacks and names no scheme of its own ("没有个人账户", "有个人账户"). */
const HAS_OR_LACKS = /^(?:也|就|都)?(?:没有|没|有|无)/;

/**
 * Reads the clause that grants by ellipsis what the clause before it denies, with that clause's
 * anchors and its own condition: the exception is a claim of its own (a special case, a place).
 */
function readEllipses(
  norm: string,
  facts: SentenceFacts,
  clauses: Clause[],
  hits: Hit[],
  owns: Hit[][],
  vetoes: (Veto | null)[],
  out: (ClauseClaim | null)[],
  windowHits: () => Hit[],
  scored: boolean,
): void {
  for (let k = 1; k < clauses.length; k++) {
    const clause = clauses[k]!;
    if (out[k] || vetoes[k]) continue;
    if (readOfScheme(norm, facts, clauses, k, hits, owns, out, windowHits, scored)) continue;
    // The denial is the clause before, or the one before a contrast that only states the condition.
    const plain = clause.contrast && out[k - 1]?.stance === 'deny';
    const apart = !plain && k >= 2 && !clause.contrast && out[k - 1] === null && clauses[k - 1]!.contrast && out[k - 2]?.stance === 'deny';
    if (!plain && !apart) continue;
    const text = norm.slice(clause.start, clause.end);
    const split = apart && CONDITION_ONLY.test(norm.slice(clauses[k - 1]!.start, clauses[k - 1]!.end)) && BARE_GRANT.test(text);
    if (!(split || (plain && ELLIPSIS.test(text)))) continue;
    const denial = split ? k - 2 : k - 1;
    const anchors = owns[denial]!.filter((h) => isAnchor(h.id));
    out[k] = judgeClause(norm, facts, clause, k, [...anchors, ...owns[k]!], hits, windowHits, null, scored, true);
    // The condition is the grant's too: read alike, the two clauses are one claim.
    if (split && out[k]) out[k - 1] = judgeClause(norm, facts, clauses[k - 1]!, k - 1, [...anchors, ...owns[k - 1]!], hits, windowHits, null, scored, true);
  }
}

/**
 * Reads "她是城乡居民医保，没有个人账户" as one claim about the scheme: the clause that names it by a
 * copula lends its anchors to the next clause, which says what the scheme has or lacks.
 * @return true when clause k was read so
 */
function readOfScheme(
  norm: string,
  facts: SentenceFacts,
  clauses: Clause[],
  k: number,
  hits: Hit[],
  owns: Hit[][],
  out: (ClauseClaim | null)[],
  windowHits: () => Hit[],
  scored: boolean,
): boolean {
  // Read for every clause the rules left: nothing is made until the clause before names the scheme.
  if (out[k - 1] || !owns[k - 1]!.some(isResidents)) return false;
  const named = clauses[k - 1]!;
  const scheme = owns[k - 1]!.filter(isResidents);
  if (scheme[scheme.length - 1]!.end < named.end - 2) return false;
  const clause = clauses[k]!;
  if (!HAS_OR_LACKS.test(norm.slice(clause.start, clause.end))) return false;
  const head = norm.slice(named.start, scheme[0]!.start);
  if (!SCHEME_NAMED.test(head)) return false;
  // The account the clause names is the scheme's own, as the words "居民医保…个人账户" in one clause would read.
  const account = owns[k]!.find((h) => h.feature === 'personal-account');
  const schemes = account ? [...scheme, { feature: 'residents-account', id: featureId('residents-account'), start: account.start, end: account.end }] : scheme;
  const claim = judgeClause(norm, facts, clause, k, [...schemes, ...owns[k]!], hits, windowHits, null, scored);
  // The mark takes in the clause naming the scheme: "没有个人账户" alone says nothing of whom.
  out[k] = claim && { ...claim, start: Math.min(claim.start, named.start) };
  return claim !== null;
}

export interface TextReading {
  norm: string;
  sentences: SentenceReading[];
}

/**
 * @return the normalised text and the reading of every sentence the topic gate lets through
 * (headings included: whether a heading is a claim is the classifier's call)
 */
export function readClauses(text: string, options: AnalyzeOptions = {}): TextReading {
  const norm = normalize(text);
  const sentences: SentenceReading[] = [];
  readSentences(norm, options, (r) => {
    sentences.push(r);
    return false;
  });
  return { norm, sentences };
}

/**
 * @param owns each clause's own feature hits
 * @return where what the sentence's rejection names starts: the rejecting clause's start when that
 * clause names something of its own (别听那些收卡的瞎忽悠), else the sentence's ("对于…的小广告,千万不要相信")
 */
function rejectionStart(norm: string, sentence: Sentence, owns: Hit[][]): number {
  const k = sentence.clauses.findIndex((c) => containsAny(REJECTED, norm, c.start, c.end));
  if (k < 0) return sentence.start;
  const clause = sentence.clauses[k]!;
  if (anchored(owns[k]!)) return clause.start;
  // A reply's bare 别信, then a comma (别信，停保钱还在账户里，重新参保接着用): it rejects what it answers, and
  // what follows is the replier's own word. Before a colon (千万别信：…) it names what follows.
  // After its speaker's label, if it has one (理性发言：别信).
  let from = clause.start;
  for (let i = clause.start; i < clause.end; i++) if (norm[i] === ':' || norm[i] === '：') from = i + 1;
  const answers = k === 0 && clause.end - from <= BARE_REJECTION_MAX && sentence.clauses.length > 1 && COMMA_AFTER.has(norm.charCodeAt(clause.end));
  return answers ? sentence.end : sentence.start;
}
/** The longest bare rejection a reply opens with (千万别信, 不要相信). */
const BARE_REJECTION_MAX = 6;
const COMMA_AFTER = codeUnits(',，');

/** A line that introduces a list (it ends with a colon): what its items are read under. */
interface Lead {
  /** The lead's claim ("可以申请一次性支取的情形:"), which items naming a case complete. */
  claim: { facts: SentenceFacts; clause: Clause; hits: Hit[] } | null;
  /** The lead forbids or warns ("以下行为属于违法:", "个人账户不能用于:"): its items are what it forbids. */
  prohibits: boolean;
}

/** Words that name a list's items as the exceptions to a rule just stated (除外, 例外). */
const EXCEPTIONS = /除外|例外/;

/** A numbered section's title (二、重点整治的违法违规行为): short, unpunctuated, it names what its items are. */
const SECTION_TITLE = /^[一二三四五六七八九十]+、[^。！？!?，,；;]{2,24}$/;
const NUMERAL = codeUnits('一二三四五六七八九十');
/** @return true when text[start, end) is a SECTION_TITLE; read in place first, as nearly no line starts with a numeral */
const sectionTitle = (text: string, start: number, end: number): boolean =>
  NUMERAL.has(text.charCodeAt(start)) && end - start <= 30 && SECTION_TITLE.test(text.slice(start, end));

/**
 * @param final the line's last sentence read
 * @param ruled the line's last sentence in which the rules read a claim, if any
 * @return how the line introduces a list, when it ends with a colon or is a section's title that forbids its items
 */
function leadOf(norm: string, lineStart: number, lineEnd: number, final: SentenceReading, ruled: SentenceReading | null): Lead | null {
  let end = lineEnd;
  while (end > lineStart && norm.charCodeAt(end - 1) <= 32) end--;
  // The clause just before the colon says what the items are: "以下行为属于违法:" forbids them,
  // "也别着急，个人账户的钱还能这样用:" does not. A heading that names them forbidden
  // ("二、重点整治的违法违规行为") leads its items as a colon does.
  const colon = norm[end - 1] === ':';
  const { clauses } = final.sentence;
  if ((!colon && !final.sentence.heading && !sectionTitle(norm, lineStart, end)) || clauses.length === 0) return null;
  const { start, end: last } = clauses[clauses.length - 1]!;
  // A lead that names its items as the exceptions (以下几种情形除外，但…并不是"想取就取":) allows them, whatever else it denies.
  const exceptions = EXCEPTIONS.test(norm.slice(final.sentence.start, last));
  const prohibits = !exceptions && (warns(norm, start, last) || countNegators(norm, start, last) % 2 === 1);
  if (!colon) return prohibits ? { claim: null, prohibits } : null;
  for (let k = (ruled?.rules.length ?? 0) - 1; k >= 0; k--) {
    if (!ruled!.rules[k]) continue;
    const clause = ruled!.sentence.clauses[k]!;
    const hits = hitsWithin(ruled!.hits, clause.start, clause.end);
    // "一般情况下是不能取现的，但有几种特殊情况是可以的:": the items are the cases the contrast allows, read with
    // the denied clause's words, not the cases it denies.
    const allowing = clauses[clauses.length - 1]!;
    if (ruled === final && k < clauses.length - 1 && allowing.contrast && !prohibits && ruled.rules[k]!.stance === 'deny') {
      return { claim: { facts: ruled.facts, clause: allowing, hits: [...hits, ...hitsWithin(ruled.hits, allowing.start, allowing.end)] }, prohibits };
    }
    return { claim: { facts: ruled!.facts, clause, hits }, prohibits };
  }
  return { claim: null, prohibits };
}

/**
 * An item that names only a case ("- 参保人员出国定居;") completes its lead's claim: the rules
 * read the lead's clause with the item's words as its condition, and the item carries that claim.
 */
function completeItem(norm: string, r: SentenceReading, lead: NonNullable<Lead['claim']>, scored: boolean): void {
  const cases = casesOfCashout();
  r.sentence.clauses.forEach((clause, k) => {
    if (r.rules[k] || r.vetoes[k]) return;
    const own = hitsWithin(r.hits, clause.start, clause.end);
    // Only an item naming a case (出国定居, 死亡, 退休) completes the lead; headings and
    // how-to steps of a list are no claims of their own.
    if (!own.some((h) => cases.has(h.feature))) return;
    const context = [...lead.hits, ...own];
    const claim = judgeClause(norm, lead.facts, lead.clause, k, lead.hits, context, () => context, null, scored);
    if (claim) r.rules[k] = { ...claim, start: clause.start, end: clause.end };
  });
}

/** @return true when text[start, end) holds nothing but spaces and control characters */
/** A section's title asked as a question ("二、金融账户能干什么", "医保个人账户能取现吗？"): a short line, one clause, ending in a question. */
const QUESTION_TITLE = /^[^,，。；;：:！!]{2,28}(?:[？?]|什么|吗|呢|哪些|怎么办|如何|多少)$/;

/** What may stand before a title on its line: a section's number (二、, 3.). */
const TITLE_MARKER = /^[\s一二三四五六七八九十\d、.．)）(（]*$/;

/** @return true when the sentence is its whole line and titles a section as a question */
function questionTitle(text: string, sentence: Sentence, lineStart: number, lineEnd: number): boolean {
  // Tested for every sentence: the lengths first, which rule out nearly all without copying text.
  return (
    sentence.end - sentence.start <= 30 &&
    sentence.start - lineStart <= 8 &&
    lineEnd - sentence.end <= 4 &&
    TITLE_MARKER.test(text.slice(lineStart, sentence.start)) &&
    text.slice(sentence.end, lineEnd).trim() === '' &&
    QUESTION_TITLE.test(text.slice(sentence.start, sentence.end))
  );
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32 && text.charCodeAt(i) !== 0x3000) return false;
  return true;
}

let cashoutCases: Set<string> | null = null;

/** The cases the dataset judges a withdrawal in: an entry triggered by cash-out words and that case alone (all: [cashout, case], or all: [case] with any: cash-out or payout words). */
function casesOfCashout(): Set<string> {
  cashoutCases ??= new Set(
    dataset.entries.flatMap(({ triggers: { all = [], any = [] } }) => {
      const withdrawal = all.includes('cashout') || (any.includes('cashout') && any.includes('payout-procedure'));
      const cases = all.filter((f) => f !== 'cashout');
      return withdrawal && cases.length === 1 ? cases : [];
    }),
  );
  return cashoutCases;
}

// The loop of sentencesOf calls these rather than closing over its variables: a closure over them
// would cost an allocation for every sentence, where these cost none (and askedOf one per question).

/** @return each clause's own hits */
function ownHits(clauses: Clause[], hits: Hit[]): Hit[][] {
  const owns = new Array<Hit[]>(clauses.length);
  for (let k = 0; k < clauses.length; k++) owns[k] = hitsWithin(hits, clauses[k]!.start, clauses[k]!.end);
  return owns;
}

/** Words naming the medical money, the card or its bank side: a sentence that holds one speaks of its own money. */
let moneyOrCard: Uint8Array | null = null;
const namesMoneyOrCard = (h: Hit): boolean =>
  (moneyOrCard ??= featureTable((f) => f === 'subject' || f === 'personal-account' || f === 'medical-card' || f === 'ss-card' || f === 'card-finance' || f === 'bank-side'))[h.id] === 1;

/** Words of medical insurance or the card that a longer lexicon term can hold (医保关系转不回来): the sentence speaks of its own money. */
const OWN_MONEY_WORD = /医保|医疗保|新农合|合作医疗|个人账户|个账|社保卡/;

/** The next sentence calling what this one told illegal: 这是违法的, 这属于冒用他人医保凭证, 这些全都是违规的. */
const CONDEMNED_NEXT = /^[。！!.\s]*这(?:是|属于|种|些|类|样)[^。！？!?]{0,14}(?:违法|违规|骗保|冒用|犯罪|套取|骗取|诈骗|明令禁止)/;
const CONDEMNED_NEXT_MAX = 24;
const THIS = '这'.charCodeAt(0);
/** @return true when the sentence after `end` condemns this one: read in place first, as most do not start with 这 */
function condemnedNext(norm: string, end: number): boolean {
  let i = end;
  while (i < norm.length && i < end + 3 && norm.charCodeAt(i) !== THIS) i++;
  return norm.charCodeAt(i) === THIS && CONDEMNED_NEXT.test(norm.slice(end, end + CONDEMNED_NEXT_MAX));
}

/** @return each clause's veto (vetoOf) */
function vetoesOf(norm: string, facts: SentenceFacts, hits: Hit[], owns: Hit[][], questionsAsClaims: boolean): (Veto | null)[] {
  const { clauses } = facts.sentence;
  const vetoes = new Array<Veto | null>(clauses.length);
  for (let k = 0; k < clauses.length; k++) {
    vetoes[k] = vetoOf(norm, facts, clauses[k]!, hits, owns[k]!, questionsAsClaims);
    // A penalty played down ("最多就是批评教育") is a claim about the penalties, not a word of them mentioned.
    if (vetoes[k] === 'mention' && deniesPenalty(norm, clauses[k]!, owns[k]!)) vetoes[k] = null;
  }
  return vetoes;
}

/** @return a question's SentenceReading.asked */
function askedOf(norm: string, facts: SentenceFacts, hits: Hit[], owns: Hit[][], scored: boolean): () => (ClauseClaim | null)[] {
  let asked: (ClauseClaim | null)[] | undefined;
  return () => (asked ??= ruleClaims(norm, facts.sentence, facts, hits, owns, vetoesOf(norm, facts, hits, owns, true), scored));
}

/**
 * Reads every sentence of the normalised text the topic gate lets through, in order, and hands
 * each reading to visit as it is made, until visit returns true. A call for each, not a generator:
 * resuming one saved and restored this loop's state for every sentence of a page.
 */
export function readSentences(norm: string, options: AnalyzeOptions, visit: (r: SentenceReading) => boolean): void {
  const assume = options.assumeTopic === true;
  // The rules' own confidence matters only where they decide alone.
  const scored = options.questionsAsClaims === true || options.model === null;
  const subjects = subjectPositions(norm, assume);
  if (subjects.length === 0) return;
  const subjectIn = positionsIn(subjects);
  const from = Math.max(0, options.from ?? 0);
  let lineStart = from > 0 ? norm.lastIndexOf('\n', from - 1) + 1 : 0;
  let lead: Lead | null = null;
  let reported: boolean | undefined;
  // The section a heading opens: a comparison of the card's two accounts lists each under its name, an
  // employee FAQ puts the housing fund's questions under their own.
  let asideSection = false;
  // A question naming other money and no medical money (问：退税一般多久到账？): the answer after it speaks of that money;
  // so does a sentence after any that does, where it names no money or card of its own (失业金…。钱到账以后…可以在ATM取现).
  let askedAside = false;
  let spokeAside = false;
  while (lineStart < norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    const item = lead !== null && LIST_ITEM.test(norm.slice(lineStart, Math.min(lineEnd, lineStart + 8)));
    // A list stays on its lead's topic however long it runs.
    if (assume || item || subjectIn(lineStart - SUBJECT_WINDOW, lineEnd)) {
      // What leadOf reads of the line: its last sentence, and the last in which the rules read a claim.
      let final: SentenceReading | null = null;
      let ruled: SentenceReading | null = null;
      for (const sentence of segment(norm, lineStart, lineEnd)) {
        if (!assume && !item && !subjectIn(sentence.start - SUBJECT_WINDOW, sentence.end)) continue;
        const hits = findFeatures(norm, sentence.start, sentence.end);
        const facts = sentenceFacts(norm, sentence);
        if (item && lead!.prohibits) facts.prohibited = true;
        if ((reported ??= reportPage(norm))) facts.reported = true;
        if (sentence.heading || questionTitle(norm, sentence, lineStart, lineEnd)) asideSection = namesMoneyAside(norm.slice(sentence.start, sentence.end), hits);
        else if (asideSection || askedAside || (spokeAside && !hits.some(namesMoneyOrCard) && !OWN_MONEY_WORD.test(norm.slice(sentence.start, sentence.end)))) facts.asideSection = true;
        spokeAside = hits.some((h) => h.feature === 'other-money') && !hits.some(namesMedicalMoney);
        askedAside = sentence.question && spokeAside;
        // A route named with what it costs ("外借…直接丧失当年报销资格") is named to warn; so is one the next sentence
        // condemns ("…买点保健品、日用品，甚至换成购物卡。这是典型的冒用医保凭证").
        if (!facts.warned && (hits.some((h) => h.feature === 'penalty' || h.feature === 'crime') || condemnedNext(norm, sentence.end))) facts.warned = true;
        // Each clause's own hits, read by its veto and by the rules.
        const owns = ownHits(sentence.clauses, hits);
        if (facts.rejected) facts.rejectedFrom = rejectionStart(norm, sentence, owns);
        const vetoes = vetoesOf(norm, facts, hits, owns, options.questionsAsClaims === true);
        const rules = ruleClaims(norm, sentence, facts, hits, owns, vetoes, scored);
        const reading: SentenceReading = { sentence, facts, hits, rules, vetoes, lineStart, lineEnd };
        if (vetoes.includes('question')) reading.asked = askedOf(norm, facts, hits, owns, scored);
        if (item && lead!.claim) completeItem(norm, reading, lead!.claim, scored);
        final = reading;
        if (rules.some((c) => c !== null)) ruled = reading;
        if (visit(reading)) return;
      }
      // A blank line keeps the list's lead; any other line ends the list.
      if (!item && final) lead = leadOf(norm, lineStart, lineEnd, final, ruled);
      else if (!item && lead && !blank(norm, lineStart, lineEnd)) lead = null;
    } else if (lead && !blank(norm, lineStart, lineEnd)) lead = null;
    lineStart = lineEnd + 1;
  }
}
