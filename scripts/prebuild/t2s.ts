// Builds the traditional→simplified character table from OpenCC's dictionary (build time only).
// Regional variant tables are left out on purpose: they map characters common in simplified
// text (么, 着) to rarer forms.
// Only one-to-one mappings between BMP characters are kept, so normalising never changes
// a string's length and engine offsets stay valid for the original text.
import tsCharacters from 'opencc-js/dict/TSCharacters';

function parse(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to) map.set(from, to);
  }
  return map;
}

const isBmpChar = (s: string): boolean => s.length === 1;

/** @return parallel strings: from[i] is the traditional form of to[i]. */
export function buildT2sTable(): { from: string; to: string } {
  const ts = parse(tsCharacters);
  const table = new Map<string, string>();
  for (const [from, to] of ts) if (isBmpChar(from) && isBmpChar(to) && from !== to) table.set(from, to);
  let from = '';
  let to = '';
  for (const [f, t] of table) {
    from += f;
    to += t;
  }
  return { from, to };
}
