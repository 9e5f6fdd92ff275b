// Typed arrays as base64 text, for tables built at build time and shipped inside a JSON file:
// a third the size of a list of numbers, and read back with one pass over the characters.
// Little-endian both ways (every browser and Node build the extension runs on). With them, a
// fingerprint of the texts a table was built from, so a page can tell it is its own data's.

type Packable = Int32Array | Uint16Array | Uint8Array;

/** @return the array's bytes as base64 */
export function packArray(array: Packable): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  // String.fromCharCode takes its codes as arguments: a chunk at a time stays under the call limit.
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function bytesOf(packed: string, width: number): ArrayBuffer {
  const binary = atob(packed);
  if (binary.length % width !== 0) throw new Error(`packed array of ${binary.length} bytes is not a whole number of ${width}-byte items`);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export const unpackInt32 = (packed: string): Int32Array => new Int32Array(bytesOf(packed, 4));
export const unpackUint16 = (packed: string): Uint16Array => new Uint16Array(bytesOf(packed, 2));
export const unpackUint8 = (packed: string): Uint8Array => new Uint8Array(bytesOf(packed, 1));

/** @return FNV-1a over the texts, each ended by a newline */
export function fingerprint(texts: Iterable<string>): number {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i <= text.length; i++) hash = Math.imul(hash ^ (i < text.length ? text.charCodeAt(i) : 10), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * @param built the fingerprint a table was built with
 * @param texts what the page holds now, that the table must have been built from
 * @param what the table and what it is built from, for the message ("the lexicon's trie", "terms")
 * @throws when they differ: the generated dataset is older than its data
 */
export function checkBuiltFrom(built: number, texts: readonly string[], what: [table: string, from: string]): void {
  if (built !== fingerprint(texts)) throw new Error(`${what[0]} was built from other ${what[1]} than the dataset's ${texts.length}: run npm run build:index`);
}
