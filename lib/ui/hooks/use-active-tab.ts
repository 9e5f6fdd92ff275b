import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/**
 * The tab to show: `fixed` when given (sidepanel.html?tabId=N), else the active tab of this
 * window, followed as the user switches tabs.
 */
export function useActiveTab(fixed: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed !== null) return;
    let live = true;
    const refresh = (): void => {
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => live && tab?.id !== undefined && setTabId(tab.id))
        .catch(() => {});
    };
    refresh();
    const onActivated = (info: browser.Tabs.OnActivatedActiveInfoType): void => setTabId(info.tabId);
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

/** Reads a non-negative integer query parameter, or null. */
export function intParam(search: string, name: string): number | null {
  const v = new URLSearchParams(search).get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : null;
}
