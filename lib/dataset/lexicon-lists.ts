// A lexicon pattern may name one of the lexicon's word lists as {name} (data/lexicon.json), so a
// list that several patterns spell (the relatives) has one home. The build writes each list into
// the patterns; pages only ever see the expanded sources.
import type { Feature, LexiconFile } from './types';

/** A list's name where a pattern names it: letters and hyphens in braces, never a quantifier's digits. */
const LIST_NAME = /\{([a-z]+(?:-[a-z]+)*)\}/g;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @return the names of the lists a pattern source names, in order, repeats kept */
export function listsNamed(source: string): string[] {
  return [...source.matchAll(LIST_NAME)].map((m) => m[1]!);
}

/** @return true when source[start, end) is a whole alternative of a group: (?:{kin}|妈), not 给{kin} */
function wholeAlternative(source: string, start: number, end: number): boolean {
  const before = source.slice(Math.max(0, start - 3), start);
  const opens = before.endsWith('(?:') || (before.endsWith('|') && !before.endsWith('\\|'));
  return opens && (source[end] === '|' || source[end] === ')');
}

/**
 * @return the source with every {name} written out as the list's words, in the list's order (an
 * alternation tries its words in turn: a longer word must come before one it starts with): as
 * more alternatives where the name is one (so the scan still reads what a match starts and ends
 * with, lib/engine/pattern-start.ts), else as a group
 * @throws Error naming the list when the lexicon has no list of that name
 */
export function expandLists(source: string, lists: Readonly<Record<string, string[]>>): string {
  return source.replace(LIST_NAME, (ref: string, name: string, at: number) => {
    const words = lists[name];
    if (!words) throw new Error(`no list {${name}} in lexicon.json's lists`);
    const alternatives = words.map(escape).join('|');
    return wholeAlternative(source, at, at + ref.length) ? alternatives : `(?:${alternatives})`;
  });
}

/** @return the lexicon's features with the lists written into their patterns */
export function expandedFeatures(lexicon: LexiconFile): Record<string, Feature> {
  const lists = lexicon.lists ?? {};
  return Object.fromEntries(
    Object.entries(lexicon.features).map(([name, f]) => [name, f.patterns ? { ...f, patterns: f.patterns.map((p) => expandLists(p, lists)) } : f]),
  );
}
