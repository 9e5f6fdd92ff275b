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

/** The Chinese characters of a text, nothing else. */
export function cjkOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) out += text[i];
  return out;
}
