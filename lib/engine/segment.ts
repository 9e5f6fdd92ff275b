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

// A table lookup per character: these loops run over every character of a page.
const SENTENCE_END = 1;
const CLAUSE_BREAK = 2;
const LINE_BREAK = 4;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const c of '。！？!?；;') CHAR_CLASS[c.charCodeAt(0)] = SENTENCE_END;
for (const c of '，,') CHAR_CLASS[c.charCodeAt(0)] = CLAUSE_BREAK;
for (const c of '\n\r') CHAR_CLASS[c.charCodeAt(0)] = LINE_BREAK;
const TRIM = /[\s\-*#>•·●◆■□▪"“”'‘’「」『』()（）【】\[\]、:：]/;
const LIST_MARKER = /^(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.]|[①-⑩])\s*/;
const MARKER_START = /[\d（(一二三四五六七八九十①-⑩]/;
const CONTRAST = /^(?:但是|但|然而|不过|可是|只是|虽然|尽管|而是|而)/;
const CONTRAST_START = new Set('但然不可只虽尽而');
const HEADING_PUNCT = /[，,。！？!?；;]/;
// A line without sentence punctuation can still be a claim when it asserts something.
const ASSERTION = /可以|(?<!可)能(?!性)|允许|支持|不|禁止|严禁|没有|无法|必须|属于|会被/;

const CLAUSE_END = /[。！？!?；;…]/;

function trimSpan(text: string, start: number, end: number, trimEnd = TRIM): Span {
  while (start < end && TRIM.test(text[start]!)) start++;
  while (end > start && (TRIM.test(text[end - 1]!) || trimEnd.test(text[end - 1]!))) end--;
  const marker = MARKER_START.test(text[start] ?? '') ? LIST_MARKER.exec(text.slice(start, Math.min(end, start + 8))) : null;
  if (marker) {
    start += marker[0].length;
    while (start < end && TRIM.test(text[start]!)) start++;
  }
  return { start, end };
}

function splitClauses(text: string, start: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || CHAR_CLASS[text.charCodeAt(i)] === CLAUSE_BREAK) {
      const s = trimSpan(text, from, i, CLAUSE_END);
      if (s.end > s.start) {
        const contrast = CONTRAST_START.has(text[s.start]!) && CONTRAST.test(text.slice(s.start, s.start + 4));
        clauses.push({ ...s, contrast });
      }
      from = i + 1;
    }
  }
  return clauses;
}

/** Sentences of text[start, end), which must not contain a newline. */
function splitLine(text: string, start: number, end: number, out: Sentence[]): void {
  const line = trimSpan(text, start, end);
  if (line.end <= line.start) return;
  const lineText = text.slice(line.start, line.end);
  const heading = lineText.length <= 30 && !HEADING_PUNCT.test(lineText) && !ASSERTION.test(lineText);
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || CHAR_CLASS[text.charCodeAt(i)] === SENTENCE_END) {
      const stop = i === line.end ? i : i + 1;
      const s = trimSpan(text, from, stop);
      if (s.end > s.start) {
        const last = text[stop - 1];
        out.push({
          ...s,
          clauses: splitClauses(text, s.start, s.end),
          question: last === '?' || last === '？',
          heading,
        });
      }
      from = stop;
    }
  }
}

/** @return the sentences of text[start, end) in order. */
export function segment(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || CHAR_CLASS[text.charCodeAt(i)] === LINE_BREAK) {
      if (i > from) splitLine(text, from, i, out);
      from = i + 1;
    }
  }
  return out;
}
