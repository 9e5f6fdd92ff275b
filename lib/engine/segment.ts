// Splits normalised text into lines, sentences and clauses, keeping offsets.
// Content-farm prose chains many claims with commas, so the clause is the unit a claim is
// judged on, and the sentence is the context it borrows conditions and stance from.

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  /** True when the clause starts with a contrastive connective (但/然而/不过…): context does not flow across it. */
  contrast: boolean;
}

export interface Sentence extends Span {
  clauses: Clause[];
  /** Ends with a question mark. */
  question: boolean;
  /** The sentence is a whole line that reads as a heading, a table-of-contents item or a label. */
  heading: boolean;
}

// Character classes as bits in one table: these loops run over every character of a page.
const SENTENCE_END = 1;
const CLAUSE_BREAK = 2;
const LINE_BREAK = 4;
/** Trimmed from both ends of lines, sentences and clauses: spaces, bullets, quotes, brackets. */
const TRIM = 8;
/** Also trimmed from the end of a clause: its sentence's terminator. */
const CLAUSE_END = 16;
/** Can start a list marker ("1.", "(2)", "三、"). */
const MARKER_START = 32;
const CONTRAST_START = 64;
/** Opens or closes a quotation, inside which a comma splits no clause. */
const QUOTE = 128;
const CHAR_CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) CHAR_CLASS[c.charCodeAt(0)]! |= bit;
};
mark('。！？!?；;', SENTENCE_END);
mark('，,', CLAUSE_BREAK);
mark('\n\r', LINE_BREAK);
mark(' \t\n\r\f\v\u00a0\u2028\u2029\ufeff-*#>•·●◆■□▪"“”\'‘’「」『』()（）【】[]、:：', TRIM);
mark('。！？!?；;…', CLAUSE_END);
mark('0123456789（(一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩', MARKER_START);
mark('但然不可只虽尽而', CONTRAST_START);
mark('“”「」', QUOTE);
/** The characters segment marks: everything but trimming is decided at them. */
const SPLIT = SENTENCE_END | CLAUSE_BREAK | LINE_BREAK | QUOTE;
const [OPEN_QUOTE, CLOSE_QUOTE, OPEN_CORNER, CLOSE_CORNER] = [...'“”「」'].map((c) => c.charCodeAt(0));
const is = (text: string, i: number, bit: number): boolean => (CHAR_CLASS[text.charCodeAt(i)]! & bit) !== 0;
const LIST_MARKER = /^(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.]|[①-⑩])\s*/;
const CONTRAST = /^(?:但是|但|然而|不过|可是|只是|虽然|尽管|而是|而)/;
const HEADING_PUNCT = /[，,。！？!?；;]/;
// A line without sentence punctuation can still be a claim when it asserts something.
const ASSERTION = /可以|(?<!可)能(?!性)|允许|支持|不|禁止|严禁|没有|无法|必须|属于|会被|违法|违规|犯罪/;

/** A short line (the caller checks its length) without sentence punctuation that asserts nothing is a heading. */
const isHeading = (line: string): boolean => !HEADING_PUNCT.test(line) && !ASSERTION.test(line);

function trimSpan(text: string, start: number, end: number, trimEnd = TRIM): Span {
  while (start < end && is(text, start, TRIM)) start++;
  while (end > start && is(text, end - 1, TRIM | trimEnd)) end--;
  const marker = start < end && is(text, start, MARKER_START) ? LIST_MARKER.exec(text.slice(start, Math.min(end, start + 8))) : null;
  if (marker) {
    start += marker[0].length;
    while (start < end && is(text, start, TRIM)) start++;
  }
  return { start, end };
}

/**
 * Where the text being segmented splits or a quotation opens or closes, in order: segment reads
 * each character once, to find these, and cuts lines, sentences and clauses from them alone.
 * Reused from call to call.
 */
let marks = new Int32Array(256);
let markCount = 0;

/** @return the first mark at or after `at`, from mark m on */
function markFrom(m: number, at: number): number {
  while (m < markCount && marks[m]! < at) m++;
  return m;
}

/** Reused: the clauses of a sentence as they are cut, copied out at their exact size (an array filled by push reserves room for 17). */
const cut: Clause[] = [];

/** @param m the first mark at or after start */
function splitClauses(text: string, start: number, end: number, m: number): Clause[] {
  let clauses = 0;
  let from = start;
  // A comma inside quotation marks belongs to the quoted words ("“代办提现，加微信”的广告").
  let quoted = 0;
  for (; ; m++) {
    const i = m < markCount && marks[m]! < end ? marks[m]! : end;
    if (i < end) {
      const c = text.charCodeAt(i);
      if (c === OPEN_QUOTE || c === OPEN_CORNER) quoted++;
      else if ((c === CLOSE_QUOTE || c === CLOSE_CORNER) && quoted > 0) quoted--;
      if (quoted !== 0 || !is(text, i, CLAUSE_BREAK)) continue;
    }
    const s = trimSpan(text, from, i, CLAUSE_END);
    if (s.end > s.start) {
      const contrast = is(text, s.start, CONTRAST_START) && CONTRAST.test(text.slice(s.start, s.start + 4));
      cut[clauses++] = { start: s.start, end: s.end, contrast };
    }
    if (i === end) return cut.slice(0, clauses);
    from = i + 1;
  }
}

/** Sentences of text[start, end), which holds no line break; m is the first mark at or after start. */
function splitLine(text: string, start: number, end: number, m: number, out: Sentence[]): void {
  const line = trimSpan(text, start, end);
  if (line.end <= line.start) return;
  const heading = line.end - line.start <= 30 && isHeading(text.slice(line.start, line.end));
  let from = line.start;
  // The sentence's first mark: its commas and quotes are read from there.
  let first = markFrom(m, from);
  for (m = first; ; m++) {
    const i = m < markCount && marks[m]! < line.end ? marks[m]! : line.end;
    if (i < line.end && !is(text, i, SENTENCE_END)) continue;
    const stop = i === line.end ? i : i + 1;
    const s = trimSpan(text, from, stop);
    if (s.end > s.start) {
      const last = text[stop - 1];
      out.push({
        start: s.start,
        end: s.end,
        clauses: splitClauses(text, s.start, s.end, markFrom(first, s.start)),
        question: last === '?' || last === '？',
        heading,
      });
    }
    if (i === line.end) return;
    from = stop;
    first = m + 1;
  }
}

/** @return the sentences of text[start, end) in order. */
export function segment(text: string, start = 0, end = text.length): Sentence[] {
  markCount = 0;
  for (let i = start; i < end; i++) {
    if ((CHAR_CLASS[text.charCodeAt(i)]! & SPLIT) === 0) continue;
    if (markCount === marks.length) {
      const grown = new Int32Array(2 * marks.length);
      grown.set(marks);
      marks = grown;
    }
    marks[markCount++] = i;
  }
  const out: Sentence[] = [];
  let from = start;
  let first = 0;
  for (let m = 0; m <= markCount; m++) {
    const i = m < markCount ? marks[m]! : end;
    if (m < markCount && !is(text, i, LINE_BREAK)) continue;
    if (i > from) splitLine(text, from, i, first, out);
    from = i + 1;
    first = m + 1;
  }
  return out;
}
