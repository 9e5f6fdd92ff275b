// Work over many items in time slices, handing the thread back to the page between slices, so a
// page with thousands of claims never waits on one long task of ours.

export interface SliceOptions {
  /** Longest stretch of work before the page gets the thread back (ms). */
  budgetMs?: number;
  /** Resolves when the page has had its turn (an idle callback or a timeout). */
  pause: () => Promise<void>;
  /** Asked after each pause: true drops the rest (the page changed, or annotation stopped). */
  stopped?: () => boolean;
  /** The clock (tests pass their own). */
  now?: () => number;
}

/** Default slice: half a frame, so the page's own work fits in the other half. */
const SLICE_MS = 8;

/**
 * Calls `step(i)` for i in [from, to) in order, pausing whenever a slice has used its budget.
 * At least one step runs per slice, so the work always advances.
 * @return false when `stopped()` said to stop before every step had run
 */
export async function inSlices(from: number, to: number, step: (i: number) => void, options: SliceOptions): Promise<boolean> {
  const budget = options.budgetMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  let i = from;
  while (i < to) {
    const until = now() + budget;
    do step(i++);
    while (i < to && now() < until);
    if (i >= to) break;
    await options.pause();
    if (options.stopped?.()) return false;
  }
  return true;
}
