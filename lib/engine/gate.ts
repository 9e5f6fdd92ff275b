// The cheap first pass: a page that never names medical insurance costs one regex scan.

/** Words that put a passage on the topic of medical insurance (normalised text). */
const SUBJECT = /医保|医疗保|医疗保障|统筹基金|统筹账户|新农合|合作医疗/g;

/** How far back a mention of medical insurance still sets the topic of a sentence. */
export const SUBJECT_WINDOW = 200;

/** @return sorted offsets of every subject word in text. */
export function subjectPositions(text: string): number[] {
  const out: number[] = [];
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(text); m; m = SUBJECT.exec(text)) out.push(m.index);
  return out;
}

/** @return true when some position p satisfies from <= p < to (positions sorted). */
export function anyIn(positions: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! < to;
}
