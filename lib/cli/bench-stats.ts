// Timing and table formatting for the bench command, kept apart from its I/O.
import { columns } from './eval-report';

/** @return the median of xs (the mean of the middle two for an even count) */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs f `warmUp` times untimed (JIT, lazily built tables), then `runs` times timed. @return the median ms */
export function timeMedian(f: () => unknown, runs: number, warmUp = 1, now: () => number = () => performance.now()): number {
  for (let i = 0; i < warmUp; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    f();
    times.push(now() - t);
  }
  return median(times);
}

export interface BenchRow {
  input: string;
  chars: number;
  /** UTF-8 size of the input. */
  bytes: number;
  engineMs: number;
  baselineMs: number;
  /** The baseline was timed on a sample and scaled to the whole input. */
  extrapolated: boolean;
}

const ms = (x: number): string => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);

/** ms per million characters: a million Chinese characters is about 3 MB of UTF-8, so this is the stricter reading of "per MB". */
const msPerMChars = (r: BenchRow): number => (r.engineMs * 1e6) / r.chars;

export function benchTable(rows: BenchRow[]): string {
  return columns([
    ['input', 'chars', 'UTF-8', 'engine median', 'per M chars', 'baseline median', 'baseline/engine'],
    ...rows.map((r) => [
      r.input,
      r.chars.toLocaleString('en-US'),
      `${(r.bytes / 1e6).toFixed(2)} MB`,
      ms(r.engineMs),
      ms(msPerMChars(r)),
      `${ms(r.baselineMs)}${r.extrapolated ? '*' : ''}`,
      `${(r.baselineMs / r.engineMs).toFixed(0)}×`,
    ]),
  ]);
}

export interface Target {
  what: string;
  goal: string;
  met: boolean;
  measured: string;
}

/** ms per MB of UTF-8, the unit of the claim-dense target. */
const msPerMB = (r: BenchRow): number => (r.engineMs * 1e6) / r.bytes;

/** The speed targets, each beside the measured figure (claim-dense text's when it was measured). */
export function targets(article: BenchRow, mixed: BenchRow, dense?: BenchRow): Target[] {
  const slowest = Math.min(article.baselineMs / article.engineMs, mixed.baselineMs / mixed.engineMs);
  return [
    { what: '10k article', goal: '≤ 5 ms', met: article.engineMs <= 5 * (article.chars / 10_000), measured: ms(article.engineMs) },
    { what: 'mixed text', goal: '≤ 100 ms per M chars', met: msPerMChars(mixed) <= 100, measured: ms(msPerMChars(mixed)) },
    ...(dense ? [{ what: 'claim-dense', goal: '≤ 150 ms per MB', met: msPerMB(dense) <= 150, measured: `${ms(msPerMB(dense))} per MB` }] : []),
    { what: 'vs baseline', goal: '≥ 20× faster', met: slowest >= 20, measured: `${slowest.toFixed(0)}× (smaller ratio)` },
  ];
}

export function targetLines(ts: Target[]): string {
  return ts.map((t) => `${t.met ? 'met ' : 'MISS'}  ${t.what.padEnd(12)} target ${t.goal.padEnd(22)} measured ${t.measured}`).join('\n');
}
