// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import type { Claim } from '../../lib/engine';
import { answerOf, claim, renderIn, tabState } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** `n` claims, each with its own entry, so none is grouped with another. */
const many = (n: number): Claim[] => Array.from({ length: n }, (_, i) => claim(i % 3 ? 'accurate' : 'misleading', `医保卡第${i + 1}条说法`, { entry: `entry-${i}` }));

const panel = (claims: Claim[], focus: { index: number } | null = null) =>
  renderIn('zh', <SidePanelView state={tabState(claims)} focus={focus} region={null} onShow={() => {}} lookup={() => answerOf([])} />);

describe('a long list in the side panel', () => {
  it('lists the claims a hundred at a time, with a button for more', () => {
    const { container } = panel(many(250));
    const items = () => container.querySelectorAll('ol.claims [data-index]').length;
    expect(items()).toBe(100);
    fireEvent.click(screen.getByRole('button', { name: '再显示 100 条' }));
    expect(items()).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: '再显示 50 条' }));
    expect(items()).toBe(250);
    expect(container.querySelector('[data-action="show-more"]')).toBeNull();
  });

  it('shows the list down to a claim the page asks about further down', () => {
    const { container } = panel(many(250), { index: 230 });
    expect(container.querySelector('[data-index="230"]')).not.toBeNull();
    expect(container.querySelectorAll('ol.claims [data-index]').length).toBe(250);
  });
});
