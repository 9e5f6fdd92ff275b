// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { LangContext, type Lang } from '../../lib/ui/helpers/i18n';
import type { TabState } from '../../lib/messages';
import type { Region } from '../../lib/settings';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import { GUIDANCE, PAGE_CLAIMS, REGULATION, answerOf, claim, item, renderIn, tabState, verdicts } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Options {
  lang?: Lang;
  region?: Region | null;
  focus?: { index?: number; selection?: string } | null;
  onShow?: (i: number) => void;
  offEverywhere?: boolean;
  onTurnOn?: () => void;
}

const panel = (state: TabState | null, o: Options = {}) =>
  renderIn(
    o.lang ?? 'zh',
    <SidePanelView
      state={state}
      focus={o.focus ?? null}
      region={o.region ?? null}
      offEverywhere={o.offEverywhere}
      onShow={o.onShow ?? (() => {})}
      onTurnOn={o.onTurnOn}
      lookup={() => answerOf([item('illegal', '药店刷卡换现金')])}
    />,
  );

const filterButton = (name: RegExp) => within(screen.getByRole('group', { name: '按结论筛选' })).getByRole('button', { name });

describe('side panel claim list', () => {
  it('renders one [data-verdict] item per claim, in page order, quoting the page', () => {
    const { container } = panel(tabState());
    expect(verdicts(container)).toEqual(['misleading', 'accurate', 'illegal', 'misleading', 'region-dependent']);
    const quotes = [...container.querySelectorAll('[data-verdict] blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(PAGE_CLAIMS.map((c) => c.text));
  });

  it('counts each verdict in the summary', () => {
    panel(tabState());
    expect(filterButton(/全部/).textContent).toBe('全部5');
    expect(filterButton(/准确/).textContent).toBe('✓准确1');
    expect(filterButton(/因地而异/).textContent).toBe('◐因地而异1');
    expect(filterButton(/误导/).textContent).toBe('!误导2');
    expect(filterButton(/违法/).textContent).toBe('⊘违法1');
  });

  it('names the verdict in words and marks it with its symbol on every item, not by colour alone', () => {
    const { container } = panel(tabState());
    const labels = [...container.querySelectorAll('[data-verdict] .badge')].map((b) => b.textContent);
    expect(labels).toEqual(['!误导', '✓准确', '⊘违法', '!误导', '◐因地而异']);
    // The mark is for the eye; screen readers get the word alone.
    const marks = [...container.querySelectorAll('[data-verdict] .badge .verdict-mark')];
    expect(marks).toHaveLength(5);
    for (const m of marks) expect(m.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('button', { name: /违法/ }).textContent).toContain('⊘');
  });

  it('filters by verdict with pressed toggles, and back to all', () => {
    const { container } = panel(tabState());
    fireEvent.click(filterButton(/误导/));
    expect(verdicts(container)).toEqual(['misleading', 'misleading']);
    expect(filterButton(/误导/).getAttribute('aria-pressed')).toBe('true');
    expect(filterButton(/全部/).getAttribute('aria-pressed')).toBe('false');
    // The items keep their page numbers while filtered.
    expect([...container.querySelectorAll('.claim-number')].map((n) => n.textContent)).toEqual(['第 1 条', '第 4 条']);
    fireEvent.click(filterButton(/误导/));
    expect(verdicts(container)).toHaveLength(5);
    expect(filterButton(/全部/).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when a filter leaves nothing', () => {
    const { container } = panel(tabState([claim('accurate', '医保卡不能取现')]));
    fireEvent.click(filterButton(/违法/));
    expect(verdicts(container)).toEqual([]);
    expect(container.textContent).toContain('本页没有这一类说法');
  });

  it('shows sources as title and 文号, linked only when a URL is known', () => {
    const { container } = panel(tabState([claim('misleading', '医保卡可以在ATM取现', { sources: [REGULATION, GUIDANCE] })]));
    const items = [...container.querySelectorAll('.sources li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '《医疗保障基金使用监督管理条例》国务院令第735号',
      '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》国办发〔2021〕14号',
    ]);
    const link = items[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(REGULATION.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(items[1]!.querySelector('a')).toBeNull();
  });

  it('never links a source address that is not http(s)', () => {
    const { container } = panel(tabState([claim('accurate', '不能取现', { sources: [{ ...GUIDANCE, url: 'javascript:alert(1)' }] })]));
    expect(container.querySelector('.sources a')).toBeNull();
    expect(container.querySelector('.sources li')!.textContent).toContain('国办发〔2021〕14号');
  });

  it('asks to show the claim in the page by its page index, also when filtered', () => {
    const onShow = vi.fn();
    panel(tabState(), { onShow });
    fireEvent.click(filterButton(/违法/));
    fireEvent.click(screen.getByRole('button', { name: '在页面中显示' }));
    expect(onShow).toHaveBeenCalledWith(2);
  });

  it('renders page text as text: markup in a quote creates no element', () => {
    const evil = '<img src=x onerror=alert(1)>医保卡可以取现';
    const { container } = panel(tabState([claim('misleading', evil, { explanation: { zh: '<b>x</b>', en: '' } })]));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe(evil);
  });
});

describe('side panel states', () => {
  it.each([
    ['null (no answer yet)', null, '正在核查本页'],
    ['pending', tabState([], { status: 'pending' }), '正在核查本页'],
    ['unsupported', tabState([], { status: 'unsupported', url: '' }), '这个页面无法核查'],
    ['off for the site', tabState([], { status: 'off' }), '本网站的标注已关闭'],
    ['checked, nothing found', tabState([]), '本页没有发现关于医保取现的说法'],
  ])('%s: says so plainly, lists nothing', (_, state, text) => {
    const { container } = panel(state);
    expect(screen.getByRole('status').textContent).toContain(text);
    expect(verdicts(container)).toEqual([]);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('offers to turn a site back on, but not when annotation is off everywhere', () => {
    const onTurnOn = vi.fn();
    panel(tabState([], { status: 'off' }), { onTurnOn });
    fireEvent.click(screen.getByRole('button', { name: '在本网站开启' }));
    expect(onTurnOn).toHaveBeenCalledOnce();
    cleanup();
    panel(tabState([], { status: 'off' }), { onTurnOn, offEverywhere: true });
    expect(screen.getByRole('status').textContent).toContain('网页标注已全部关闭');
    expect(screen.queryByRole('button', { name: '在本网站开启' })).toBeNull();
  });
});

describe('region-dependent claims', () => {
  const rd = PAGE_CLAIMS[4]!;

  it('show the sourced note for the reader’s region', () => {
    const { container } = panel(tabState([rd]), { region: { province: '山东省', city: '威海市' } });
    const region = container.querySelector('.region')!;
    expect(region.textContent).toContain('山东省 威海市');
    expect(region.textContent).toContain('威政发〔2008〕10号');
  });

  it('say plainly that the data has no rule for the reader’s place where nothing is known', () => {
    const { container } = panel(tabState([rd]), { region: { province: '湖南省' } });
    expect(container.querySelector('.region')!.textContent).toContain('数据里还没有湖南省的规定。');
    cleanup();
    const city = panel(tabState([rd]), { region: { province: '山东省', city: '济南市' } }).container;
    expect(city.querySelector('.region')!.textContent).toContain('数据里还没有济南市的规定。');
  });

  it('without a region, say where to set the region', () => {
    const { container } = panel(tabState([rd]));
    expect(container.textContent).toContain('设置中填写所在地区');
  });

  it('only region-dependent claims carry a region line', () => {
    const { container } = panel(tabState(), { region: { province: '湖南省' } });
    expect(container.querySelectorAll('.region')).toHaveLength(1);
    expect(container.querySelector('.region')!.closest('[data-verdict]')!.getAttribute('data-verdict')).toBe('region-dependent');
  });
});

describe('opened at a claim', () => {
  it('scrolls to it and focuses it', () => {
    const scrolled = vi.fn();
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(scrolled);
    const { container } = panel(tabState(), { focus: { index: 3 } });
    const item = container.querySelector('[data-index="3"]')!;
    expect(document.activeElement).toBe(item);
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('clears a filter that hides the claim asked for', () => {
    const { container, rerender } = panel(tabState());
    fireEvent.click(filterButton(/违法/));
    const focus = { index: 1 };
    rerender(
      <LangContext.Provider value="zh">
        <SidePanelView state={tabState()} focus={focus} region={null} onShow={() => {}} />
      </LangContext.Provider>,
    );
    expect(verdicts(container)).toHaveLength(5);
    expect(document.activeElement).toBe(container.querySelector('[data-index="1"]'));
  });
});

describe('checking a selection', () => {
  it('shows the lookup result above the page’s claims', () => {
    const { container } = panel(tabState([]), { focus: { selection: '到药店刷医保卡换现金' } });
    expect(screen.getByRole('heading', { name: '所选文字的核查结果' })).toBeTruthy();
    expect(container.querySelector('.selection blockquote')!.textContent).toBe('到药店刷医保卡换现金');
    expect(verdicts(container)).toEqual(['illegal']);
  });
});

describe('in English', () => {
  it('labels verdicts, filters, actions and dataset texts in English', () => {
    const { container } = panel(tabState(), { lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Claims on this page');
    expect(within(screen.getByRole('group', { name: 'Filter by verdict' })).getByRole('button', { name: /Misleading/ }).textContent).toBe('!Misleading2');
    expect(screen.getAllByRole('button', { name: 'Show in page' })).toHaveLength(5);
    expect(container.querySelector('.explanation')!.textContent).toBe('Why: 医保卡可以在ATM取现');
    // The page's own words stay as they are.
    expect(container.querySelector('blockquote')!.textContent).toBe('医保卡可以在ATM取现');
  });
});
