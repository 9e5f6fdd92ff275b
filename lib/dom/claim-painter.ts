// Which claims are marked on the page, and handing their marks to the highlighter: each claim's
// ranges mapped once per text map, the reader's dismissed and hidden claims left out, and on a
// claim-dense page only the claims in and near the view painted.
import type { Claim } from '../engine';
import { claimKey } from '../claim-identity';
import type { TextMap } from './extract-text';
import type { Highlighter, Marked } from './highlight';
import { rangesFor } from './map-ranges';
import { paintSpan, type Around, type Span } from './claims-in-view';
import { inSlices } from './slices';
import type { ViewportWatch } from './viewport-watch';

/**
 * Up to this many claims are all painted. Beyond it only the claims in and near the view are
 * (PAINT_MARGIN on either side, moved as the page scrolls): every change to a highlight makes the
 * browser re-validate every registered range, ~100 ms for 20,000 of them.
 */
const PAINT_ALL = 1000;
const PAINT_MARGIN = 200;

export interface Shown {
  claim: Claim;
  /** One or more ranges: a claim is split where the page has hidden or inserted text in it. */
  ranges: Range[];
}

export interface PainterHost {
  highlighter: Highlighter;
  watch: ViewportWatch | null;
  /** Reads the page's text afresh (fallback marks split text nodes). */
  reread: () => TextMap;
  /** Called after the shown claims were replaced; `changed` says whether they differ. */
  repainted: (changed: boolean) => void;
}

const marksOf = (items: Shown[]): Marked[] => items.flatMap((s) => s.ranges.map((range) => ({ verdict: s.claim.verdict, range })));

export const sameClaims = (a: Claim[], b: Claim[]): boolean =>
  a.length === b.length && a.every((c, i) => c.start === b[i]!.start && c.end === b[i]!.end && c.verdict === b[i]!.verdict && c.entry === b[i]!.entry);

export class ClaimPainter {
  /** The text map the claims' offsets refer to. */
  map: TextMap | null = null;
  /** The claims marked, in page order (not dismissed, with ranges on the page). */
  shown: Shown[] = [];
  /** Every claim of the current text, also those whose nodes were gone when painted (kept for the next merge). */
  found: Claim[] = [];
  /** Keys (claimKey) of the claims the reader dismissed. */
  dismissed: Set<string>;
  /** The reader hid the marks: nothing is painted. */
  hidden = false;
  /** The claims painted when a page has more than PAINT_ALL; null when all are. */
  private painted: Span | null = null;
  /** How many of `found` the shown claims were made from, on which map. */
  private mapped: { map: TextMap | null; count: number } = { map: null, count: 0 };
  /** The claims whose marks the highlighter has (Highlight API only). */
  private marked: Shown[] | null = null;
  /** Each claim's ranges, computed once per text map (a first check paints as it goes). */
  private rangeCache: { map: TextMap | null; ranges: WeakMap<Claim, Range[]> } = { map: null, ranges: new WeakMap() };

  constructor(
    private readonly host: PainterHost,
    dismissed?: Iterable<string>,
  ) {
    this.dismissed = new Set(dismissed);
  }

  get claims(): Claim[] {
    return this.shown.map((s) => s.claim);
  }

  /**
   * The claims the reader dismissed, as storage now has them.
   * @return false when they are the ones already left out
   */
  setDismissed(keys: Iterable<string>): boolean {
    const next = new Set(keys);
    if (next.size === this.dismissed.size && [...next].every((k) => this.dismissed.has(k))) return false;
    this.dismissed = next;
    return true;
  }

  /** Hides or shows the marks; `checked` says whether the page has been read (annotation running). */
  setHidden(hidden: boolean, checked: boolean): void {
    this.hidden = hidden;
    // Painted afresh: fallback marks, taken out while hidden, need ranges on the page's own nodes.
    if (checked && this.map) this.paint(this.found);
    else this.mark();
  }

  /** Forgets every claim and takes every mark away. */
  clear(): void {
    this.host.highlighter.clear();
    this.shown = [];
    this.found = [];
    this.map = null;
    this.painted = null;
    this.marked = null;
    this.mapped = { map: null, count: 0 };
    this.rangeCache = { map: null, ranges: new WeakMap() };
  }

  /**
   * Maps the claims onto the page's nodes ahead of paint(), handing the page the thread between
   * slices: thousands of claims take tens of ms to map.
   * @return false when `stopped()` said the page moved on meanwhile
   */
  async mapRanges(map: TextMap, claims: Claim[], pause: () => Promise<void>, stopped: () => boolean): Promise<boolean> {
    // Fallback marks are mapped by paint() itself, on nodes with the marks taken out.
    if (!this.host.highlighter.native) return true;
    const cache = this.rangeCache.map === map ? this.rangeCache.ranges : new WeakMap<Claim, Range[]>();
    const done = await inSlices(
      0,
      claims.length,
      (i) => {
        const c = claims[i]!;
        if (!cache.has(c)) cache.set(c, rangesFor(map, c.start, c.end));
      },
      { pause, stopped },
    );
    if (done) this.rangeCache = { map, ranges: cache };
    return done && !stopped();
  }

  /**
   * @param grown the claims are the ones painted last time with more found after them, on the
   *   same map (a first check, slice by slice): only the new ones are mapped and added. While
   *   more are to come ('more'), claims found below the view are painted later: each change to
   *   the highlights repaints the page, tens of ms on a long one.
   */
  paint(claims: Claim[], grown: false | 'more' | 'last' = false): void {
    const { highlighter, watch } = this.host;
    const more = grown && claims === this.found && this.map !== null && this.map === this.mapped.map && highlighter.native;
    this.found = claims;
    if (more) {
      const before = this.shown.length;
      // Added in place: a copy of thousands of claims per slice would be garbage for the page's collector.
      for (let i = this.mapped.count; i < claims.length; i++) {
        const claim = claims[i]!;
        if (this.dismissed.size && this.dismissed.has(claimKey(claim.text))) continue;
        const ranges = this.rangesOf(claim);
        if (ranges.length) this.shown.push({ claim, ranges });
      }
      this.mapped = { map: this.map, count: claims.length };
      const n = this.shown.length;
      if (grown === 'more' && this.marked && n > before && watch && before >= n - watch.read().below) return;
      // The claims shown before keep their places: a card open on one stays.
      return this.mark();
    }
    if (this.map && !highlighter.native) {
      // Fallback marks split text nodes: take them out and map onto the page's own nodes again.
      highlighter.unmark();
      this.map = this.host.reread();
    }
    const shown: Shown[] = [];
    if (this.map)
      for (const claim of claims) {
        if (this.dismissed.size && this.dismissed.has(claimKey(claim.text))) continue;
        const ranges = this.rangesOf(claim);
        if (ranges.length) shown.push({ claim, ranges });
      }
    const changed = !sameClaims(this.claims, shown.map((s) => s.claim));
    this.mapped = { map: this.map, count: claims.length };
    this.shown = shown;
    this.mark();
    this.host.repainted(changed);
  }

  /** Paints the shown claims, or nothing while the reader has hidden the marks. */
  mark(): void {
    this.painted = null;
    if (this.hidden) return this.show([]);
    let items = this.shown;
    const { highlighter, watch } = this.host;
    if (highlighter.native && items.length > PAINT_ALL && watch) {
      const n = items.length;
      const { above, below } = watch.read();
      this.painted = paintSpan(n, { start: above, end: n - below }, null, PAINT_MARGIN);
      items = items.slice(this.painted.start, this.painted.end);
    }
    this.show(items);
  }

  /** After a scroll or resize: moves the painted claims with the view. */
  follow(around: Around): void {
    if (!this.painted || this.hidden) return;
    const n = this.shown.length;
    const span = paintSpan(n, { start: around.above, end: n - around.below }, this.painted, PAINT_MARGIN);
    if (span !== this.painted) {
      this.painted = span;
      this.show(this.shown.slice(span.start, span.end));
    }
  }

  /** A claim's ranges on the current map: computed once per map. */
  private rangesOf(claim: Claim): Range[] {
    if (this.rangeCache.map !== this.map) this.rangeCache = { map: this.map, ranges: new WeakMap() };
    let ranges = this.rangeCache.ranges.get(claim);
    if (!ranges) {
      ranges = this.map ? rangesFor(this.map, claim.start, claim.end) : [];
      this.rangeCache.ranges.set(claim, ranges);
    }
    return ranges;
  }

  /**
   * Hands these claims' marks to the highlighter, unless they are the ones it paints already:
   * each change makes the browser repaint, and a first check of a long page finds most of its
   * claims below the part that is painted.
   */
  private show(items: Shown[]): void {
    const was = this.marked;
    const native = this.host.highlighter.native;
    if (native && was && was.length === items.length && items.every((s, i) => s.claim === was[i]!.claim && s.ranges === was[i]!.ranges)) return;
    // The shown claims grow in place during a first check: keep what was handed over, not the list.
    this.marked = native ? (items === this.shown ? items.slice() : items) : null;
    this.host.highlighter.show(marksOf(items));
  }
}
