// Chooses the dataset entries a clause speaks of. Cheap rules first (lexicon features and
// entry triggers), then fuse.js over the few candidates' phrasings for a similarity score.
import Fuse from 'fuse.js';
import { dataset } from './dataset';
import { featureRole, type Hit } from './features';
import { FUSE_OPTIONS } from './fuse-options';
import type { Entry, PhrasingRecord } from '../dataset/types';

export interface Candidate {
  entry: Entry;
  /** Where the entry's anchor word stands in the clause. */
  anchor: Hit;
  /** The trigger features the clause (with its context) satisfies. */
  satisfied: Set<string>;
  /** Start of the earliest sibling clause a required feature was borrowed from, if any. */
  borrowedFrom: number | null;
}

/**
 * @param own feature hits inside the clause
 * @param context feature hits in the clause's sentence segment (sibling clauses included)
 * @param windowHits feature hits in the sentence and the text just before it, for entries that need a context (computed only then);
 * they hold the context's hits
 * @return the entries whose triggers hold, without those a more specific candidate covers
 */
export function candidates(own: Hit[], context: Hit[], windowHits: () => Hit[]): Candidate[] {
  const contextFeatures = featureSet(context);
  let windowFeatures: Set<string> | null = null;
  // The window holds the context: a feature found there needs no look before the sentence.
  const inWindow = (f: string): boolean =>
    contextFeatures.has(f) || (windowFeatures ??= new Set(windowHits().map((h) => h.feature))).has(f);
  const found: Candidate[] = [];
  for (const entry of entriesAnchoredBy(own)) {
    const { all = NONE, any = NONE, context: needs = NONE, none = NONE } = entry.triggers;
    if (!allPresent(all, own, contextFeatures) || anyPresent(none, own, contextFeatures)) continue;
    const triggerFeatures = all.slice();
    for (const f of any) if (present(f, own, contextFeatures)) triggerFeatures.push(f);
    if (any.length > 0 && triggerFeatures.length === all.length) continue;
    if (needs.length > 0 && !needs.some(inWindow)) continue;
    if (!triggerFeatures.some(isAnchor)) continue;
    let anchor: Hit | undefined;
    for (const h of own) {
      if (!isAnchor(h.feature) || !triggerFeatures.includes(h.feature)) continue;
      anchor = h;
      break;
    }
    let borrowedFrom: number | null = null;
    for (const f of triggerFeatures) {
      if (holds(own, f)) continue;
      const h = firstOf(context, f);
      if (h && (borrowedFrom === null || h.start < borrowedFrom)) borrowedFrom = h.start;
    }
    found.push({ entry, anchor: anchor!, satisfied: new Set(triggerFeatures), borrowedFrom });
  }
  // A specific entry for the same withdrawal (支取手续 on settling abroad) explains it better than
  // the generic "the balance comes out" reading.
  const specificCashout = found.some((c) => !c.entry.generic && (c.satisfied.has('cashout') || c.satisfied.has('payout-procedure')));
  // Goods bought with the card to swap or resell (换取保健品再转卖) are a fraud route, not a spending rule.
  const route = found.some((c) => c.entry.topic === 'illegal-routes');
  return found.filter(
    (c) =>
      !(c.entry.generic && specificCashout) &&
      !(route && c.entry.topic === 'legal-uses') &&
      !found.some((o) => o !== c && isStrictSubset(c.satisfied, o.satisfied)),
  );
}

// Loops, not every/some/find with an arrow: this runs for each entry a clause's words anchor,
// and an arrow that reads the clause's hits is allocated anew each time.

/** A clause holds a handful of hits: searched in place, cheaper than a set made for each clause. */
function holds(own: Hit[], feature: string): boolean {
  for (const h of own) if (h.feature === feature) return true;
  return false;
}

/** @return the first hit of this feature, if any */
function firstOf(hits: Hit[], feature: string): Hit | undefined {
  for (const h of hits) if (h.feature === feature) return h;
  return undefined;
}

function allPresent(features: readonly string[], own: Hit[], contextFeatures: Set<string>): boolean {
  for (const f of features) if (!present(f, own, contextFeatures)) return false;
  return true;
}

function anyPresent(features: readonly string[], own: Hit[], contextFeatures: Set<string>): boolean {
  for (const f of features) if (present(f, own, contextFeatures)) return true;
  return false;
}

const isAnchor = (f: string): boolean => featureRole(f) === 'anchor';

/**
 * Anchor features carry the claim and must stand in the clause; context features (conditions,
 * subjects) may come from a sibling clause of the same segment.
 */
function present(f: string, own: Hit[], contextFeatures: Set<string>): boolean {
  return isAnchor(f) ? holds(own, f) : holds(own, f) || contextFeatures.has(f);
}

/** The last context and its features: the clauses of a segment share one context array, never changed once made. */
let lastContext: Hit[] | null = null;
let lastContextFeatures = new Set<string>();

function featureSet(context: Hit[]): Set<string> {
  if (context !== lastContext) {
    lastContextFeatures = new Set(context.map((h) => h.feature));
    lastContext = context;
  }
  return lastContextFeatures;
}

/** The absent trigger lists, shared rather than made anew for each entry of each clause. */
const NONE: readonly string[] = [];
const NONE_ENTRIES: readonly Entry[] = [];

let byAnchor: Map<string, Entry[]> | null = null;
/** Each entry's place in the dataset, to put picked entries back in dataset order. */
let entryIndex: Map<Entry, number> | null = null;

/** @return the entries whose triggers name this anchor feature, in dataset order (the shared empty list for most features) */
export function anchoredBy(feature: string): readonly Entry[] {
  if (!byAnchor) {
    byAnchor = new Map();
    for (const entry of dataset.entries) {
      const { all = [], any = [] } = entry.triggers;
      for (const f of new Set([...all, ...any])) {
        if (featureRole(f) !== 'anchor') continue;
        byAnchor.set(f, [...(byAnchor.get(f) ?? []), entry]);
      }
    }
  }
  return byAnchor.get(feature) ?? NONE_ENTRIES;
}

/** Entries whose triggers name an anchor feature found in the clause, in dataset order. */
function entriesAnchoredBy(own: Hit[]): readonly Entry[] {
  entryIndex ??= new Map(dataset.entries.map((e, i) => [e, i]));
  // Most clauses have one anchor feature (perhaps hit twice): its entries are in dataset order already.
  let only: readonly Entry[] | null = null;
  let several = false;
  for (const h of own) {
    const entries = anchoredBy(h.feature);
    if (entries.length === 0 || entries === only) continue;
    several = only !== null;
    only = entries;
    if (several) break;
  }
  if (!several) return only ?? NONE_ENTRIES;
  const picked: number[] = [];
  for (const h of own) for (const e of anchoredBy(h.feature)) picked.push(entryIndex.get(e)!);
  // A few entries, sorted and deduplicated, rather than a pass over the whole dataset.
  picked.sort((a, b) => a - b);
  return picked.filter((i, k) => k === 0 || picked[k - 1] !== i).map((i) => dataset.entries[i]!);
}

function isStrictSubset(a: Set<string>, b: Set<string>): boolean {
  if (a.size >= b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

const fuseByEntry = new Map<string, Fuse<PhrasingRecord>>();
const scoreCache = new Map<string, number>();
const SCORE_CACHE_LIMIT = 4096;

function fuseFor(entryId: string): Fuse<PhrasingRecord> {
  let fuse = fuseByEntry.get(entryId);
  if (!fuse) {
    const records = dataset.phrasings.filter((p) => p.entry === entryId);
    const index = Fuse.parseIndex<PhrasingRecord>(dataset.fuseIndexes[entryId] as Parameters<typeof Fuse.parseIndex>[0]);
    fuse = new Fuse(records, FUSE_OPTIONS, index);
    fuseByEntry.set(entryId, fuse);
  }
  return fuse;
}

/**
 * Similarity in [0, 1] of a clause to the closest phrasing of an entry (1 = identical).
 * The clause is cut to 32 characters around its anchor: fuse.js's bitap search works on
 * 32-character patterns, and the words around the anchor carry the meaning.
 */
export function similarity(entryId: string, core: string): number {
  const key = `${entryId}\u0000${core}`;
  const cached = scoreCache.get(key);
  if (cached !== undefined) return cached;
  const best = fuseFor(entryId).search(core, { limit: 1 })[0];
  const sim = best ? 1 - (best.score ?? 1) : 0;
  if (scoreCache.size >= SCORE_CACHE_LIMIT) scoreCache.clear();
  scoreCache.set(key, sim);
  return sim;
}

/** The part of a clause fuse.js compares: punctuation and spaces dropped, 32 characters around the anchor. */
export function coreOf(text: string, start: number, end: number, anchorStart: number): string {
  const from = Math.max(start, Math.min(anchorStart - 16, end - 32));
  return text.slice(from, Math.min(end, from + 32)).replace(/[\s\p{P}\p{S}]/gu, '');
}
