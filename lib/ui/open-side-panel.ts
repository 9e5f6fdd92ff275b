import browser from 'webextension-polyfill';
import { request } from '../send-message';

type ChromeSidePanel = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) from an extension page. Must be called
 * straight from a click: both browsers open it only inside a user gesture. Where neither API
 * is there or it refuses, the background is asked to open it (it falls back to a tab).
 * @return true when the panel opened here, so the popup may close
 */
export async function openSidePanel(tabId: number): Promise<boolean> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const firefoxApi = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  try {
    if (chromeApi?.open) {
      await chromeApi.open({ tabId });
      return true;
    }
    if (firefoxApi?.open) {
      await firefoxApi.open();
      return true;
    }
  } catch {
    // Refused (no gesture, an older browser): the background has a fallback.
  }
  await request({ type: 'open-panel', tabId }).catch(() => {});
  return false;
}
