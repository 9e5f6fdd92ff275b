// Maps offsets of extracted text back to DOM Ranges.
import type { Segment, TextMap } from './extract-text';

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * @return a Range covering text[start, end) of the map (separators the extraction inserted are
 *   skipped at the edges), or null when the span holds no page character
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const { segments } = map;
  if (segments.length === 0 || end <= start) return null;
  // First segment containing a character at or after start.
  let first = segmentAt(segments, start);
  if (first < 0 || segments[first]!.start + segments[first]!.length <= start) first++;
  // Last segment containing a character before end.
  const last = segmentAt(segments, end - 1);
  if (first >= segments.length || last < first) return null;
  const a = segments[first]!;
  const b = segments[last]!;
  const startOffset = a.offset + Math.max(0, start - a.start);
  const endOffset = b.offset + Math.min(b.length, end - b.start);
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  return range;
}

/** The page text a range would show for text[start, end): the map's text with separators dropped. */
export function mappedText(map: TextMap, start: number, end: number): string {
  let out = '';
  for (const s of map.segments) {
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.start + s.length);
    if (from < to) out += s.node.data.slice(s.offset + from - s.start, s.offset + to - s.start);
  }
  return out;
}
