// Ties the page layer together: extract the visible text, run the engine, mark the claims,
// show the card on hover or focus, follow later changes. Owns no browser-extension API: the
// content script passes callbacks in, so this runs (and is tested) in any DOM.
import type { Claim, AnalyzeOptions } from '../engine';
import { extractText, extractTextInChunks, TOPIC, type ExtractOptions, type TextMap } from './extract-text';
import { rangesFor } from './map-ranges';
import { Highlighter, type Marked } from './highlight';
import { ClaimCard } from './claim-card';
import { HoverIntent } from './hover-intent';
import { observeMutations, type Observer } from './observe-mutations';
import { changedLines, mergeClaims, type LineChange } from './changed-lines';
import type { Lang } from '../i18n';
import { claimKey } from '../claim-identity';
import type { SuggestedVerdict } from '../verdict-report';
import { paintSpan, stepFrom, targetClaim, type Around, type Span } from './claims-in-view';
import { ViewportWatch, rangesBox } from './viewport-watch';
import { inSlices } from './slices';

/** Hover is looked up at most this often (ms): mapping a point to text costs a layout query. */
const POINTER_MS = 60;
/** Time to move the pointer from a claim to its card before the card goes (ms). */
const HIDE_MS = 350;
/** Text analysed in one go before the page gets the thread back (characters, whole lines). */
const ANALYZE_SLICE = 10_000;
/**
 * Claim-dense text costs more to analyse than the same length of other prose (several ms per
 * thousand characters in a browser): each slice is sized from the last one's cost to take about
 * ANALYZE_MS, and is never shorter than MIN_SLICE characters.
 */
const ANALYZE_MS = 10;
const MIN_SLICE = 1_000;
/** On a page's first check, the first slice is short and painted at once: the reader sees the
 * top of the page marked while the rest is read (characters, whole lines). */
const FIRST_SLICE = 2_000;
/** Longer texts are analysed slice by slice with SLICE_CONTEXT characters of lines before each. */
const LONG_TEXT = 50_000;
const SLICE_CONTEXT = 3_000;
/**
 * Up to this many claims are all painted. Beyond it only the claims in and near the view are
 * (PAINT_MARGIN on either side, moved as the page scrolls): every change to a highlight makes the
 * browser re-validate every registered range, ~100 ms for 20,000 of them.
 */
const PAINT_ALL = 1000;
const PAINT_MARGIN = 200;
/** The page says where its claims are (how many above and below the view) at most this often (ms). */
const IN_VIEW_MS = 200;
/** "Next" or "previous" this soon after a step goes on from the claim just shown, even mid-scroll (ms). */
const STEP_HOLDS_MS = 1000;

export interface AnnotatorOptions {
  analyze: (text: string, options?: AnalyzeOptions) => Claim[];
  /** Called with the page's claims in page order after each check that changed them. */
  report: (claims: Claim[]) => void;
  /** The card's "details" action. */
  openDetails: (index: number) => void;
  lang?: Lang;
  /** Debounce for later changes (ms). */
  debounce?: number;
  /** Extraction options (tests decide visibility without layout). */
  extract?: ExtractOptions & { budgetMs?: number };
  /** Lets the page run between slices of work; defaults to an idle callback or a timeout. */
  pause?: () => Promise<void>;
  /** The highlight rules arrive with the content script's manifest CSS (see lib/dom/highlight.css). */
  stylesInManifest?: boolean;
  /** Keys (claimKey) of the claims the reader dismissed on this page: neither marked nor reported. */
  dismissed?: Iterable<string>;
  /** The card's dismiss button (undo false) and its undo (true); without it the card offers neither, nor a report. */
  dismiss?: (claim: Claim, undo: boolean) => void;
  /** The card's report of a wrong verdict. */
  reportVerdict?: (claim: Claim, suggested: SuggestedVerdict, comment: string) => void;
  /** Called, at most every IN_VIEW_MS, when the number of claims above or below the view changes. */
  inView?: (around: Around) => void;
}

interface Shown {
  claim: Claim;
  /** One or more ranges: a claim is split where the page has hidden or inserted text in it. */
  ranges: Range[];
}

const marksOf = (items: Shown[]): Marked[] => items.flatMap((s) => s.ranges.map((range) => ({ verdict: s.claim.verdict, range })));

const sameClaims = (a: Claim[], b: Claim[]): boolean =>
  a.length === b.length && a.every((c, i) => c.start === b[i]!.start && c.end === b[i]!.end && c.verdict === b[i]!.verdict && c.entry === b[i]!.entry);

export class Annotator {
  private map: TextMap | null = null;
  private shown: Shown[] = [];
  /** Every claim of the current text, also those whose nodes were gone when painted (kept for the next merge). */
  private found: Claim[] = [];
  private reported: Claim[] | null = null;
  private readonly highlighter: Highlighter;
  private readonly card: ClaimCard;
  private observer: Observer | null = null;
  private running = false;
  /** Bumped by each check and by stop(): a check that finds it changed drops its result. */
  private generation = 0;
  private pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private pointerTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card opens for a claim the pointer rests on, not for one it crosses. */
  private readonly intent = new HoverIntent((index) => this.guard(() => this.openAt(index)));
  private stepIndex = -1;
  private readonly listeners: [string, EventListener][] = [];
  private dismissed: Set<string>;
  private hidden = false;
  private readonly watch: ViewportWatch | null;
  /** The claims painted when a page has more than PAINT_ALL; null when all are. */
  private painted: Span | null = null;
  /** How many of `found` the shown claims were made from, on which map. */
  private mapped: { map: TextMap | null; count: number } = { map: null, count: 0 };
  /** The claims whose marks the highlighter has (Highlight API only). */
  private marked: Shown[] | null = null;
  /** Each claim's ranges, computed once per text map (a first check paints as it goes). */
  private rangeCache: { map: TextMap | null; ranges: WeakMap<Claim, Range[]> } = { map: null, ranges: new WeakMap() };
  private sentInView: Around | null = null;
  private latestInView: Around | null = null;
  private inViewTimer: ReturnType<typeof setTimeout> | undefined;
  /** When reveal() last showed a claim (ms). */
  private stepAt = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.highlighter = new Highlighter(doc, options.stylesInManifest);
    this.dismissed = new Set(options.dismissed);
    const { dismiss, reportVerdict } = options;
    this.card = new ClaimCard(doc, {
      details: (i) => options.openDetails(i),
      ...(dismiss && reportVerdict
        ? {
            dismiss: (i: number) => this.dismissAt(i),
            undo: (claim: Claim) => this.undismiss(claim),
            report: (i: number, suggested: SuggestedVerdict, comment: string) => {
              const item = this.shown[i];
              if (item) reportVerdict(item.claim, suggested, comment);
            },
          }
        : {}),
    });
    this.card.lang = options.lang ?? 'zh';
    const win = doc.defaultView;
    this.watch = win
      ? new ViewportWatch(win, {
          count: () => this.shown.length,
          boxAt: (i) => (this.shown[i] ? rangesBox(this.shown[i].ranges) : null),
          onFrame: (around) => this.onView(around),
        })
      : null;
  }

  get claims(): Claim[] {
    return this.shown.map((s) => s.claim);
  }

  /** True once the first check has reported. */
  get ready(): boolean {
    return this.reported !== null;
  }

  set lang(lang: Lang) {
    this.card.lang = lang;
  }

  /** The reader hid the page's marks: no highlight and no card on hover, though the claims are still reported. */
  get marksHidden(): boolean {
    return this.hidden;
  }

  set marksHidden(hidden: boolean) {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    this.card.hide();
    // Painted afresh: fallback marks, taken out while hidden, need ranges on the page's own nodes.
    if (this.running && this.map) this.paint(this.found);
    else this.mark();
  }

  /**
   * The claims the reader dismissed on this page (claimKey of their text), as storage now has
   * them: the page is marked and reported again without them.
   */
  setDismissed(keys: Iterable<string>): void {
    const next = new Set(keys);
    if (next.size === this.dismissed.size && [...next].every((k) => this.dismissed.has(k))) return;
    this.dismissed = next;
    this.refresh();
  }

  /** Dismisses claim `index` at once (the card's button); the content script stores it. */
  dismissAt(index: number): void {
    const item = this.shown[index];
    if (!item) return;
    this.dismissed.add(claimKey(item.claim.text));
    this.refresh();
    this.options.dismiss?.(item.claim, false);
  }

  /** Shows a dismissed claim again at once (the card's undo); the content script stores it. */
  undismiss(claim: Claim): void {
    this.dismissed.delete(claimKey(claim.text));
    this.refresh();
    this.options.dismiss?.(claim, true);
  }

  /** Checks the page and keeps following it until stop(). @return the first check */
  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    this.running = true;
    const body = this.doc.body ?? this.doc.documentElement;
    this.observer = observeMutations(body, () => void this.check(), this.options.debounce);
    this.listen('mousemove', (e) => this.onPointer(e as MouseEvent));
    this.listen('focusin', (e) => this.onFocus(e));
    this.listen('scroll', () => this.card.busy || this.card.hide());
    this.watch?.start();
    return this.check();
  }

  /** Removes every trace from the page. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    for (const [type, fn] of this.listeners) this.doc.removeEventListener(type, fn, true);
    this.listeners.length = 0;
    clearTimeout(this.pointerTimer);
    clearTimeout(this.hideTimer);
    this.intent.cancel();
    this.pointerTimer = undefined;
    this.watch?.stop();
    clearTimeout(this.inViewTimer);
    this.inViewTimer = undefined;
    this.highlighter.clear();
    this.card.remove();
    this.shown = [];
    this.found = [];
    this.map = null;
    this.reported = null;
    this.painted = null;
    this.marked = null;
    this.mapped = { map: null, count: 0 };
    this.sentInView = null;
    this.latestInView = null;
    this.rangeCache = { map: null, ranges: new WeakMap() };
  }

  /** Scrolls to claim `index`, flashes it and shows its card. */
  reveal(index: number, focus = false): void {
    const item = this.shown[index];
    if (!item) return;
    this.stepIndex = index;
    this.stepAt = performance.now();
    this.highlighter.flash(item.ranges);
    // After the smooth scroll settles, place the card by the claim.
    setTimeout(
      () =>
        this.guard(() => {
          if (this.running && this.shown[index] === item) this.card.show(item.claim, index, item.ranges[0]!.getBoundingClientRect(), focus);
        }),
      450,
    );
  }

  /** Marks and reports the claims found so far again, after the dismissed ones changed. */
  private refresh(): void {
    if (!this.running || !this.map) return;
    this.paint(this.found);
    if (this.reported) this.report();
  }

  /** Keyboard access: move to the next (or previous) claim and focus its card. */
  step(direction: 1 | -1 = 1): void {
    if (this.shown.length === 0) return;
    const n = this.shown.length;
    // The first step back goes to the last claim.
    const from = this.stepIndex < 0 && direction < 0 ? n : this.stepIndex;
    this.reveal((((from + direction) % n) + n) % n, true);
  }

  /** Claims wholly above and wholly below the view now; null before the first check or where there is no window. */
  get inView(): Around | null {
    return this.watch && this.reported ? this.watch.read() : null;
  }

  /**
   * The side panel's "previous" and "next": shows the last claim above the view or the first
   * below it, or, while the claim last shown is in view, the one before or after it. Does not
   * wrap around.
   * @return the claim shown, or -1 when there is none that way
   */
  navigate(direction: 1 | -1): number {
    const n = this.shown.length;
    if (n === 0 || !this.watch) return -1;
    const current = this.stepIndex < n ? this.stepIndex : -1;
    // Still scrolling to the claim just shown: where it sits now says nothing yet.
    const target =
      current >= 0 && performance.now() - this.stepAt < STEP_HOLDS_MS
        ? stepFrom(n, current, direction)
        : targetClaim(n, (i) => rangesBox(this.shown[i]!.ranges), this.watch.height, current, direction);
    if (target >= 0) this.reveal(target);
    return target;
  }

  /**
   * Reads the page again. Only lines whose text changed are analysed again; a page without a
   * topic word costs one regex test of its raw text.
   */
  async check(): Promise<void> {
    if (!this.running) return;
    const generation = ++this.generation;
    try {
      const root = this.doc.body ?? this.doc.documentElement;
      if (!TOPIC.test(root.textContent ?? '')) {
        this.map = null;
        this.paint([]);
        return this.report();
      }
      const map = await extractTextInChunks(root, { ...this.options.extract, pause: this.options.pause });
      // Reading ended a slice of its own: the page runs before the analysis starts.
      await this.yieldToPage();
      if (generation !== this.generation) return;
      const previous = this.map;
      const change = previous ? changedLines(previous.text, map.text) : { start: 0, beforeEnd: 0, afterEnd: map.text.length };
      let claims = this.found;
      if (change) {
        // A first check paints as it goes; a re-check replaces the marks once, when done.
        const progress = previous
          ? undefined
          : (soFar: Claim[]) => {
              if (generation !== this.generation) return;
              this.map = map;
              this.paint(soFar, 'more');
            };
        const fresh = await this.analyzeLines(map.text, change, progress);
        if (fresh === null || generation !== this.generation) return;
        claims = previous ? mergeClaims(claims, change, fresh) : fresh;
      }
      // Same text may still sit in new nodes: always map again (a slice at a time on a long page).
      if (!(await this.mapRanges(map, claims, generation))) return;
      this.map = map;
      this.paint(claims, previous ? false : 'last');
      this.report();
    } catch {
      // Never break the page: a failed check leaves it as the last good one did.
    }
  }

  /** Claims of the changed lines, analysed a slice at a time; null when the page moved on meanwhile. */
  private async analyzeLines(
    text: string,
    change: LineChange,
    progress?: (claimsSoFar: Claim[]) => void,
  ): Promise<Claim[] | null> {
    const generation = this.generation;
    const out: Claim[] = [];
    let from = change.start;
    // Lines were only removed: nothing new to read.
    if (from >= change.afterEnd) return out;
    // A long text is read with a bounded stretch of lines before each slice as context (ten times
    // what the engine looks back), so no slice costs more than its own length. A shorter one is
    // read exactly as the command-line check reads it.
    const bounded = text.length > LONG_TEXT;
    /** Analysis cost of the last slice (ms per character), once known. */
    let perChar = 0;
    for (let first = true; ; first = false) {
      let end = change.afterEnd;
      const size = first && progress ? FIRST_SLICE : perChar > 0 ? Math.max(MIN_SLICE, Math.min(ANALYZE_SLICE, Math.round(ANALYZE_MS / perChar))) : ANALYZE_SLICE;
      if (end - from > size) {
        const cut = text.indexOf('\n', from + size);
        if (cut >= 0 && cut < end) end = cut;
      }
      const base = bounded && from > SLICE_CONTEXT ? text.lastIndexOf('\n', from - SLICE_CONTEXT) + 1 : 0;
      const slice = base === 0 && end === text.length ? text : text.slice(base, end);
      const began = performance.now();
      for (const c of this.options.analyze(slice, from > base ? { from: from - base } : undefined))
        out.push(base ? { ...c, start: c.start + base, end: c.end + base } : c);
      const cost = (performance.now() - began) / Math.max(1, end - from);
      // Smoothed, so one slow slice (a garbage collection) does not halve the next.
      perChar = perChar > 0 ? (perChar + cost) / 2 : cost;
      if (end >= change.afterEnd) return out;
      progress?.(out);
      from = end + 1;
      await (this.options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0))))();
      if (generation !== this.generation) return null;
    }
  }

  /**
   * Maps the claims onto the page's nodes ahead of paint(), handing the page the thread between
   * slices: thousands of claims take tens of ms to map.
   * @return false when the page moved on meanwhile
   */
  private async mapRanges(map: TextMap, claims: Claim[], generation: number): Promise<boolean> {
    // Fallback marks are mapped by paint() itself, on nodes with the marks taken out.
    if (!this.highlighter.native) return true;
    const cache = this.rangeCache.map === map ? this.rangeCache.ranges : new WeakMap<Claim, Range[]>();
    const done = await inSlices(
      0,
      claims.length,
      (i) => {
        const c = claims[i]!;
        if (!cache.has(c)) cache.set(c, rangesFor(map, c.start, c.end));
      },
      { pause: () => this.yieldToPage(), stopped: () => generation !== this.generation },
    );
    if (done) this.rangeCache = { map, ranges: cache };
    return done && generation === this.generation;
  }

  private yieldToPage(): Promise<void> {
    return (this.options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0))))();
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

  private report(): void {
    // The panel's counts of claims above and below the view follow the claims (a page that
    // never had one says nothing).
    if (this.shown.length > 0 || this.sentInView) this.watch?.schedule();
    const claims = this.claims;
    if (this.reported && sameClaims(this.reported, claims)) return;
    this.reported = claims;
    this.options.report(claims);
  }

  /**
   * @param grown the claims are the ones painted last time with more found after them, on the
   *   same map (a first check, slice by slice): only the new ones are mapped and added. While
   *   more are to come ('more'), claims found below the view are painted later: each change to
   *   the highlights repaints the page, tens of ms on a long one.
   */
  private paint(claims: Claim[], grown: false | 'more' | 'last' = false): void {
    const more = grown && claims === this.found && this.map !== null && this.map === this.mapped.map && this.highlighter.native;
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
      if (grown === 'more' && this.marked && n > before && this.watch && before >= n - this.watch.read().below) return;
      // The claims shown before keep their places: a card open on one stays.
      return this.mark();
    }
    if (this.map && !this.highlighter.native) {
      // Fallback marks split text nodes: take them out and map onto the page's own nodes again.
      this.highlighter.unmark();
      this.map = extractText(this.doc.body ?? this.doc.documentElement, this.options.extract);
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
    if (changed) this.card.hide();
    // Fallback marks change the DOM: those changes are ours, not the page's.
    this.observer?.takeRecords();
  }

  /** Paints the shown claims, or nothing while the reader has hidden the marks. */
  private mark(): void {
    this.painted = null;
    if (this.hidden) return this.show([]);
    let items = this.shown;
    if (this.highlighter.native && items.length > PAINT_ALL && this.watch) {
      const n = items.length;
      const { above, below } = this.watch.read();
      this.painted = paintSpan(n, { start: above, end: n - below }, null, PAINT_MARGIN);
      items = items.slice(this.painted.start, this.painted.end);
    }
    this.show(items);
  }

  /**
   * Hands these claims' marks to the highlighter, unless they are the ones it paints already:
   * each change makes the browser repaint, and a first check of a long page finds most of its
   * claims below the part that is painted.
   */
  private show(items: Shown[]): void {
    const was = this.marked;
    const native = this.highlighter.native;
    if (native && was && was.length === items.length && items.every((s, i) => s.claim === was[i]!.claim && s.ranges === was[i]!.ranges)) return;
    // The shown claims grow in place during a first check: keep what was handed over, not the list.
    this.marked = native ? (items === this.shown ? items.slice() : items) : null;
    this.highlighter.show(marksOf(items));
  }

  /** After a scroll or resize: moves the painted claims with the view, tells where the claims are. */
  private onView(around: Around): void {
    if (!this.running) return;
    const n = this.shown.length;
    if (this.painted && !this.hidden) {
      const span = paintSpan(n, { start: around.above, end: n - around.below }, this.painted, PAINT_MARGIN);
      if (span !== this.painted) {
        this.painted = span;
        this.show(this.shown.slice(span.start, span.end));
      }
    }
    if (this.reported) this.tellInView(around);
  }

  /** Passes a change of the counts on at once, then at most every IN_VIEW_MS (the last one always). */
  private tellInView(around: Around): void {
    this.latestInView = around;
    if (this.inViewTimer !== undefined) return;
    const flush = (): void => {
      const a = this.latestInView;
      const was = this.sentInView;
      if (!a || !this.options.inView || (was && was.above === a.above && was.below === a.below)) return;
      this.sentInView = a;
      this.options.inView(a);
      this.inViewTimer = setTimeout(() => {
        this.inViewTimer = undefined;
        if (this.running) flush();
      }, IN_VIEW_MS);
    };
    flush();
  }

  private listen(type: string, fn: EventListener): void {
    const guarded: EventListener = (e) => this.guard(() => fn(e));
    this.doc.addEventListener(type, guarded, { capture: true, passive: true });
    this.listeners.push([type, guarded]);
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch {
      // A page that changed under us: skip this event.
    }
  }

  private onPointer(e: MouseEvent): void {
    if (this.shown.length === 0 || this.hidden) return;
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    // Throttled, trailing: the last position in each interval is the one looked up.
    this.pointerTimer ??= setTimeout(() => {
      this.pointerTimer = undefined;
      this.guard(() => this.hover());
    }, POINTER_MS);
  }

  private hover(): void {
    const p = this.pointer;
    if (!p || !this.running) return;
    // While the reader writes a report, the card stays, wherever the pointer goes.
    if (this.card.contains(p.target) || this.card.busy) {
      this.intent.cancel();
      return clearTimeout(this.hideTimer);
    }
    const index = this.claimAt(p.x, p.y);
    this.intent.over(index === this.card.shown ? -1 : index);
    if (index < 0) {
      // Leave time to reach the card (it sits a few pixels away from the claim).
      if (this.card.shown >= 0 && this.hideTimer === undefined)
        this.hideTimer = setTimeout(() => {
          this.hideTimer = undefined;
          if (this.pointer && !this.card.contains(this.pointer.target) && this.claimAt(this.pointer.x, this.pointer.y) < 0) this.card.hide();
        }, HIDE_MS);
      return;
    }
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** The pointer has rested on claim `index`: its card opens, if the pointer is still there. */
  private openAt(index: number): void {
    const p = this.pointer;
    if (!p || !this.running || this.hidden || this.card.busy || index === this.card.shown || this.claimAt(p.x, p.y) !== index) return;
    const item = this.shown[index]!;
    const rects = item.ranges.flatMap((r) => Array.from(r.getClientRects()));
    const near = rects.find((r) => p.y >= r.top && p.y <= r.bottom) ?? item.ranges[0]!.getBoundingClientRect();
    this.card.show(item.claim, index, near);
  }

  /** Keyboard: a link or other focusable element inside a claim shows that claim's card. */
  private onFocus(e: Event): void {
    const target = e.target;
    const host = this.card.element;
    // Focus moving inside the card (its undo, its form) is the card's own.
    if (this.card.contains(target) || (host && e.composedPath().includes(host)) || this.hidden || this.card.busy || this.card.restoringFocus) return;
    const index = target instanceof Node ? this.shown.findIndex((s) => s.ranges.some((r) => r.intersectsNode(target))) : -1;
    if (index < 0) return this.card.hide();
    const el = target as Element;
    this.card.show(this.shown[index]!.claim, index, el.getBoundingClientRect());
  }

  /** Index of the claim under the point, or -1. */
  private claimAt(x: number, y: number): number {
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) [node, offset] = [p.offsetNode, p.offset];
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) [node, offset] = [r.startContainer, r.startOffset];
    }
    if (!node || node.nodeType !== 3) return -1;
    // The caret may be the nearest one to a point beside the text: the point must be on the claim's boxes.
    const onBoxes = (range: Range): boolean =>
      Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    return this.shown.findIndex(({ ranges }) =>
      ranges.some((range) => {
        try {
          return range.comparePoint(node!, offset) === 0 && onBoxes(range);
        } catch {
          return false;
        }
      }),
    );
  }
}
