// The background's parts against @webext-core/fake-browser (what wxt/testing provides): tab
// states and badge, the message router, the side panel's fallback, presence, the context menu.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/fake-browser';
import { routeMessages } from '../../lib/background/router';
import { tabUpdates } from '../../lib/background/tab-updates';
import { TabStates } from '../../lib/background/tab-states';
import { openPanel } from '../../lib/background/side-panel';
import { followTabLoads } from '../../lib/background/presence';
import { onMenuClick } from '../../lib/background/menu-and-commands';
import { loadReports } from '../../lib/report-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { makeClaim } from '../fixtures/claims';
import type { Sender } from '../../lib/receive-message';

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');
type Listener = (raw: unknown, sender: Sender) => Promise<unknown> | undefined;
const page = { id: ID, url: 'https://a.cn/p', tab: { id: 5, windowId: 1 } } as Sender;
const panel: Sender = { id: ID, url: `${ORIGIN}sidepanel.html` };
const bad = makeClaim('illegal', '医保卡可以套现');

let sent: unknown[];
let toTabs: [number, unknown][];
let tabReply: (m: unknown) => unknown;

function setup(settings = DEFAULT_SETTINGS) {
  const updates = tabUpdates(fakeBrowser.action, async () => 'zh');
  const opened: unknown[][] = [];
  const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  routeMessages({
    updates,
    settings: async () => settings,
    openPanel: async (...a: unknown[]) => void opened.push(a),
    runtimeId: ID,
    extensionOrigin: ORIGIN,
  });
  // The listener itself: what it returns is what the sender gets (undefined: no answer).
  const route = listen.mock.calls[0]![0] as Listener;
  listen.mockRestore();
  return { updates, route, opened };
}

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  toTabs = [];
  tabReply = () => undefined;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => void sent.push(m));
  fakeBrowser.tabs.sendMessage = async <M, R>(tabId: number, m: M) => {
    toTabs.push([tabId, m]);
    return tabReply(m) as R;
  };
});

describe('message router', () => {
  it('stores a page’s claims, paints the badge and tells the extension pages', async () => {
    const { route, updates } = setup();
    await route({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims: [bad] }, page);
    const state = await updates.tabs.get(5);
    expect(state).toMatchObject({ tabId: 5, url: 'https://a.cn/p', status: 'ok', claims: [bad], marksHidden: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('1');
    expect(sent).toContainEqual({ type: 'background/tab-state', state });
    // Kept in session storage: a restarted service worker finds it.
    expect(await new TabStates().get(5)).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('keeps a site switched off off, whatever the page reports', async () => {
    const { route, updates } = setup({ ...DEFAULT_SETTINGS, disabledSites: ['a.cn'] });
    await route({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims: [bad], total: 3 }, page);
    expect(await updates.tabs.get(5)).toMatchObject({ status: 'off', claims: [], total: undefined });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('ignores other extensions, malformed messages and messages the sender may not send', async () => {
    const { route } = setup();
    expect(route({ type: 'page/get-tab-state', tabId: 5 }, { ...panel, id: 'other' })).toBeUndefined();
    expect(route({ type: 'page/get-tab-state', tabId: '5' }, panel)).toBeUndefined();
    expect(route({ type: 'page/get-tab-state', tabId: 5 }, page)).toBeUndefined();
    expect(route({ type: 'content/claims', url: 'https://a.cn/', status: 'ok', claims: [] }, panel)).toBeUndefined();
    expect(route({ type: 'reader/report-verdict', url: 'https://b.cn/', quote: 'q', verdict: 'illegal', entry: 'x', suggested: 'accurate', comment: '' }, page)).toBeUndefined();
  });

  it('answers an extension page with a tab’s state', async () => {
    const { route } = setup();
    expect(await route({ type: 'page/get-tab-state', tabId: 9 }, panel)).toEqual({ tabId: 9, url: '', status: 'pending', claims: [] });
  });

  it('stores a report from the page it names', async () => {
    const { route } = setup();
    const report = { url: 'https://a.cn/p', quote: 'q', verdict: 'illegal', entry: 'x', suggested: 'accurate', comment: '' };
    expect(await route({ type: 'reader/report-verdict', ...report }, page)).toBe(true);
    expect(await loadReports()).toMatchObject([report]);
  });

  it('passes reveal and toggle-marks to the tab, and checks the page’s in-view answer', async () => {
    const { route } = setup();
    await route({ type: 'page/reveal', tabId: 5, index: 2 }, panel);
    expect(toTabs).toEqual([[5, { type: 'page/reveal', tabId: 5, index: 2 }]]);
    tabReply = () => ({ type: 'content/in-view', above: 1, below: 2 });
    expect(await route({ type: 'page/get-in-view', tabId: 5 }, panel)).toEqual({ type: 'content/in-view', tabId: 5, above: 1, below: 2 });
    tabReply = () => ({ type: 'content/in-view', above: -1, below: 2 });
    expect(await route({ type: 'page/get-in-view', tabId: 5 }, panel)).toBeNull();
  });

  it('opens the panel for a content script’s own tab only, at the claim asked for', async () => {
    const { route, updates, opened } = setup();
    await route({ type: 'reader/open-panel', tabId: 99, index: 3 }, page);
    expect(opened).toEqual([[5, 1, 3]]);
    expect((await updates.tabs.get(5)).focus).toEqual({ index: 3 });
    expect(sent).toContainEqual({ type: 'background/focus', tabId: 5, index: 3 });
  });

  it('passes in-view counts on to the extension pages with the sender’s tab', async () => {
    const { route } = setup();
    expect(route({ type: 'content/in-view', above: 4, below: 0 }, page)).toBeUndefined();
    expect(sent).toEqual([{ type: 'content/in-view', tabId: 5, above: 4, below: 0 }]);
  });
});

describe('side panel', () => {
  it('falls back to a tab where the browser has no side panel', async () => {
    await openPanel(5, 1, 2);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${ORIGIN}sidepanel.html?tabId=5&claim=2`);
  });

  it('opens Chrome’s side panel where there is one', async () => {
    const open = vi.fn(async () => {});
    vi.stubGlobal('chrome', { sidePanel: { open } });
    try {
      await openPanel(5, 1);
      expect(open).toHaveBeenCalledWith({ tabId: 5, windowId: 1 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('presence', () => {
  it('clears a loading tab, and marks it unsupported when no content script answers', async () => {
    const { updates } = setup();
    await updates.update(5, { url: 'https://a.cn/', status: 'ok', claims: [bad] });
    const onLoad = followTabLoads(updates, async () => {});
    await onLoad(5, { status: 'loading' });
    expect(await updates.tabs.get(5)).toMatchObject({ status: 'pending', claims: [] });
    fakeBrowser.tabs.sendMessage = async () => {
      throw new Error('no receiver');
    };
    await onLoad(5, { status: 'complete' });
    expect((await updates.tabs.get(5)).status).toBe('unsupported');
  });

  it('leaves a pending tab pending while its content script answers', async () => {
    const { updates } = setup();
    const onLoad = followTabLoads(updates, async () => {});
    await onLoad(5, { status: 'loading' });
    await onLoad(5, { status: 'complete' });
    expect(toTabs).toEqual([[5, { type: 'background/report' }]]);
    expect((await updates.tabs.get(5)).status).toBe('pending');
  });
});

describe('context menu', () => {
  it('opens the panel on the selection, cut to its longest', async () => {
    const { updates } = setup();
    const opened: unknown[][] = [];
    await onMenuClick(updates, async (...a) => void opened.push(a))({ menuItemId: 'check-selection', selectionText: 'x'.repeat(6000) }, { id: 5, windowId: 1 });
    expect(opened).toEqual([[5, 1]]);
    expect((await updates.tabs.get(5)).focus?.selection).toHaveLength(5000);
    expect(sent.at(-1)).toEqual({ type: 'background/focus', tabId: 5, selection: 'x'.repeat(5000) });
  });
});
