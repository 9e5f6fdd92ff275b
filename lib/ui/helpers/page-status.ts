import type { TabState } from '../../messages';
import type { StringKey } from '../../i18n';

/**
 * The plain sentence for a tab that has no claim list to show.
 * @return null when the tab was checked and has claims
 */
export function statusKey(state: TabState | null, offEverywhere: boolean): StringKey | null {
  if (!state || state.status === 'pending') return 'panelPending';
  if (state.status === 'unsupported') return 'panelUnsupported';
  if (state.status === 'off') return offEverywhere ? 'panelOffEverywhere' : 'panelOff';
  return state.claims.length === 0 ? 'panelEmpty' : null;
}
