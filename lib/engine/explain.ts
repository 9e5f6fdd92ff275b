import type { Bilingual, Stance, Verdict } from './types';
import type { Entry } from '../dataset/types';
import { closestPhrasing, coreOf } from './match';

/** What every region-dependent verdict ends with when its entry does not already say it. */
export const CHECK_LOCALLY: Bilingual = {
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

/** How close (fuse.js, 0–1) the entry's phrasing must be to the sentence to stand as its gist. */
const GIST_MIN_SCORE = 0.5;

/** The verdict's judgement after the gist of the sentence. */
const JUDGED: Record<Verdict, Bilingual> = {
  accurate: { zh: '，这与现行规定相符。', en: ', which agrees with current rules.' },
  'region-dependent': { zh: '，这只在部分地区或特定条件下成立。', en: ', which holds only in some places or under certain conditions.' },
  misleading: { zh: '，这与现行规定不符、已过时或容易让人误解。', en: ', which contradicts current rules, is outdated, or misleads.' },
  illegal: { zh: '，这是在提供或教人走违法套现的途径。', en: ', which offers or teaches an illegal cash-out route.' },
};

/**
 * What the sentence says, in the words of the entry's phrasing for its stance, and the verdict
 * on it; the verdict alone where that phrasing would not carry this verdict.
 */
function leadFor(entry: Entry, verdict: Verdict, stance: Stance, clause: string): Bilingual {
  const close = entry.verdicts[stance] === verdict ? closestPhrasing(entry.id, coreOf(clause, 0, clause.length, 0), stance) : null;
  // A paraphrase far from the sentence would put words in its mouth.
  const gist = close && close.score >= GIST_MIN_SCORE ? close.text : undefined;
  if (!gist) return LEADS[verdict];
  return { zh: `这句话的意思是“${gist}”${JUDGED[verdict].zh}`, en: `The sentence says, in effect, “${gist}”${JUDGED[verdict].en}` };
}

/** Money the sentence may be speaking of, when it is not the medical personal account. */
const OTHER_MONEY: [RegExp, Bilingual][] = [
  [
    /金融账户|银行账户|借记卡|储蓄卡|存取款|金融功能/,
    {
      zh: '这句说的是社保卡的银行账户（金融账户），它与医保个人账户是两个账户：前者的钱可以存取，后者不能。',
      en: "The sentence speaks of the social-security card's bank account, which is separate from the medical personal account: the former can be withdrawn, the latter cannot.",
    },
  ],
  [
    /医保钱包/,
    {
      zh: '这句说的是医保钱包：个人账户的钱可以转入本人或近亲属的医保钱包，但仍只能用于医药费用，不能提现。',
      en: 'The sentence speaks of the medical-insurance wallet: personal-account money may move to the wallet of the insured or close relatives, still only for medical costs, never as cash.',
    },
  ],
];

/**
 * The explanation of one claim: what its verdict says of the sentence, what the sentence is
 * about when that is not obvious, then the entry's rule.
 * @param clause the claim's text, normalised
 */
export function explainClaim(entry: Entry, verdict: Verdict, clause: string, stance: Stance = 'affirm'): Bilingual {
  const parts: Bilingual[] = [leadFor(entry, verdict, stance, clause)];
  for (const [re, note] of OTHER_MONEY) if (re.test(clause)) parts.push(note);
  parts.push(explanationFor(entry, verdict));
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
