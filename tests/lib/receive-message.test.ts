// The one message receiver: checked messages reach their handler, nothing else does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/fake-browser';
import { messageListener, onMessages, type Sender } from '../../lib/receive-message';

const own: Sender = { id: fakeBrowser.runtime.id };
const step = { type: 'background/step', direction: -1 } as const;

beforeEach(() => fakeBrowser.reset());

describe('messageListener', () => {
  it('hands a valid message, typed, to its handler and answers with a promise of the reply', async () => {
    const getState = vi.fn((m: { tabId: number }) => ({ tabId: m.tabId, url: '', status: 'pending' as const, claims: [] }));
    const onStep = vi.fn();
    const listen = messageListener({ 'page/get-tab-state': getState, 'background/step': onStep });
    const answer = listen({ type: 'page/get-tab-state', tabId: 4, extra: 'dropped' }, own);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual({ tabId: 4, url: '', status: 'pending', claims: [] });
    expect(getState).toHaveBeenCalledWith({ type: 'page/get-tab-state', tabId: 4 }, own);
    expect(onStep).not.toHaveBeenCalled();
  });

  it('refuses a message its schema rejects: no handler runs, no answer', () => {
    const onStep = vi.fn();
    const listen = messageListener({ 'background/step': onStep });
    expect(listen({ type: 'background/step', direction: 2 }, own)).toBeUndefined();
    expect(listen({ type: 'background/step' }, own)).toBeUndefined();
    expect(onStep).not.toHaveBeenCalled();
  });

  it('does not answer a type it has no handler for, nor a message without a type', () => {
    const onStep = vi.fn();
    const listen = messageListener({ 'background/step': onStep });
    expect(listen({ type: 'page/reveal', tabId: 1, index: 0 }, own)).toBeUndefined();
    expect(listen({ type: 'toString' }, own)).toBeUndefined();
    expect(listen(null, own)).toBeUndefined();
    expect(listen('background/step', own)).toBeUndefined();
    expect(onStep).not.toHaveBeenCalled();
  });

  it('does not answer a handler that returns nothing', () => {
    const onStep = vi.fn();
    expect(messageListener({ 'background/step': onStep })(step, own)).toBeUndefined();
    expect(onStep).toHaveBeenCalledWith(step, own);
  });

  it('refuses other extensions, and senders the accept rule turns away', async () => {
    const onReport = vi.fn(() => true);
    const listen = messageListener({ 'background/report': onReport }, { accept: (_m, s) => s.tab === undefined });
    const report = { type: 'background/report' };
    expect(listen(report, { id: 'another-extension' })).toBeUndefined();
    expect(listen(report, { ...own, tab: { id: 3 } as Sender['tab'] })).toBeUndefined();
    expect(onReport).not.toHaveBeenCalled();
    expect(await listen(report, own)).toBe(true);
  });
});

describe('onMessages', () => {
  it('listens until unsubscribed', async () => {
    const onStep = vi.fn();
    const stop = onMessages({ 'background/step': onStep });
    await fakeBrowser.runtime.onMessage.trigger(step, own);
    expect(onStep).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.runtime.onMessage.trigger(step, own);
    expect(onStep).toHaveBeenCalledTimes(1);
  });
});
