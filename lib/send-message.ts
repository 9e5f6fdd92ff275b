// The one way any part sends a message: typed by lib/messages.ts, so a sender cannot build a
// message the receiver would refuse, and a request's answer is checked against its message's
// reply schema here, once, for every caller (an answer may carry a page's data).
import browser from 'webextension-polyfill';
import { parseReply, type Message, type ReplyTo } from './messages';

/** Sends `message` to the extension (the background, and the extension pages for a broadcast); never throws. */
export function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => {
    // No one listens (no extension page open, the background restarting): nothing to do.
  });
}

/**
 * Sends `message` to the extension and waits for the background's answer, checked against the
 * message's reply schema; rejects when no one answers.
 * @return the answer, typed by the message; undefined when it is not a valid answer (or the message has none)
 */
export function request<M extends Message>(message: M): Promise<ReplyTo<M['type']> | undefined> {
  return browser.runtime.sendMessage(message).then((raw: unknown) => parseReply<M['type']>(message.type, raw));
}

/** Sends `message` to the content script of tab `tabId`; never throws. */
export function sendToTab(tabId: number, message: Message): void {
  browser.tabs.sendMessage(tabId, message).catch(() => {});
}

/**
 * Sends `message` to the content script of tab `tabId` and waits for its answer, checked as
 * `request` checks one (the content script runs in the page); rejects when there is none.
 */
export function requestTab<M extends Message>(tabId: number, message: M): Promise<ReplyTo<M['type']> | undefined> {
  return browser.tabs.sendMessage(tabId, message).then((raw: unknown) => parseReply<M['type']>(message.type, raw));
}
