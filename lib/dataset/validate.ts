import Ajv from 'ajv';
import type { EntriesFile, LexiconFile, SourcesFile } from './types';
import { expandLists, listsNamed } from './lexicon-lists';

export interface RawDataset {
  schema: Record<string, unknown>;
  sources: unknown;
  lexicon: unknown;
  /** One parsed JSON document per file, keyed by file name. */
  entryFiles: Record<string, unknown>;
}

export interface ValidDataset {
  sources: SourcesFile;
  lexicon: LexiconFile;
  entryFiles: Record<string, EntriesFile>;
}

/**
 * Checks the dataset against data/schema.json and the rules a schema cannot say
 * (unique ids, sources and features that exist, patterns that compile).
 * @return the typed dataset; throws an Error listing every problem otherwise.
 */
export function validateDataset(raw: RawDataset): ValidDataset {
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(raw.schema, 'dataset');
  const problems: string[] = [];
  const check = (ref: string, value: unknown, where: string): void => {
    const validate = ajv.getSchema(`dataset#/definitions/${ref}`);
    if (!validate) throw new Error(`schema has no ${ref}`);
    if (!validate(value)) {
      for (const e of validate.errors ?? []) problems.push(`${where}${e.instancePath}: ${e.message}`);
    }
  };
  check('sourcesFile', raw.sources, 'sources.json');
  check('lexiconFile', raw.lexicon, 'lexicon.json');
  for (const [name, file] of Object.entries(raw.entryFiles)) check('entriesFile', file, name);
  if (problems.length) throw new Error(`invalid dataset:\n  ${problems.join('\n  ')}`);

  const sources = raw.sources as SourcesFile;
  const lexicon = raw.lexicon as LexiconFile;
  const entryFiles = raw.entryFiles as Record<string, EntriesFile>;

  const sourceIds = new Set<string>();
  for (const s of sources.sources) {
    if (sourceIds.has(s.id)) problems.push(`sources.json: duplicate source id ${s.id}`);
    sourceIds.add(s.id);
  }
  const lists = lexicon.lists ?? {};
  const unused = new Set(Object.keys(lists));
  for (const [name, feature] of Object.entries(lexicon.features)) {
    if (feature.terms.length === 0 && !feature.patterns?.length) problems.push(`lexicon.json: feature ${name} has no terms`);
    for (const p of feature.patterns ?? []) {
      for (const list of listsNamed(p)) unused.delete(list);
      try {
        new RegExp(expandLists(p, lists), 'g');
      } catch (e) {
        problems.push(`lexicon.json: feature ${name}: bad pattern ${p}: ${(e as Error).message}`);
      }
    }
  }
  for (const list of unused) problems.push(`lexicon.json: list ${list} is named by no pattern`);
  const ids = new Set<string>();
  for (const [name, file] of Object.entries(entryFiles)) {
    for (const entry of file.entries) {
      const where = `${name}: ${entry.id}`;
      if (ids.has(entry.id)) problems.push(`${where}: duplicate entry id`);
      ids.add(entry.id);
      for (const s of entry.sources) if (!sourceIds.has(s)) problems.push(`${where}: unknown source ${s}`);
      for (const r of entry.regions ?? []) {
        for (const s of r.sources) if (!sourceIds.has(s)) problems.push(`${where}: region ${r.province}: unknown source ${s}`);
      }
      const named = [...(entry.triggers.all ?? []), ...(entry.triggers.any ?? []), ...(entry.triggers.context ?? [])];
      for (const f of named) if (!lexicon.features[f]) problems.push(`${where}: unknown feature ${f}`);
      const anchors = [...(entry.triggers.all ?? []), ...(entry.triggers.any ?? [])].filter(
        (f) => lexicon.features[f]?.role === 'anchor',
      );
      if (anchors.length === 0) problems.push(`${where}: triggers name no anchor feature`);
      const regionDependent = entry.verdicts.affirm === 'region-dependent';
      if (regionDependent && !/12393/.test(entry.explanation.zh)) {
        problems.push(`${where}: a region-dependent entry must point to the 12393 hotline`);
      }
    }
  }
  if (problems.length) throw new Error(`invalid dataset:\n  ${problems.join('\n  ')}`);
  return { sources, lexicon, entryFiles };
}
