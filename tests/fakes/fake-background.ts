// A stand-in for the background in component tests, on the fake browser's runtime messaging:
// it records what the page sends, answers as a test tells it, and delivers the background's
// broadcasts to the page.
import { fakeBrowser } from './fake-browser';

export interface FakeBackground {
  /** Every message the page sent, in order. */
  sent: unknown[];
  /** Answers a message the page sent, as the background would (undefined: no answer). */
  answer: (message: unknown) => unknown;
  /** Delivers `message` to the page's listeners as if the background had sent it. */
  deliver(message: unknown): void;
}

/** Resets the fake browser and puts a fake background behind it. */
export function fakeBackground(): FakeBackground {
  fakeBrowser.reset();
  const background: FakeBackground = {
    sent: [],
    answer: () => undefined,
    deliver: (message) => void fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }),
  };
  // fake-browser hands the page's own messages to every listener with an empty sender; the
  // background's deliveries carry the extension's id, and are not the background's to answer.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== undefined) return undefined;
    background.sent.push(message);
    return Promise.resolve(background.answer(message));
  });
  return background;
}
