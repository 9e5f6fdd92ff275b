// One verdict as plain text, for the clipboard: what a reader pastes into a chat or a reply to
// answer the claim. Pure: the side panel and the in-page card use it, and its helpers serve the
// CLI's ClaimReview output, so it reads the string table directly (lib/i18n/index.ts needs the
// extension API).
import type { Claim, Source, Verdict } from './engine/types';
import { STRINGS, type StringKey } from './i18n/strings';
import type { Lang } from './i18n';

const VERDICT_KEY = {
  accurate: 'verdict_accurate',
  'region-dependent': 'verdict_region_dependent',
  misleading: 'verdict_misleading',
  illegal: 'verdict_illegal',
} as const satisfies Record<Verdict, StringKey>;

/** The verdict's reader-facing name (准确, Misleading…). */
export const verdictName = (verdict: Verdict, lang: Lang): string => STRINGS[VERDICT_KEY[verdict]][lang];

/** A source address a reader may open: only http(s), whatever the data says. */
export const openableUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** 《title》文号, the way the sources are cited everywhere; a title already in 《》 keeps its marks. */
export function citation(source: Pick<Source, 'title' | 'docNumber'>): string {
  const title = source.title.startsWith('《') ? source.title : `《${source.title}》`;
  return source.docNumber ? `${title}${source.docNumber}` : title;
}

/**
 * @param pageUrl the address of the page the claim was found on
 * @return the quote, the verdict, why, the sources (title, 文号 and address where known) and the
 * page address, one item a line, in `lang`; the quote stays in the page's own words
 */
export function shareText(claim: Pick<Claim, 'text' | 'verdict' | 'explanation' | 'sources'>, pageUrl: string, lang: Lang): string {
  const lines = [
    `“${claim.text}”`,
    `${STRINGS.shareVerdict[lang]}${verdictName(claim.verdict, lang)}`,
    `${STRINGS.shareWhy[lang]}${claim.explanation[lang] || claim.explanation.zh}`,
  ];
  if (claim.sources.length > 0) {
    lines.push(STRINGS.shareSources[lang]);
    for (const s of claim.sources) {
      const url = openableUrl(s.url);
      lines.push(url ? `${citation(s)} ${url}` : citation(s));
    }
  }
  if (pageUrl) lines.push(`${STRINGS.sharePage[lang]}${pageUrl}`);
  lines.push(STRINGS.shareBy[lang]);
  return lines.join('\n');
}
