// The context menu's 核查所选文字 and the keyboard commands.
import browser from 'webextension-polyfill';
import { MENU_ID } from '../browser-labels';
import { commandMessage } from '../keyboard-commands';
import { resolveLang, translate } from '../i18n';
import { MAX_SELECTION } from '../messages';
import { send, sendToTab } from '../send-message';
import type { Settings } from '../settings';
import type { TabUpdates } from './tab-updates';

/** Creates the menu item, in the language of the options (runtime.onInstalled). */
export function createMenu(settings: Settings): void {
  browser.contextMenus.create({ id: MENU_ID, title: translate(resolveLang(settings.language), 'contextMenuCheck'), contexts: ['selection'] });
}

/** What a click on the menu item does: open the side panel on the checked selection (contextMenus.onClicked). */
export function onMenuClick(updates: TabUpdates, openPanel: (tabId: number, windowId?: number) => Promise<void>) {
  return async (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }): Promise<void> => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const selection = (info.selectionText ?? '').slice(0, MAX_SELECTION);
    // Open first: the panel must open inside the click's user gesture.
    const opened = openPanel(tab.id, tab.windowId);
    await updates.update(tab.id, { focus: { selection } });
    await opened;
    send({ type: 'background/focus', tabId: tab.id, selection });
  };
}

/** What a keyboard command does: passed to the active tab's content script (commands.onCommand). */
export async function onCommand(command: string): Promise<void> {
  if (!commandMessage(command, 0)) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const message = tab?.id === undefined ? null : commandMessage(command, tab.id);
  if (tab?.id !== undefined && message) sendToTab(tab.id, message);
}
