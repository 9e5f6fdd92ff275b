// startBackground wired to @webext-core/fake-browser: the browser's events reach the right parts,
// and the parts share one record of each tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, menuItems, onCommand } from '../fakes/fake-browser';
import { startBackground } from '../../lib/background/main';
import { MENU_ID } from '../../lib/browser-labels';
import { saveSettings } from '../../lib/settings';
import type { Sender } from '../../lib/receive-message';
import { makeClaim } from '../fixtures/claims';

const ID = fakeBrowser.runtime.id;
const page: Sender = { id: ID, url: 'https://a.cn/p', tab: { id: 5, windowId: 1 } as Sender['tab'] };
const panel: Sender = { id: ID, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const claims = [makeClaim('illegal', '医保卡可以套现'), makeClaim('misleading', '医保卡可以在ATM取现'), makeClaim('accurate', '医保卡不能取现')];

/** What the background broadcast to the extension pages. */
let broadcast: unknown[];
/** What the background sent to tabs' content scripts. */
let toTabs: [number, unknown][];

/** Lets the background's chains of promises (storage, badge, answers) run out. */
const idle = () => new Promise((r) => setTimeout(r, 0));

/** A message as the browser hands it to the background's listeners; @return the first answer */
async function receive(message: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  await idle();
  return answers.find((a) => a !== undefined);
}

const stateOf = (tabId: number) => receive({ type: 'page/get-tab-state', tabId }, panel);

beforeEach(async () => {
  fakeBrowser.reset();
  broadcast = [];
  toTabs = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => void broadcast.push(m));
  fakeBrowser.tabs.sendMessage = async <M, R>(tabId: number, m: M) => {
    toTabs.push([tabId, m]);
    return undefined as R;
  };
  startBackground();
  await idle();
});

describe('startBackground', () => {
  it('takes a page’s claims into its tab’s state, badge and broadcast, and answers the panel with them', async () => {
    await receive({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims }, page);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('医保核查：本页有 2 条误导或违法说法');
    const state = await stateOf(5);
    expect(state).toMatchObject({ tabId: 5, url: 'https://a.cn/p', status: 'ok', claims });
    expect(broadcast).toContainEqual({ type: 'background/tab-state', state });
    // Other tabs are untouched.
    expect(await stateOf(6)).toEqual({ tabId: 6, url: '', status: 'pending', claims: [] });
  });

  it('forgets a closed tab, and clears a tab that starts loading another page', async () => {
    await receive({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims }, page);
    await receive({ type: 'content/claims', url: 'https://b.cn/q', status: 'ok', claims }, { ...page, url: 'https://b.cn/q', tab: { id: 6 } as Sender['tab'] });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await idle();
    expect(await stateOf(5)).toEqual({ tabId: 5, url: '', status: 'pending', claims: [] });
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, { id: 6 } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2]);
    await idle();
    expect(await stateOf(6)).toMatchObject({ status: 'pending', claims: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });

  it('repaints the badges in the language the options choose', async () => {
    await receive({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims }, page);
    await saveSettings({ language: 'en' });
    await idle();
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Yibao Check: 2 misleading or illegal claims on this page');
  });

  it('creates the menu item on install, and passes keyboard commands to the active tab', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menuItems.get(MENU_ID)).toMatchObject({ title: '核查所选文字', contexts: ['selection'] });
    await onCommand.trigger('next-claim');
    await idle();
    expect(toTabs).toEqual([[7, { type: 'background/step', direction: 1 }]]);
  });

  it('refuses a claims report from an extension page', async () => {
    await receive({ type: 'content/claims', url: 'https://a.cn/p', status: 'ok', claims }, panel);
    expect(await stateOf(5)).toMatchObject({ status: 'pending', claims: [] });
    expect(broadcast).toEqual([]);
  });
});
