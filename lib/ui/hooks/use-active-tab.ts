import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/**
 * The tab to show: `fixed` when given (sidepanel.html?tabId=N), else the active tab of this
 * window, followed as the user switches tabs or windows.
 * @return null until the active tab is known
 */
export function useActiveTab(fixed: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    setTabId(fixed);
    if (fixed !== null) return;
    let live = true;
    let windowId: number | undefined;
    const refresh = (): void => {
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => {
          if (!live || tab?.id === undefined) return;
          windowId = tab.windowId;
          setTabId(tab.id);
        })
        .catch(() => {});
    };
    // Another window's tab switch is not ours to follow: the panel belongs to its own window.
    const onActivated = (info: { tabId: number; windowId?: number }): void => {
      if (windowId === undefined || info.windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged.addListener(refresh);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged.removeListener(refresh);
    };
  }, [fixed]);
  return tabId;
}
