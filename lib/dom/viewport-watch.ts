// Follows the viewport as the page scrolls or resizes and, at most once a frame, tells the
// annotator where the claims are. Reads boxes only (never writes styles), in an animation frame,
// when the page's layout is already clean after a scroll.
import { claimsAround, type Around, type BoxAt } from './claims-in-view';

/** In a background tab animation frames stop: a timer stands in (ms). */
const FRAME_FALLBACK_MS = 250;

/** The box of a claim's ranges in viewport coordinates; null when none is rendered. */
export function rangesBox(ranges: readonly Range[]): { top: number; bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const range of ranges) {
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return top === Infinity ? null : { top, bottom };
}

export interface ViewportWatchOptions {
  /** Number of claims, in page order. */
  count: () => number;
  boxAt: BoxAt;
  /** After a scroll or resize, at most once a frame. */
  onFrame: (around: Around) => void;
}

export class ViewportWatch {
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A page without claims has nothing to follow. */
  private readonly onEvent = (): void => {
    if (this.options.count() > 0) this.schedule();
  };

  constructor(
    private readonly win: Window,
    private readonly options: ViewportWatchOptions,
  ) {}

  /** Scrolls of the page and of any scrolling element in it (captured at the document). */
  start(): void {
    this.win.document.addEventListener('scroll', this.onEvent, { capture: true, passive: true });
    this.win.addEventListener('resize', this.onEvent, { passive: true });
  }

  stop(): void {
    this.win.document.removeEventListener('scroll', this.onEvent, { capture: true });
    this.win.removeEventListener('resize', this.onEvent);
    this.cancel();
  }

  /** The viewport's height (CSS px). */
  get height(): number {
    return this.win.innerHeight || this.win.document.documentElement.clientHeight;
  }

  /** Where the claims are now. */
  read(): Around {
    return claimsAround(this.options.count(), this.options.boxAt, this.height);
  }

  /** Calls onFrame in the next frame, once however often it is asked. */
  schedule(): void {
    if (this.frame !== undefined || this.timer !== undefined) return;
    const run = (): void => {
      this.cancel();
      try {
        this.options.onFrame(this.read());
      } catch {
        // A page that changed under us: the next scroll reads again.
      }
    };
    this.frame = this.win.requestAnimationFrame?.(run);
    this.timer = setTimeout(run, FRAME_FALLBACK_MS);
  }

  private cancel(): void {
    if (this.frame !== undefined) this.win.cancelAnimationFrame?.(this.frame);
    clearTimeout(this.timer);
    this.frame = undefined;
    this.timer = undefined;
  }
}
