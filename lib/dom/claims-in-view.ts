// Where the page's claims lie relative to the viewport: how many are above and below it, which
// claim "next" and "previous" go to, and which claims to paint on a page with thousands. Pure:
// boxes are read through a callback, so a long page is searched, not scanned.

/** A claim's vertical extent in viewport coordinates (CSS px). */
export interface Box {
  top: number;
  bottom: number;
}

/** The box of claim `index`, or null when it is not rendered (hidden since it was found). */
export type BoxAt = (index: number) => Box | null;

/**
 * Up to this many claims every box is read, so any layout (columns, floats, a sidebar listed
 * after the article) is counted exactly. Beyond it claims are taken to run down the page in page
 * order, and a binary search reads about 2·log2(n) boxes instead of n (a range's box costs a few
 * microseconds; 20,000 of them would hold up a scroll frame).
 */
export const SCAN_MAX = 200;

/** How far from a box a search looks for a rendered neighbour when a probed claim is hidden. */
const NEIGHBOURS = 8;

/** The box of `index`, or of the nearest rendered claim after it (then before it). */
function nearBox(boxAt: BoxAt, n: number, index: number): Box | null {
  for (let d = 0; d <= NEIGHBOURS; d++) {
    const after = index + d < n ? boxAt(index + d) : null;
    if (after) return after;
  }
  for (let d = 1; d <= NEIGHBOURS && index - d >= 0; d++) {
    const before = boxAt(index - d);
    if (before) return before;
  }
  return null;
}

/**
 * The first claim whose box satisfies `pred`, taking `pred` to be false for a prefix of the page
 * and true after it (claims in page order run down the page).
 * @return an index in [0, n]; n when no claim satisfies it
 */
export function firstWhere(n: number, boxAt: BoxAt, pred: (box: Box) => boolean): number {
  if (n <= SCAN_MAX) {
    for (let i = 0; i < n; i++) {
      const box = boxAt(i);
      if (box && pred(box)) return i;
    }
    return n;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = nearBox(boxAt, n, mid);
    if (box && pred(box)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface Around {
  /** Claims wholly above the viewport. */
  above: number;
  /** Claims wholly below it. */
  below: number;
}

/** How many claims lie wholly above and wholly below a viewport `height` px tall. */
export function claimsAround(n: number, boxAt: BoxAt, height: number): Around {
  if (n <= SCAN_MAX) {
    let above = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      const box = boxAt(i);
      if (!box) continue;
      if (box.bottom <= 0) above++;
      else if (box.top >= height) below++;
    }
    return { above, below };
  }
  const above = firstWhere(n, boxAt, (b) => b.bottom > 0);
  const below = n - firstWhere(n, boxAt, (b) => b.top >= height);
  return { above, below: Math.min(below, n - above) };
}

/**
 * The claim "next" (1) or "previous" (-1) goes to: the first claim below the view, or the last
 * one above it (those the counts name); or, while the claim last shown is still in view, the one
 * after or before it, so claims that share a screen are stepped through one by one.
 * @param current the claim last shown, or -1
 * @return the claim's index, or -1 when there is none that way
 */
export function targetClaim(n: number, boxAt: BoxAt, height: number, current: number, direction: 1 | -1): number {
  const box = current >= 0 && current < n ? boxAt(current) : null;
  if (box && box.bottom > 0 && box.top < height) return stepFrom(n, current, direction);
  if (direction === 1) {
    const next = firstWhere(n, boxAt, (b) => b.top >= height);
    return next < n ? next : -1;
  }
  return firstWhere(n, boxAt, (b) => b.bottom > 0) - 1;
}

/** The claim after (1) or before (-1) claim `current`, or -1 at either end. */
export function stepFrom(n: number, current: number, direction: 1 | -1): number {
  const next = current + direction;
  return next >= 0 && next < n ? next : -1;
}

/** Claims [start, end) in page order. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Which claims to paint when a page has too many to paint at once (every change to a highlight
 * makes the browser re-validate all registered ranges, ~5 µs each): the claims in view and
 * `margin` claims on either side, so a scroll of a screen or two never shows unmarked text.
 * @param visible the claims in view (between those above and those below it)
 * @param painted the claims painted now, or null
 * @return the claims to paint, or `painted` itself while the view stays well inside it
 */
export function paintSpan(n: number, visible: Span, painted: Span | null, margin: number): Span {
  const keep = margin >> 1;
  if (
    painted &&
    painted.end <= n &&
    (painted.start === 0 || painted.start <= visible.start - keep) &&
    (painted.end === n || painted.end >= visible.end + keep)
  )
    return painted;
  return { start: Math.max(0, visible.start - margin), end: Math.min(n, visible.end + margin) };
}
