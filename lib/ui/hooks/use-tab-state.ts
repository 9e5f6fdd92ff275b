import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseMessage, type FocusMessage, type TabState } from '../../messages';

export interface TabView {
  /** What the background knows about the tab; null until it answers. */
  state: TabState | null;
  /** The latest request to show a claim or a checked selection in this tab. */
  focus: FocusMessage | null;
}

/**
 * The state of a tab as the background reports it, kept current by its broadcasts and by
 * asking again when the tab navigates (a broadcast may be missed while the worker restarts).
 * @param tabId null while the tab is not known yet
 */
export function useTabState(tabId: number | null): TabView {
  const [view, setView] = useState<TabView>({ state: null, focus: null });
  useEffect(() => {
    setView({ state: null, focus: null });
    if (tabId === null) return;
    let live = true;
    const ask = (): void => {
      browser.runtime
        .sendMessage({ type: 'get-tab-state', tabId })
        .then((raw: unknown) => {
          // The answer is checked like any message: the claims in it came from a web page.
          const reply = parseMessage({ type: 'tab-state', state: raw });
          if (!live || reply?.type !== 'tab-state') return;
          const { state } = reply;
          setView((v) => ({ state, focus: state.focus ? { type: 'focus', tabId, ...state.focus } : v.focus }));
        })
        .catch(() => live && setView((v) => ({ ...v, state: { tabId, url: '', status: 'pending', claims: [] } })));
    };
    ask();
    const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender): undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = parseMessage(raw);
      if (m?.type === 'tab-state' && m.state.tabId === tabId) setView((v) => ({ ...v, state: m.state }));
      if (m?.type === 'focus' && m.tabId === tabId) setView((v) => ({ ...v, focus: m }));
      return undefined;
    };
    const onUpdated = (updated: number, change: { status?: string }): void => {
      if (updated === tabId && change.status === 'complete') ask();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated?.addListener(onUpdated);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated?.removeListener(onUpdated);
    };
  }, [tabId]);
  return view;
}
