// The characters a lexicon pattern's every match holds, read from its source, so a text that
// lacks them is not searched. Only the plain shapes the lexicon uses are read; anything else
// is left out (fewer sets, or null: run the pattern always), never a wrong answer.

/** Characters that mean something in a regex source: an alternative starting with one is not plain. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** What \d matches without the u or i flags. */
const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));

/** After an atom: it may occur zero times, so it says nothing about what a match holds. */
const OPTIONAL = new Set(['?', '*']);

/** @return the index just past the group or class that opens at `at` (escapes and nested classes skipped), or -1 */
function closing(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      if (source[at] === '[') {
        // A class: its end is the first unescaped ].
        for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
        return i < source.length ? i + 1 : -1;
      }
      const end = closing(source, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** @return the alternatives of a group's body, or null when it holds a group or a class of its own */
function alternatives(body: string): string[] | null {
  if (/[()[\]]/.test(body.replace(/\\./g, ''))) return null;
  return body.split(/(?<!\\)\|/);
}

/** @return the code units one of which every match of the atom source[at, end) holds, or null when the source does not say */
function charsOf(source: string, at: number, end: number): number[] | null {
  const atom = source.slice(at, end);
  if (atom.length === 1) return SPECIAL.has(atom) ? null : [atom.charCodeAt(0)];
  if (atom === '\\d') return DIGITS;
  if (atom.startsWith('[')) {
    const inside = atom.slice(1, -1);
    return inside.length > 0 && !/[\\^-]/.test(inside) ? [...new Set([...inside].map((c) => c.charCodeAt(0)))] : null;
  }
  if (!atom.startsWith('(')) return null;
  const named = /^\(\?<[A-Za-z_]\w*>/.exec(atom);
  const body = named ? atom.slice(named[0].length, -1) : atom.startsWith('(?:') ? atom.slice(3, -1) : null;
  const alts = body === null ? null : alternatives(body);
  // Each alternative starts with a plain character that is not itself optional.
  if (!alts || !alts.every((a) => a.length > 0 && !SPECIAL.has(a[0]!) && !OPTIONAL.has(a[1] ?? '') && a[1] !== '{')) return null;
  return [...new Set(alts.map((a) => a.charCodeAt(0)))];
}

/** @return true when the source is an alternation at its top (or cannot be read): no atom is then in every match */
function alternation(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') {
      const end = closing(source, i);
      if (end < 0) return true;
      i = end - 1;
    } else if (ch === '|') return true;
  }
  return false;
}

/**
 * @param source a pattern's source, compiled without the i, m or s flags
 * @return for the first and the last atom that every match holds and whose characters the source
 * says (a plain character, a class of plain characters, a group of alternatives that each start
 * with a plain character): the code units one of which every match holds. The source is read up
 * to the first thing it does not know (an escape other than \d, an odd quantifier). Null when there is no such
 * atom, or the pattern is an alternation at its top.
 */
export function neededChars(source: string): [number[], number[]] | null {
  if (alternation(source)) return null;
  const sets: number[][] = [];
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    // Of the escapes, only \d (a digit: the lexicon's amounts and years) is read.
    let end = ch === '(' || ch === '[' ? closing(source, i) : ch === '\\' ? (source[i + 1] === 'd' ? i + 2 : -1) : i + 1;
    if (end < 0) break;
    const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
    const chars = lookaround ? null : charsOf(source, i, end);
    // Its quantifier: an atom that may occur zero times says nothing.
    let optional = lookaround;
    const q = source[end];
    if (q !== undefined && OPTIONAL.has(q)) {
      optional = true;
      end++;
    } else if (q === '+') end++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(end));
      if (!m) break;
      optional ||= Number(m[1]) === 0;
      end += m[0].length;
    }
    if (source[end] === '?') end++;
    if (chars && !optional) sets.push(chars);
    i = end;
  }
  return sets.length === 0 ? null : [sets[0]!, sets[sets.length - 1]!];
}
