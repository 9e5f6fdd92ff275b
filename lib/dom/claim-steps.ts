// Moving from claim to claim: the keyboard's next and previous (round the page, focusing the
// card) and the side panel's (from the view, not wrapping around).
import type { Claim } from '../engine';
import type { ClaimCard } from './claim-card';
import type { Highlighter } from './highlight';
import { stepFrom, targetClaim } from './claims-in-view';
import { rangesBox, type ViewportWatch } from './viewport-watch';
import { guard } from './guard';

/** "Next" or "previous" this soon after a step goes on from the claim just shown, even mid-scroll (ms). */
const STEP_HOLDS_MS = 1000;
/** The card is placed by the claim once the smooth scroll to it has settled (ms). */
const SCROLL_SETTLES_MS = 450;

export interface StepTarget {
  /** The claims painted now, in page order. */
  shown: () => readonly { claim: Claim; ranges: Range[] }[];
  /** False once the annotator stopped. */
  running: () => boolean;
}

export class ClaimSteps {
  /** The claim last shown; -1 before any. */
  private index = -1;
  /** When reveal() last showed a claim (ms). */
  private at = -Infinity;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly card: ClaimCard,
    private readonly watch: ViewportWatch | null,
    private readonly target: StepTarget,
  ) {}

  /** Scrolls to claim `index`, flashes it and shows its card. */
  reveal(index: number, focus = false): void {
    const item = this.target.shown()[index];
    if (!item) return;
    this.index = index;
    this.at = performance.now();
    this.highlighter.flash(item.ranges);
    setTimeout(
      () =>
        guard(() => {
          if (this.target.running() && this.target.shown()[index] === item) this.card.show(item.claim, index, item.ranges[0]!.getBoundingClientRect(), focus);
        }),
      SCROLL_SETTLES_MS,
    );
  }

  /** Keyboard access: move to the next (or previous) claim and focus its card. */
  step(direction: 1 | -1 = 1): void {
    const n = this.target.shown().length;
    if (n === 0) return;
    // The first step back goes to the last claim.
    const from = this.index < 0 && direction < 0 ? n : this.index;
    this.reveal((((from + direction) % n) + n) % n, true);
  }

  /**
   * Shows the last claim above the view or the first below it, or, while the claim last shown
   * is in view, the one before or after it. Does not wrap around.
   * @return the claim shown, or -1 when there is none that way
   */
  navigate(direction: 1 | -1): number {
    const shown = this.target.shown();
    const n = shown.length;
    if (n === 0 || !this.watch) return -1;
    const current = this.index < n ? this.index : -1;
    // Still scrolling to the claim just shown: where it sits now says nothing yet.
    const target =
      current >= 0 && performance.now() - this.at < STEP_HOLDS_MS
        ? stepFrom(n, current, direction)
        : targetClaim(n, (i) => rangesBox(shown[i]!.ranges), this.watch.height, current, direction);
    if (target >= 0) this.reveal(target);
    return target;
  }
}
