// @vitest-environment happy-dom
// The page layer's keyboard paths: the previous-claim step, and Escape on a card reached from a
// link inside a claim (focus goes back to the link without the card opening again).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../lib/dom/annotator';
import { fakeAnalyze } from './fake-analyze';

let current: Annotator | null = null;
function annotator(): Annotator {
  current = new Annotator(document, {
    analyze: fakeAnalyze,
    report: () => {},
    openDetails: () => {},
    extract: { isHidden: (el) => el.hasAttribute('hidden') },
    pause: async () => {},
  });
  return current;
}

afterEach(() => {
  current?.stop();
  current = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const root = (): ShadowRoot => document.querySelector('yibao-check-card')!.shadowRoot!;
const card = (): HTMLElement => root().querySelector('.card') as HTMLElement;

describe('keyboard steps', () => {
  it('go back from the first step to the last claim, then on backwards, focusing the card', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>医保卡不能取现。</p><p>医保卡可以取现。</p><p>医保卡不能取现啊。</p>';
    const a = annotator();
    await a.start();
    expect(a.claims.map((c) => c.verdict)).toEqual(['accurate', 'misleading', 'accurate']);
    a.step(-1);
    await vi.advanceTimersByTimeAsync(500);
    expect(root().querySelector('.verdict')!.textContent).toBe('准确');
    expect(root().activeElement).toBe(root().querySelector('button.primary'));
    a.step(-1);
    await vi.advanceTimersByTimeAsync(500);
    expect(root().querySelector('.verdict')!.textContent).toBe('误导');
    a.step(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(root().querySelector('.verdict')!.textContent).toBe('准确');
  });

  it('Escape on a card opened from a link in a claim gives the link its focus back and keeps the card closed', async () => {
    document.body.innerHTML = '<p>有人说医保卡可以<a href="#x">取现</a>。</p>';
    const a = annotator();
    await a.start();
    const link = document.querySelector('a')!;
    link.focus();
    expect(card().hidden).toBe(false);
    (root().querySelector('button.primary') as HTMLElement).focus();
    root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card().hidden).toBe(true);
    expect(document.activeElement).toBe(link);
  });
});
