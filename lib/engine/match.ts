// Chooses the dataset entries a clause speaks of. Cheap rules first (lexicon features and
// entry triggers), then fuse.js over the few candidates' phrasings for a similarity score.
import Fuse from 'fuse.js';
import { dataset } from './dataset';
import { featureNames, featureRole, type Hit } from './features';
import { FUSE_OPTIONS } from './fuse-options';
import type { Entry, PhrasingRecord } from '../dataset/types';

export interface Candidate {
  entry: Entry;
  /** Where the entry's anchor word stands in the clause. */
  anchor: Hit;
  /** The trigger features the clause (with its context) satisfies, each once. */
  satisfied: readonly string[];
  /** Start of the earliest sibling clause a required feature was borrowed from, if any. */
  borrowedFrom: number | null;
}

/**
 * The lexicon's features as small numbers, and each entry's triggers in them: a clause's words
 * are then marked in typed arrays and each trigger read with one array access, where a name
 * cost a map or set lookup per trigger of every entry a clause's words anchor.
 */
interface Triggers {
  entry: Entry;
  all: Int32Array;
  any: Int32Array;
  context: Int32Array;
  none: Int32Array;
}

interface Compiled {
  names: string[];
  /** 1 where the feature is an anchor. */
  anchor: Uint8Array;
  /** Each entry's triggers, in dataset order. */
  triggers: Triggers[];
  /** For each feature, the entries (indexes into triggers) whose triggers name it as an anchor, in dataset order. */
  byAnchor: Int32Array[];
  /** The ids of 'cashout' and 'payout-procedure' (-1: no trigger names it). */
  cashout: number;
  payout: number;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const id = (f: string): number => {
    let n = idOf.get(f);
    if (n === undefined) {
      idOf.set(f, (n = names.length));
      names.push(f);
    }
    return n;
  };
  // The lexicon's features first, in its order: their ids are the hits' own (Hit.id).
  for (const name of featureNames()) id(name);
  for (const { triggers: t } of dataset.entries) for (const f of [...(t.all ?? []), ...(t.any ?? []), ...(t.none ?? []), ...(t.context ?? [])]) id(f);
  const anchor = Uint8Array.from(names, (f) => (featureRole(f) === 'anchor' ? 1 : 0));
  const ids = (list: readonly string[] = NONE): Int32Array => Int32Array.from(list, id);
  const triggers = dataset.entries.map((entry) => {
    const { all, any, context, none } = entry.triggers;
    return { entry, all: ids(all), any: ids(any), context: ids(context), none: ids(none) };
  });
  const byAnchor = names.map((f) => Int32Array.from(anchoredBy(f), (e) => dataset.entries.indexOf(e)));
  ownMark = new Int32Array(names.length);
  contextMark = new Int32Array(names.length);
  windowMark = new Int32Array(names.length);
  entryMark = new Int32Array(triggers.length);
  trigger = new Int32Array(Math.max(0, ...triggers.map((t) => t.all.length + t.any.length)));
  return { names, anchor, triggers, byAnchor, cashout: idOf.get('cashout') ?? -1, payout: idOf.get('payout-procedure') ?? -1 };
}

/**
 * Features (entries) marked present: a mark equal to the current stamp of its kind. A new stamp
 * empties a set at once.
 */
let ownMark = new Int32Array(0);
let contextMark = new Int32Array(0);
let windowMark = new Int32Array(0);
let entryMark = new Int32Array(0);
let stamp = 0;
/** The last context and window read: the clauses of a segment share one context array, never changed once made. */
let lastContext: Hit[] | null = null;
let contextStamp = 0;
let contextIds = new Int32Array(64);
let lastWindow: Hit[] | null = null;
let windowStamp = 0;
/** The clause's hits' feature ids. */
let ownIds = new Int32Array(64);

function readContext(c: Compiled, context: Hit[]): void {
  if (context === lastContext) return;
  lastContext = context;
  contextStamp = ++stamp;
  if (contextIds.length < context.length) contextIds = new Int32Array(2 * context.length);
  for (let i = 0; i < context.length; i++) {
    const f = context[i]!.id;
    contextIds[i] = f;
    contextMark[f] = contextStamp;
  }
}

/** The window holds the context: a feature found there needs no look before the sentence. */
function inWindow(needs: Int32Array, windowHits: () => Hit[]): boolean {
  for (let i = 0; i < needs.length; i++) if (contextMark[needs[i]!] === contextStamp) return true;
  const window = windowHits();
  if (window !== lastWindow) {
    lastWindow = window;
    windowStamp = ++stamp;
    for (let i = 0; i < window.length; i++) windowMark[window[i]!.id] = windowStamp;
  }
  for (let i = 0; i < needs.length; i++) if (windowMark[needs[i]!] === windowStamp) return true;
  return false;
}

/**
 * @param own feature hits inside the clause
 * @param context feature hits in the clause's sentence segment (sibling clauses included)
 * @param windowHits feature hits in the sentence and the text just before it, for entries that need a context (computed only then);
 * they hold the context's hits
 * @return the entries whose triggers hold, without those a more specific candidate covers
 */
export function candidates(own: Hit[], context: Hit[], windowHits: () => Hit[]): Candidate[] {
  const c = (compiled ??= compile());
  if (stamp > 0x7ffffff0) {
    for (const marks of [ownMark, contextMark, windowMark, entryMark]) marks.fill(0);
    stamp = 0;
    lastContext = lastWindow = null;
  }
  readContext(c, context);
  const ownStamp = ++stamp;
  if (ownIds.length < own.length) ownIds = new Int32Array(2 * own.length);
  for (let i = 0; i < own.length; i++) {
    const f = own[i]!.id;
    ownIds[i] = f;
    ownMark[f] = ownStamp;
  }
  let count = 0;
  satisfiedCount = 0;
  const entries = anchoredEntries(c, own.length, ownStamp);
  if (satisfiedFrom.length <= entries) satisfiedFrom = new Int32Array(2 * (entries + 1));
  for (let e = 0; e < entries; e++) {
    const t = anchored[e]!;
    let holds = true;
    for (let i = 0; i < t.all.length && holds; i++) holds = present(c, t.all[i]!, ownStamp);
    for (let i = 0; i < t.none.length && holds; i++) holds = !present(c, t.none[i]!, ownStamp);
    if (!holds) continue;
    let triggers = 0;
    for (let i = 0; i < t.all.length; i++) trigger[triggers++] = t.all[i]!;
    for (let i = 0; i < t.any.length; i++) if (present(c, t.any[i]!, ownStamp)) trigger[triggers++] = t.any[i]!;
    if (t.any.length > 0 && triggers === t.all.length) continue;
    if (t.context.length > 0 && !inWindow(t.context, windowHits)) continue;
    // The anchor is the word of what the entry is about, which its negation goes with: the action it
    // needs (取现 of 去医保局也不能提取现金), before a place or channel it needs only one of (医保局).
    const anchor = firstAnchor(c, own, t.all.length) ?? firstAnchor(c, own, triggers);
    if (!anchor) continue;
    let borrowedFrom: number | null = null;
    let names = 0;
    const from = satisfiedCount;
    for (let j = 0; j < triggers; j++) {
      const f = trigger[j]!;
      if (!triggered(f, j)) {
        satisfiedNames[names++] = c.names[f]!;
        if (satisfiedCount === satisfiedIds.length) satisfiedIds = grow(satisfiedIds);
        satisfiedIds[satisfiedCount++] = f;
      }
      if (ownMark[f] === ownStamp) continue;
      let at = 0;
      while (at < context.length && contextIds[at] !== f) at++;
      if (at < context.length && (borrowedFrom === null || context[at]!.start < borrowedFrom)) borrowedFrom = context[at]!.start;
    }
    satisfiedFrom[count] = from;
    pending[count++] = { entry: t.entry, anchor, satisfied: satisfiedNames.slice(0, names), borrowedFrom };
    satisfiedFrom[count] = satisfiedCount;
  }
  if (count < 2) {
    // Nothing to compare: the filter below would keep it unless it is a generic cash-out entry,
    // which only a specific one displaces.
    return count === 0 ? [] : [pending[0]!];
  }
  // A specific entry for the same withdrawal (支取手续 on settling abroad) explains it better than
  // the generic "the balance comes out" reading.
  let specificCashout = false;
  // Goods bought with the card to swap or resell (换取保健品再转卖) are a fraud route, not a spending rule.
  let route = false;
  for (let k = 0; k < count; k++) {
    const { entry } = pending[k]!;
    if (!entry.generic && (holds(k, c.cashout) || holds(k, c.payout))) specificCashout = true;
    if (entry.topic === 'illegal-routes') route = true;
  }
  // Read by feature ids (a candidate's satisfied names are distinct, as its ids are): no closure or name comparison per pair.
  const out: Candidate[] = [];
  for (let k = 0; k < count; k++) {
    const { entry } = pending[k]!;
    if (entry.generic && specificCashout) continue;
    if (route && entry.topic === 'legal-uses') continue;
    let covered = false;
    for (let o = 0; o < count && !covered; o++) covered = o !== k && strictSubset(k, o);
    if (!covered) out.push(pending[k]!);
  }
  return out;
}

/** @return true when pending candidate k satisfies feature f (f < 0: a feature no trigger names) */
function holds(k: number, f: number): boolean {
  for (let i = satisfiedFrom[k]!; i < satisfiedFrom[k + 1]!; i++) if (satisfiedIds[i] === f) return true;
  return false;
}

/** @return true when pending candidate a's satisfied features are a strict subset of b's */
function strictSubset(a: number, b: number): boolean {
  if (satisfiedFrom[a + 1]! - satisfiedFrom[a]! >= satisfiedFrom[b + 1]! - satisfiedFrom[b]!) return false;
  for (let i = satisfiedFrom[a]!; i < satisfiedFrom[a + 1]!; i++) if (!holds(b, satisfiedIds[i]!)) return false;
  return true;
}

/** Reused: the satisfied features (ids) of the pending candidates, candidate k's at satisfiedFrom[k] … satisfiedFrom[k + 1] - 1. */
let satisfiedIds: Int32Array = new Int32Array(64);
let satisfiedFrom = new Int32Array(64);
let satisfiedCount = 0;

function grow(a: Int32Array): Int32Array {
  const grown = new Int32Array(2 * a.length);
  grown.set(a);
  return grown;
}

/**
 * Anchor features carry the claim and must stand in the clause; context features (conditions,
 * subjects) may come from a sibling clause of the same segment.
 */
function present(c: Compiled, f: number, ownStamp: number): boolean {
  return ownMark[f] === ownStamp || (c.anchor[f] === 0 && contextMark[f] === contextStamp);
}

/** The absent trigger lists, shared rather than made anew for each entry. */
const NONE: readonly string[] = [];
const NONE_ENTRIES: readonly Entry[] = [];

let byAnchor: Map<string, Entry[]> | null = null;

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

/** Reused: the entries a clause's anchors name, in dataset order, anchored[0 … anchoredEntries()); never shortened (setting an array's length is a call into the runtime). */
const anchored: Triggers[] = [];

/** Reused: the trigger features of the entry being read that the clause holds, in candidates. */
let trigger = new Int32Array(0);

/**
 * Reused: the candidates and one's satisfied features as they are found, copied out at their
 * exact size (an array filled by push reserves room for 17, and every clause with an anchor has a few).
 */
const pending: Candidate[] = [];
const satisfiedNames: string[] = [];

/** @return true when feature f is one of trigger[0 … count) */
/** @return the clause's first anchor word among the first `count` triggers, if any */
function firstAnchor(c: Compiled, own: Hit[], count: number): Hit | undefined {
  for (let i = 0; i < own.length; i++) {
    const f = ownIds[i]!;
    if (c.anchor[f] === 1 && triggered(f, count)) return own[i];
  }
  return undefined;
}

function triggered(f: number, count: number): boolean {
  for (let j = 0; j < count; j++) if (trigger[j] === f) return true;
  return false;
}

/** Puts the entries whose triggers name an anchor feature found in the clause (ownIds, marked with stamp) in `anchored`, in dataset order. @return how many */
function anchoredEntries(c: Compiled, n: number, ownStamp: number): number {
  // Most clauses have one anchor feature (perhaps hit twice): its entries are in dataset order already.
  let only: Int32Array | null = null;
  let several = false;
  for (let i = 0; i < n && !several; i++) {
    const f = ownIds[i]!;
    if (c.byAnchor[f]!.length === 0 || c.byAnchor[f] === only) continue;
    several = only !== null;
    only = c.byAnchor[f]!;
  }
  let count = 0;
  if (!only) return 0;
  if (!several) {
    for (const e of only) anchored[count++] = c.triggers[e]!;
    return count;
  }
  // A few entries marked, then read in dataset order, rather than sorted.
  for (let i = 0; i < n; i++) {
    for (const e of c.byAnchor[ownIds[i]!]!) entryMark[e] = ownStamp;
  }
  for (let e = 0; e < c.triggers.length; e++) if (entryMark[e] === ownStamp) anchored[count++] = c.triggers[e]!;
  return count;
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
