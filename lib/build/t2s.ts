// Builds the traditional→simplified character table from OpenCC's dictionaries (build time only).
// Only one-to-one mappings between BMP characters are kept, so normalising never changes
// a string's length and engine offsets stay valid for the original text.
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';

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
  // Regional variants (裡, 着…) map to the standard traditional form first, then to simplified.
  for (const dict of [twVariantsRev, hkVariantsRev]) {
    for (const [variant, standard] of parse(dict)) {
      const simple = ts.get(standard) ?? standard;
      if (isBmpChar(variant) && isBmpChar(simple) && variant !== simple && !table.has(variant)) table.set(variant, simple);
    }
  }
  let from = '';
  let to = '';
  for (const [f, t] of table) {
    from += f;
    to += t;
  }
  return { from, to };
}
