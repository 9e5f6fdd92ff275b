// Which code units are Chinese characters: the CJK Unified Ideographs and Extension A, the
// characters every pair, count and "is it Chinese at all" test of the engine reads.

export const CJK_FROM = 0x3400;
export const CJK_TO = 0xa000;

export const isCjk = (code: number): boolean => code >= CJK_FROM && code < CJK_TO;

/** @return how many Chinese characters text[start, end) holds */
export function cjkCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}

/** Every code unit that is not a Chinese character. */
const NOT_CJK = new RegExp(`[^\\u${CJK_FROM.toString(16)}-\\u${(CJK_TO - 1).toString(16)}]`, 'g');

/** The Chinese characters of a text, nothing else (one string made, where adding a character at a time made one per character). */
export function cjkOnly(text: string): string {
  return text.replace(NOT_CJK, '');
}
