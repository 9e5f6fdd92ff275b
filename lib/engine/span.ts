// The characters a claim's mark covers: whole quotations and brackets, without the label a
// list item or answer starts with ("答：", "法律分析:", "提醒：").

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】', '‘': '’' };
const CLOSERS = new Set(Object.values(PAIRS));
/** A speaker's or section's label and its colon at the start of a claim (a condition such as 退休: stays). */
const LABEL = /^(?:答|问|回答|解答|答案|法律分析|法律主观|法律客观|律师解答|提醒|温馨提示|小编提醒|注意|注意事项|总结|结论|说明|提示|重点|划重点)[:：]\s*/;

/**
 * @param text the text the span indexes (normalised or original: punctuation is the same)
 * @return [start, end) with the label dropped and unclosed quotes or brackets closed
 */
export function tidySpan(text: string, start: number, end: number): [number, number] {
  const label = LABEL.exec(text.slice(start, Math.min(end, start + 12)));
  if (label && start + label[0].length < end - 1) start += label[0].length;
  // Close what the claim opened, when the closer follows right after it.
  const open: string[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (PAIRS[ch]) open.push(PAIRS[ch]);
    else if (CLOSERS.has(ch) && open[open.length - 1] === ch) open.pop();
  }
  while (open.length > 0 && text[end] === open[open.length - 1]) {
    end++;
    open.pop();
  }
  // A closer the claim starts with belongs to the text before it.
  while (start < end && CLOSERS.has(text[start]!)) start++;
  return [start, end];
}
