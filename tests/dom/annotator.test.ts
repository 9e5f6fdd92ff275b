// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/engine';
import { Annotator, type AnnotatorOptions } from '../../lib/dom/annotator';
import { relevant, observeMutations } from '../../lib/dom/observe-mutations';
import { OWN_ATTRIBUTE } from '../../lib/dom/extract-text';
import { fakeAnalyze } from './fake-analyze';

const hiddenByAttr = (el: Element): boolean => el.hasAttribute('hidden');
const pause = async (): Promise<void> => {};

let current: Annotator | null = null;
function annotator(options: Partial<AnnotatorOptions> = {}): { a: Annotator; reports: Claim[][] } {
  const reports: Claim[][] = [];
  const a = new Annotator(document, {
    analyze: fakeAnalyze,
    report: (c) => reports.push(c),
    openDetails: () => {},
    extract: { isHidden: hiddenByAttr },
    pause,
    ...options,
  });
  current = a;
  return { a, reports };
}

const marked = (v: string): string =>
  [...document.querySelectorAll(`mark[data-claim-verdict="${v}"]`)].map((m) => m.textContent).join('|');

afterEach(() => {
  current?.stop();
  current = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('Annotator', () => {
  it('reports the page claims in page order and marks them (fallback marks without the Highlight API)', async () => {
    const html = '<p>医保卡<b>不能</b>取现。</p><p>有人说医保卡可以<a href="#">取现</a>。</p>';
    document.body.innerHTML = html;
    const { a, reports } = annotator();
    await a.start();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    // One mark per text node a claim covers, so the page's own elements are never split.
    expect(marked('accurate')).toBe('医保卡|不能|取现');
    expect(marked('misleading')).toBe('医保卡可以|取现');
    expect(document.querySelector('b')!.textContent).toBe('不能');
    a.stop();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('does nothing more than one regex test on a page that never names medical insurance', async () => {
    document.body.innerHTML = '<p>公积金可以取现。</p>';
    const analyze = vi.fn(fakeAnalyze);
    const { a, reports } = annotator({ analyze });
    await a.start();
    expect(analyze).not.toHaveBeenCalled();
    expect(reports).toEqual([[]]);
  });

  it('runs the engine\'s warm-up steps once, each in a task of its own, before the first analysis; a failing step is skipped', async () => {
    document.body.innerHTML = '<p>医保卡不能取现。</p>';
    const log: string[] = [];
    const analyze = vi.fn((text: string, options?: Parameters<typeof fakeAnalyze>[1]) => (log.push('analyze'), fakeAnalyze(text, options)));
    const step = (name: string) => () => void log.push(name);
    const failing = () => {
      log.push('fails');
      throw new Error('no table');
    };
    const { a, reports } = annotator({ analyze, warmUp: [step('one'), failing, step('two')], pause: async () => void log.push('pause') });
    await a.start();
    // The reading's own pause, then each step followed by one.
    expect(log).toEqual(['pause', 'one', 'pause', 'fails', 'pause', 'two', 'pause', 'analyze']);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate']);
    // Not again on the next check, and not at all on a page without the topic.
    log.length = 0;
    document.body.innerHTML = '<p>医保卡不能取现。</p><p>医保卡可以取现。</p>';
    await a.check();
    expect(log.filter((l) => l !== 'pause' && l !== 'analyze')).toEqual([]);
  });

  it('re-checks only what was appended, after the page settles', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="feed"><p>医保卡不能取现。</p></div>';
    const analyze = vi.fn(fakeAnalyze);
    const { a, reports } = annotator({ analyze, debounce: 100 });
    await a.start();
    const p = document.createElement('p');
    p.textContent = '网友说医保卡可以取现。';
    document.getElementById('feed')!.appendChild(p);
    await vi.advanceTimersByTimeAsync(150);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(analyze.mock.calls[1]![1]).toEqual({ from: '医保卡不能取现。\n'.length });
  });

  it('re-checks a changed line in the middle alone, and moves the claims after it', async () => {
    vi.useFakeTimers();
    const filler = Array.from({ length: 20 }, (_, i) => `<p>第${i}段，与医保无关的长长的一段文字，足够把上下文隔开。</p>`).join('');
    document.body.innerHTML = `<p>医保卡不能取现。</p><p id="mid">网友说</p>${filler}<p>医保卡可以取现。</p>`;
    const analyze = vi.fn(fakeAnalyze);
    const { a, reports } = annotator({ analyze, debounce: 100 });
    await a.start();
    document.getElementById('mid')!.textContent = '网友说医保卡可以取现';
    await vi.advanceTimersByTimeAsync(150);
    expect(analyze).toHaveBeenCalledTimes(2);
    const [text, options] = analyze.mock.calls[1]!;
    expect(options).toEqual({ from: '医保卡不能取现。\n'.length });
    // Only as far as the topic context reaches, not the last line.
    expect(text).not.toContain('医保卡可以取现。');
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading', 'misleading']);
    expect(marked('misleading')).toBe('医保卡可以取现|医保卡可以取现');
  });

  it('reads a long page in bounded slices and puts every claim where it is', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => (i % 700 === 350 ? `第${i}段：医保卡可以取现。` : `第${i}段：一段与医保政策有关的普通说明文字。`));
    document.body.innerHTML = lines.map((l) => `<p>${l}</p>`).join('');
    const analyze = vi.fn(fakeAnalyze);
    const { a, reports } = annotator({ analyze });
    await a.start();
    expect(analyze.mock.calls.length).toBeGreaterThan(5);
    // No slice reads the whole page before it.
    for (const [text] of analyze.mock.calls) expect(text.length).toBeLessThan(15_000);
    expect(reports[0]!.map((c) => c.text)).toEqual(Array(6).fill('医保卡可以取现'));
    expect(marked('misleading').split('|')).toEqual(Array(6).fill('医保卡可以取现'));
  });

  it('reports again only when the claims change', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>医保卡不能取现。</p><p id="count">阅读 1</p>';
    const { a, reports } = annotator({ debounce: 100 });
    await a.start();
    document.getElementById('count')!.textContent = '阅读 2';
    await vi.advanceTimersByTimeAsync(150);
    expect(reports).toHaveLength(1);
  });

  it('drops a check that stop() overtook', async () => {
    document.body.innerHTML = '<p>医保卡可以取现。</p>';
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { a, reports } = annotator({ pause: () => gate, extract: { isHidden: hiddenByAttr, budgetMs: 0 } });
    const first = a.start();
    a.stop();
    release();
    await first;
    expect(reports).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('steps through the claims from the keyboard command, focusing the card’s details button', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>医保卡不能取现。</p><p>医保卡可以取现。</p>';
    const opened: number[] = [];
    const { a } = annotator({ openDetails: (i) => opened.push(i) });
    await a.start();
    a.step(1);
    await vi.advanceTimersByTimeAsync(500);
    a.step(1);
    await vi.advanceTimersByTimeAsync(500);
    const root = document.querySelector('yibao-check-card')!.shadowRoot!;
    expect(root.querySelector('.verdict')!.textContent).toBe('误导');
    expect(root.activeElement).toBe(root.querySelector('button.primary'));
    (root.activeElement as HTMLElement).click();
    expect(opened).toEqual([1]);
    // Past the last claim it wraps to the first.
    a.step(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(root.querySelector('.verdict')!.textContent).toBe('准确');
  });

  it('shows the card when a link inside a claim gets keyboard focus, and removes it on stop', async () => {
    document.body.innerHTML = '<p>有人说医保卡可以<a href="#x">取现</a>。</p><p><a href="#y">别处</a></p>';
    const { a } = annotator();
    await a.start();
    (document.querySelector('a[href="#x"]') as HTMLElement).focus();
    const card = () => document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    expect(card()?.hidden).toBe(false);
    expect(card()!.querySelector('.verdict')!.textContent).toBe('误导');
    (document.querySelector('a[href="#y"]') as HTMLElement).focus();
    expect(card()?.hidden).toBe(true);
    a.stop();
    expect(document.querySelector('yibao-check-card')).toBeNull();
  });
});

describe('observeMutations', () => {
  it('ignores the extension’s own elements and debounces the page’s changes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="x"></div>';
    const onChange = vi.fn();
    const obs = observeMutations(document.body, onChange, 50);
    const own = document.createElement('span');
    own.setAttribute(OWN_ATTRIBUTE, '');
    document.body.appendChild(own);
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('x')!.textContent = '一';
    document.getElementById('x')!.textContent = '二';
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    obs.disconnect();
  });

  it('re-checks a page that never settles at least every maxWait', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="x"></div>';
    const onChange = vi.fn();
    const obs = observeMutations(document.body, onChange, 100, 1000);
    for (let t = 0; t < 2500; t += 50) {
      document.getElementById('x')!.textContent = String(t);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    obs.disconnect();
  });

  it('follows text shown by removing the hidden attribute', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>医保卡不能取现。</p><p id="more" hidden>医保卡可以取现。</p>';
    const { a, reports } = annotator({ debounce: 100 });
    await a.start();
    document.getElementById('more')!.removeAttribute('hidden');
    await vi.advanceTimersByTimeAsync(150);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
  });

  it('calls a record relevant only when it changes page content', () => {
    const own = document.createElement('mark');
    own.setAttribute(OWN_ATTRIBUTE, '');
    const record = (target: Node, added: Node[] = []) =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(relevant(record(document.body, [own]))).toBe(false);
    expect(relevant(record(own, [document.createTextNode('a')]))).toBe(false);
    expect(relevant(record(document.body, [document.createTextNode('a')]))).toBe(true);
  });
});
