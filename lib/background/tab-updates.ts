// The one writer of tab states: each change is stored, painted on the badge and told to the
// extension pages.
import type { TabState } from '../messages';
import type { Lang } from '../i18n';
import { send } from '../send-message';
import { TabStates } from './tab-states';
import { showBadge, type ActionApi } from './action-badge';

export type TabPatch = Partial<Omit<TabState, 'tabId'>>;

export interface TabUpdates {
  tabs: TabStates;
  /** Changes a tab's state, shows its badge and tells the extension pages; @return the new state */
  update(tabId: number, patch: TabPatch): Promise<TabState>;
  /** Paints every known tab's badge again (the language changed). */
  repaint(): Promise<void>;
}

/** @param lang the interface language as currently set, read at each change */
export function tabUpdates(action: ActionApi | undefined, lang: () => Promise<Lang>, tabs = new TabStates()): TabUpdates {
  return {
    tabs,
    async update(tabId, patch) {
      const state = await tabs.set(tabId, patch);
      await showBadge(action, state, await lang());
      send({ type: 'background/tab-state', state });
      return state;
    },
    async repaint() {
      const l = await lang();
      for (const state of await tabs.all()) await showBadge(action, state, l);
    },
  };
}
