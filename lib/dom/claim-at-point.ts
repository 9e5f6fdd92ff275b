// Which claim lies under a point of the view: the caret position at the point, then the claim
// whose ranges hold it and whose boxes hold the point.
import { isText } from './node-types';

/** @return the index in `claims` of the claim under (x, y), or -1 */
export function claimAtPoint(doc: Document, claims: readonly { ranges: Range[] }[], x: number, y: number): number {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) [node, offset] = [p.offsetNode, p.offset];
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!isText(node)) return -1;
  const at = node;
  // The caret may be the nearest one to a point beside the text: the point must be on the claim's boxes.
  const onBoxes = (range: Range): boolean =>
    Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  return claims.findIndex(({ ranges }) =>
    ranges.some((range) => {
      try {
        return range.comparePoint(at, offset) === 0 && onBoxes(range);
      } catch {
        return false;
      }
    }),
  );
}
