// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/engine';
import { Annotator } from '../../lib/dom/annotator';
import { relevant, observeMutations } from '../../lib/dom/observe-mutations';
import { OWN_ATTRIBUTE } from '../../lib/dom/extract-text';
import { Highlighter } from '../../lib/dom/highlight';

/** A stand-in engine: every "医保卡可以取现" is misleading, every "医保卡不能取现" accurate. */
function fakeAnalyze(text: string, options: { from?: number } = {}): Claim[] {
  const out: Claim[] = [];
  const from = options.from ? text.lastIndexOf('\n', options.from - 1) + 1 : 0;
  for (const [phrase, verdict] of [
    ['医保卡可以取现', 'misleading'],
    ['医保卡不能取现', 'accurate'],
  ] as const) {
    for (let i = text.indexOf(phrase, from); i >= 0; i = text.indexOf(phrase, i + 1)) {
      out.push({ start: i, end: i + phrase.length, text: phrase, verdict, entry: 'x', stance: 'affirm', confidence: 0.9, explanation: { zh: '说明。', en: 'Why.' }, sources: [] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('Annotator', () => {
  it('reports the page claims in page order and marks them (fallback marks without the Highlight API)', () => {
    document.body.innerHTML = '<p>医保卡<b>不能</b>取现。</p><p>有人说医保卡可以<a href="#">取现</a>。</p>';
    const reports: Claim[][] = [];
    const a = new Annotator(document, { analyze: fakeAnalyze, report: (c) => reports.push(c), openDetails: () => {} });
    a.start();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    // One mark per text node a claim covers, so the page's own elements are never split.
    const marked = (v: string) => [...document.querySelectorAll(`mark[data-claim-verdict="${v}"]`)].map((m) => m.textContent).join('');
    expect(marked('accurate')).toBe('医保卡不能取现');
    expect(marked('misleading')).toBe('医保卡可以取现');
    expect(document.querySelector('b')!.textContent).toBe('不能');
    a.stop();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe('<p>医保卡<b>不能</b>取现。</p><p>有人说医保卡可以<a href="#">取现</a>。</p>');
  });

  it('does nothing on a page that never names medical insurance', () => {
    document.body.innerHTML = '<p>公积金可以取现。</p>';
    const analyze = vi.fn(fakeAnalyze);
    const a = new Annotator(document, { analyze, report: () => {}, openDetails: () => {} });
    a.start();
    expect(analyze).not.toHaveBeenCalled();
    a.stop();
  });

  it('re-checks only what was appended, after the page settles', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="feed"><p>医保卡不能取现。</p></div>';
    const analyze = vi.fn(fakeAnalyze);
    const reports: Claim[][] = [];
    const a = new Annotator(document, { analyze, report: (c) => reports.push(c), openDetails: () => {}, debounce: 100 });
    a.start();
    const p = document.createElement('p');
    p.textContent = '网友说医保卡可以取现。';
    document.getElementById('feed')!.appendChild(p);
    await vi.advanceTimersByTimeAsync(150);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(analyze.mock.calls[1]![1]).toEqual({ from: expect.any(Number) });
    a.stop();
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

describe('Highlighter fallback', () => {
  it('wraps ranges in marks and removes them without a trace', () => {
    document.body.innerHTML = '<p>甲医保卡乙</p>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 4);
    const h = new Highlighter(document);
    expect(h.native).toBe(false);
    h.show([{ verdict: 'illegal', range }]);
    expect(document.querySelector('mark')!.getAttribute('data-claim-verdict')).toBe('illegal');
    expect(document.body.textContent).toBe('甲医保卡乙');
    h.clear();
    expect(document.body.innerHTML).toBe('<p>甲医保卡乙</p>');
  });
});
