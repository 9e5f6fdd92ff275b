// Finds which lines of the page text changed between two checks, so only those are analysed
// again and the claims of every other line are kept.
import type { Claim } from '../engine';
import { SUBJECT_WINDOW } from '../engine/gate';

/**
 * A changed line can set the topic of the lines after it: the engine looks back up to
 * SUBJECT_WINDOW characters for a word that puts a sentence on medical insurance.
 */
const CONTEXT_AFTER = SUBJECT_WINDOW;

/** Lines [start, beforeEnd) of the old text became lines [start, afterEnd) of the new one. */
export interface LineChange {
  /** Start of the first changed line, the same offset in both texts. */
  start: number;
  /** End of the last changed line (a line break or the end of the text), old text. */
  beforeEnd: number;
  /** The same end in the new text. */
  afterEnd: number;
}

/** @return the smallest run of whole lines covering every difference, or null when equal */
export function changedLines(before: string, after: string, contextAfter = CONTEXT_AFTER): LineChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // A difference that starts at a line's end (new lines after it) leaves that line as it was.
  const atLineEnd = (t: string): boolean => head === t.length || t.charCodeAt(head) === 10;
  const start = head > 0 && atLineEnd(before) && atLineEnd(after) ? head + 1 : head === 0 ? 0 : after.lastIndexOf('\n', head - 1) + 1;
  // The common tail is the same string in both texts, so a line end found in it lies at the
  // same distance from either text's end.
  const reach = Math.min(after.length, Math.max(after.length - tail, head) + contextAfter);
  let afterEnd = after.indexOf('\n', reach);
  if (afterEnd < 0) afterEnd = after.length;
  return { start, afterEnd, beforeEnd: afterEnd - (after.length - before.length) };
}

/**
 * The claims of the new text: old claims of the unchanged lines (shifted past the change) and
 * `fresh`, the claims found in the changed lines.
 */
export function mergeClaims(old: Claim[], change: LineChange, fresh: Claim[]): Claim[] {
  const delta = change.afterEnd - change.beforeEnd;
  return [
    ...old.filter((c) => c.end <= change.start),
    ...fresh.filter((c) => c.start >= change.start && c.end <= change.afterEnd),
    ...old.filter((c) => c.start >= change.beforeEnd).map((c) => ({ ...c, start: c.start + delta, end: c.end + delta })),
  ];
}
