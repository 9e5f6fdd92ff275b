import type { Verdict } from '../engine';
import { t, verdictKey, type Lang } from '../i18n';

/** The verdict as words and colour: never colour alone. */
export function VerdictBadge({ verdict, lang }: { verdict: Verdict; lang: Lang }) {
  return <span class={`badge ${verdict}`}>{t(lang, verdictKey(verdict))}</span>;
}
