import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_OPEN_MS, HoverIntent } from '../../lib/dom/hover-intent';

let opened: number[];
let intent: HoverIntent;

beforeEach(() => {
  vi.useFakeTimers();
  opened = [];
  intent = new HoverIntent((i) => opened.push(i));
});
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  it('waits a quarter of a second or more: a card never opens as fast as before (75 ms)', () => {
    expect(HOVER_OPEN_MS).toBeGreaterThanOrEqual(250);
    expect(HOVER_OPEN_MS).toBeLessThanOrEqual(300);
  });

  it('opens a claim the pointer stays on, once, after the delay', () => {
    intent.over(3);
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(opened).toEqual([]);
    // Moving on the same claim keeps the timer running.
    intent.over(3);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual([3]);
    vi.advanceTimersByTime(HOVER_OPEN_MS * 4);
    expect(opened).toEqual([3]);
  });

  it('opens nothing for claims the pointer only crosses', () => {
    for (const i of [0, 1, -1, 2, 3, -1]) {
      intent.over(i);
      vi.advanceTimersByTime(60);
    }
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(opened).toEqual([]);
  });

  it('starts again when the pointer moves to another claim, and forgets on cancel', () => {
    intent.over(1);
    vi.advanceTimersByTime(HOVER_OPEN_MS - 50);
    intent.over(2);
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual([2]);
    intent.over(4);
    intent.cancel();
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(opened).toEqual([2]);
  });
});
