// Ties the page layer together: extract the visible text, run the engine, mark the claims,
// show the card on hover, follow later changes. Owns no browser-extension API: the content
// script passes callbacks in, so this runs (and is tested) in any DOM.
import type { Claim, AnalyzeOptions } from '../engine';
import { extractText, type TextMap } from './extract-text';
import { rangeFor } from './map-ranges';
import { Highlighter } from './highlight';
import { ClaimCard } from './claim-card';
import { observeMutations, type Observer } from './observe-mutations';
import type { Lang } from '../i18n';

/** A fast test for pages worth reading at all: the engine's own gate needs one of these. */
const TOPIC = /医保|醫保|医疗保|醫療保|统筹|統籌|新农合|新農合|骗保|騙保/;

export interface AnnotatorOptions {
  analyze: (text: string, options?: AnalyzeOptions) => Claim[];
  /** Called with the page's claims in page order after each check. */
  report: (claims: Claim[]) => void;
  /** The card's "details" action. */
  openDetails: (index: number) => void;
  lang?: Lang;
  /** Debounce for later changes (ms). */
  debounce?: number;
}

interface Shown {
  claim: Claim;
  range: Range;
}

export class Annotator {
  private map: TextMap | null = null;
  private shown: Shown[] = [];
  private readonly highlighter: Highlighter;
  private readonly card: ClaimCard;
  private observer: Observer | null = null;
  private running = false;
  private pointerFrame = 0;
  private stepIndex = -1;
  private readonly listeners: [string, EventListener][] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.highlighter = new Highlighter(doc);
    this.card = new ClaimCard(doc, { details: (i) => options.openDetails(i) });
    this.card.lang = options.lang ?? 'zh';
  }

  get claims(): Claim[] {
    return this.shown.map((s) => s.claim);
  }

  set lang(lang: Lang) {
    this.card.lang = lang;
  }

  /** Checks the page and keeps following it until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.check();
    const body = this.doc.body ?? this.doc.documentElement;
    this.observer = observeMutations(body, () => this.check(), this.options.debounce);
    this.listen('mousemove', (e) => this.onPointer(e as MouseEvent));
    this.listen('scroll', () => this.card.hide());
  }

  /** Removes every trace from the page. */
  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    for (const [type, fn] of this.listeners) this.doc.removeEventListener(type, fn, true);
    this.listeners.length = 0;
    cancelAnimationFrame(this.pointerFrame);
    this.highlighter.clear();
    this.card.remove();
    this.shown = [];
    this.map = null;
  }

  /** Scrolls to claim `index`, flashes it and shows its card. */
  reveal(index: number, focus = false): void {
    const item = this.shown[index];
    if (!item) return;
    this.stepIndex = index;
    this.highlighter.flash(item.range);
    const win = this.doc.defaultView!;
    // After the smooth scroll settles, place the card by the claim.
    win.setTimeout(() => {
      if (this.running) this.card.show(item.claim, index, item.range.getBoundingClientRect(), focus);
    }, 450);
  }

  /** Keyboard access: move to the next (or previous) claim and focus its card. */
  step(direction: 1 | -1 = 1): void {
    if (this.shown.length === 0) return;
    const n = this.shown.length;
    this.reveal((((this.stepIndex + direction) % n) + n) % n, true);
  }

  /** Reads the page again; only the part that changed is analysed again. */
  check(): void {
    if (!this.running) return;
    const root = this.doc.body ?? this.doc.documentElement;
    const map = extractText(root);
    const previous = this.map;
    if (previous && previous.text === map.text) {
      // Same text, maybe new nodes: re-map the same claims.
      this.map = map;
      this.paint(this.claims);
      return;
    }
    let claims: Claim[];
    if (!TOPIC.test(map.text)) claims = [];
    else if (previous && map.text.startsWith(previous.text) && previous.text.length > 0) {
      // Content appended (infinite scroll): keep the claims of the unchanged lines.
      const from = previous.text.length;
      const keepBefore = map.text.lastIndexOf('\n', from - 1) + 1;
      claims = [...this.claims.filter((c) => c.end <= keepBefore), ...this.options.analyze(map.text, { from })];
    } else claims = this.options.analyze(map.text);
    this.map = map;
    this.paint(claims);
    this.options.report(this.claims);
  }

  private paint(claims: Claim[]): void {
    const map = this.map!;
    const shown: Shown[] = [];
    for (const claim of claims) {
      const range = rangeFor(map, claim.start, claim.end);
      if (range) shown.push({ claim, range });
    }
    this.shown = shown;
    this.highlighter.show(shown.map((s) => ({ verdict: s.claim.verdict, range: s.range })));
    // Fallback marks change the DOM: those changes are ours, not the page's.
    this.observer?.takeRecords();
  }

  private listen(type: string, fn: EventListener): void {
    this.doc.addEventListener(type, fn, { capture: true, passive: true });
    this.listeners.push([type, fn]);
  }

  private onPointer(e: MouseEvent): void {
    if (this.shown.length === 0 || this.pointerFrame) return;
    const { clientX, clientY } = e;
    const target = e.target;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.card.contains(target)) return;
      const index = this.claimAt(clientX, clientY);
      if (index < 0) {
        this.card.hide();
        return;
      }
      if (index !== this.card.shown) {
        const item = this.shown[index]!;
        const rects = item.range.getClientRects();
        const near = Array.from(rects).find((r) => clientY >= r.top && clientY <= r.bottom) ?? item.range.getBoundingClientRect();
        this.card.show(item.claim, index, near);
      }
    });
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
    return this.shown.findIndex(({ range }) => {
      try {
        return range.comparePoint(node!, offset) === 0 && onBoxes(range);
      } catch {
        return false;
      }
    });
  }
}
