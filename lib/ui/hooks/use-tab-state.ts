import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseMessage, type FocusMessage, type TabState } from '../../messages';

/**
 * The state of a tab as the background reports it, kept current.
 * @param tabId null while the tab is not known yet
 */
export function useTabState(tabId: number | null): { state: TabState | null; focus: FocusMessage | null } {
  const [state, setState] = useState<TabState | null>(null);
  const [focus, setFocus] = useState<FocusMessage | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    setState(null);
    browser.runtime
      .sendMessage({ type: 'get-tab-state', tabId })
      .then((s: unknown) => {
        if (!live) return;
        const reply = parseMessage({ type: 'tab-state', state: s });
        if (reply?.type !== 'tab-state') return;
        setState(reply.state);
        if (reply.state.focus) setFocus({ type: 'focus', tabId, ...reply.state.focus });
      })
      .catch(() => live && setState({ tabId, url: '', status: 'pending', claims: [] }));
    const listener = (raw: unknown, sender: browser.Runtime.MessageSender): undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = parseMessage(raw);
      if (m?.type === 'tab-state' && m.state.tabId === tabId) setState(m.state);
      if (m?.type === 'focus' && m.tabId === tabId) setFocus(m);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId]);
  return { state, focus };
}
