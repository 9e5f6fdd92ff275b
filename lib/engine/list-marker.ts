// What a list item opens with: a bullet, or a number and what closes it (1. 2、 (3) 【4】 五、
// 六） ⑦), never a decimal (1.5万元 is an amount, not item 1). Read by the segmenter (a clause
// starts after its number), the claim's mark (tidySpan) and the list reader (the items under a lead).

/** The characters a list number can start with, an opening bracket included. */
export const NUMBER_FIRST = '【[（(0123456789一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩';

const NUMBER = String.raw`[【\[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[】\]）)、.．](?!\d)|[①-⑩]`;

/** A list number at the start of a text, with the blanks after it. */
export const LIST_NUMBER = new RegExp(String.raw`^(?:${NUMBER})\s*`);

/** A line that opens a list item: blanks, then a bullet or a list number. */
export const LIST_ITEM = new RegExp(String.raw`^\s*(?:[-*•·●◆■▪]|${NUMBER})`);
