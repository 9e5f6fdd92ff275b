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
 * Ranges covering text[start, end) of the map, in document order. A new range starts wherever
 * the extraction inserted a separator or passed over something (a hidden element, a script), so
 * each range shows exactly the page characters of its part of the span and nothing else.
 * @return [] when the span holds no page character, or its nodes have left the document
 */
export function rangesFor(map: TextMap, start: number, end: number): Range[] {
  const { segments } = map;
  const out: Range[] = [];
  if (segments.length === 0 || end <= start) return out;
  let i = Math.max(0, segmentAt(segments, start));
  let current: Range | null = null;
  let previous = -1;
  for (; i < segments.length && segments[i]!.start < end; i++) {
    const s = segments[i]!;
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.start + s.length);
    if (from >= to || !s.node.isConnected) continue;
    const startOffset = s.offset + from - s.start;
    const endOffset = s.offset + to - s.start;
    if (current && s.joined && previous === i - 1) current.setEnd(s.node, endOffset);
    else {
      current = s.node.ownerDocument.createRange();
      current.setStart(s.node, startOffset);
      current.setEnd(s.node, endOffset);
      out.push(current);
    }
    previous = i;
  }
  return out;
}
