// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import type { Lang } from '../../lib/ui/helpers/i18n';
import type { TabState } from '../../lib/messages';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import type { InView } from '../../lib/ui/hooks/use-in-view';
import { answerOf, claim, renderIn, tabState } from './helpers';
import type { Claim } from '../../lib/engine';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const panel = (state: TabState, inView: InView | null, onNavigate?: (d: 1 | -1) => void, lang: Lang = 'zh') =>
  renderIn(
    lang,
    <SidePanelView state={state} focus={null} region={null} onShow={() => {}} lookup={() => answerOf([])} inView={inView} onNavigate={onNavigate} />,
  );

/** `n` claims, each with its own entry, so none is grouped with another. */
const many = (n: number): Claim[] => Array.from({ length: n }, (_, i) => claim(i % 3 ? 'accurate' : 'misleading', `医保卡第${i + 1}条说法`, { entry: `entry-${i}` }));

describe('where the claims are, in the side panel', () => {
  it('says how many claims lie above and below the page’s view', () => {
    panel(tabState(), { above: 3, below: 5 }, () => {});
    const nav = screen.getByRole('group', { name: '说法在页面中的位置' });
    expect(nav.querySelector('.in-view')!.textContent).toBe('↑ 3 条在上方 · ↓ 5 条在下方');
  });

  it('says it in English too', () => {
    panel(tabState(), { above: 0, below: 12 }, () => {}, 'en');
    const nav = screen.getByRole('group', { name: 'Where the claims are on the page' });
    expect(nav.querySelector('.in-view')!.textContent).toBe('↑ 0 above · ↓ 12 below');
    expect(within(nav).getByRole('button', { name: 'Go to the previous claim in the page' }).textContent).toBe('Previous');
  });

  it('has previous and next buttons that ask the page to show the claim before or after its view', () => {
    const onNavigate = vi.fn();
    panel(tabState(), { above: 1, below: 1 }, onNavigate);
    fireEvent.click(screen.getByRole('button', { name: '跳到页面中的下一条说法' }));
    fireEvent.click(document.querySelector('[data-action="prev-claim"]')!);
    expect(onNavigate.mock.calls).toEqual([[1], [-1]]);
  });

  it('shows the buttons before the page has said where its claims are, and none without a page to step through', () => {
    const { container } = panel(tabState(), null, () => {});
    expect(container.querySelector('[data-action="next-claim"]')).not.toBeNull();
    expect(container.querySelector('.in-view')!.textContent).toBe('');
    cleanup();
    const without = panel(tabState(), { above: 1, below: 1 });
    expect(without.container.querySelector('.claim-nav')).toBeNull();
  });
});

describe('a page with more claims than one report carries', () => {
  it('says how many the page has and how many are listed', () => {
    const claims = many(10);
    panel(tabState(claims, { total: 21_114, counts: { accurate: 14_462, 'region-dependent': 3473, misleading: 578, illegal: 2601 } }), null, () => {});
    expect(document.querySelector('.listed')!.textContent).toBe('本页共有 21114 条说法，这里列出前 10 条。');
  });
});
