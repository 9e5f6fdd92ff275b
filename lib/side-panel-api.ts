// The browser's own side panel, found once for the background and the extension pages: Chrome's
// sidePanel (Chrome 116+, with the sidePanel permission) or Firefox's sidebarAction.
import browser from 'webextension-polyfill';

/** Opens the panel for a tab; both browsers open it only inside a user gesture, and may refuse. */
export type OpenPanel = (tabId: number, windowId?: number) => Promise<void>;

type ChromeSidePanel = { open?(options: { tabId?: number; windowId?: number }): Promise<void> };
type FirefoxSidebar = { open?(): Promise<void> };

/** @return how to open the browser's side panel, or null where it has none */
export function nativeSidePanel(): OpenPanel | null {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (typeof chromeApi?.open === 'function') return (tabId, windowId) => chromeApi.open!(windowId === undefined ? { tabId } : { tabId, windowId });
  const firefoxApi = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (typeof firefoxApi?.open === 'function') return () => firefoxApi.open!();
  return null;
}
