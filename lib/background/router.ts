// The background's messages: who may send which (lib/messages.ts), then what each does.
import { allowedFrom, ownPage, senderRole, type Message } from '../messages';
import { isEnabledFor, type Settings } from '../settings';
import { setDismissed } from '../dismissals';
import { addReport } from '../report-store';
import { safeHostname } from '../ui/helpers/hostname';
import { send, requestTab } from '../send-message';
import { onMessages, type Handlers, type Sender } from '../receive-message';
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

/** Listens for the background's messages; @return a function that stops listening */
export function routeMessages(deps: RouterDeps): () => void {
  const { updates } = deps;
  const role = (sender: Sender) => senderRole(sender, deps.runtimeId, deps.extensionOrigin);
  /** A content script speaks for its own page only. */
  const mayName = (url: string, sender: Sender): boolean => role(sender) !== 'content' || ownPage(url, sender.url);

  /** Passes a message on to a tab's content script; answered (with nothing) once the page has it. */
  const passOn = (tabId: number, message: Message): Promise<undefined> => requestTab(tabId, message).then(() => undefined, () => undefined);

  const handlers: Handlers = {
    'content/claims': (message, sender) => {
      const senderTab = sender.tab?.id;
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
    },
    'reader/dismiss': (message, sender) => {
      if (!mayName(message.url, sender)) return undefined;
      return setDismissed(message.url, message.text, !message.undo).then(() => true, () => false);
    },
    'reader/report-verdict': ({ type: _, ...report }, sender) => {
      if (!mayName(report.url, sender)) return undefined;
      return addReport(report).then((r) => r !== null, () => false);
    },
    'page/get-tab-state': (message) => updates.tabs.get(message.tabId),
    'reader/open-panel': (message, sender) => {
      const senderTab = sender.tab?.id;
      const tabId = role(sender) === 'content' ? senderTab : (message.tabId ?? senderTab);
      if (tabId === undefined) return undefined;
      const { index } = message;
      const opened = deps.openPanel(tabId, sender.tab?.windowId, index);
      return updates
        .update(tabId, { focus: index === undefined ? undefined : { index } })
        .then(() => opened)
        .then(() => {
          if (index !== undefined) send({ type: 'background/focus', tabId, index });
        });
    },
    // Passed on to the tab's content script.
    'reader/toggle-marks': (message) => requestTab(message.tabId, message).catch(() => undefined),
    'page/reveal': (message) => passOn(message.tabId, message),
    'page/navigate': (message) => passOn(message.tabId, message),
    'page/get-in-view': (message) =>
      requestTab(message.tabId, message).then(
        (reply) => (reply ? { ...reply, tabId: message.tabId } : null),
        () => null,
      ),
    'content/in-view': (message, sender) => {
      // Where the claims are, for the tab's side panel: passed on, not stored.
      const senderTab = sender.tab?.id;
      if (senderTab !== undefined) send({ type: 'content/in-view', tabId: senderTab, above: message.above, below: message.below });
    },
  };

  // Only this extension's own scripts and pages, each with the messages it may send.
  return onMessages(handlers, {
    accept: (message, sender) => {
      const r = role(sender);
      return r !== null && allowedFrom(r, message);
    },
  });
}
