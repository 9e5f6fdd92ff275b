// The characters a lexicon pattern can start with, read from its source, so a text that holds
// none of them is not searched. Only the plain shapes the lexicon uses are read; anything else
// gives null (run the pattern always), never a wrong answer.

/** Characters that mean something in a regex source: an alternative holding one is not plain. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** After the first atom: it may occur zero times, so it says nothing about the first character. */
const OPTIONAL = new Set(['?', '*', '{']);

const plain = (s: string): boolean => s.length > 0 && [...s].every((ch) => !SPECIAL.has(ch));

/**
 * @param source a pattern's source, compiled without the i, m or s flags
 * @return the code units every match starts with one of, or null when the source does not say
 */
export function firstChars(source: string): number[] | null {
  // A lookbehind ("(?<!投)保健") reads what comes before the match and takes no character of it.
  const lookbehind = /^\(\?<[!=][^()]*\)/.exec(source);
  if (lookbehind) return firstChars(source.slice(lookbehind[0].length));
  let alternatives: string[];
  let rest: string;
  if (source.startsWith('(?:')) {
    const close = source.indexOf(')');
    if (close < 0) return null;
    alternatives = source.slice(3, close).split('|');
    rest = source.slice(close + 1);
  } else {
    alternatives = [source.charAt(0)];
    rest = source.slice(1);
  }
  if (!alternatives.every(plain) || OPTIONAL.has(rest.charAt(0))) return null;
  return [...new Set(alternatives.map((a) => a.charCodeAt(0)))];
}
