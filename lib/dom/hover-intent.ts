// The card opens for a claim the pointer rests on, not for every claim it crosses on its way
// across the page: a claim must stay under the pointer for a moment before its card shows.

/** How long the pointer must stay on one claim before its card opens (ms); the annotator looks the pointer up every 60 ms, which may add that much. */
export const HOVER_OPEN_MS = 250;

export class HoverIntent {
  /** The claim the pointer is on, while its timer runs; -1 when none. */
  private pending = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param open called with the claim's index once the pointer has stayed on it for `delay` ms;
   *   it should check the pointer is still there
   */
  constructor(
    private readonly open: (index: number) => void,
    private readonly delay = HOVER_OPEN_MS,
  ) {}

  /** The pointer is on claim `index` (-1: on none). Staying on the same claim keeps its timer running. */
  over(index: number): void {
    if (index === this.pending) return;
    this.cancel();
    if (index < 0) return;
    this.pending = index;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = -1;
      this.open(index);
    }, this.delay);
  }

  /** Forgets the claim the pointer was on: nothing opens. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = -1;
  }
}
