import type { Verdict } from '../engine';
import { useT, verdictKey } from './i18n';

/** The verdict as a word on its colour: the word carries the meaning, the colour only repeats it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return <span class={`badge ${verdict}`}>{t(verdictKey(verdict))}</span>;
}
