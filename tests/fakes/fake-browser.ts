// Unit and component tests run outside a browser: @webext-core/fake-browser (what wxt/testing
// installs) stands in for webextension-polyfill (vitest.config.ts). It leaves a few parts the
// extension uses unimplemented; they are filled in here, in its style (events with `trigger`,
// state cleared by `reset()`): the browser's language, the active tab, messages to a tab's
// content script, the context menu and the keyboard commands.
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: any[]) => unknown;

/** An event like fake-browser's own: listeners, and `trigger` to fire it from a test. */
function event<A extends unknown[]>() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...args: A) => unknown) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: (...args: A) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void (listeners.length = 0),
    trigger: async (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

const DEFAULTS = { uiLanguage: 'zh-CN', activeTab: 7 };
/** What tests may set; back to the defaults at each reset. */
export const browserState = { ...DEFAULTS };

const commands = { onCommand: event<[string]>() };
const contextMenus = {
  /** The menu items created, by id. */
  items: new Map<string | number, Record<string, unknown>>(),
  create(item: { id?: string | number }) {
    contextMenus.items.set(item.id ?? contextMenus.items.size, { ...item });
    return item.id ?? 0;
  },
  async update(id: string | number, changes: Record<string, unknown>) {
    const item = contextMenus.items.get(id);
    if (!item) throw new Error(`no menu item ${id}`);
    Object.assign(item, changes);
  },
  onClicked: event<[{ menuItemId: string | number; selectionText?: string }, { id?: number; windowId?: number }?]>(),
};

const queryTabs = fakeBrowser.tabs.query;
Object.assign(fakeBrowser.tabs, {
  // fake-browser has no way to make a tab active: the active tab of the current window is `browserState.activeTab`.
  query: async (info: Parameters<typeof queryTabs>[0]) =>
    info.active ? [{ id: browserState.activeTab, index: 0, windowId: 0, active: true, highlighted: true, incognito: false, pinned: false }] : queryTabs(info),
  // No content script listens until a test says otherwise, as in a browser tab without one.
  sendMessage: async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  },
});
const sendToTab = fakeBrowser.tabs.sendMessage;
Object.assign(fakeBrowser.i18n, { getUILanguage: () => browserState.uiLanguage });
Object.assign(fakeBrowser, { commands, contextMenus });

const reset = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  reset();
  Object.assign(browserState, DEFAULTS);
  fakeBrowser.tabs.sendMessage = sendToTab;
  commands.onCommand.removeAllListeners();
  contextMenus.onClicked.removeAllListeners();
  contextMenus.items.clear();
};

/** The menu items the extension created, by id. */
export const menuItems = contextMenus.items;
/** commands.onCommand, with `trigger` to press a shortcut. */
export const onCommand = commands.onCommand;
export { fakeBrowser };
export default fakeBrowser;
