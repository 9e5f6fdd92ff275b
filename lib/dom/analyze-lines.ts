// The engine run over a page's changed lines a slice at a time, handing the thread back to the
// page between slices: claim-dense text costs several ms per thousand characters in a browser.
import { SUBJECT_WINDOW } from '../engine/gate';
import type { AnalyzeOptions, Claim } from '../engine';
import { changedLines, mergeClaims, type LineChange } from './changed-lines';

/** Text analysed in one go before the page gets the thread back (characters, whole lines). */
const ANALYZE_SLICE = 10_000;
/**
 * Claim-dense text costs more to analyse than the same length of other prose: each slice is
 * sized from the last one's cost to take about ANALYZE_MS, and is never shorter than MIN_SLICE
 * characters.
 */
const ANALYZE_MS = 10;
const MIN_SLICE = 1_000;
/** On a page's first check, the first slice is short and painted at once: the reader sees the
 * top of the page marked while the rest is read (characters, whole lines). */
const FIRST_SLICE = 2_000;
/** Longer texts are analysed slice by slice with SLICE_CONTEXT characters of lines before each. */
const LONG_TEXT = 5 * ANALYZE_SLICE;
/** Ten times what the engine looks back for a sentence's topic, so no slice loses its context. */
const SLICE_CONTEXT = 10 * SUBJECT_WINDOW;

export interface SliceRun {
  analyze: (text: string, options?: AnalyzeOptions) => Claim[];
  /** Resolves when the page has had its turn. */
  pause: () => Promise<void>;
  /** Asked after each pause: true drops the rest (the page moved on). */
  stopped: () => boolean;
  /** Called with the claims found so far after each slice but the last (a first check paints as it goes). */
  progress?: (claimsSoFar: Claim[]) => void;
}

/**
 * Claims of the changed lines of `text`, in text offsets, analysed a slice at a time.
 * @return null when `stopped()` said the page moved on meanwhile
 */
export async function analyzeLines(text: string, change: LineChange, run: SliceRun): Promise<Claim[] | null> {
  const out: Claim[] = [];
  let from = change.start;
  // Lines were only removed: nothing new to read.
  if (from >= change.afterEnd) return out;
  // A long text is read with a bounded stretch of lines before each slice as context, so no
  // slice costs more than its own length. A shorter one is read exactly as the command-line
  // check reads it.
  const bounded = text.length > LONG_TEXT;
  /** Analysis cost of the last slice (ms per character), once known. */
  let perChar = 0;
  for (let first = true; ; first = false) {
    let end = change.afterEnd;
    const size = first && run.progress ? FIRST_SLICE : perChar > 0 ? Math.max(MIN_SLICE, Math.min(ANALYZE_SLICE, Math.round(ANALYZE_MS / perChar))) : ANALYZE_SLICE;
    if (end - from > size) {
      const cut = text.indexOf('\n', from + size);
      if (cut >= 0 && cut < end) end = cut;
    }
    const base = bounded && from > SLICE_CONTEXT ? text.lastIndexOf('\n', from - SLICE_CONTEXT) + 1 : 0;
    const slice = base === 0 && end === text.length ? text : text.slice(base, end);
    const began = performance.now();
    for (const c of run.analyze(slice, from > base ? { from: from - base } : undefined))
      out.push(base ? { ...c, start: c.start + base, end: c.end + base } : c);
    const cost = (performance.now() - began) / Math.max(1, end - from);
    // Smoothed, so one slow slice (a garbage collection) does not halve the next.
    perChar = perChar > 0 ? (perChar + cost) / 2 : cost;
    if (end >= change.afterEnd) return out;
    run.progress?.(out);
    from = end + 1;
    await run.pause();
    if (run.stopped()) return null;
  }
}

/**
 * The claims of `text`, given the claims `found` on the `previous` text (null: none read yet):
 * only the lines that changed are analysed again, and the rest keep their claims.
 * @return null when `stopped()` said the page moved on meanwhile
 */
export async function claimsAfterChange(previous: string | null, text: string, found: Claim[], run: SliceRun): Promise<Claim[] | null> {
  const change = previous !== null ? changedLines(previous, text) : { start: 0, beforeEnd: 0, afterEnd: text.length };
  if (!change) return found;
  const fresh = await analyzeLines(text, change, run);
  if (fresh === null || run.stopped()) return null;
  return previous !== null ? mergeClaims(found, change, fresh) : fresh;
}
