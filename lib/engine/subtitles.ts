// Video transcripts and subtitles (文案提取) break a sentence every few words and punctuate none of
// it: read line by line, every piece would be a heading or half a claim. A run of such lines is one
// passage, and its line breaks are read as the commas a writer would have put there.
// Length-preserving, like normalize: a line break becomes a comma in the same place.

/** The longest subtitle line, in UTF-16 units. */
const MAX_LINE = 16;
/** The fewest such lines in a row that make a transcript rather than a few headings. */
const MIN_RUN = 4;
/** Any punctuation, a list's or a table's marks: a line holding one is written, not transcribed. */
const NOT_SUBTITLE = /[，,。．.！!？?；;：:、|\t（()）【】《》“”"「」…\-—•·●◆■□▪#*]|^\s*(?:\d|[一二三四五六七八九十]+[、.])/;
const COMMA = ',';

/** @return text with the line breaks inside each run of subtitle lines read as commas (text itself if none) */
export function joinSubtitles(text: string): string {
  let run: number[] = [];
  let joins: number[] | null = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 0 && length <= MAX_LINE && subtitleLine(text, start, end)) {
      run.push(end);
    } else {
      if (run.length >= MIN_RUN) (joins ??= []).push(...run.slice(0, -1));
      run = [];
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (run.length >= MIN_RUN) (joins ??= []).push(...run.slice(0, -1));
  if (!joins) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of joins) {
    parts.push(text.slice(from, at), COMMA);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** @return true when text[start, end) is a short line of words alone, as a subtitle is */
function subtitleLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return line.trim().length > 0 && !NOT_SUBTITLE.test(line);
}
