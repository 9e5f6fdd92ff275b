// @vitest-environment happy-dom
// The popup wired to a fake background and storage, with the real engine behind the search box.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/fake-browser';
import { fakeBackground, type FakeBackground } from '../fakes/fake-background';
import type { TabState } from '../../lib/messages';
import { loadSettings, saveSettings } from '../../lib/settings';
import { PopupApp } from '../../lib/ui/apps/popup-app';
import { LOOKUP_DEBOUNCE_MS } from '../../lib/ui/components/lookup-box';
import { PAGE_CLAIMS, tabState, verdicts } from './helpers';
import { advance, settle } from './settle';

let state: TabState;

let bg: FakeBackground;
beforeEach(() => {
  vi.useFakeTimers();
  bg = fakeBackground();
  state = tabState(PAGE_CLAIMS, { tabId: 7, url: 'https://news.example.cn/a' });
  bg.answer = (m) => ((m as { type: string }).type === 'page/get-tab-state' ? state : undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (globalThis as { chrome?: unknown }).chrome;
});

const popup = async () => {
  const r = render(<PopupApp fixedTab={7} />);
  await settle();
  return r;
};

describe('popup', () => {
  it('answers a typed question with the local engine once typing pauses', async () => {
    const { container } = await popup();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '医保卡里的钱可以去ATM取现吗' } });
    await advance(LOOKUP_DEBOUNCE_MS - 1);
    expect(container.querySelectorAll('.search [data-verdict]')).toHaveLength(0);
    await advance(1);
    const results = container.querySelectorAll('.search [data-verdict]');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.getAttribute('data-verdict')).toBe('misleading');
    expect(results[0]!.querySelector('.sources li')!.textContent).toMatch(/《.+》/);
  });

  it('shows the current page’s counts per verdict without listing its claims', async () => {
    const { container } = await popup();
    const counts = [...container.querySelectorAll('.summary .badge')].map((b) => b.textContent);
    expect(counts).toEqual(['✓准确1', '◐因地而异1', '!误导2', '⊘违法1']);
    expect(verdicts(container)).toEqual([]);
  });

  it.each([
    [tabState([], { status: 'pending', url: '' }), '正在核查本页'],
    [tabState([], { status: 'unsupported', url: '' }), '这个页面无法核查'],
    [tabState([]), '本页没有发现相关说法'],
  ])('says what it knows of a page without claims (%#)', async (s, text) => {
    state = { ...s, tabId: 7 };
    const { container } = await popup();
    expect(container.querySelector('.this-page')!.textContent).toContain(text);
    expect(container.querySelector('.summary')).toBeNull();
  });

  it('switches annotation off and on for the current site only', async () => {
    await saveSettings({ disabledSites: ['other.example.cn'] });
    await popup();
    const toggle = screen.getByRole('switch', { name: /在本网站标注\s*news\.example\.cn/ }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['other.example.cn', 'news.example.cn']);
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['other.example.cn']);
  });

  it('cannot switch a site on while annotation is off everywhere, and says why', async () => {
    await saveSettings({ enabled: false });
    await popup();
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toBe('网页标注已全部关闭。');
  });

  it('opens the Chrome side panel itself, from the click', async () => {
    const open = vi.fn(async (_: { tabId?: number }) => {});
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    await popup();
    fireEvent.click(screen.getByRole('button', { name: '打开侧边栏' }));
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    await settle();
    expect(bg.sent).not.toContainEqual(expect.objectContaining({ type: 'reader/open-panel' }));
  });

  it('asks the background to open the panel where the browser has no side panel API', async () => {
    await popup();
    fireEvent.click(screen.getByRole('button', { name: '打开侧边栏' }));
    await settle();
    expect(bg.sent).toContainEqual({ type: 'reader/open-panel', tabId: 7 });
  });

  it('links to the options page', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await popup();
    fireEvent.click(screen.getByRole('link', { name: '设置' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
