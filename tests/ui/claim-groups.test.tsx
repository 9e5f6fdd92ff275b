// @vitest-environment happy-dom
// Claims that share a reason are one group in the side panel: the reason and its sources once,
// each claim's words under it with its own buttons; a page that repeats one dated local scheme
// gets one note, and the 12393 advice is said once for the panel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import type { Claim } from '../../lib/engine';
import type { TabState } from '../../lib/messages';
import type { Region } from '../../lib/settings';
import type { ReaderActions } from '../../lib/ui/helpers/reader-actions';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import { LIST_PAGE } from '../../lib/ui/helpers/list-page';
import { GUIDANCE, REGULATION, claim, renderIn, tabState, verdicts } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const RULE = '国办发〔2021〕14号明确个人账户不得用于体育健身等不属于基本医疗保险保障范围的支出；过去个别地方的做法已不再允许。';
const RULE_EN = 'The personal account may not pay for fitness; what some places once allowed no longer holds.';
const GYM_QUOTES = [
  '医保卡余额可以刷卡健身了',
  '从今年7月起，医保卡余额可以支付健身房费用',
  '医保卡里的钱可以直接刷卡办健身卡',
  '医保个人账户可以用来游泳、打羽毛球',
  '职工医保卡余额可以用于购买健身卡',
  '退休人员的医保卡也可以在健身房刷卡消费',
  '医保卡余额可以支付健身房费用，每年限额1000元',
  '用医保卡刷健身卡',
];
const gym = (text: string, i: number): Claim =>
  claim('misleading', text, {
    entry: 'fitness-wellness',
    sources: [GUIDANCE],
    explanation:
      i % 2 === 0
        ? { zh: `这句话的意思是“医保卡余额可以支付健身房费用”，这与现行规定不符、已过时或容易让人误解。${RULE}`, en: `The sentence says, in effect, “医保卡余额可以支付健身房费用”, which contradicts current rules, is outdated, or misleads. ${RULE_EN}` }
        : { zh: `这句话与现行规定不符、已过时或容易让人误解。${RULE}`, en: `The sentence contradicts current rules, is outdated, or misleads. ${RULE_EN}` },
  });
const ATM = claim('accurate', '医保卡不能在ATM机取现', { entry: 'atm-counter-withdrawal', sources: [REGULATION] });
/** A dated local scheme: eight claims on one entry, one other claim between them. */
const SCHEME: Claim[] = [...GYM_QUOTES.slice(0, 3).map(gym), ATM, ...GYM_QUOTES.slice(3).map((q, i) => gym(q, i + 3))];

const HOTLINE_ZH = '具体以当地规定为准，请向当地医保局核实，或拨打全国医保服务热线12393。';
const local = (text: string): Claim =>
  claim('region-dependent', text, {
    entry: 'relocation-payout',
    explanation: { zh: `这句话只在部分地区或特定条件下成立。余额一般随医保关系转移，部分地方办理退付。${HOTLINE_ZH}`, en: 'x' },
  });

const actions = () => ({ dismiss: vi.fn<ReaderActions['dismiss']>(), report: vi.fn<ReaderActions['report']>() });

const panel = (state: TabState, o: { region?: Region | null; onShow?: (i: number) => void; actions?: ReaderActions; lang?: 'zh' | 'en'; focus?: { index: number } } = {}) =>
  renderIn(
    o.lang ?? 'zh',
    <SidePanelView state={state} focus={o.focus ?? null} region={o.region ?? null} onShow={o.onShow ?? (() => {})} actions={o.actions} />,
  );

const topItems = (root: Element) => [...root.querySelectorAll('ol.claims > li')];

describe('claims that share a reason', () => {
  it('are one group: the reason and the sources once, every claim’s words under it, in page order', () => {
    const { container } = panel(tabState(SCHEME));
    const items = topItems(container);
    expect(items.map((li) => li.className)).toEqual(['claim-group', 'claim']);
    const group = items[0]!;
    expect(group.getAttribute('data-group-verdict')).toBe('misleading');
    expect(group.querySelector('.group-count')!.textContent).toBe('8 条说法，理由相同');
    expect(group.querySelectorAll('.explanation')).toHaveLength(1);
    expect(group.querySelector('.explanation')!.textContent).toBe(`这几条说法与现行规定不符、已过时或容易让人误解。${RULE}`);
    expect(group.querySelectorAll('.sources')).toHaveLength(1);
    const quotes = [...group.querySelectorAll('li.claim')];
    expect(quotes.map((q) => q.querySelector('blockquote')!.textContent)).toEqual(GYM_QUOTES);
    expect(quotes.map((q) => q.getAttribute('data-index'))).toEqual(['0', '1', '2', '4', '5', '6', '7', '8']);
    expect(quotes.map((q) => q.querySelector('.claim-number')!.textContent)).toEqual(['第 1 条', '第 2 条', '第 3 条', '第 5 条', '第 6 条', '第 7 条', '第 8 条', '第 9 条']);
    // The one note of the page: the rule is in the panel once, not eight times.
    expect(container.textContent!.split(RULE)).toHaveLength(2);
    expect(container.textContent).not.toContain('这句话');
    // Every claim is still itself: one verdict per claim, the summary counts claims.
    expect(verdicts(container)).toEqual([...Array<string>(8).fill('misleading'), 'accurate']);
    expect(within(screen.getByRole('group', { name: '按结论筛选' })).getByRole('button', { name: /误导/ }).textContent).toBe('!误导8');
  });

  it('keep each claim’s own buttons: show in page, dismiss, report (its form under that claim), share', () => {
    const onShow = vi.fn();
    const a = actions();
    const { container } = panel(tabState(SCHEME), { onShow, actions: a });
    const quote = container.querySelector('.claim-group li.claim[data-index="5"]')!;
    fireEvent.click(within(quote as HTMLElement).getByRole('button', { name: '在页面中显示' }));
    expect(onShow).toHaveBeenCalledWith(5);
    expect(container.querySelectorAll('.claim-group button[data-action="share"]')).toHaveLength(8);
    fireEvent.click(quote.querySelector('button[data-action="dismiss"]')!);
    expect(a.dismiss).toHaveBeenCalledWith(GYM_QUOTES[4], false);
    fireEvent.click(quote.querySelector('button[data-action="report"]')!);
    expect(container.querySelectorAll('form')).toHaveLength(1);
    expect(quote.querySelector('form')).not.toBeNull();
  });

  it('bring the claim asked for into view and focus it, inside its group', () => {
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const { container } = panel(tabState(SCHEME), { focus: { index: 6 } });
    expect(document.activeElement).toBe(container.querySelector('.claim-group [data-index="6"]'));
  });

  it('are cut a page at a time by claims, and grow to reach a claim asked for further down', () => {
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const many = Array.from({ length: LIST_PAGE + 30 }, (_, i) => gym(`医保卡余额可以支付健身房费用第${i}回`, i));
    const { container } = panel(tabState([ATM, ...many]));
    expect(container.querySelectorAll('li.claim')).toHaveLength(LIST_PAGE);
    fireEvent.click(screen.getByRole('button', { name: '再显示 31 条' }));
    expect(container.querySelectorAll('li.claim')).toHaveLength(LIST_PAGE + 31);
    cleanup();
    const asked = panel(tabState([ATM, ...many]), { focus: { index: LIST_PAGE + 20 } }).container;
    expect(document.activeElement).toBe(asked.querySelector(`[data-index="${LIST_PAGE + 20}"]`));
  });

  it('stay groups when the list is filtered by verdict', () => {
    const { container } = panel(tabState(SCHEME));
    fireEvent.click(within(screen.getByRole('group', { name: '按结论筛选' })).getByRole('button', { name: /误导/ }));
    expect(topItems(container).map((li) => li.className)).toEqual(['claim-group']);
    fireEvent.click(within(screen.getByRole('group', { name: '按结论筛选' })).getByRole('button', { name: /准确/ }));
    expect(topItems(container).map((li) => li.getAttribute('data-index'))).toEqual(['3']);
  });

  it('read the same in English', () => {
    const { container } = panel(tabState(SCHEME), { lang: 'en' });
    const group = topItems(container)[0]!;
    expect(group.querySelector('.group-count')!.textContent).toBe('8 claims, one reason');
    expect(group.querySelector('.explanation')!.textContent).toBe(`These claims contradict current rules, are outdated, or mislead. ${RULE_EN}`);
  });
});

describe('a page of region-dependent claims', () => {
  const page = [local('离开本市时个人账户余额可以退还本人'), local('户口迁走后医保余额可以退'), local('调动工作离开本市，个人账户可以一次性退还'), ATM];

  it('gets one note with its region line, and names 12393 once, above the list', () => {
    const { container } = panel(tabState(page), { region: { province: '山东省', city: '济南市' } });
    expect(topItems(container)).toHaveLength(2);
    expect(container.querySelectorAll('.region')).toHaveLength(1);
    expect(container.querySelector('.region')!.textContent).toContain('数据里还没有济南市的规定。');
    expect(container.textContent!.match(/12393/g)).toHaveLength(1);
    const note = container.querySelector('.hotline')!;
    expect(note.textContent).toContain('12393');
    expect(note.compareDocumentPosition(container.querySelector('ol.claims')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.claim-group .explanation')!.textContent).toBe('这几条说法只在部分地区或特定条件下成立。余额一般随医保关系转移，部分地方办理退付。');
  });

  it('without a region, the note says where to set it, once', () => {
    const { container } = panel(tabState(page));
    expect(container.querySelectorAll('.region')).toHaveLength(0);
    expect(container.textContent!.match(/设置中填写所在地区/g)).toHaveLength(1);
  });

  it('leaves the advice out of a lone claim’s explanation too', () => {
    const { container } = panel(tabState([page[0]!, ATM]), { region: { province: '湖南省' } });
    expect(container.querySelector('li.claim[data-verdict="region-dependent"] .explanation')!.textContent).toBe(
      '这句话只在部分地区或特定条件下成立。余额一般随医保关系转移，部分地方办理退付。',
    );
    expect(container.textContent!.match(/12393/g)).toHaveLength(1);
  });

  it('with no region-dependent claim, has no hotline note', () => {
    const { container } = panel(tabState([ATM]));
    expect(container.querySelector('.hotline')).toBeNull();
  });
});
