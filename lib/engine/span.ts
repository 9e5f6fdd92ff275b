// The characters a claim's mark covers: whole quotations and brackets, without the label a
// list item or answer starts with ("答：", "法律分析:", "提醒：").
import { codeSet, has } from './code-set';

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】', '‘': '’' };
/** 1 for an opener, 2 for a closer: most claims hold neither, and are left as they are at once. */
const KIND = new Uint8Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) {
  KIND[open.charCodeAt(0)] = 1;
  KIND[close.charCodeAt(0)] = 2;
}
/** The first characters of the labels, so most claims skip the label pattern. */
const LABEL_FIRST = codeSet('网楼读答问回解法律提温小注总结说重划作博');
/** A speaker's or section's label and its colon at the start of a claim (a condition such as 退休: stays). */
const LABEL = /^(?:网友|楼主|读者|答|问|回答|(?:作者|小编|博主|楼主)?回复|解答|答案|法律分析|法律主观|法律客观|律师解答|提醒|温馨提示|小编提醒|注意|注意事项|总结|结论|说明|提示|重点|划重点)[:：]\s*/;


/** What no claim starts or ends with: a table's bars, the blanks beside them, and clause breaks (a claim that borrows a word from the clause before starts at its comma). */
const EDGE = codeSet('|｜ \t,，、;；');

/**
 * @param text the text the span indexes (normalised or original: punctuation is the same)
 * @return [start, end) with the label dropped and unclosed quotes or brackets closed
 */
export function tidySpan(text: string, start: number, end: number): [number, number] {
  if (has(LABEL_FIRST, text.charCodeAt(start))) {
    const label = LABEL.exec(text.slice(start, Math.min(end, start + 12)));
    if (label && start + label[0].length < end - 1) start += label[0].length;
  }
  // Close what the claim opened, when the closer follows right after it; open what it closes, when
  // the opener stands right before it ("【高价回收医保卡余额】本店…": the bracket is the claim's).
  const open: string[] = [];
  let unopened = '';
  for (let i = start; i < end; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    const ch = text[i]!;
    if (kind === 1) open.push(PAIRS[ch]!);
    else if (open[open.length - 1] === ch) open.pop();
    else if (open.length === 0 && !unopened && i > start) unopened = ch;
  }
  if (unopened && start > 0 && PAIRS[text[start - 1]!] === unopened) start--;
  while (open.length > 0 && text[end] === open[open.length - 1]) {
    end++;
    open.pop();
  }
  // A closer the claim starts with belongs to the text before it.
  while (start < end && KIND[text.charCodeAt(start)] === 2) start++;
  // A table row written with bars ("| 转到银行卡 | 不可以 |") is marked from its first cell to its last, not its edges.
  while (start < end && has(EDGE, text.charCodeAt(start))) start++;
  while (end > start && has(EDGE, text.charCodeAt(end - 1))) end--;
  return [start, end];
}
