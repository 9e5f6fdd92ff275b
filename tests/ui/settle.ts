// Lets the views' asynchronous work run inside act(): storage reads and messages (promises), and
// timers on the fake clock, so no test waits on the wall clock.
import { act } from '@testing-library/preact';
import { vi } from 'vitest';

/**
 * Lets pending promises, zero-delay timers and the renders they cause run, on fake or real timers.
 * In rounds: the effects of a render run when its act() ends, and may start more work.
 */
export async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      for (let i = 0; i < 5; i++) await (vi.isFakeTimers() ? vi.advanceTimersByTimeAsync(0) : new Promise((r) => setTimeout(r, 0)));
    });
  }
}

/** Moves the fake clock on by `ms`, running the timers that fall due and the renders they cause. */
export const advance = (ms: number): Promise<void> =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
