// Ties the page layer together: extract the visible text, run the engine, mark the claims,
// show the card on hover or focus, follow later changes. Owns no browser-extension API: the
// content script passes callbacks in, so this runs (and is tested) in any DOM.
import type { Claim } from '../engine';
import { extractText, extractTextInChunks, TOPIC } from './extract-text';
import type { AnnotatorOptions } from './annotator-options';
import { Highlighter } from './highlight';
import { ClaimCard } from './claim-card';
import { observeMutations, type Observer } from './observe-mutations';
import type { Lang } from '../i18n';
import { claimKey } from '../claim-identity';
import type { SuggestedVerdict } from '../verdict-report';
import type { Around } from './claims-in-view';
import { ClaimSteps } from './claim-steps';
import { ViewportWatch, rangesBox } from './viewport-watch';
import { claimsAfterChange } from './analyze-lines';
import { ClaimPainter, sameClaims } from './claim-painter';
import { HoverCard } from './hover-card';
import { InViewTeller } from './in-view-teller';
import { PageListeners } from './page-listeners';

export type { AnnotatorOptions } from './annotator-options';

export class Annotator {
  private reported: Claim[] | null = null;
  private readonly highlighter: Highlighter;
  private readonly card: ClaimCard;
  private readonly painter: ClaimPainter;
  private readonly hoverCard: HoverCard;
  private readonly inViewTeller: InViewTeller;
  private readonly steps: ClaimSteps;
  private observer: Observer | null = null;
  private running = false;
  /** How many of the engine's warm-up steps have run (options.warmUp). */
  private warmedUp = 0;
  /** Bumped by each check and by stop(): a check that finds it changed drops its result. */
  private generation = 0;
  private readonly listeners: PageListeners;
  private readonly watch: ViewportWatch | null;

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.highlighter = new Highlighter(doc, options.stylesInManifest);
    this.listeners = new PageListeners(doc);
    const { dismiss, reportVerdict } = options;
    this.card = new ClaimCard(doc, {
      details: (i) => options.openDetails(i),
      ...(dismiss && reportVerdict
        ? {
            dismiss: (i: number) => this.dismissAt(i),
            undo: (claim: Claim) => this.undismiss(claim),
            report: (i: number, suggested: SuggestedVerdict, comment: string) => {
              const item = this.painter.shown[i];
              if (item) reportVerdict(item.claim, suggested, comment);
            },
          }
        : {}),
    });
    this.card.lang = options.lang ?? 'zh';
    const win = doc.defaultView;
    this.watch = win
      ? new ViewportWatch(win, {
          count: () => this.painter.shown.length,
          boxAt: (i) => (this.painter.shown[i] ? rangesBox(this.painter.shown[i].ranges) : null),
          onFrame: (around) => this.onView(around),
        })
      : null;
    this.painter = new ClaimPainter(
      {
        highlighter: this.highlighter,
        watch: this.watch,
        reread: () => extractText(this.root, this.options.extract),
        repainted: (changed) => {
          if (changed) this.card.hide();
          // Fallback marks change the DOM: those changes are ours, not the page's.
          this.observer?.takeRecords();
        },
      },
      options.dismissed,
    );
    const target = { shown: () => this.painter.shown, running: () => this.running, hidden: () => this.painter.hidden };
    this.hoverCard = new HoverCard(doc, this.card, target);
    this.steps = new ClaimSteps(this.highlighter, this.card, this.watch, target);
    this.inViewTeller = new InViewTeller(options.inView, () => this.running);
  }

  get claims(): Claim[] {
    return this.painter.claims;
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
    return this.painter.hidden;
  }

  set marksHidden(hidden: boolean) {
    if (hidden === this.painter.hidden) return;
    this.card.hide();
    this.painter.setHidden(hidden, this.running);
  }

  /**
   * The claims the reader dismissed on this page (claimKey of their text), as storage now has
   * them: the page is marked and reported again without them.
   */
  setDismissed(keys: Iterable<string>): void {
    if (this.painter.setDismissed(keys)) this.refresh();
  }

  /** Dismisses claim `index` at once (the card's button); the content script stores it. */
  dismissAt(index: number): void {
    const item = this.painter.shown[index];
    if (!item) return;
    this.painter.dismissed.add(claimKey(item.claim.text));
    this.refresh();
    this.options.dismiss?.(item.claim, false);
  }

  /** Shows a dismissed claim again at once (the card's undo); the content script stores it. */
  undismiss(claim: Claim): void {
    this.painter.dismissed.delete(claimKey(claim.text));
    this.refresh();
    this.options.dismiss?.(claim, true);
  }

  /** Checks the page and keeps following it until stop(). @return the first check */
  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    this.running = true;
    this.observer = observeMutations(this.root, () => void this.check(), this.options.debounce);
    this.listeners.add('mousemove', (e) => this.hoverCard.onPointer(e as MouseEvent));
    this.listeners.add('focusin', (e) => this.hoverCard.onFocus(e));
    this.listeners.add('scroll', () => this.card.busy || this.card.hide());
    this.watch?.start();
    return this.check();
  }

  /** Removes every trace from the page. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.listeners.removeAll();
    this.hoverCard.stop();
    this.watch?.stop();
    this.inViewTeller.reset();
    this.painter.clear();
    this.card.remove();
    this.reported = null;
  }

  /** Scrolls to claim `index`, flashes it and shows its card. */
  readonly reveal = (index: number, focus = false): void => this.steps.reveal(index, focus);

  /** Keyboard access: move to the next (or previous) claim and focus its card. */
  readonly step = (direction: 1 | -1 = 1): void => this.steps.step(direction);

  /** The side panel's "previous" and "next" (ClaimSteps.navigate). @return the claim shown, or -1 when there is none that way */
  readonly navigate = (direction: 1 | -1): number => this.steps.navigate(direction);

  /** Claims wholly above and wholly below the view now; null before the first check or where there is no window. */
  get inView(): Around | null {
    return this.watch && this.reported ? this.watch.read() : null;
  }

  /**
   * Reads the page again. Only lines whose text changed are analysed again; a page without a
   * topic word costs one regex test of its raw text.
   */
  async check(): Promise<void> {
    if (!this.running) return;
    const generation = ++this.generation;
    const stopped = (): boolean => generation !== this.generation;
    const painter = this.painter;
    try {
      const root = this.root;
      if (!TOPIC.test(root.textContent ?? '')) {
        painter.map = null;
        painter.paint([]);
        return this.report();
      }
      const map = await extractTextInChunks(root, { ...this.options.extract, pause: this.options.pause });
      // Reading ended a slice of its own: the page runs before the analysis starts.
      await this.yieldToPage();
      if (stopped()) return;
      // The engine's tables, built once, a step per task: together they would be the longest task of all.
      // A step that fails is skipped: the analysis does the same work itself.
      const steps = this.options.warmUp ?? [];
      while (this.warmedUp < steps.length) {
        const step = steps[this.warmedUp++]!;
        try {
          step();
        } catch {
          // The analysis builds what the step did not.
        }
        await this.yieldToPage();
        if (stopped()) return;
      }
      const previous = painter.map;
      // A first check paints as it goes; a re-check replaces the marks once, when done.
      const progress = previous
        ? undefined
        : (soFar: Claim[]) => {
            if (stopped()) return;
            painter.map = map;
            painter.paint(soFar, 'more');
          };
      const pause = () => this.yieldToPage();
      const claims = await claimsAfterChange(previous?.text ?? null, map.text, painter.found, { analyze: this.options.analyze, pause, stopped, progress });
      if (claims === null) return;
      // Same text may still sit in new nodes: always map again (a slice at a time on a long page).
      if (!(await painter.mapRanges(map, claims, pause, stopped))) return;
      painter.map = map;
      painter.paint(claims, previous ? false : 'last');
      this.report();
    } catch {
      // Never break the page: a failed check leaves it as the last good one did.
    }
  }

  private get root(): HTMLElement {
    return this.doc.body ?? this.doc.documentElement;
  }

  /** Marks and reports the claims found so far again, after the dismissed ones changed. */
  private refresh(): void {
    if (!this.running || !this.painter.map) return;
    this.painter.paint(this.painter.found);
    if (this.reported) this.report();
  }

  private yieldToPage(): Promise<void> {
    return (this.options.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0))))();
  }

  private report(): void {
    // The panel's counts of claims above and below the view follow the claims (a page that
    // never had one says nothing).
    if (this.painter.shown.length > 0 || this.inViewTeller.told) this.watch?.schedule();
    const claims = this.claims;
    if (this.reported && sameClaims(this.reported, claims)) return;
    this.reported = claims;
    this.options.report(claims);
  }

  /** After a scroll or resize: moves the painted claims with the view, tells where the claims are. */
  private onView(around: Around): void {
    if (!this.running) return;
    this.painter.follow(around);
    if (this.reported) this.inViewTeller.update(around);
  }
}
