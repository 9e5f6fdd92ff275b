// The card follows the reader: it opens for a claim the pointer rests on (not one it crosses),
// waits while the pointer travels to it, and opens for a claim that takes the keyboard focus.
import type { Claim } from '../engine';
import type { ClaimCard } from './claim-card';
import { claimAtPoint } from './claim-at-point';
import { guard } from './guard';
import { HoverIntent } from './hover-intent';

/** Hover is looked up at most this often (ms): mapping a point to text costs a layout query. */
const POINTER_MS = 60;
/** Time to move the pointer from a claim to its card before the card goes (ms). */
const HIDE_MS = 350;

export interface HoverTarget {
  /** The claims painted now, in page order. */
  shown: () => readonly { claim: Claim; ranges: Range[] }[];
  /** False once the annotator stopped. */
  running: () => boolean;
  /** True while the reader has hidden the page's marks. */
  hidden: () => boolean;
}

export class HoverCard {
  private pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private pointerTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card opens for a claim the pointer rests on, not for one it crosses. */
  private readonly intent = new HoverIntent((index) => guard(() => this.openAt(index)));

  constructor(
    private readonly doc: Document,
    private readonly card: ClaimCard,
    private readonly target: HoverTarget,
  ) {}

  /** Cancels every pending timer. */
  stop(): void {
    clearTimeout(this.pointerTimer);
    clearTimeout(this.hideTimer);
    this.intent.cancel();
    this.pointerTimer = undefined;
  }

  onPointer(e: MouseEvent): void {
    if (this.target.shown().length === 0 || this.target.hidden()) return;
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    // Throttled, trailing: the last position in each interval is the one looked up.
    this.pointerTimer ??= setTimeout(() => {
      this.pointerTimer = undefined;
      guard(() => this.hover());
    }, POINTER_MS);
  }

  /** Keyboard: a link or other focusable element inside a claim shows that claim's card. */
  onFocus(e: Event): void {
    const target = e.target;
    const host = this.card.element;
    // Focus moving inside the card (its undo, its form) is the card's own.
    if (this.card.contains(target) || (host && e.composedPath().includes(host)) || this.target.hidden() || this.card.busy || this.card.restoringFocus) return;
    const shown = this.target.shown();
    const index = target instanceof Node ? shown.findIndex((s) => s.ranges.some((r) => r.intersectsNode(target))) : -1;
    if (index < 0) return this.card.hide();
    const el = target as Element;
    this.card.show(shown[index]!.claim, index, el.getBoundingClientRect());
  }

  private hover(): void {
    const p = this.pointer;
    if (!p || !this.target.running()) return;
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
    if (!p || !this.target.running() || this.target.hidden() || this.card.busy || index === this.card.shown || this.claimAt(p.x, p.y) !== index) return;
    const item = this.target.shown()[index]!;
    const rects = item.ranges.flatMap((r) => Array.from(r.getClientRects()));
    const near = rects.find((r) => p.y >= r.top && p.y <= r.bottom) ?? item.ranges[0]!.getBoundingClientRect();
    this.card.show(item.claim, index, near);
  }

  private claimAt(x: number, y: number): number {
    return claimAtPoint(this.doc, this.target.shown(), x, y);
  }
}
