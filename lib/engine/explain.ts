import type { Bilingual, Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import { findFeatures, termsOf, type Hit } from './features';
import { closestIndex, closestScore } from './gist';
import { cjkCount, cjkOnly } from './cjk';
import { countNegators, dismisses, PLACES } from './stance';
import { USE_FEATURES } from './assertion';

/** What every region-dependent verdict ends with when its entry does not already say it. */
const CHECK_LOCALLY: Bilingual = {
  zh: '具体以当地规定为准，请向当地医保局核实，或拨打全国医保服务热线12393。',
  en: 'Local rules decide: check with the local medical-insurance bureau (医保局) or the national hotline 12393.',
};

/** The explanation a reader sees for an entry judged with this verdict. */
export function explanationFor(entry: Entry, verdict: Verdict): Bilingual {
  if (verdict !== 'region-dependent' || entry.explanation.zh.includes('12393')) return entry.explanation;
  return { zh: entry.explanation.zh + CHECK_LOCALLY.zh, en: `${entry.explanation.en} ${CHECK_LOCALLY.en}` };
}

/** What the verdict says of the sentence, before the rule that decides it. */
const LEADS: Record<Verdict, Bilingual> = {
  accurate: { zh: '这句话与现行规定相符。', en: 'The sentence agrees with current rules.' },
  'region-dependent': {
    zh: '这句话只在部分地区或特定条件下成立。',
    en: 'The sentence holds only in some places or under certain conditions.',
  },
  misleading: {
    zh: '这句话与现行规定不符、已过时或容易让人误解。',
    en: 'The sentence contradicts current rules, is outdated, or misleads.',
  },
  illegal: {
    zh: '这句话在提供或教人走违法套现的途径。',
    en: 'The sentence offers or teaches an illegal cash-out route.',
  },
};

/** The lead of a sentence that denies by calling a claim false (谣言, 误以为, 声称): it is judged for the rejection, not for the words it quotes. */
const DISMISSED: Partial<Record<Verdict, Bilingual>> = {
  accurate: { zh: '这句话否定的说法确实不成立。', en: 'The sentence rejects a claim that is indeed wrong.' },
  misleading: { zh: '这句话把符合现行规定的做法说成了错误或谣言。', en: 'The sentence calls wrong, or a rumour, what current rules allow.' },
};

/** Bit of explainClaim's cache row for a dismissed claim, above the notes' bits. */
const DISMISSED_BIT = 1 << 8;
/** The claim denies what a note's money is said to be ("医保卡中的资金…而非作为普通储蓄卡使用"): it sets the two apart, it does not speak of that money. */
const SET_APART_BIT = 1 << 9;

/** How much of a phrasing's character pairs the sentence must share for it to stand as its gist. */
const GIST_MIN_SCORE = 0.5;

/** The verdict's judgement after the gist of the sentence. */
const JUDGED: Record<Verdict, Bilingual> = {
  accurate: { zh: '，这与现行规定相符。', en: ', which agrees with current rules.' },
  'region-dependent': { zh: '，这只在部分地区或特定条件下成立。', en: ', which holds only in some places or under certain conditions.' },
  misleading: { zh: '，这与现行规定不符、已过时或容易让人误解。', en: ', which contradicts current rules, is outdated, or misleads.' },
  illegal: { zh: '，这是在提供或教人走违法套现的途径。', en: ', which offers or teaches an illegal cash-out route.' },
};

/** What gistOf reads of each phrasing of a list: whether it negates, its Chinese characters and their count, and what it names. */
interface PhrasingFacts {
  negates: boolean[];
  cjk: number[];
  only: string[];
  /** The goods or services it says the account pays for or not (USE_FEATURES), by feature id. */
  goods: number[][];
  /** The places it names. */
  places: string[][];
  /** The relatives it names, in its words (父母, 配偶, 兄弟姐妹 …). */
  kin: string[][];
}

/** The lexicon's words for relatives. */
const RELATIVE_FEATURES: ReadonlySet<string> = new Set(['cue-relatives', 'cue-in-laws', 'close-relatives']);

/** @return the relatives named by these hits of the text, in its words */
const kinIn = (text: string, hits: readonly Hit[]): string[] => hits.flatMap((h) => (RELATIVE_FEATURES.has(h.feature) ? [text.slice(h.start, h.end)] : []));

/** Every place name, each match of PLACES. */
const ALL_PLACES = new RegExp(PLACES.source, 'g');

/** @return the ids of the goods or services (USE_FEATURES) the text names */
function goodsIn(text: string, hits: readonly Hit[] = findFeatures(text, 0, text.length)): number[] {
  // A loop, not flatMap: flatMap made an array for every hit of every claim's gist.
  const ids: number[] = [];
  for (const h of hits) if (USE_FEATURES.has(h.feature)) ids.push(h.id);
  return ids;
}

/** Read once per list of the dataset's phrasings, not for every claim whose gist one is. */
const phrasingFacts = new WeakMap<readonly string[], PhrasingFacts>();

function factsOf(phrasings: readonly string[]): PhrasingFacts {
  let facts = phrasingFacts.get(phrasings);
  if (!facts) {
    const hits = phrasings.map((p) => findFeatures(p, 0, p.length));
    facts = {
      negates: phrasings.map((p) => countNegators(p, 0, p.length) > 0),
      cjk: phrasings.map((p) => cjkCount(p)),
      only: phrasings.map((p) => cjkOnly(p)),
      goods: phrasings.map((p, i) => goodsIn(p, hits[i])),
      places: phrasings.map((p) => p.match(ALL_PLACES) ?? []),
      kin: phrasings.map((p, i) => kinIn(p, hits[i]!)),
    };
    phrasingFacts.set(phrasings, facts);
  }
  return facts;
}

/**
 * The entry's phrasing for this stance that says what the clause says, if one is close enough to stand as its gist.
 * @param clauseCjk cjkCount(clause), when the caller has counted it
 */
function gistOf(entry: Entry, verdict: Verdict, stance: Stance, clause: string, clauseCjk?: number): string | undefined {
  const phrasings = entry.verdicts[stance] === verdict ? entry.phrasings[stance] : undefined;
  const close = phrasings ? closestIndex(phrasings, clause) : -1;
  // A paraphrase far from the sentence would put words in its mouth.
  if (close < 0 || closestScore < GIST_MIN_SCORE) return undefined;
  const facts = factsOf(phrasings!);
  const text = phrasings![close]!;
  // Nor one that names a place, a relative or a good the sentence does not: "广州…可以购买商业健康保险"
  // is not the gist of a rule of 浙江, "…可以和配偶共济使用" of one of 家庭成员, nor "打HPV疫苗可以刷医保卡"
  // of check-ups paid from the account.
  if (facts.places[close]!.some((place) => !clause.includes(place))) return undefined;
  if (facts.kin[close]!.some((relative) => !clause.includes(relative))) return undefined;
  if (facts.goods[close]!.length > 0) {
    const own = goodsIn(clause);
    if (facts.goods[close]!.some((id) => !own.includes(id))) return undefined;
  }
  // A denial read from the sentence's voice (a report: "负责人承认其…套取医保基金"), not from a
  // negation of its own: a gist that negates ("千万不要套取医保基金") would say what it did not.
  if (stance === 'deny' && facts.negates[close] && countNegators(clause, 0, clause.length) === 0) return undefined;
  // One that is the sentence itself would only repeat it. (Counted first: most gists are far
  // shorter than their sentence, and need no copy of either to tell.)
  if (facts.cjk[close]! < 0.8 * (clauseCjk ?? cjkCount(clause))) return text;
  return cjkOnly(clause).includes(facts.only[close]!) ? undefined : text;
}


/**
 * What the sentence says, in the words of the entry's phrasing for its stance, and the verdict
 * on it; the verdict alone where that phrasing would not carry this verdict.
 */
function leadFor(verdict: Verdict, gist: string | undefined, dismissed: boolean): Bilingual {
  const rejection = dismissed ? DISMISSED[verdict] : undefined;
  if (rejection) return rejection;
  if (!gist) return LEADS[verdict];
  return { zh: `这句话的意思是“${gist}”${JUDGED[verdict].zh}`, en: `The sentence says, in effect, “${gist}”${JUDGED[verdict].en}` };
}

/**
 * Money the sentence may be speaking of, when it is not the medical personal account: the lexicon
 * feature that names it, and the note; a second note where the claim is false, which says what the
 * sentence mistakes that money for; a third where a true claim denies the medical money is that money.
 */
const OTHER_MONEY: [string, Bilingual, Bilingual?, Bilingual?][] = [
  [
    'card-finance',
    {
      zh: '这句说的是社保卡的银行账户（金融账户），它与医保个人账户是两个账户：前者的钱可以存取，后者不能。',
      en: "The sentence speaks of the social-security card's bank account, which is separate from the medical personal account: the former can be withdrawn, the latter cannot.",
    },
    {
      zh: '这句把社保卡的银行账户（金融账户）当成了医保个人账户：前者的钱可以存取，后者的钱不能取现。',
      en: "The sentence takes the social-security card's bank account for the medical personal account: the former can be withdrawn, the latter cannot.",
    },
    {
      zh: '社保卡的银行账户（金融账户）与医保个人账户是两个账户：前者的钱可以存取，后者不能。',
      en: "The social-security card's bank account and the medical personal account are separate: the former can be withdrawn, the latter cannot.",
    },
  ],
  [
    'wallet',
    {
      zh: '这句说的是医保钱包：个人账户的钱可以转入本人或近亲属的医保钱包，但仍只能用于医药费用，不能提现。',
      en: 'The sentence speaks of the medical-insurance wallet: personal-account money may move to the wallet of the insured or close relatives, still only for medical costs, never as cash.',
    },
  ],
];

/** A claim with none of the notes' terms is not scanned for them (null: some note's feature has patterns, so always scan). */
let noteTerms: RegExp | null | undefined;

/** @return a bit per OTHER_MONEY note whose feature the claim names */
function notesOf(clause: string): number {
  noteTerms ??= termsOf(OTHER_MONEY.map(([feature]) => feature));
  if (noteTerms && !noteTerms.test(clause)) return 0;
  const named = new Set(findFeatures(clause, 0, clause.length).map((h) => h.feature));
  return OTHER_MONEY.reduce((bits, [feature], i) => (named.has(feature) ? bits | (1 << i) : bits), 0);
}

/**
 * The explanation of one claim: what its verdict says of the sentence, what the sentence is
 * about when that is not obvious, then the entry's rule.
 * @param clause the claim's text, normalised
 * @param dismissed the claim denies by calling what it quotes false (dismisses): a caller that
 * holds the claim inside its text reads that there, where its word lists are read once for all
 * @param read the rules read the entry and stance in the claim (else both are the likeliest guess)
 * @param clauseCjk cjkCount(clause), when the caller has counted it
 */
export function explainClaim(
  entry: Entry,
  verdict: Verdict,
  clause: string,
  stance: Stance = 'affirm',
  dismissed = stance === 'deny' && dismisses(clause, 0, clause.length),
  read = true,
  clauseCjk?: number,
): Bilingual {
  // Only a claim whose entry and stance the rules read has a gist: for another, both are guesses,
  // and a phrasing would put words in its mouth ("…在医保卡里面扣钱" does not mean "…直接取现金").
  const gist = read ? gistOf(entry, verdict, stance, clause, clauseCjk) : undefined;
  // A denial that quotes what it rejects: its words say the opposite of its claim.
  const named = notesOf(clause);
  const notes = named | (dismissed ? DISMISSED_BIT : 0) | (stance === 'deny' && named !== 0 ? SET_APART_BIT : 0);
  // The parts follow from these four: claims that share them take the shared object at once,
  // without joining the texts into the key below.
  const byGist = lookupMap(lookupMap(known, entry), verdict);
  let row = byGist.get(gist ?? '');
  if (!row) byGist.set(gist ?? '', (row = []));
  return (row[notes] ??= shared(entry, verdict, gist, notes));
}

/** Claims that share entry, verdict, gist and notes: their explanation, as shared() gave it. */
const known = new Map<Entry, Map<Verdict, Map<string, Bilingual[]>>>();
const lookupMap = <K, V>(m: Map<K, Map<string, V>>, key: K): Map<string, V> => {
  let inner = m.get(key);
  if (!inner) m.set(key, (inner = new Map()));
  return inner;
};

function shared(entry: Entry, verdict: Verdict, gist: string | undefined, notes: number): Bilingual {
  const parts: Bilingual[] = [leadFor(verdict, gist, (notes & DISMISSED_BIT) !== 0)];
  const wrong = verdict === 'misleading' || verdict === 'illegal';
  OTHER_MONEY.forEach(([, note, mistaken, apart], i) => {
    if (notes & (1 << i)) parts.push(wrong && mistaken ? mistaken : notes & SET_APART_BIT && apart ? apart : note);
  });
  parts.push(explanationFor(entry, verdict));
  // Claims that share entry, verdict, gist and notes share one explanation object: a page of
  // thousands of claims holds a few dozen texts, not thousands of copies.
  const key = parts.map((p) => p.zh).join('\u0000');
  let explanation = explanations.get(key);
  if (!explanation) {
    if (explanations.size >= EXPLANATION_CACHE_LIMIT) {
      explanations.clear();
      known.clear();
    }
    explanation = { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
    explanations.set(key, explanation);
  }
  return explanation;
}

const EXPLANATION_CACHE_LIMIT = 2048;
const explanations = new Map<string, Bilingual>();
