import Fuse from 'fuse.js';
import { STANCES, type Source, type Stance } from '../vocabulary';
import type { BuiltDataset, Entry, PhrasingRecord } from './types';
import type { ValidDataset } from './validate';
import { FUSE_KEYS } from '../engine/fuse-options';

/** Resolves sources and precomputes the fuse.js indexes, so nothing of this runs on a page. */
export function buildDataset(valid: ValidDataset): BuiltDataset {
  const sourceById = new Map<string, Source>(valid.sources.sources.map((s) => [s.id, s]));
  const resolve = (ids: string[]): Source[] => ids.map((id) => sourceById.get(id)!);
  const entries: Entry[] = [];
  const phrasings: PhrasingRecord[] = [];
  const fuseIndexes: Record<string, unknown> = {};
  for (const file of Object.values(valid.entryFiles)) {
    for (const data of file.entries) {
      const { sources, regions, ...rest } = data;
      entries.push({
        ...rest,
        sources: resolve(sources),
        regions: (regions ?? []).map((r) => ({ ...r, sources: resolve(r.sources) })),
      });
      const own: PhrasingRecord[] = [];
      for (const stance of STANCES as readonly Stance[]) {
        for (const text of data.phrasings[stance] ?? []) own.push({ entry: data.id, stance, text });
      }
      phrasings.push(...own);
      fuseIndexes[data.id] = Fuse.createIndex(FUSE_KEYS, own).toJSON();
    }
  }
  const globalIndex = Fuse.createIndex(FUSE_KEYS, phrasings).toJSON();
  // ISO dates compare as strings.
  const reviewed = entries.reduce((newest, e) => (e.reviewed > newest ? e.reviewed : newest), '');
  return { entries, features: valid.lexicon.features, fuseIndexes, phrasings, globalIndex, reviewed };
}
