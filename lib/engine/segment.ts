// Splits normalised text into lines, sentences and clauses, keeping offsets.
// Content-farm prose chains many claims with commas, so the clause is the unit a claim is
// judged on, and the sentence is the context it borrows conditions and stance from.
import { CROSSES, TICKS } from './answer-marks';
import { LIST_NUMBER, NUMBER_FIRST } from './list-marker';
import { codeUnits } from './code-set';

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
mark(NUMBER_FIRST, MARKER_START);
mark('但然不可只虽尽而', CONTRAST_START);
mark('“”「」', QUOTE);
/** The characters segment marks: everything but trimming is decided at them. */
const SPLIT = SENTENCE_END | CLAUSE_BREAK | LINE_BREAK | QUOTE;
const [OPEN_QUOTE, CLOSE_QUOTE, OPEN_CORNER, CLOSE_CORNER] = [...'“”「」'].map((c) => c.charCodeAt(0));
const is = (text: string, i: number, bit: number): boolean => (CHAR_CLASS[text.charCodeAt(i)]! & bit) !== 0;
const CONTRAST = /^(?:但是|但|然而|不过|可是|只是|虽然|尽管|而是|而)/;
const HEADING_PUNCT = /[，,。！？!?；;]/;
// A line without sentence punctuation can still be a claim when it asserts something, or offers (高价回收…当天到账).
// So does a table row whose cell answers with a tick or a cross ("健身房\t×", "家庭共济：✔").
const ASSERTION = new RegExp(String.raw`当天到账|秒到账|高价回收|长期收|长期回收|可做|可办|加微信|私信|可以|(?<![可功智职效性机])能(?![性力源])|允许|支持|不|禁止|严禁|没有|无法|必须|属于|会被|违法|违规|犯罪|[\t|:：]\s*[${CROSSES}${TICKS}]`);

/** A numbered method or step as a section's title (方法三：得了大病可以取现, 第二种：…): the section below says it. */
const ENUMERATED_TITLE = /^(?:方法|途径|渠道|办法|方式|步骤|第[一二三四五六七八九十\d]+[种招步])[一二三四五六七八九十\d]*[:：]/;
/** A short line (the caller checks its length) without sentence punctuation that asserts nothing, or titles a numbered method, is a heading. */
const isHeading = (line: string): boolean => !HEADING_PUNCT.test(line) && (!ASSERTION.test(line) || ENUMERATED_TITLE.test(line));
/** A numbered rumour, myth or case titling its section (▌谣言二：“医保个人账户要清零了”, 误区五：个人账户的钱年底不用就清零了, ▌案例一：“…余额可以一次性退还”): the section below refutes or reports it, and the title asserts nothing. */
const RUMOUR_TITLE = /^[^\u4e00-\u9fff]*(?:谣言|误区|传言|流言|案例)[一二三四五六七八九十\d]+[:：][^。！？!?；;]*$/;
/** A line that only names a document (a reference list's "国务院办公厅关于…的指导意见"), at any length: it states nothing. */
const DOCUMENT_TITLE = /^《?[^，,。；;:：？?！!]{0,40}关于[^，,。；;:：？?！!]{2,60}(?:意见|通知|办法|规定|条例|决定|解释|细则|方案)》?$/;
/** The last characters of a document title: a longer line ending otherwise is not copied out to be read as one. */
const TITLE_LAST = codeUnits('见知法定例释则案》');

/** A short line labelled as a title (留言标题：调动去外省工作, 主题：…): a message board's or a form's, it names what follows. */
const LABELLED_TITLE = /^(?:留言|帖子|文章|信件)?(?:标题|主题)[:：]/;
/** A row of five or more short tags (医保  社保卡  家庭共济  涨知识 …), a video's or a post's: it states nothing. */
const TAG_ROW = /^(?:[^\s,，。！？!?；;:：]{1,6}\s+){4,}[^\s,，。！？!?；;:：]{1,6}$/;

/** Where trimSpan left its span: reused, as three spans are trimmed for every clause. */
const trimmed: Span = { start: 0, end: 0 };

/** Trims text[start, end) into `trimmed`. */
function trimSpan(text: string, start: number, end: number, trimEnd = TRIM): void {
  while (start < end && is(text, start, TRIM)) start++;
  while (end > start && is(text, end - 1, TRIM | trimEnd)) end--;
  const marker = start < end && is(text, start, MARKER_START) ? LIST_NUMBER.exec(text.slice(start, Math.min(end, start + 8))) : null;
  if (marker) {
    start += marker[0].length;
    while (start < end && is(text, start, TRIM)) start++;
  }
  trimmed.start = start;
  trimmed.end = end;
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

/** Reused: the clauses of a sentence and the sentences of a text as they are cut, copied out at their exact size (an array filled by push reserves room for 17). */
const cut: Clause[] = [];
const sentences: Sentence[] = [];
let sentenceCount = 0;

/** @param m the first mark at or after start */
function splitClauses(text: string, start: number, end: number, m: number): Clause[] {
  let clauses = 0;
  let from = start;
  // A comma inside quotation marks belongs to the quoted words ("“代办提现，加微信”的广告"); not inside
  // speech a speaker's colon opens and the sentence does not close (标准话术：“…清零，也不能…。”): its clauses are said.
  const speech = speechOpening(text, end, m);
  let quoted = 0;
  for (; ; m++) {
    const i = m < markCount && marks[m]! < end ? marks[m]! : end;
    if (i < end) {
      const c = text.charCodeAt(i);
      if (i === speech) continue;
      if (c === OPEN_QUOTE || c === OPEN_CORNER) quoted++;
      else if ((c === CLOSE_QUOTE || c === CLOSE_CORNER) && quoted > 0) quoted--;
      if (quoted !== 0 || !is(text, i, CLAUSE_BREAK)) continue;
    }
    trimSpan(text, from, i, CLAUSE_END);
    const { start: s, end: e } = trimmed;
    if (e > s) {
      const contrast = is(text, s, CONTRAST_START) && CONTRAST.test(text.slice(s, s + 4));
      cut[clauses++] = { start: s, end: e, contrast };
    }
    if (i === end) return cut.slice(0, clauses);
    from = i + 1;
  }
}

/**
 * @return where a quotation opens right after a speaker's colon (答：“, 他说：“, 标准话术：“) and stays open to the sentence's end,
 * from mark m on; -1 when none does
 */
function speechOpening(text: string, end: number, m: number): number {
  let open = -1;
  let depth = 0;
  for (; m < markCount && marks[m]! < end; m++) {
    const i = marks[m]!;
    const c = text.charCodeAt(i);
    if (c === OPEN_QUOTE || c === OPEN_CORNER) {
      if (depth++ === 0) open = i;
    } else if ((c === CLOSE_QUOTE || c === CLOSE_CORNER) && depth > 0) depth--;
  }
  if (depth !== 1 || open < 2) return -1;
  return COLONS.has(text.charCodeAt(open - 1)) && SPEAKS.has(text.charCodeAt(open - 2)) ? open : -1;
}
const COLONS = codeUnits(':：');
/** The last character of what introduces a speaker's words (说, 答, 表示, 回复, 话术, 提醒): not a myth's or an ad's label (误区三：“…). */
const SPEAKS = codeUnits('说道答示复称绍醒术释讲');

/** Sentences of text[start, end), which holds no line break; m is the first mark at or after start. */
function splitLine(text: string, start: number, end: number, m: number): void {
  trimSpan(text, start, end);
  const { start: lineStart, end: lineEnd } = trimmed;
  if (lineEnd <= lineStart) return;
  const length = lineEnd - lineStart;
  // Only a line short enough to be a heading or a title is copied out to be read as one.
  let heading = false;
  if (length <= 30) {
    const line = text.slice(lineStart, lineEnd);
    heading = isHeading(line) || DOCUMENT_TITLE.test(line) || RUMOUR_TITLE.test(line) || TAG_ROW.test(line) || LABELLED_TITLE.test(line);
  } else if (length <= 110 && TITLE_LAST.has(text.charCodeAt(lineEnd - 1))) heading = DOCUMENT_TITLE.test(text.slice(lineStart, lineEnd));
  // A tag's first word is short: a line whose first seven characters hold no space is read no further.
  else if (length <= 110 && /\s/.test(text.slice(lineStart + 1, lineStart + 8))) heading = TAG_ROW.test(text.slice(lineStart, lineEnd));
  let from = lineStart;
  // The sentence's first mark: its commas and quotes are read from there.
  let first = markFrom(m, from);
  for (m = first; ; m++) {
    const i = m < markCount && marks[m]! < lineEnd ? marks[m]! : lineEnd;
    if (i < lineEnd && !is(text, i, SENTENCE_END)) continue;
    const stop = i === lineEnd ? i : i + 1;
    trimSpan(text, from, stop);
    const { start: s, end: e } = trimmed;
    if (e > s) {
      const last = text[stop - 1];
      sentences[sentenceCount++] = {
        start: s,
        end: e,
        clauses: splitClauses(text, s, e, markFrom(first, s)),
        question: last === '?' || last === '？',
        heading,
      };
    }
    if (i === lineEnd) return;
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
  sentenceCount = 0;
  let from = start;
  let first = 0;
  for (let m = 0; m <= markCount; m++) {
    const i = m < markCount ? marks[m]! : end;
    if (m < markCount && !is(text, i, LINE_BREAK)) continue;
    if (i > from) splitLine(text, from, i, first);
    from = i + 1;
    first = m + 1;
  }
  return sentences.slice(0, sentenceCount);
}
