// The cheap first pass: a page that never names medical insurance costs one regex scan.

/** Words that by themselves put a passage on the topic of medical insurance (normalised text). */
const SUBJECT = /医保|医疗保|新农合|合作医疗|骗保|虚假购药|药品回流|家庭共济|门诊共济|定点药店|定点医药/g;
/** Words that do so only on a page that is about medical insurance (a pension page has 个人账户 and 统筹基金 too). */
const WEAK_SUBJECT = /个人账户|社保卡|社会保险卡|统筹/g;
/** A page naming medical insurance this often is about it: then 社保卡 and 个人账户 speak of it too (once is enough; the classifier and the page cues keep pension and bank pages out). */
const TOPIC_PAGE_MIN = 1;

/** How far back a mention of medical insurance still sets the topic of a sentence. */
export const SUBJECT_WINDOW = 300;

function positions(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/**
 * @param assumeTopic the caller knows the text is about medical insurance (a typed query)
 * @return sorted offsets of the words that set the topic; empty when the text is off-topic
 */
export function subjectPositions(text: string, assumeTopic = false): number[] {
  if (assumeTopic) return [0];
  const strong = positions(SUBJECT, text);
  if (strong.length < TOPIC_PAGE_MIN) return strong;
  // A pension page that names medical insurance in passing (a payslip's 医疗保险2%) speaks of the pension's
  // 个人账户 and 统筹基金: only the sentences near that mention are on the topic.
  if (countMatches(PENSION, text) > PENSION_PAGE * strong.length) return strong;
  return merged(strong, positions(WEAK_SUBJECT, text));
}

/** The pension, by its names: a page naming it this many times as often as medical insurance is about it. */
const PENSION = /养老保险|养老金|年金|退休金/g;
const PENSION_PAGE = 3;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** @return the two sorted lists as one sorted list: merged in one pass, where sorting thousands of positions called a comparator for every comparison */
function merged(a: number[], b: number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
  return out;
}

/**
 * @param positions sorted
 * @return a test of whether some position p satisfies from <= p < to. Ranges are asked in order
 * (each starting at or after the one before, as a text's lines and sentences are): a cursor moves
 * forward through the positions, where a binary search per sentence read a list of thousands from
 * the top. A range that starts earlier moves it back.
 */
export function positionsIn(positions: number[]): (from: number, to: number) => boolean {
  let at = 0;
  return (from, to) => {
    while (at > 0 && positions[at - 1]! >= from) at--;
    while (at < positions.length && positions[at]! < from) at++;
    return at < positions.length && positions[at]! < to;
  };
}
