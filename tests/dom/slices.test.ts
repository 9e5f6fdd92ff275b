import { describe, expect, it } from 'vitest';
import { inSlices } from '../../lib/dom/slices';

/** A clock that moves `cost` ms with each step, and records where the work paused. */
function fake(cost: number) {
  let t = 0;
  const pauses: number[] = [];
  let done = 0;
  return {
    now: () => t,
    step: () => {
      done++;
      t += cost;
    },
    pause: async () => {
      pauses.push(done);
    },
    pauses,
    done: () => done,
  };
}

describe('inSlices', () => {
  it('runs every step in order, pausing whenever a slice has used its budget', async () => {
    const f = fake(1);
    const order: number[] = [];
    const ok = await inSlices(
      0,
      30,
      (i) => {
        order.push(i);
        f.step();
      },
      { budgetMs: 8, pause: f.pause, now: f.now },
    );
    expect(ok).toBe(true);
    expect(order).toEqual([...Array(30).keys()]);
    // Slices of 8 steps of 1 ms: pauses after 8, 16 and 24; none after the last step.
    expect(f.pauses).toEqual([8, 16, 24]);
  });

  it('advances by at least one step a slice, even when one step costs more than the budget', async () => {
    const f = fake(20);
    await inSlices(3, 6, () => f.step(), { budgetMs: 8, pause: f.pause, now: f.now });
    expect(f.done()).toBe(3);
    expect(f.pauses).toEqual([1, 2]);
  });

  it('drops the rest when stopped() says the page moved on', async () => {
    const f = fake(5);
    let stop = false;
    const ok = await inSlices(
      0,
      100,
      () => {
        f.step();
        if (f.done() === 4) stop = true;
      },
      { budgetMs: 8, pause: f.pause, now: f.now, stopped: () => stop },
    );
    expect(ok).toBe(false);
    expect(f.done()).toBe(4);
  });

  it('does nothing and never pauses for an empty span', async () => {
    const f = fake(1);
    expect(await inSlices(5, 5, () => f.step(), { pause: f.pause, now: f.now })).toBe(true);
    expect(f.done()).toBe(0);
    expect(f.pauses).toEqual([]);
  });
});
