import { safeHostname } from '../helpers/hostname';
import { useActiveTab } from './use-active-tab';
import { useTabState, type TabView } from './use-tab-state';

/**
 * The tab the popup or side panel shows (`fixedTab`, else the active one), what the background
 * knows of it, and its site.
 */
export function useShownTab(fixedTab: number | null): TabView & { tabId: number | null; hostname: string } {
  const tabId = useActiveTab(fixedTab);
  const { state, focus } = useTabState(tabId);
  return { tabId, state, focus, hostname: state ? safeHostname(state.url) : '' };
}
