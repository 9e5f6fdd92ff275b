// Reads data/ from disk (build step and tests only: the extension imports the prebuilt JSON).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDataset } from './validate';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function readRawDataset(dataDir: string): RawDataset {
  const entryDir = join(dataDir, 'entries');
  const entryFiles: Record<string, unknown> = {};
  for (const name of readdirSync(entryDir).filter((n) => n.endsWith('.json')).sort()) {
    entryFiles[`entries/${name}`] = readJson(join(entryDir, name));
  }
  return {
    schema: readJson(join(dataDir, 'schema.json')) as Record<string, unknown>,
    sources: readJson(join(dataDir, 'sources.json')),
    lexicon: readJson(join(dataDir, 'lexicon.json')),
    entryFiles,
  };
}
