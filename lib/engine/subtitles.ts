// Video transcripts and subtitles (文案提取) break a sentence every few words and punctuate none of
// it: read line by line, every piece would be a heading or half a claim. A run of such lines is one
// passage, and its line breaks are read as the commas a writer would have put there.
// Length-preserving, like normalize: a line break becomes a comma in the same place.
// A transcript typed as one long line does the same with spaces ("不会清零 就算人不在了 也是可以由家人继承的"),
// and so does a social post that puts spaces where commas go: a space between two Han characters is where the
// speaker paused, and is read as a comma too.
import { isCjk } from './cjk';
import { codeUnits } from './code-set';

/** The longest subtitle line, in UTF-16 units. */
const MAX_LINE = 16;
/** The fewest such lines in a row that make a transcript rather than a few headings. */
const MIN_RUN = 4;
/** Any punctuation, a list's or a table's marks: a line holding one is written, not transcribed. */
const NOT_SUBTITLE = /[，,。．.！!？?；;：:、|\t（()）【】《》“”"「」…\-—•·●◆■□▪#*]|^\s*(?:\d|[一二三四五六七八九十]+[、.])/;
const COMMA = ',';
/** The shortest line read as speech typed without punctuation: shorter ones are headings, labels and table rows. */
const MIN_SPOKEN = 30;
/** The fewest pauses (spaces between Han characters) that make a line speech rather than a title with a space in it. */
const MIN_PAUSES = 3;

/** @return text with the line breaks inside each run of subtitle lines read as commas (text itself if none) */
export function joinSubtitles(text: string): string {
  let run: number[] = [];
  let joins: number[] | null = null;
  let start = 0;
  let nextSpace = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 0 && length <= MAX_LINE && subtitleLine(text, start, end)) {
      run.push(end);
    } else {
      if (run.length >= MIN_RUN) (joins ??= []).push(...run.slice(0, -1));
      run = [];
      // The next space of the text, found once for all the lines before it: a page without one is read once.
      if (nextSpace < start) nextSpace = text.indexOf(' ', start) >>> 0;
      if (length >= MIN_SPOKEN && nextSpace < end) {
        // Said after its speaker's label (a comment's "阿强 回复 王姐："): the words after the colon are the line.
        const label = speakerLength(text, start, end);
        const from = start + label;
        if (spokenLine(text, from, end)) {
          const pauses = pausesIn(text, from, end);
          // After a speaker's label the line is speech already: two pauses are enough.
          if (pauses.length >= (label > 0 ? MIN_PAUSES - 1 : MIN_PAUSES) && saysSomething(from, end, pauses)) (joins ??= []).push(...pauses);
        }
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (run.length >= MIN_RUN) (joins ??= []).push(...run.slice(0, -1));
  // An emoji, or a particle that ends what is said (哦, 啊, 呀, 啦), then a space before more words (…都能取出来😂 你们是不是搞复杂了;
  // 不能的哦 医保局的人说…) ends it, as a comma would.
  for (let i = text.indexOf(' ', 2); i > 0 && i < text.length - 1; i = text.indexOf(' ', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if ((LOW_SURROGATE(before) || ENDING_PARTICLES.has(before)) && isCjk(text.charCodeAt(i + 1))) (joins ??= []).push(i);
  }
  if (!joins) return text;
  joins.sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const at of joins) {
    // A pause may be found twice (a particle's space is also a pause between two Han characters): one comma.
    if (at < from) continue;
    parts.push(text.slice(from, at), COMMA);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A speaker's label before the words of a comment or a chat line: a name, perhaps 回复 another, and a colon. */
const SPEAKER = /^[^，,。.！!？?；;：:]{1,24}[:：]/;

/** @return the length of the speaker's label text[start, end) starts with, 0 when it has none */
function speakerLength(text: string, start: number, end: number): number {
  const label = SPEAKER.exec(text.slice(start, Math.min(end, start + 26)));
  return label ? label[0].length : 0;
}

/** @return the positions in text[start, end) of single spaces between two Han characters */
function pausesIn(text: string, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) === SPACE && isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1))) found.push(i);
  }
  return found;
}

/** The shortest stretch between pauses that says something: a row of tags (医保 社保卡 家庭共济 涨知识) has none so long. */
const MIN_PHRASE = 8;

/** @return true when some stretch of text[start, end) between its pauses is a phrase, not a tag */
function saysSomething(start: number, end: number, pauses: number[]): boolean {
  let from = start;
  for (const at of [...pauses, end]) {
    if (at - from >= MIN_PHRASE) return true;
    from = at + 1;
  }
  return false;
}

const SPACE = 0x20;
/** Particles that end a spoken sentence: after one, a space is where the speaker stopped. */
const ENDING_PARTICLES = codeUnits('哦啊呀啦嘛呢喔噢哈');
/** The second half of a character beyond the basic plane: an emoji's, in social posts. */
const LOW_SURROGATE = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Marks that end or part what is said: a line that has none between its words (a social post typed with spaces for
 * commas: 国家2021年就出了政策 配偶、父母、子女都可以 看病买药都能用) pauses at its spaces, whatever lists, brackets or
 * exclamation marks it holds.
 */
const PAUSE_MARKS = /[，,。．.；;：:|\t]/;

/** @return true when text[start, end) is a line of words that pauses only at its spaces */
function spokenLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return line.trim().length > 0 && !PAUSE_MARKS.test(line);
}

/** @return true when text[start, end) is a line of words alone, as a subtitle is */
function subtitleLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return line.trim().length > 0 && !NOT_SUBTITLE.test(line);
}
