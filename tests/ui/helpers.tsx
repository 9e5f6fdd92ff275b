// Hand-made claims and a language-aware render for the component tests: the views are tested
// against the engine's types, not against what the engine happens to find today.
import type { ComponentChild } from 'preact';
import { render } from '@testing-library/preact';
import type { Answer, AnswerItem, Claim, Verdict } from '../../lib/engine';
import type { TabState } from '../../lib/messages';
import { LangContext, type Lang } from '../../lib/ui/helpers/i18n';

export { REGULATION, GUIDANCE } from '../fixtures/claims';
import { GUIDANCE, REGULATION } from '../fixtures/claims';

let offset = 0;

/** A claim as the engine reports it; `entry` matters only where region notes are looked up. */
export function claim(verdict: Verdict, text: string, more: Partial<Claim> = {}): Claim {
  const start = offset;
  offset += text.length + 1;
  return {
    start,
    end: start + text.length,
    text,
    verdict,
    entry: 'atm-counter-withdrawal',
    stance: 'affirm',
    confidence: 0.8,
    explanation: { zh: `${text}：说明`, en: `Why: ${text}` },
    sources: [GUIDANCE],
    ...more,
  };
}

/** A page with one claim of each verdict, in an order unlike the verdicts' own. */
export const PAGE_CLAIMS: Claim[] = [
  claim('misleading', '医保卡可以在ATM取现'),
  claim('accurate', '医保卡里的钱不能取现'),
  claim('illegal', '收医保卡余额，八折回收'),
  claim('misleading', '退休后可以提取医保余额', { entry: 'retirement-withdrawal' }),
  claim('region-dependent', '离开本市时个人账户余额可以退还本人', { entry: 'relocation-payout' }),
];

export const tabState = (claims: Claim[] = PAGE_CLAIMS, more: Partial<TabState> = {}): TabState => ({
  tabId: 1,
  url: 'https://news.example.cn/a',
  status: 'ok',
  claims,
  ...more,
});

/** One item of a typed answer; a question when `reply` is given. */
export function item(verdict: Verdict, summary: string, more: Partial<AnswerItem> = {}): AnswerItem {
  return {
    quote: `${summary}？`,
    question: more.reply !== undefined,
    entry: summary,
    verdict,
    summary: { zh: summary, en: `EN ${summary}` },
    explanation: { zh: `${summary}的说明`, en: `Explanation of ${summary}` },
    sources: [REGULATION],
    ...more,
  };
}

export const answerOf = (items: AnswerItem[], notice: Answer['notice'] = null): Answer => ({ notice, items });

export function renderIn(lang: Lang, ui: ComponentChild) {
  return render(<LangContext.Provider value={lang}>{ui}</LangContext.Provider>);
}

/** The data-verdict of every verdict-carrying element, in document order. */
export const verdicts = (root: Element): (string | null)[] =>
  [...root.querySelectorAll('[data-verdict]')].map((e) => e.getAttribute('data-verdict'));
