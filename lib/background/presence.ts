// Whether a tab has a content script: a tab that finished loading and is still pending is asked,
// and marked unsupported when no one answers (a browser page, the web store, a PDF).
import { requestTab } from '../send-message';
import type { TabUpdates } from './tab-updates';

/** Grace after a tab finished loading before asking its content script again whether it is there. */
export const PING_AFTER_MS = 1500;

/** What to do when a tab starts or finishes loading (tabs.onUpdated). */
export function followTabLoads(updates: TabUpdates, wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))) {
  return async (tabId: number, change: { status?: string }): Promise<void> => {
    if (change.status === 'loading') {
      await updates.update(tabId, { status: 'pending', claims: [], focus: undefined, marksHidden: false, total: undefined, counts: undefined });
    } else if (change.status === 'complete') {
      // Still pending: the content script is busy, or was there all along (an in-page navigation
      // also reports 'loading'), or there is none. Asking at once restores an in-page
      // navigation's claims; asking again later tells the rest apart.
      const ping = (): Promise<boolean> => requestTab(tabId, { type: 'background/report' }).then(() => true, () => false);
      const pending = async (): Promise<boolean> => (await updates.tabs.get(tabId)).status === 'pending';
      if (!(await pending()) || (await ping())) return;
      await wait(PING_AFTER_MS);
      if ((await pending()) && !(await ping()) && (await pending())) await updates.update(tabId, { status: 'unsupported' });
    }
  };
}
