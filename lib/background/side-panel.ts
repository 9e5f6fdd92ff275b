// Opening the side panel for a tab from the background, with a tab as the fallback.
import browser from 'webextension-polyfill';
import { nativeSidePanel } from '../side-panel-api';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox); where neither can open (no API, or outside a
 * user gesture), opens the panel's page in a tab instead, at claim `index` if given.
 */
export async function openPanel(tabId: number, windowId?: number, index?: number): Promise<void> {
  const open = nativeSidePanel();
  try {
    if (open) return await open(tabId, windowId);
  } catch {
    // Outside a user gesture the panel may refuse to open.
  }
  const claim = index === undefined ? '' : `&claim=${index}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}${claim}`) });
}
