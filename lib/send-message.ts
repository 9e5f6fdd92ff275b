// The one way any part sends a message: typed by lib/messages.ts, so a sender cannot build a
// message the receiver would refuse, and a request's answer has its message's reply type.
// Answers still cross a trust boundary where a page sent them: the receiver checks them.
import browser from 'webextension-polyfill';
import type { Message, ReplyTo } from './messages';

/** Sends `message` to the extension (the background, and the extension pages for a broadcast); never throws. */
export function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => {
    // No one listens (no extension page open, the background restarting): nothing to do.
  });
}

/**
 * Sends `message` to the extension and waits for the background's answer, typed by the message;
 * rejects when no one answers. An answer that carries a page's data (claims) is still worth checking.
 */
export function request<M extends Message>(message: M): Promise<ReplyTo<M['type']>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyTo<M['type']>>;
}

/** Sends `message` to the content script of tab `tabId`; never throws. */
export function sendToTab(tabId: number, message: Message): void {
  browser.tabs.sendMessage(tabId, message).catch(() => {});
}

/** Sends `message` to the content script of tab `tabId` and waits for its answer, unknown until checked (the content script runs in the page); rejects when there is none. */
export function requestTab<M extends Message>(tabId: number, message: M): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
