// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, act } from '@testing-library/preact';
import { analyze, lookup } from '../../lib/engine';
import type { TabState } from '../../lib/messages';
import { SidePanelView } from '../../lib/ui/side-panel-app';
import { LookupBox, LOOKUP_DEBOUNCE_MS } from '../../lib/ui/lookup-box';
import { OptionsView, PROVINCES } from '../../lib/ui/options-app';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { resolveLang } from '../../lib/i18n';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PAGE = '医保卡可以在ATM取现。医保卡里的钱不能取现。医保个人账户可以购买商业健康保险。收医保卡余额，八折回收。';
const state = (claims = analyze(PAGE)): TabState => ({ tabId: 1, url: 'https://a.cn/p', status: 'ok', claims });
const items = (root: Element) => [...root.querySelectorAll('[data-verdict]')].map((e) => e.getAttribute('data-verdict'));

describe('side panel', () => {
  it('lists one [data-verdict] item per claim, in page order, with counts per verdict', () => {
    const { container } = render(<SidePanelView state={state()} focus={null} lang="zh" region={null} onShow={() => {}} />);
    expect(items(container)).toEqual(['misleading', 'accurate', 'region-dependent', 'illegal']);
    expect(screen.getByRole('button', { name: /全部\s*4/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /误导\s*1/ })).toBeTruthy();
  });

  it('filters by verdict and back', () => {
    const { container } = render(<SidePanelView state={state()} focus={null} lang="zh" region={null} onShow={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /违法\s*1/ }));
    expect(items(container)).toEqual(['illegal']);
    expect(screen.getByRole('button', { name: /违法\s*1/ }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /全部/ }));
    expect(items(container)).toHaveLength(4);
  });

  it('shows sources as title and 文号, linked only when a URL is known', () => {
    const [claim] = analyze('医保卡可以在ATM取现。');
    const withUrl = { ...claim!, sources: [{ ...claim!.sources[1]!, url: 'https://www.gov.cn/x' }, claim!.sources[0]!] };
    const { container } = render(<SidePanelView state={state([withUrl])} focus={null} lang="zh" region={null} onShow={() => {}} />);
    const links = [...container.querySelectorAll('.sources a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toContain('国办发〔2021〕14号');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelectorAll('.sources li')).toHaveLength(2);
  });

  it('asks to show a claim in the page', () => {
    const onShow = vi.fn();
    render(<SidePanelView state={state()} focus={null} lang="zh" region={null} onShow={onShow} />);
    fireEvent.click(screen.getAllByRole('button', { name: '在页面中显示' })[2]!);
    expect(onShow).toHaveBeenCalledWith(2);
  });

  it('says plainly when the page is pending, unsupported, turned off or has no claims', () => {
    const view = (s: TabState | null) => render(<SidePanelView state={s} focus={null} lang="zh" region={null} onShow={() => {}} />);
    expect(view(null).container.textContent).toContain('正在核查');
    cleanup();
    expect(view({ ...state(), status: 'unsupported' }).container.textContent).toContain('无法核查');
    cleanup();
    expect(view({ ...state(), status: 'off' }).container.textContent).toContain('已关闭');
    cleanup();
    const empty = view(state([]));
    expect(empty.container.textContent).toContain('没有发现');
    expect(empty.container.querySelectorAll('[data-verdict]')).toHaveLength(0);
  });

  it('tells a region-dependent claim what is known for the reader’s region, or where to ask', () => {
    const payout = analyze('医保个人账户余额在离开本市时可以申请退还本人，迁移至非本统筹区也可以提取。');
    const rd = payout.find((c) => c.verdict === 'region-dependent')!;
    const known = render(<SidePanelView state={state([rd])} focus={null} lang="zh" region={{ province: '山东省', city: '威海市' }} onShow={() => {}} />);
    expect(known.container.querySelector('.region')!.textContent).toContain('威政发〔2008〕10号');
    cleanup();
    const unknown = render(<SidePanelView state={state([rd])} focus={null} lang="zh" region={{ province: '湖南省' }} onShow={() => {}} />);
    expect(unknown.container.querySelector('.region')!.textContent).toContain('12393');
  });

  it('renders page text as text, never as markup', () => {
    const [claim] = analyze('医保卡可以在ATM取现。');
    const evil = { ...claim!, text: '<img src=x onerror=alert(1)>医保卡可以取现' };
    const { container } = render(<SidePanelView state={state([evil])} focus={null} lang="zh" region={null} onShow={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe('<img src=x onerror=alert(1)>医保卡可以取现');
  });

  it('shows the result of checking a selection', () => {
    const { container } = render(
      <SidePanelView state={state([])} focus={{ type: 'focus', tabId: 1, selection: '到药店刷医保卡换现金' }} lang="zh" region={null} onShow={() => {}} />,
    );
    expect(items(container)).toContain('illegal');
  });

  it('speaks English when asked', () => {
    render(<SidePanelView state={state()} focus={null} lang="en" region={null} onShow={() => {}} />);
    expect(screen.getByRole('button', { name: /Misleading\s*1/ })).toBeTruthy();
    expect(screen.getAllByText(/cannot be withdrawn|ATM/).length).toBeGreaterThan(0);
  });
});

describe('lookup box', () => {
  it('looks up once typing pauses and shows verdicts', async () => {
    vi.useFakeTimers();
    const spy = vi.fn((q: string) => lookup(q));
    const { container } = render(<LookupBox lang="zh" lookup={spy} />);
    const input = screen.getByLabelText('输入或粘贴一个说法或问题') as HTMLInputElement;
    expect(input.type).toBe('search');
    fireEvent.input(input, { target: { value: '医保卡' } });
    fireEvent.input(input, { target: { value: '医保卡里的钱可以去ATM取现吗' } });
    expect(spy).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LOOKUP_DEBOUNCE_MS + 10);
    });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(items(container)[0]).toBe('misleading');
  });

  it('says so when nothing matches', async () => {
    vi.useFakeTimers();
    const { container } = render(<LookupBox lang="zh" lookup={() => []} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '今天天气' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LOOKUP_DEBOUNCE_MS + 10);
    });
    expect(container.textContent).toContain('没有找到');
  });
});

describe('options', () => {
  it('offers the 31 provinces and saves each change at once', async () => {
    const save = vi.fn(async (_: Partial<Settings>) => {});
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.cn', 'b.cn'] };
    render(<OptionsView settings={settings} save={save} />);
    expect(PROVINCES).toHaveLength(31);
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '广东省' } });
    expect(save).toHaveBeenLastCalledWith({ region: { province: '广东省' } });
    fireEvent.click(screen.getByRole('button', { name: /移除\s*a\.cn/ }));
    expect(save).toHaveBeenLastCalledWith({ disabledSites: ['b.cn'] });
    fireEvent.click(screen.getAllByRole('switch')[0]!);
    expect(save).toHaveBeenLastCalledWith({ enabled: false });
  });
});

describe('language', () => {
  it('follows the setting, or the browser for auto', () => {
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('zh_CN', 'en-US')).toBe('zh');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
  });
});
