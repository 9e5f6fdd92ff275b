// Background: per-tab state, the action badge, the side panel, the context menu, the keyboard
// commands, and the one writer of the reader's dismissed claims and wrong-verdict reports. Thin:
// the logic lives in lib/.
import browser from 'webextension-polyfill';
import { allowedFrom, ownPage, parseMessage, senderRole, type TabState } from '../lib/messages';
import { TabStates } from '../lib/tab-states';
import { badgeFor } from '../lib/badge';
import { resolveLang, translate, type Lang } from '../lib/i18n';
import { DEFAULT_SETTINGS, isEnabledFor, loadSettings, onSettingsChanged, type Settings } from '../lib/settings';
import { setDismissed } from '../lib/dismissals';
import { addReport } from '../lib/report-store';
import { safeHostname } from '../lib/ui/hostname';
import { applyLabels, MENU_ID } from '../lib/browser-labels';
import { commandMessage } from '../lib/keyboard-commands';

/** Grace after a tab finished loading before asking its content script again whether it is there. */
const PING_AFTER_MS = 1500;

type SidePanelApi = { open(o: { tabId?: number; windowId?: number }): Promise<void>; setPanelBehavior?(o: object): Promise<void> };
type SidebarApi = { open(): Promise<void> };

export default defineBackground(() => {
  const tabs = new TabStates();

  const broadcast = (state: TabState): void => {
    browser.runtime.sendMessage({ type: 'tab-state', state }).catch(() => {
      // No extension page is open.
    });
  };

  // Manifest V3 has `action`; the Firefox (Manifest V2) build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  /** The settings as last read; followed below. */
  let settings: Promise<Settings> = loadSettings().catch(() => DEFAULT_SETTINGS);
  /** The interface language, for the button's title; follows the settings. */
  let lang: Promise<Lang> = settings.then((s) => resolveLang(s.language));

  const showBadge = async (state: TabState): Promise<void> => {
    const tabId = state.tabId;
    const badge = badgeFor(state, await lang);
    await action?.setBadgeText({ tabId, text: badge.text }).catch(() => {});
    await action?.setBadgeBackgroundColor({ tabId, color: badge.background }).catch(() => {});
    // Chrome 110+ and Firefox 63+; without it the browser picks a readable text colour itself.
    await (action as { setBadgeTextColor?(d: { tabId: number; color: string }): Promise<void> } | undefined)
      ?.setBadgeTextColor?.({ tabId, color: badge.color })
      .catch(() => {});
    await action?.setTitle({ tabId, title: badge.title }).catch(() => {});
  };

  onSettingsChanged((changed) => {
    settings = Promise.resolve(changed);
    const next = resolveLang(changed.language);
    void lang.then(async (was) => {
      lang = Promise.resolve(next);
      if (was === next) return;
      await applyLabels({ action, contextMenus: browser.contextMenus }, next);
      for (const state of await tabs.all()) await showBadge(state);
    });
  });
  // The browser names the button and the menu item in its own language; the options may choose another.
  void lang.then((l) => applyLabels({ action, contextMenus: browser.contextMenus }, l));

  const update = async (tabId: number, patch: Partial<Omit<TabState, 'tabId'>>): Promise<TabState> => {
    const state = await tabs.set(tabId, patch);
    await showBadge(state);
    broadcast(state);
    return state;
  };

  /** Opens the side panel (Chrome) or sidebar (Firefox); falls back to a tab where neither can open. */
  const openPanel = async (tabId: number, windowId?: number, index?: number): Promise<void> => {
    const chromeApi = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
    const firefoxApi = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
    try {
      if (chromeApi) return await chromeApi.open({ tabId, windowId });
      if (firefoxApi) return await firefoxApi.open();
    } catch {
      // Outside a user gesture the panel may refuse to open.
    }
    const claim = index === undefined ? '' : `&claim=${index}`;
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}${claim}`) });
  };

  browser.runtime.onInstalled.addListener(async () => {
    const settings = await loadSettings();
    browser.contextMenus.create({
      id: MENU_ID,
      title: translate(resolveLang(settings.language), 'contextMenuCheck'),
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const selection = (info.selectionText ?? '').slice(0, 5000);
    // Open first: the panel must open inside the click's user gesture.
    const opened = openPanel(tab.id, tab.windowId);
    await update(tab.id, { focus: { selection } });
    await opened;
    browser.runtime.sendMessage({ type: 'focus', tabId: tab.id, selection }).catch(() => {});
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (!commandMessage(command, 0)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, commandMessage(command, tab.id)).catch(() => {});
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only this extension's own scripts and pages; never other extensions or web pages. A content
    // script speaks for its own tab only.
    const role = senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const message = role ? parseMessage(raw) : null;
    if (!role || !message || !allowedFrom(role, message)) return undefined;
    const senderTab = sender.tab?.id;
    switch (message.type) {
      case 'claims':
        if (senderTab === undefined) return undefined;
        return settings.then(async (s) => {
          // A site switched off or paused is off, even if a page's report crossed the change.
          const off = message.status === 'off' || !isEnabledFor(s, safeHostname(message.url));
          await update(senderTab, {
            url: message.url,
            status: off ? 'off' : 'ok',
            claims: off ? [] : message.claims,
            marksHidden: message.marksHidden === true,
            total: off ? undefined : message.total,
            counts: off ? undefined : message.counts,
          });
        });
      case 'dismiss':
        if (role === 'content' && !ownPage(message.url, sender.url)) return undefined;
        return setDismissed(message.url, message.text, !message.undo).then(() => true, () => false);
      case 'report-verdict': {
        if (role === 'content' && !ownPage(message.url, sender.url)) return undefined;
        const { type: _, ...report } = message;
        return addReport(report).then((r) => r !== null, () => false);
      }
      case 'toggle-marks':
        return browser.tabs.sendMessage(message.tabId, message).catch(() => undefined);
      case 'get-tab-state':
        return tabs.get(message.tabId);
      case 'open-panel': {
        const tabId = role === 'content' ? senderTab : (message.tabId ?? senderTab);
        if (tabId === undefined) return undefined;
        const opened = openPanel(tabId, sender.tab?.windowId, message.index);
        return update(tabId, { focus: message.index === undefined ? undefined : { index: message.index } })
          .then(() => opened)
          .then(() => {
            if (message.index !== undefined) browser.runtime.sendMessage({ type: 'focus', tabId, index: message.index }).catch(() => {});
          });
      }
      case 'reveal':
      case 'navigate':
        return browser.tabs.sendMessage(message.tabId, message).catch(() => undefined);
      case 'get-in-view':
        // The page's answer is checked like any message from a page.
        return browser.tabs.sendMessage(message.tabId, message).then(
          (raw: unknown) => {
            const reply = parseMessage(raw);
            return reply?.type === 'in-view' ? { ...reply, tabId: message.tabId } : null;
          },
          () => null,
        );
      case 'in-view':
        // Where the claims are, for the tab's side panel: passed on, not stored.
        if (senderTab !== undefined) browser.runtime.sendMessage({ type: 'in-view', tabId: senderTab, above: message.above, below: message.below }).catch(() => {});
        return undefined;
      default:
        return undefined;
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void update(tabId, { status: 'pending', claims: [], focus: undefined, marksHidden: false, total: undefined, counts: undefined });
    } else if (change.status === 'complete') {
      // Still pending: the content script is busy, or was there all along (an in-page navigation
      // also reports 'loading'), or there is none (a browser page, the web store, a PDF). Asking
      // at once restores an in-page navigation's claims; asking again later tells the rest apart.
      void (async () => {
        const ping = (): Promise<boolean> =>
          browser.tabs.sendMessage(tabId, { type: 'report' }).then(
            () => true,
            () => false,
          );
        const pending = async (): Promise<boolean> => (await tabs.get(tabId)).status === 'pending';
        if (!(await pending()) || (await ping())) return;
        await new Promise((r) => setTimeout(r, PING_AFTER_MS));
        if ((await pending()) && !(await ping()) && (await pending())) await update(tabId, { status: 'unsupported' });
      })();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
});
