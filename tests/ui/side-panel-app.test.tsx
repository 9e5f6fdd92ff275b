// @vitest-environment happy-dom
// The side panel wired to a fake background: which tab it shows, and how it follows changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/fake-browser';
import { fakeBackground, type FakeBackground } from '../fakes/fake-background';
import type { TabState } from '../../lib/messages';
import { saveSettings } from '../../lib/settings';
import { SidePanelApp } from '../../lib/ui/apps/side-panel-app';
import { PAGE_CLAIMS, claim, tabState, verdicts } from './helpers';
import { advance, settle } from './settle';

/** What the fake background knows, per tab. */
let tabs: Map<number, TabState>;

let bg: FakeBackground;
beforeEach(() => {
  bg = fakeBackground();
  tabs = new Map([
    [7, tabState(PAGE_CLAIMS, { tabId: 7 })],
    [8, tabState([claim('illegal', '到药店刷卡换现金')], { tabId: 8, url: 'https://b.example.cn/' })],
  ]);
  bg.answer = (m) => {
    const msg = m as { type: string; tabId: number };
    return msg.type === 'page/get-tab-state' ? (tabs.get(msg.tabId) ?? { tabId: msg.tabId, url: '', status: 'pending', claims: [] }) : undefined;
  };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const activate = (tabId: number) =>
  act(() => {
    void fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: 0 });
  });

const app = async (fixedTab: number | null = null, initialClaim: number | null = null) => {
  const r = render(<SidePanelApp fixedTab={fixedTab} initialClaim={initialClaim} />);
  await settle();
  return r;
};

describe('side panel app', () => {
  it('shows the active tab and follows the user to another tab', async () => {
    const { container } = await app();
    expect(verdicts(container)).toEqual(PAGE_CLAIMS.map((c) => c.verdict));
    activate(8);
    await settle();
    expect(verdicts(container)).toEqual(['illegal']);
    expect(bg.sent).toContainEqual({ type: 'page/get-tab-state', tabId: 8 });
  });

  it('drops the verdict filter when the user moves to another tab', async () => {
    const { container } = await app();
    fireEvent.click(screen.getByRole('button', { name: /准确/ }));
    expect(verdicts(container)).toEqual(['accurate']);
    activate(8);
    await settle();
    expect(verdicts(container)).toEqual(['illegal']);
    expect(screen.getByRole('button', { name: /全部/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opened as sidepanel.html?tabId=N shows tab N and does not follow', async () => {
    const { container } = await app(8);
    expect(verdicts(container)).toEqual(['illegal']);
    activate(7);
    await settle();
    expect(verdicts(container)).toEqual(['illegal']);
  });

  it('updates when the background broadcasts a new state for its tab, and only for its tab', async () => {
    const { container } = await app(7);
    act(() => bg.deliver({ type: 'background/tab-state', state: tabState([claim('accurate', '医保卡不能取现')], { tabId: 8 }) }));
    expect(verdicts(container)).toHaveLength(5);
    act(() => bg.deliver({ type: 'background/tab-state', state: tabState([], { tabId: 7, status: 'pending' }) }));
    expect(screen.getByRole('status').textContent).toContain('正在核查本页');
    act(() => bg.deliver({ type: 'background/tab-state', state: tabState([claim('accurate', '医保卡不能取现')], { tabId: 7 }) }));
    expect(verdicts(container)).toEqual(['accurate']);
  });

  it('ignores messages from other extensions and malformed claims', async () => {
    const { container } = await app(7);
    act(() => {
      void fakeBrowser.runtime.onMessage.trigger(
        { type: 'background/tab-state', state: tabState([], { tabId: 7 }) },
        { id: 'someone-else' },
      );
    });
    expect(verdicts(container)).toHaveLength(5);
    act(() => bg.deliver({ type: 'background/tab-state', state: { tabId: 7, url: '', status: 'ok', claims: [{ text: '<img>', verdict: 'fine' }] } }));
    expect(verdicts(container)).toHaveLength(5);
  });

  it('asks the background to reveal claim N in its tab', async () => {
    await app(7);
    fireEvent.click(screen.getAllByRole('button', { name: '在页面中显示' })[3]!);
    expect(bg.sent).toContainEqual({ type: 'page/reveal', tabId: 7, index: 3 });
  });

  it('opened at a claim (?claim=K) focuses that claim once the claims arrive', async () => {
    const { container } = await app(7, 2);
    expect(document.activeElement).toBe(container.querySelector('[data-index="2"]'));
  });

  it('focuses the claim the background asks for', async () => {
    const { container } = await app(7);
    act(() => bg.deliver({ type: 'background/focus', tabId: 7, index: 4 }));
    expect(document.activeElement).toBe(container.querySelector('[data-index="4"]'));
  });

  it('speaks the language and uses the region of the settings, following changes', async () => {
    const { container } = await app(7);
    expect(container.querySelector('.hotline')!.textContent).toContain('设置中填写所在地区');
    await act(async () => {
      await saveSettings({ language: 'en', region: { province: '山东省', city: '威海市' } });
    });
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Claims on this page');
    expect(document.documentElement.lang).toBe('en');
    expect(container.querySelector('.region')!.textContent).toContain('威政发〔2008〕10号');
  });

  it('turns a site that is off back on for that site only', async () => {
    tabs.set(7, tabState([], { tabId: 7, status: 'off', url: 'https://news.example.cn/a' }));
    await saveSettings({ disabledSites: ['news.example.cn', 'other.example.cn'] });
    await app(7);
    fireEvent.click(screen.getByRole('button', { name: '在本网站开启' }));
    await settle();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { disabledSites: string[] };
    expect(stored.disabledSites).toEqual(['other.example.cn']);
  });

  it('shows where the tab’s claims lie in its view, follows the page, and steps through them there', async () => {
    const answer = bg.answer;
    bg.answer = (m) => ((m as { type: string }).type === 'page/get-in-view' ? { type: 'content/in-view', above: 2, below: 3 } : answer(m));
    const { container } = await app(7);
    expect(bg.sent).toContainEqual({ type: 'page/get-in-view', tabId: 7 });
    const counts = () => container.querySelector('.claim-nav .in-view')!.textContent;
    expect(counts()).toBe('↑ 2 条在上方 · ↓ 3 条在下方');
    // The background passes the page's changes on, tab by tab.
    act(() => bg.deliver({ type: 'content/in-view', tabId: 7, above: 4, below: 1 }));
    expect(counts()).toBe('↑ 4 条在上方 · ↓ 1 条在下方');
    act(() => bg.deliver({ type: 'content/in-view', tabId: 8, above: 0, below: 0 }));
    act(() => bg.deliver({ type: 'content/in-view', above: 9, below: 9 }));
    expect(counts()).toBe('↑ 4 条在上方 · ↓ 1 条在下方');
    fireEvent.click(screen.getByRole('button', { name: '跳到页面中的下一条说法' }));
    fireEvent.click(screen.getByRole('button', { name: '跳到页面中的上一条说法' }));
    expect(bg.sent).toContainEqual({ type: 'page/navigate', tabId: 7, direction: 1 });
    expect(bg.sent.at(-1)).toEqual({ type: 'page/navigate', tabId: 7, direction: -1 });
  });

  it('asks again when the background is not ready, or the tab is still pending', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const answer = bg.answer;
    bg.answer = (m) => {
      // The tab's state is what is asked again; where its claims lie in the view is asked apart.
      if ((m as { type?: string }).type !== 'page/get-tab-state') return answer(m);
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 2) return tabState([], { tabId: 7, status: 'pending', url: '' });
      return answer(m);
    };
    const { container } = await app(7);
    expect(screen.getByRole('status').textContent).toContain('正在核查本页');
    await advance(1400);
    expect(calls).toBe(3);
    expect(verdicts(container)).toHaveLength(5);
  });
});
