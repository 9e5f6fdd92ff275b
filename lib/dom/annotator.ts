// Ties the page layer together: extract the visible text, run the engine, mark the claims,
// show the card on hover or focus, follow later changes. Owns no browser-extension API: the
// content script passes callbacks in, so this runs (and is tested) in any DOM.
import type { Claim, AnalyzeOptions } from '../engine';
import { extractText, extractTextInChunks, TOPIC, type ExtractOptions, type TextMap } from './extract-text';
import { rangesFor } from './map-ranges';
import { Highlighter } from './highlight';
import { ClaimCard } from './claim-card';
import { observeMutations, type Observer } from './observe-mutations';
import { changedLines, mergeClaims, type LineChange } from './changed-lines';
import type { Lang } from '../i18n';
import { claimKey } from '../claim-identity';
import type { SuggestedVerdict } from '../verdict-report';

/** Hover is looked up at most this often (ms): mapping a point to text costs a layout query. */
const POINTER_MS = 60;
/** Time to move the pointer from a claim to its card before the card goes (ms). */
const HIDE_MS = 350;
/** Text analysed in one go before the page gets the thread back (characters, whole lines). */
const ANALYZE_SLICE = 10_000;
/** On a page's first check, the first slice is short and painted at once: the reader sees the
 * top of the page marked while the rest is read (characters, whole lines). */
const FIRST_SLICE = 2_000;
/** Longer texts are analysed slice by slice with SLICE_CONTEXT characters of lines before each. */
const LONG_TEXT = 50_000;
const SLICE_CONTEXT = 3_000;

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
}

interface Shown {
  claim: Claim;
  /** One or more ranges: a claim is split where the page has hidden or inserted text in it. */
  ranges: Range[];
}

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
  private stepIndex = -1;
  private readonly listeners: [string, EventListener][] = [];
  private dismissed: Set<string>;
  private hidden = false;

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
    this.pointerTimer = undefined;
    this.highlighter.clear();
    this.card.remove();
    this.shown = [];
    this.found = [];
    this.map = null;
    this.reported = null;
  }

  /** Scrolls to claim `index`, flashes it and shows its card. */
  reveal(index: number, focus = false): void {
    const item = this.shown[index];
    if (!item) return;
    this.stepIndex = index;
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
    this.reveal((((this.stepIndex + direction) % n) + n) % n, true);
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
              this.paint(soFar);
            };
        const fresh = await this.analyzeLines(map.text, change, progress);
        if (fresh === null || generation !== this.generation) return;
        claims = previous ? mergeClaims(claims, change, fresh) : fresh;
      }
      // Same text may still sit in new nodes: always map again.
      this.map = map;
      this.paint(claims);
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
    for (let first = true; ; first = false) {
      let end = change.afterEnd;
      const size = first && progress ? FIRST_SLICE : ANALYZE_SLICE;
      if (end - from > size) {
        const cut = text.indexOf('\n', from + size);
        if (cut >= 0 && cut < end) end = cut;
      }
      const base = bounded && from > SLICE_CONTEXT ? text.lastIndexOf('\n', from - SLICE_CONTEXT) + 1 : 0;
      const slice = base === 0 && end === text.length ? text : text.slice(base, end);
      for (const c of this.options.analyze(slice, from > base ? { from: from - base } : undefined))
        out.push(base ? { ...c, start: c.start + base, end: c.end + base } : c);
      if (end >= change.afterEnd) return out;
      progress?.(out);
      from = end + 1;
      await (this.options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0))))();
      if (generation !== this.generation) return null;
    }
  }

  private report(): void {
    const claims = this.claims;
    if (this.reported && sameClaims(this.reported, claims)) return;
    this.reported = claims;
    this.options.report(claims);
  }

  private paint(claims: Claim[]): void {
    this.found = claims;
    if (this.map && !this.highlighter.native) {
      // Fallback marks split text nodes: take them out and map onto the page's own nodes again.
      this.highlighter.unmark();
      this.map = extractText(this.doc.body ?? this.doc.documentElement, this.options.extract);
    }
    const shown: Shown[] = [];
    if (this.map)
      for (const claim of claims) {
        if (this.dismissed.size && this.dismissed.has(claimKey(claim.text))) continue;
        const ranges = rangesFor(this.map, claim.start, claim.end);
        if (ranges.length) shown.push({ claim, ranges });
      }
    const changed = !sameClaims(this.claims, shown.map((s) => s.claim));
    this.shown = shown;
    this.mark();
    if (changed) this.card.hide();
    // Fallback marks change the DOM: those changes are ours, not the page's.
    this.observer?.takeRecords();
  }

  /** Paints the shown claims, or nothing while the reader has hidden the marks. */
  private mark(): void {
    this.highlighter.show(this.hidden ? [] : this.shown.flatMap((s) => s.ranges.map((range) => ({ verdict: s.claim.verdict, range }))));
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
    if (this.card.contains(p.target) || this.card.busy) return clearTimeout(this.hideTimer);
    const index = this.claimAt(p.x, p.y);
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
    if (index === this.card.shown) return;
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
    if (this.card.contains(target) || (host && e.composedPath().includes(host)) || this.hidden || this.card.busy) return;
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
