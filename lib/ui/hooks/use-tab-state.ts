import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../../send-message';
import type { FocusMessage, TabState } from '../../messages';
import { onMessages } from '../../receive-message';

export interface TabView {
  /** What the background knows about the tab; null until it answers. */
  state: TabState | null;
  /** The latest request to show a claim or a checked selection in this tab. */
  focus: FocusMessage | null;
}

/**
 * Waits before asking again: the background's service worker may be starting (the request
 * fails), or a broadcast may be lost while it restarts (the tab stays pending).
 */
const RETRY_MS = [250, 1000, 3000];

/**
 * The state of a tab as the background reports it, kept current by its broadcasts, by asking
 * again when the tab navigates, and by asking again a few times while the answer is missing or pending.
 * @param tabId null while the tab is not known yet
 */
export function useTabState(tabId: number | null): TabView {
  const [view, setView] = useState<TabView>({ state: null, focus: null });
  useEffect(() => {
    setView({ state: null, focus: null });
    if (tabId === null) return;
    const id = tabId;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const retry = (): void => {
      const wait = RETRY_MS[attempt++];
      if (wait !== undefined) timer = setTimeout(ask, wait);
    };
    function ask(): void {
      request({ type: 'page/get-tab-state', tabId: id })
        .then((state) => {
          if (!live) return;
          // Not a tab's state (request checked it: the claims in it came from a web page).
          if (!state) return retry();
          setView((v) => ({
            // A broadcast that overtook this answer is newer: keep it.
            state: v.state && v.state.status !== 'pending' && state.status === 'pending' ? v.state : state,
            focus: state.focus ? { type: 'background/focus', tabId: id, ...state.focus } : v.focus,
          }));
          if (state.status === 'pending') retry();
        })
        .catch(() => {
          if (!live) return;
          setView((v) => (v.state ? v : { ...v, state: { tabId: id, url: '', status: 'pending', claims: [] } }));
          retry();
        });
    }
    ask();
    const stopListening = onMessages({
      'background/tab-state': (m) => {
        if (m.state.tabId === tabId) setView((v) => ({ ...v, state: m.state }));
      },
      'background/focus': (m) => {
        if (m.tabId === tabId) setView((v) => ({ ...v, focus: m }));
      },
    });
    const onUpdated = (updated: number, change: { status?: string }): void => {
      if (updated !== tabId || change.status !== 'complete') return;
      attempt = 0;
      ask();
    };
    browser.tabs.onUpdated?.addListener(onUpdated);
    return () => {
      live = false;
      clearTimeout(timer);
      stopListening();
      browser.tabs.onUpdated?.removeListener(onUpdated);
    };
  }, [tabId]);
  return view;
}
