// Tells the side panel how many claims lie above and below the view: a change at once, then at
// most every IN_VIEW_MS, the last one always.
import type { Around } from './claims-in-view';

/** The page says where its claims are (how many above and below the view) at most this often (ms). */
const IN_VIEW_MS = 200;

export class InViewTeller {
  private sent: Around | null = null;
  private latest: Around | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param tell receives each change of the counts
   * @param running false once the annotator stopped: a pending count is dropped
   */
  constructor(
    private readonly tell: ((around: Around) => void) | undefined,
    private readonly running: () => boolean,
  ) {}

  /** True once a count was passed on (a page that never had a claim says nothing). */
  get told(): boolean {
    return this.sent !== null;
  }

  /** The counts now: passed on at once, or when the interval ends. */
  update(around: Around): void {
    this.latest = around;
    if (this.timer !== undefined) return;
    this.flush();
  }

  /** Forgets what was passed on and drops what is pending. */
  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sent = null;
    this.latest = null;
  }

  private flush(): void {
    const a = this.latest;
    const was = this.sent;
    if (!a || !this.tell || (was && was.above === a.above && was.below === a.below)) return;
    this.sent = a;
    this.tell(a);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running()) this.flush();
    }, IN_VIEW_MS);
  }
}
