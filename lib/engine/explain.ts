import type { Bilingual, Verdict } from './types';
import type { Entry } from '../dataset/types';

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
