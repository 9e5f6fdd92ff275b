// Sets of UTF-16 code units as bitmaps. A scan reads one for every character of a text: 8 KB
// stay in the cache, where a table of 65,536 entries (64–256 KB) does not between reads, and
// most characters are in none of the sets.

/** @return the set of the code units of chars */
export function codeSet(chars: string): Uint32Array {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < chars.length; i++) add(bits, chars.charCodeAt(i));
  return bits;
}

export function add(bits: Uint32Array, code: number): void {
  bits[code >>> 5]! |= 1 << (code & 31);
}

export const has = (bits: Uint32Array, code: number): boolean => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;

/** @return the code units of chars as a Set: for the one character a test reads at a clause's edge, where a bitmap is more than needed */
export const codeUnits = (chars: string): ReadonlySet<number> => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
