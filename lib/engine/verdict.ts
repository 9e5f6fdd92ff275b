import type { Verdict } from './types';

// Rule 7 of the rubric: where a clause mixes claims, the worst verdict wins.
const SEVERITY: Record<Verdict, number> = { accurate: 0, 'region-dependent': 1, misleading: 2, illegal: 3 };

/** @return true when a is worse than b. */
export function worse(a: Verdict, b: Verdict): boolean {
  return SEVERITY[a] > SEVERITY[b];
}
