import type { Bilingual, Source, Stance, Verdict } from '../vocabulary';
import type { PackedPhrasingIndex } from '../engine/phrasing-index';
import type { PackedTrie } from '../engine/lexicon-trie';
import type { PatternWords } from '../engine/pattern-start';

/** A group of words the engine looks for; entries name features in their triggers. */
export interface Feature {
  /** 'anchor' features carry a claim and must stand in the clause itself; 'context' ones may come from a sibling clause. */
  role: 'anchor' | 'context';
  /** Literal terms, matched on normalised text. */
  terms: string[];
  /** Regular-expression sources, for terms that need a little grammar around them. */
  patterns?: string[];
}

export interface Triggers {
  /** Every one of these features must be present. */
  all?: string[];
  /** At least one of these features must be present. */
  any?: string[];
  /** At least one of these must appear somewhere in the sentence. */
  context?: string[];
  /** None of these may be present (the social-security card's bank side, unless medical insurance is named). */
  none?: string[];
}

export interface RegionNote {
  province: string;
  city?: string;
  note: Bilingual;
  sources: string[];
}

/** A dataset entry as written in data/entries/*.json. */
export interface EntryData {
  id: string;
  topic: string;
  summary: Bilingual;
  triggers: Triggers;
  phrasings: Partial<Record<Stance, string[]>> & { affirm: string[]; deny: string[] };
  verdicts: Record<Stance, Verdict>;
  explanation: Bilingual;
  sources: string[];
  reviewed: string;
  regions?: RegionNote[];
  /** Gives way to a more specific entry that matches the same cash-out words. */
  generic?: boolean;
  /** The answer to the question whether the entry's claim holds, where a bare yes or no would mislead. */
  reply?: Bilingual;
  /**
   * The verdict of a hedged or local claim the sentence sets in the past (早些年部分地方的新农合有家庭账户,
   * 以前有的地方可以刷医保卡健身): a practice some places once had, told as history, not as a rule of today.
   */
  past?: Verdict;
}

export interface EntriesFile {
  topic: string;
  entries: EntryData[];
}

export interface SourcesFile {
  sources: Source[];
}

export interface LexiconFile {
  features: Record<string, Feature>;
  /** Word lists a pattern names as {name}, written into it at build time (lexicon-lists.ts). */
  lists?: Record<string, string[]>;
}

/** A region note with its sources resolved. */
export interface ResolvedRegionNote extends Omit<RegionNote, 'sources'> {
  sources: Source[];
}

/** An entry as the engine uses it: sources resolved. */
export interface Entry extends Omit<EntryData, 'sources' | 'regions'> {
  sources: Source[];
  regions: ResolvedRegionNote[];
}

/** The prebuilt dataset the build step writes to lib/generated/dataset.json. */
export interface BuiltDataset {
  entries: Entry[];
  features: Record<string, Feature>;
  /** Serialised fuse.js indexes (Fuse.createIndex(...).toJSON()), one per entry, over its phrasings. */
  fuseIndexes: Record<string, unknown>;
  /** Every phrasing, for the entry-level and global fuse.js searches. */
  phrasings: PhrasingRecord[];
  /** Serialised fuse.js index over all phrasings, for free-text lookup. */
  globalIndex: unknown;
  /** The trie over the lexicon's terms that finds them in a text (lib/engine/lexicon-trie.ts). */
  lexiconTrie: PackedTrie;
  /** The words each lexicon pattern's every match holds, looked for before it is run (lib/engine/pattern-start.ts). */
  patternWords: PatternWords;
  /** The phrasings by their pairs of characters, for the nearest-phrasing search (lib/engine/phrasing-index.ts). */
  phrasingIndex: PackedPhrasingIndex;
  /** The newest `reviewed` date of the entries (YYYY-MM-DD): how current the dataset is, shown to readers. */
  reviewed: string;
}

export interface PhrasingRecord {
  entry: string;
  stance: Stance;
  text: string;
}
