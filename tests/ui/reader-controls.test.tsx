// @vitest-environment happy-dom
// The views' side of the reader's controls: dismiss and report in the side panel, the undo list,
// hiding the page's marks and pausing the site from the popup (the options page's side is in
// options-reports.test.tsx).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBackground, type FakeBackground } from '../fakes/fake-background';
import type { TabState } from '../../lib/messages';
import { endOfDay, loadSettings } from '../../lib/settings';
import { setDismissed } from '../../lib/dismissals';
import type { ReaderActions } from '../../lib/ui/helpers/reader-actions';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import { SidePanelApp } from '../../lib/ui/apps/side-panel-app';
import { PopupApp } from '../../lib/ui/apps/popup-app';
import { PAGE_CLAIMS, renderIn, tabState, verdicts } from './helpers';
import { settle } from './settle';

const URL_A = 'https://news.example.cn/a';

let bg: FakeBackground;
beforeEach(() => {
  bg = fakeBackground();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const actions = () => ({ dismiss: vi.fn<ReaderActions['dismiss']>(), report: vi.fn<ReaderActions['report']>() });

const panel = (o: { state?: TabState; dismissed?: string[]; actions?: ReaderActions; pausedUntil?: number | null } = {}) =>
  renderIn(
    'zh',
    <SidePanelView
      state={o.state ?? tabState()}
      focus={null}
      region={null}
      onShow={() => {}}
      dismissed={o.dismissed}
      actions={o.actions}
      pausedUntil={o.pausedUntil}
    />,
  );

describe('side panel: dismissing a claim', () => {
  it('gives every claim a dismiss and a report button, and dismisses by the claim’s words', () => {
    const a = actions();
    const { container } = panel({ actions: a });
    expect(container.querySelectorAll('[data-verdict] button[data-action="dismiss"]')).toHaveLength(5);
    expect(container.querySelectorAll('[data-verdict] button[data-action="report"]')).toHaveLength(5);
    fireEvent.click(container.querySelector('[data-index="2"] button[data-action="dismiss"]')!);
    expect(a.dismiss).toHaveBeenCalledWith('收医保卡余额，八折回收', false);
  });

  it('has no such buttons without actions (a page opened outside the extension)', () => {
    const { container } = panel();
    expect(container.querySelector('[data-action="dismiss"], [data-action="report"]')).toBeNull();
  });

  it('leaves dismissed claims out at once, counts without them, and keeps the page’s indices', () => {
    const a = actions();
    const { container } = panel({ actions: a, dismissed: ['收医保卡余额，八折回收', '医保卡可以在ATM取现'] });
    expect(verdicts(container)).toEqual(['accurate', 'misleading', 'region-dependent']);
    expect([...container.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-index'))).toEqual(['1', '3', '4']);
    expect(within(screen.getByRole('group', { name: '按结论筛选' })).getByRole('button', { name: /全部/ }).textContent).toBe('全部3');
  });

  it('lists the page’s dismissed claims, each with an undo', () => {
    const a = actions();
    panel({ actions: a, dismissed: ['收医保卡余额，八折回收'] });
    const section = screen.getByRole('region', { name: '本页已隐藏的说法（1）' });
    expect(section.querySelector('.quote')!.textContent).toBe('收医保卡余额，八折回收');
    fireEvent.click(within(section).getByRole('button', { name: '撤销 收医保卡余额，八折回收' }));
    expect(a.dismiss).toHaveBeenCalledWith('收医保卡余额，八折回收', true);
  });

  it('says until when a paused site is off', () => {
    const until = new Date(2026, 10, 26, 0, 0).getTime();
    panel({ state: tabState([], { status: 'off' }), pausedUntil: until });
    expect(screen.getByRole('status').textContent).toBe('本网站今天暂停标注，11月26日 00:00 恢复。');
  });
});

describe('side panel: reporting a wrong verdict', () => {
  it('opens a form under the claim, offers the other verdicts and “not a claim”, and records the choice and comment', () => {
    const a = actions();
    const { container } = panel({ actions: a });
    const item = container.querySelector('[data-index="0"]')!;
    fireEvent.click(item.querySelector('button[data-action="report"]')!);
    const form = within(item as HTMLElement).getByRole('form', { name: '报告结论有误' });
    const select = within(form).getByLabelText('你认为正确的结论') as HTMLSelectElement;
    expect(document.activeElement).toBe(select);
    expect([...select.options].map((o) => o.textContent)).toEqual(['请选择', '准确', '因地而异', '违法', '不是一条说法']);
    // Nothing is recorded without a choice.
    fireEvent.submit(form);
    expect(a.report).not.toHaveBeenCalled();
    fireEvent.change(select, { target: { value: 'accurate' } });
    fireEvent.input(within(form).getByLabelText('补充说明（可不填）'), { target: { value: ' 本地可以 ' } });
    fireEvent.click(within(form).getByRole('button', { name: '记录' }));
    expect(a.report).toHaveBeenCalledWith(PAGE_CLAIMS[0], 'accurate', '本地可以');
    expect(item.querySelector('form')).toBeNull();
    expect(item.querySelector('.saved[role="status"]')!.textContent).toBe('✓ 已记录，谢谢。可在设置页导出。');
  });

  it('closes the form on cancel without recording', () => {
    const a = actions();
    const { container } = panel({ actions: a });
    fireEvent.click(container.querySelector('[data-index="1"] button[data-action="report"]')!);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(container.querySelector('form')).toBeNull();
    expect(a.report).not.toHaveBeenCalled();
  });
});

describe('side panel app with storage', () => {
  beforeEach(() => {
    bg.answer = (m) => ((m as { type: string }).type === 'page/get-tab-state' ? tabState(PAGE_CLAIMS, { tabId: 7, url: `${URL_A}#top` }) : undefined);
  });

  it('sends dismissals and reports to the background for the tab’s page, and follows the stored dismissals', async () => {
    const { container } = render(<SidePanelApp fixedTab={7} initialClaim={null} />);
    await settle();
    fireEvent.click(container.querySelector('[data-index="0"] button[data-action="dismiss"]')!);
    expect(bg.sent).toContainEqual({ type: 'reader/dismiss', url: `${URL_A}#top`, text: '医保卡可以在ATM取现', undo: false });
    // The background stores it (the fake one does not): the panel follows storage.
    await act(async () => {
      await setDismissed(URL_A, '医保卡可以在ATM取现', true);
    });
    expect(verdicts(container)).toHaveLength(4);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '撤销 医保卡可以在ATM取现' }));
    fireEvent.click(container.querySelector('[data-index="1"] button[data-action="report"]')!);
    fireEvent.change(screen.getByLabelText('你认为正确的结论'), { target: { value: 'not-a-claim' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    expect(bg.sent).toContainEqual({
      type: 'reader/report-verdict',
      url: `${URL_A}#top`,
      quote: '医保卡里的钱不能取现',
      verdict: 'accurate',
      entry: 'atm-counter-withdrawal',
      suggested: 'not-a-claim',
      comment: '',
    });
  });
});

describe('popup: hiding the marks and pausing the site', () => {
  let state: TabState;
  beforeEach(() => {
    state = tabState(PAGE_CLAIMS, { tabId: 7, url: URL_A });
    bg.answer = (m) => ((m as { type: string }).type === 'page/get-tab-state' ? state : undefined);
  });

  it('asks the background to hide the page’s marks, and names the button by what it will do', async () => {
    render(<PopupApp fixedTab={7} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '隐藏本页标注' }));
    expect(bg.sent).toContainEqual({ type: 'reader/toggle-marks', tabId: 7 });
    act(() => bg.deliver({ type: 'background/tab-state', state: { ...state, marksHidden: true } }));
    expect(screen.getByRole('button', { name: '显示本页标注' }).getAttribute('data-action')).toBe('toggle-marks');
  });

  it('offers no marks to hide on a page that was not checked', async () => {
    state = tabState([], { tabId: 7, url: URL_A, status: 'off' });
    render(<PopupApp fixedTab={7} />);
    await settle();
    expect(document.querySelector('[data-action="toggle-marks"]')).toBeNull();
  });

  it('pauses the site until the end of the day, says until when, and the switch turns it back on', async () => {
    render(<PopupApp fixedTab={7} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: '今天暂停 news.example.cn 的标注' }));
    await settle();
    const { pausedSites, disabledSites } = await loadSettings();
    expect(Object.keys(pausedSites)).toEqual(['news.example.cn']);
    expect(pausedSites['news.example.cn']).toBe(endOfDay(Date.now()));
    expect(disabledSites).toEqual([]);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(/^本网站今天暂停标注，\d+月\d+日 00:00 恢复。$/);
    expect(document.querySelector('[data-action="pause-site"]')).toBeNull();
    fireEvent.click(toggle);
    await settle();
    expect((await loadSettings()).pausedSites).toEqual({});
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });
});
