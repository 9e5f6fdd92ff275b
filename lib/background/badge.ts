// What the toolbar button shows for a tab: the number of misleading and illegal claims, in the
// colour of the worse of the two, and a title saying what the number counts.
import type { Verdict } from '../engine/types';
import type { TabState } from '../messages';
import { translate, type Lang } from '../i18n';
import { BADGE_TEXT_COLOR, badgeBackground } from '../verdict-palette';
import { countVerdicts } from '../claims-report';

export interface Badge {
  /** Empty when there is nothing misleading or illegal (the browser then shows no badge). */
  text: string;
  /** The button's tooltip. */
  title: string;
  background: string;
  color: string;
}

/** The verdicts the badge counts: what a reader should worry about. */
const COUNTED: readonly Verdict[] = ['misleading', 'illegal'];

/** The badge of a tab with this state, in the interface language. */
export function badgeFor(state: Pick<TabState, 'status' | 'claims' | 'counts'>, lang: Lang): Badge {
  const claims = state.status === 'ok' ? state.claims : [];
  // A page with more claims than a report carries sends its numbers beside its first claims.
  const counts = state.status === 'ok' ? (state.counts ?? countVerdicts(claims)) : countVerdicts([]);
  const n = COUNTED.reduce((sum, v) => sum + counts[v], 0);
  const worst: Verdict = counts.illegal > 0 ? 'illegal' : 'misleading';
  const title =
    state.status !== 'ok'
      ? translate(lang, 'extName')
      : n === 0
        ? translate(lang, 'badgeTitleNone')
        : n === 1
          ? translate(lang, 'badgeTitleOne')
          : translate(lang, 'badgeTitle', { n });
  return {
    text: n === 0 ? '' : n > 999 ? '999+' : String(n),
    title,
    background: badgeBackground(worst),
    color: BADGE_TEXT_COLOR,
  };
}
