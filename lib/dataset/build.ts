import Fuse from 'fuse.js';
import { STANCES, type Source, type Stance } from '../vocabulary';
import type { BuiltDataset, Entry, PhrasingRecord } from './types';
import type { ValidDataset } from './validate';
import { FUSE_KEYS } from '../engine/fuse-options';
import { buildPhrasingIndex } from '../engine/phrasing-index';
import { buildLexiconTrie } from '../engine/lexicon-trie';
import { buildPatternWords } from '../engine/pattern-start';
import { expandedFeatures } from './lexicon-lists';

/**
 * Resolves sources and precomputes the fuse.js indexes, the lexicon's trie, its patterns' words
 * and the phrasings' pair index, so nothing of this runs on a page.
 * @param simplify maps traditional characters to simplified: pages and queries are read in
 * simplified form, so a phrasing written in traditional characters is stored as they read it
 */
export function buildDataset(valid: ValidDataset, simplify: (text: string) => string = (text) => text): BuiltDataset {
  const sourceById = new Map<string, Source>(valid.sources.sources.map((s) => [s.id, s]));
  const resolve = (ids: string[]): Source[] => ids.map((id) => sourceById.get(id)!);
  const entries: Entry[] = [];
  const phrasings: PhrasingRecord[] = [];
  const fuseIndexes: Record<string, unknown> = {};
  for (const file of Object.values(valid.entryFiles)) {
    for (const data of file.entries) {
      const { sources, regions, phrasings: written, ...rest } = data;
      const simplified = Object.fromEntries(Object.entries(written).map(([stance, texts]) => [stance, [...new Set((texts ?? []).map(simplify))]]));
      entries.push({
        ...rest,
        phrasings: simplified as Entry['phrasings'],
        sources: resolve(sources),
        regions: (regions ?? []).map((r) => ({ ...r, sources: resolve(r.sources) })),
      });
      const own: PhrasingRecord[] = [];
      for (const stance of STANCES as readonly Stance[]) {
        for (const text of simplified[stance] ?? []) own.push({ entry: data.id, stance, text });
      }
      phrasings.push(...own);
      fuseIndexes[data.id] = Fuse.createIndex(FUSE_KEYS, own).toJSON();
    }
  }
  const globalIndex = Fuse.createIndex(FUSE_KEYS, phrasings).toJSON();
  // ISO dates compare as strings.
  const reviewed = entries.reduce((newest, e) => (e.reviewed > newest ? e.reviewed : newest), '');
  const features = expandedFeatures(valid.lexicon);
  return {
    entries,
    features,
    fuseIndexes,
    phrasings,
    globalIndex,
    lexiconTrie: buildLexiconTrie(valid.lexicon.features),
    patternWords: buildPatternWords(features),
    phrasingIndex: buildPhrasingIndex(entries),
    reviewed,
  };
}
