// A reader's report of a wrong verdict: its shape, its repair, and the forms it is exported in
// (JSON and plain text) for the reader to send to the maintainers by hand.
import { VERDICTS, type Verdict } from './engine/types';
import { pageAddress } from './claim-identity';
import { translate, verdictKey, type Lang, type StringKey } from './i18n';

/** What the reader believes right: one of the four verdicts, or that the words make no claim at all. */
export type SuggestedVerdict = Verdict | 'not-a-claim';
export const SUGGESTIONS: readonly SuggestedVerdict[] = [...VERDICTS, 'not-a-claim'];

/** Longest quote and comment kept (characters). */
export const MAX_QUOTE = 2000;
export const MAX_COMMENT = 1000;
/** Reports kept; the oldest go first. */
export const MAX_REPORTS = 500;

export interface VerdictReport {
  /** When the reader made it (ISO 8601). */
  at: string;
  /** The page's address, without its fragment. */
  url: string;
  /** The claim's words as the page has them. */
  quote: string;
  /** Our verdict. */
  verdict: Verdict;
  /** The dataset entry behind our verdict, so the maintainers find the rule at once. */
  entry: string;
  suggested: SuggestedVerdict;
  /** The reader's own words; may be empty. */
  comment: string;
}

const isVerdict = (v: unknown): v is Verdict => VERDICTS.includes(v as Verdict);
export const isSuggestion = (v: unknown): v is SuggestedVerdict => SUGGESTIONS.includes(v as SuggestedVerdict);

/** @return a valid report made of `v`'s fields, or null when one is missing or wrong */
export function coerceReport(v: unknown): VerdictReport | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r.url !== 'string' || typeof r.quote !== 'string' || !r.quote || !isVerdict(r.verdict) || !isSuggestion(r.suggested)) return null;
  const at = typeof r.at === 'string' && !Number.isNaN(Date.parse(r.at)) ? r.at : new Date(0).toISOString();
  return {
    at,
    url: pageAddress(r.url).slice(0, 10_000),
    quote: r.quote.slice(0, MAX_QUOTE),
    verdict: r.verdict,
    entry: typeof r.entry === 'string' ? r.entry.slice(0, 200) : '',
    suggested: r.suggested,
    comment: typeof r.comment === 'string' ? r.comment.trim().slice(0, MAX_COMMENT) : '',
  };
}

export function coerceReports(v: unknown): VerdictReport[] {
  return Array.isArray(v) ? v.map(coerceReport).filter((r): r is VerdictReport => r !== null).slice(-MAX_REPORTS) : [];
}

/** The export file: self-describing, so a maintainer can read it without the extension. */
export function reportsJson(reports: readonly VerdictReport[], exportedAt = new Date()): string {
  return `${JSON.stringify({ format: 'yibao-check-verdict-reports', version: 1, exported: exportedAt.toISOString(), reports }, null, 2)}\n`;
}

/** The name of a suggested verdict in the interface language. */
export function suggestionName(lang: Lang, s: SuggestedVerdict): string {
  return s === 'not-a-claim' ? translate(lang, 'reportNotAClaim') : translate(lang, verdictKey(s));
}

/** The reports as plain text, one block each, to paste into an e-mail or an issue. */
export function reportsText(reports: readonly VerdictReport[], lang: Lang): string {
  const t = (key: StringKey) => translate(lang, key);
  return reports
    .map((r, i) =>
      [
        `${i + 1}. ${r.at}`,
        `${t('reportPage')}: ${r.url}`,
        `${t('reportQuote')}: ${r.quote}`,
        `${t('reportOurs')}: ${suggestionName(lang, r.verdict)} (${r.entry})`,
        `${t('reportSuggested')}: ${suggestionName(lang, r.suggested)}`,
        ...(r.comment ? [`${t('reportComment')}: ${r.comment}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}
