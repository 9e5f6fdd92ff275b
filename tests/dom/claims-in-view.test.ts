import { describe, expect, it } from 'vitest';
import { SCAN_MAX, claimsAround, firstWhere, paintSpan, stepFrom, targetClaim, type Box } from '../../lib/dom/claims-in-view';

/** `n` claims `gap` px apart, each `size` px tall, the first at `top` (viewport coordinates). */
const column = (n: number, top: number, gap = 100, size = 20): Box[] => Array.from({ length: n }, (_, i) => ({ top: top + i * gap, bottom: top + i * gap + size }));

/** A box getter that counts its reads. */
function reader(boxes: (Box | null)[]): { boxAt: (i: number) => Box | null; reads: () => number } {
  let reads = 0;
  return {
    boxAt: (i) => {
      reads++;
      return boxes[i] ?? null;
    },
    reads: () => reads,
  };
}

describe('claimsAround', () => {
  it('counts the claims wholly above and wholly below the view, not those cut by its edges', () => {
    // Claims at -300, -200, -100 (bottom -80), 0 (cut by nothing: 0–20), …, 900 (top = height).
    const boxes = column(13, -300);
    expect(claimsAround(boxes.length, (i) => boxes[i]!, 900)).toEqual({ above: 3, below: 1 });
    // A claim whose box straddles the top edge is in view.
    const straddling = [{ top: -10, bottom: 10 }];
    expect(claimsAround(1, (i) => straddling[i]!, 900)).toEqual({ above: 0, below: 0 });
  });

  it('reads every box of a short list, so any layout is counted exactly, and skips hidden claims', () => {
    // A sidebar listed after the article sits above it on screen.
    const boxes: (Box | null)[] = [{ top: 2000, bottom: 2020 }, null, { top: -500, bottom: -480 }, { top: 100, bottom: 120 }];
    const r = reader(boxes);
    expect(claimsAround(boxes.length, r.boxAt, 900)).toEqual({ above: 1, below: 1 });
    expect(r.reads()).toBe(4);
  });

  it('searches a long list in page order with a few dozen reads, whatever the scroll position', () => {
    const n = 20_000;
    for (const top of [50, -1_000_000, -400_000, -1_999_950]) {
      const boxes = column(n, top);
      const r = reader(boxes);
      const exact = { above: boxes.filter((b) => b.bottom <= 0).length, below: boxes.filter((b) => b.top >= 900).length };
      expect(claimsAround(n, r.boxAt, 900)).toEqual(exact);
      expect(r.reads()).toBeLessThan(2 * 2 * Math.ceil(Math.log2(n)));
    }
  });

  it('steps over hidden claims in a long list', () => {
    const boxes: (Box | null)[] = column(SCAN_MAX * 5, -50_000);
    for (let i = 0; i < boxes.length; i += 3) boxes[i] = null;
    const { above, below } = claimsAround(boxes.length, (i) => boxes[i] ?? null, 900);
    // 500 claims above (their boxes end at or before 0), the in-view ones, the rest below.
    expect(above).toBe(500);
    expect(below).toBe(boxes.length - 509);
  });
});

describe('firstWhere', () => {
  it('finds the first claim a predicate holds for, or n', () => {
    for (const n of [0, 1, 5, SCAN_MAX, SCAN_MAX + 1, 5000]) {
      const boxes = column(n, 0);
      for (const y of [-1, 0, 150, 100 * n]) {
        const expected = boxes.findIndex((b) => b.top > y);
        expect(firstWhere(n, (i) => boxes[i]!, (b) => b.top > y)).toBe(expected < 0 ? n : expected);
      }
    }
  });
});

describe('targetClaim', () => {
  const boxes = column(10, -250, 200); // tops: -250, -50 (both above a 900 px view), 150, …, 750, 950 (below), …
  const boxAt = (i: number): Box => boxes[i]!;

  it('goes to the first claim below the view, or the last one above it', () => {
    expect(targetClaim(10, boxAt, 900, -1, 1)).toBe(6);
    expect(targetClaim(10, boxAt, 900, -1, -1)).toBe(1);
    // A claim cut by the top edge is in view, not above it.
    const cut = column(10, -10, 200);
    expect(targetClaim(10, (i) => cut[i]!, 900, -1, -1)).toBe(-1);
  });

  it('steps on from the claim last shown while it is in view, and never wraps around', () => {
    expect(targetClaim(10, boxAt, 900, 4, 1)).toBe(5);
    expect(targetClaim(10, boxAt, 900, 4, -1)).toBe(3);
    // The claim last shown was scrolled out of view: the view decides again.
    expect(targetClaim(10, boxAt, 900, 0, 1)).toBe(6);
    expect(targetClaim(10, boxAt, 900, 9, -1)).toBe(1);
    const last = column(3, 100, 200);
    expect(targetClaim(3, (i) => last[i]!, 900, 2, 1)).toBe(-1);
    expect(targetClaim(3, (i) => last[i]!, 900, 0, -1)).toBe(-1);
    expect(targetClaim(3, (i) => last[i]!, 900, -1, 1)).toBe(-1);
    expect(targetClaim(0, boxAt, 900, -1, 1)).toBe(-1);
  });

  it('finds them by search on a long page', () => {
    const long = column(50_000, -2_000_000, 100);
    const first = long.findIndex((b) => b.top >= 900);
    expect(targetClaim(long.length, (i) => long[i]!, 900, -1, 1)).toBe(first);
    expect(targetClaim(long.length, (i) => long[i]!, 900, -1, -1)).toBe(long.findIndex((b) => b.bottom > 0) - 1);
  });

  it('steps from a claim without looking where it is', () => {
    expect(stepFrom(5, 2, 1)).toBe(3);
    expect(stepFrom(5, 4, 1)).toBe(-1);
    expect(stepFrom(5, 0, -1)).toBe(-1);
  });
});

describe('paintSpan', () => {
  it('paints the claims in view and a margin on either side', () => {
    expect(paintSpan(10_000, { start: 5000, end: 5030 }, null, 200)).toEqual({ start: 4800, end: 5230 });
    expect(paintSpan(10_000, { start: 10, end: 40 }, null, 200)).toEqual({ start: 0, end: 240 });
    expect(paintSpan(100, { start: 90, end: 100 }, null, 200)).toEqual({ start: 0, end: 100 });
  });

  it('keeps what is painted while the view stays well inside it, and moves it when the view nears an edge', () => {
    const painted = { start: 4800, end: 5230 };
    expect(paintSpan(10_000, { start: 4950, end: 5100 }, painted, 200)).toBe(painted);
    expect(paintSpan(10_000, { start: 5150, end: 5180 }, painted, 200)).toEqual({ start: 4950, end: 5380 });
    expect(paintSpan(10_000, { start: 4850, end: 4880 }, painted, 200)).toEqual({ start: 4650, end: 5080 });
    // At the ends of the page there is nothing more to paint.
    const head = { start: 0, end: 240 };
    expect(paintSpan(10_000, { start: 0, end: 30 }, head, 200)).toBe(head);
    // Claims went away: painted afresh.
    expect(paintSpan(100, { start: 0, end: 30 }, { start: 0, end: 240 }, 200)).toEqual({ start: 0, end: 100 });
  });
});
