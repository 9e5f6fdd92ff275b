// The prebuilt dataset (see scripts/prebuild/build-index.ts), loaded once per engine instance.
import built from '../generated/dataset.json';
import type { BuiltDataset, Entry } from '../dataset/types';

export const dataset = built as unknown as BuiltDataset;

const byId = new Map<string, Entry>(dataset.entries.map((e) => [e.id, e]));

/** @return the entry with this id, or undefined for an unknown id. */
export function entryById(id: string): Entry | undefined {
  return byId.get(id);
}
