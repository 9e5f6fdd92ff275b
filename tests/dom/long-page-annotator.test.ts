// @vitest-environment happy-dom
// The annotator on a page with more claims than it paints at once, with the browser's layout
// stood in for: paragraph i lies at i × 50 px, the view is 900 px tall.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/engine';
import { Annotator } from '../../lib/dom/annotator';
import type { Around } from '../../lib/dom/claims-in-view';
import { installHighlights, removeHighlights, type HighlightRegistry } from '../fakes/highlights';
import { fakeAnalyze } from './fake-analyze';

const N = 1100;
const LINE = 50;
const HEIGHT = 900;
let scroll = 0;
let registry: HighlightRegistry;
let current: Annotator | null = null;

/** The paragraph a range starts in. */
const paragraphOf = (r: Range): number => Number((r.startContainer.parentElement as HTMLElement).dataset.i);

beforeEach(() => {
  vi.useFakeTimers();
  registry = installHighlights();
  scroll = 0;
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: HEIGHT });
  vi.spyOn(window.Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const top = paragraphOf(this) * LINE - scroll;
    return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  window.scrollBy = ((o: ScrollToOptions) => scrollTo(scroll + (o.top ?? 0))) as typeof window.scrollBy;
  document.body.innerHTML = Array.from({ length: N }, (_, i) => `<p data-i="${i}">第${i}段：医保卡可以取现。</p>`).join('');
});

afterEach(() => {
  current?.stop();
  current = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
  removeHighlights();
  document.body.innerHTML = '';
});

function scrollTo(y: number): void {
  scroll = y;
  document.dispatchEvent(new Event('scroll'));
}

/** The paragraphs whose claims are painted, over every claim highlight. */
const painted = (): number[] =>
  [...registry.entries()]
    .filter(([name]) => name !== 'claim-flash')
    .flatMap(([, h]) => h.ranges.map(paragraphOf))
    .sort((a, b) => a - b);
const flashed = (): number[] => (registry.get('claim-flash')?.ranges ?? []).map(paragraphOf);
/** Long enough for a frame (or the timer standing in for one) and the in-view throttle, on the fake clock. */
const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(320);
};

async function start(): Promise<{ a: Annotator; reports: Claim[][]; inView: Around[] }> {
  const reports: Claim[][] = [];
  const inView: Around[] = [];
  const a = new Annotator(document, {
    analyze: fakeAnalyze,
    report: (c) => reports.push(c),
    openDetails: () => {},
    extract: { isHidden: () => false },
    pause: async () => {},
    inView: (around) => inView.push(around),
  });
  current = a;
  await a.start();
  await settle();
  return { a, reports, inView };
}

describe('a page with more claims than are painted at once', () => {
  it('reports every claim, but paints only those in and near the view, following it as it scrolls', async () => {
    const { reports } = await start();
    expect(reports.at(-1)).toHaveLength(N);
    let marks = painted();
    // The 18 paragraphs in view and 200 claims below them.
    expect(marks[0]).toBe(0);
    expect(marks.at(-1)).toBe(217);
    expect(marks).toHaveLength(218);
    scrollTo(800 * LINE);
    await settle();
    marks = painted();
    expect(marks[0]).toBe(600);
    expect(marks.at(-1)).toBe(1017);
    // A small scroll keeps what is painted.
    const before = registry.get('claim-misleading');
    scrollTo(820 * LINE);
    await settle();
    expect(registry.get('claim-misleading')).toBe(before);
  });

  it('tells how many claims lie above and below the view, once per change', async () => {
    const { inView } = await start();
    expect(inView).toEqual([{ above: 0, below: N - 18 }]);
    scrollTo(800 * LINE);
    await settle();
    expect(inView.at(-1)).toEqual({ above: 800, below: N - 818 });
    scrollTo(800 * LINE);
    await settle();
    expect(inView).toHaveLength(2);
  });

  it('answers where the claims are now, for a side panel that opens later', async () => {
    const { a } = await start();
    scroll = 100 * LINE;
    expect(a.inView).toEqual({ above: 100, below: N - 118 });
  });

  it('goes to the first claim below the view and flashes it, then on claim by claim; before it, to the last one above', async () => {
    const { a } = await start();
    scrollTo(800 * LINE);
    expect(a.navigate(1)).toBe(818);
    expect(flashed()).toEqual([818]);
    // Placed a third of the way down the view.
    expect(818 * LINE - scroll).toBe(HEIGHT / 3);
    expect(a.navigate(1)).toBe(819);
    expect(flashed()).toEqual([819]);
    expect(a.navigate(-1)).toBe(818);
  });

  it('never goes past either end of the page', async () => {
    const { a } = await start();
    // Nothing above the top of the page.
    expect(a.navigate(-1)).toBe(-1);
    expect(flashed()).toEqual([]);
    scrollTo(N * LINE);
    expect(a.navigate(1)).toBe(-1);
    expect(a.navigate(-1)).toBe(N - 1);
  });

  it('says nothing about where claims are on a page without any, however it scrolls', async () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p data-i="${i}">第${i}段：医保卡的用途。</p>`).join('');
    const { a, inView } = await start();
    scrollTo(20 * LINE);
    await settle();
    expect(inView).toEqual([]);
    expect(a.navigate(1)).toBe(-1);
  });

  it('paints nothing and stops following the view once stopped', async () => {
    const { a, inView } = await start();
    a.stop();
    expect(registry.size).toBe(0);
    scrollTo(500 * LINE);
    await settle();
    expect(inView).toHaveLength(1);
    expect(a.navigate(1)).toBe(-1);
  });
});
