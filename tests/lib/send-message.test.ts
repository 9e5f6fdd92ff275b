// The one sender: a request's answer is checked against its message's reply schema, once, here.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/fake-browser';
import { request, requestTab } from '../../lib/send-message';
import { parseReply, type TabState } from '../../lib/messages';

const pending: TabState = { tabId: 4, url: '', status: 'pending', claims: [] };

/** From now on the background answers every message with `answer`, unchecked (as a buggy or hostile receiver might). */
function answerWith(answer: unknown): void {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onMessage.addListener(async () => answer);
}

beforeEach(() => fakeBrowser.reset());

describe('request', () => {
  it('gives back a valid answer, typed by its message', async () => {
    answerWith(pending);
    const state = await request({ type: 'page/get-tab-state', tabId: 4 });
    expect(state).toEqual(pending);
    // Typed: the tab state's fields, no cast.
    const status: TabState['status'] | undefined = state?.status;
    expect(status).toBe('pending');
    answerWith(true);
    const hidden: boolean | undefined = await request({ type: 'reader/toggle-marks', tabId: 4 });
    expect(hidden).toBe(true);
  });

  it('drops unknown fields of an answer', async () => {
    answerWith({ ...pending, extra: 'dropped' });
    expect(await request({ type: 'page/get-tab-state', tabId: 4 })).toEqual(pending);
  });

  it('refuses an answer its reply schema rejects: undefined, not the answer', async () => {
    answerWith({ ...pending, status: 'hacked' });
    expect(await request({ type: 'page/get-tab-state', tabId: 4 })).toBeUndefined();
    answerWith('true');
    expect(await request({ type: 'reader/dismiss', url: 'https://a.cn/', text: 'x', undo: false })).toBeUndefined();
  });

  it('answers nothing for a message that has no answer, whatever came back', async () => {
    answerWith({ anything: true });
    expect(await request({ type: 'reader/open-panel', tabId: 4 })).toBeUndefined();
  });

  it('rejects, as before, when no one listens', async () => {
    await expect(request({ type: 'page/get-tab-state', tabId: 4 })).rejects.toThrow();
  });
});

describe('requestTab', () => {
  it('checks a content script’s answer: the in-view numbers or null', async () => {
    fakeBrowser.tabs.sendMessage = async <M, R>(_tabId: number, _m: M) => ({ type: 'content/in-view', above: 1, below: 2 }) as R;
    expect(await requestTab(3, { type: 'page/get-in-view', tabId: 3 })).toEqual({ type: 'content/in-view', above: 1, below: 2 });
    fakeBrowser.tabs.sendMessage = async <M, R>(_tabId: number, _m: M) => null as R;
    expect(await requestTab(3, { type: 'page/get-in-view', tabId: 3 })).toBeNull();
    fakeBrowser.tabs.sendMessage = async <M, R>(_tabId: number, _m: M) => ({ type: 'content/in-view', above: -1, below: 2 }) as R;
    expect(await requestTab(3, { type: 'page/get-in-view', tabId: 3 })).toBeUndefined();
    fakeBrowser.tabs.sendMessage = async <M, R>(_tabId: number, _m: M) => 'yes' as R;
    expect(await requestTab(3, { type: 'reader/toggle-marks', tabId: 3 })).toBeUndefined();
  });

  it('rejects when the tab has no content script', async () => {
    await expect(requestTab(3, { type: 'background/report' })).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('parseReply', () => {
  it('knows each answered message’s reply, and none for the rest', () => {
    expect(parseReply('reader/toggle-marks', true)).toBe(true);
    expect(parseReply('reader/toggle-marks', 1)).toBeUndefined();
    expect(parseReply('page/get-in-view', null)).toBeNull();
    expect(parseReply('page/reveal', true)).toBeUndefined();
  });
});
