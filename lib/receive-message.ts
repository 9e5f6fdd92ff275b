// The one way any part receives messages, the counterpart of send-message.ts: a handler per
// message type, typed by lib/messages.ts. Every message is checked against its schema before a
// handler sees it; one that fails, one from another extension, or one no handler takes is left
// unanswered, so the sender's request rejects as if no one listened.
import browser from 'webextension-polyfill';
import { parseMessage, type Message, type ReplyTo } from './messages';

export type MessageType = Message['type'];
/** The message of type `T`, as its schema gives it. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type Sender = browser.Runtime.MessageSender;

/** What a handler may give back: its message's reply (now or later), or nothing for no answer. */
type Answer<T extends MessageType> = ReplyTo<T> | undefined | void | Promise<ReplyTo<T> | undefined | void>;

/** A handler per message type this part takes; types left out are not its to answer. */
export type Handlers = { [T in MessageType]?: (message: MessageOf<T>, sender: Sender) => Answer<T> };

export interface ReceiveOptions {
  /**
   * Whether this sender may send this (already checked) message; messages from other extensions
   * are refused before this is asked. Default: any part of this extension.
   */
  accept?: (message: Message, sender: Sender) => boolean;
}

/**
 * runtime.onMessage's listener for `handlers`: a promise of the handler's answer, or undefined
 * when the message is not answered here (what webextension-polyfill reads as "not handled").
 */
export function messageListener(handlers: Handlers, options: ReceiveOptions = {}) {
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const message = parseMessage(raw);
    if (!message || (options.accept && !options.accept(message, sender))) return undefined;
    const handler = handlers[message.type] as (m: Message, s: Sender) => unknown;
    const answer = handler(message, sender);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
}

/** Listens for `handlers`' messages; @return a function that stops listening */
export function onMessages(handlers: Handlers, options?: ReceiveOptions): () => void {
  const listener = messageListener(handlers, options);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
