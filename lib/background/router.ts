// The background's one message listener: who sent it, whether it is a message at all and one that
// sender may send, then what to do with it.
import type browser from 'webextension-polyfill';
import { allowedFrom, ownPage, parseMessage, senderRole, type Message } from '../messages';
import { isEnabledFor, type Settings } from '../settings';
import { setDismissed } from '../dismissals';
import { addReport } from '../report-store';
import { safeHostname } from '../ui/helpers/hostname';
import { send, requestTab } from '../send-message';
import type { TabUpdates } from './tab-updates';

export interface RouterDeps {
  updates: TabUpdates;
  /** The settings as last read. */
  settings: () => Promise<Settings>;
  /** Opens the side panel for a tab (lib/background/side-panel.ts). */
  openPanel: (tabId: number, windowId?: number, index?: number) => Promise<void>;
  /** runtime.id and runtime.getURL('/'): who counts as this extension. */
  runtimeId: string;
  extensionOrigin: string;
}

type Sender = browser.Runtime.MessageSender;

/** @return runtime.onMessage's listener: a promise of the answer, or undefined for no answer */
export function messageRouter(deps: RouterDeps) {
  const { updates } = deps;
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    // Only this extension's own scripts and pages; never other extensions or web pages. A content
    // script speaks for its own tab only.
    const role = senderRole(sender, deps.runtimeId, deps.extensionOrigin);
    const message = role ? parseMessage(raw) : null;
    if (!role || !message || !allowedFrom(role, message)) return undefined;
    return route(message, role, sender);
  };

  function route(message: Message, role: 'content' | 'extension', sender: Sender): Promise<unknown> | undefined {
    const senderTab = sender.tab?.id;
    switch (message.type) {
      case 'content/claims':
        if (senderTab === undefined) return undefined;
        return deps.settings().then(async (s) => {
          // A site switched off or paused is off, even if a page's report crossed the change.
          const off = message.status === 'off' || !isEnabledFor(s, safeHostname(message.url));
          await updates.update(senderTab, {
            url: message.url,
            status: off ? 'off' : 'ok',
            claims: off ? [] : message.claims,
            marksHidden: message.marksHidden === true,
            total: off ? undefined : message.total,
            counts: off ? undefined : message.counts,
          });
        });
      case 'reader/dismiss':
        if (role === 'content' && !ownPage(message.url, sender.url)) return undefined;
        return setDismissed(message.url, message.text, !message.undo).then(() => true, () => false);
      case 'reader/report-verdict': {
        if (role === 'content' && !ownPage(message.url, sender.url)) return undefined;
        const { type: _, ...report } = message;
        return addReport(report).then((r) => r !== null, () => false);
      }
      case 'page/get-tab-state':
        return updates.tabs.get(message.tabId);
      case 'reader/open-panel': {
        const tabId = role === 'content' ? senderTab : (message.tabId ?? senderTab);
        if (tabId === undefined) return undefined;
        const { index } = message;
        const opened = deps.openPanel(tabId, sender.tab?.windowId, index);
        return updates
          .update(tabId, { focus: index === undefined ? undefined : { index } })
          .then(() => opened)
          .then(() => {
            if (index !== undefined) send({ type: 'background/focus', tabId, index });
          });
      }
      case 'reader/toggle-marks':
      case 'page/reveal':
      case 'page/navigate':
        return requestTab(message.tabId, message).catch(() => undefined);
      case 'page/get-in-view':
        // The page's answer is checked like any message from a page.
        return requestTab(message.tabId, message).then(
          (raw) => {
            const reply = parseMessage(raw);
            return reply?.type === 'content/in-view' ? { ...reply, tabId: message.tabId } : null;
          },
          () => null,
        );
      case 'content/in-view':
        // Where the claims are, for the tab's side panel: passed on, not stored.
        if (senderTab !== undefined) send({ type: 'content/in-view', tabId: senderTab, above: message.above, below: message.below });
        return undefined;
      default:
        return undefined;
    }
  }
}
