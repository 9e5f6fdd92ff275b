// Answers a claim or question typed into the popup: the engine's rules first (they know
// stance and negation), then fuse.js over every phrasing for wording the rules do not cover.
import Fuse from 'fuse.js';
import type { Bilingual, Source, Stance, Verdict } from './types';
import type { PhrasingRecord } from '../dataset/types';
import { analyze } from './analyze';
import { dataset, entryById } from './dataset';
import { FUSE_OPTIONS } from './fuse-options';
import { normalize } from './normalize';
import { explanationFor } from './explain';
import { countNegators } from './stance';
import { findFeatures, isAnchor } from './features';
import { candidates } from './match';
import { kindOf } from './rules';

/** One dataset entry that answers a typed or pasted claim or question. */
export interface LookupResult {
  entry: string;
  /** The verdict of the query as stated (a question is judged as its affirmative form). */
  verdict: Verdict;
  stance: Stance;
  /** Match quality in [0, 1], 1 = best. */
  score: number;
  /** Short title of the entry. */
  summary: Bilingual;
  explanation: Bilingual;
  sources: Source[];
}

export interface LookupOptions {
  /** At most this many results (default 3). */
  limit?: number;
}

/** Longest query worth analysing: the popup is for a claim or a paragraph, not a page. */
export const MAX_QUERY_LENGTH = 2000;
/** Fuse.js matches weaker than this are noise for a short query. */
const MIN_FUSE_SCORE = 0.35;
/** Where the rules already answered, fuse.js adds only close matches. */
const MIN_EXTRA_FUSE_SCORE = 0.6;
/** Words every phrasing shares: they would make every entry match equally well. */
const COMMON_WORDS = /医保卡|医保|医疗保险|个人账户|账户|余额|里的钱|里面的钱|的钱|卡里|可以|可不可以|能不能|能否|能|我的|我|请问|吗|呢|么|的/g;

let globalFuse: Fuse<PhrasingRecord> | null = null;

function fuse(): Fuse<PhrasingRecord> {
  globalFuse ??= new Fuse(
    dataset.phrasings,
    { ...FUSE_OPTIONS, threshold: 0.6 },
    Fuse.parseIndex<PhrasingRecord>(dataset.globalIndex as Parameters<typeof Fuse.parseIndex>[0]),
  );
  return globalFuse;
}

function result(entryId: string, stance: Stance, score: number): LookupResult | null {
  const entry = entryById(entryId);
  if (!entry) return null;
  const verdict = entry.verdicts[stance];
  return {
    entry: entry.id,
    verdict,
    stance,
    score: Math.round(score * 100) / 100,
    summary: entry.summary,
    explanation: explanationFor(entry, verdict),
    sources: entry.sources,
  };
}

/**
 * @return the entries whose triggers the query's words meet: an illegal route or a penalty is answered only
 * where the query names it whole. "在药店的POS机上刷" looks like 用POS机刷医保卡套现 (and, less, like the
 * penalties for it) but asks about paying at a pharmacy.
 */
function entriesNamed(norm: string): Set<string> {
  const hits = findFeatures(norm, 0, norm.length);
  const anchors = hits.filter((h) => isAnchor(h.id));
  return new Set(candidates(anchors, hits, () => hits).map((c) => c.entry.id));
}

/**
 * @return the best-matching entries for the query, best first; empty for a blank query
 */
export function lookup(query: string, options: LookupOptions = {}): LookupResult[] {
  if (typeof query !== 'string') throw new TypeError('lookup: query must be a string');
  const limit = options.limit ?? 3;
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return [];
  const byEntry = new Map<string, LookupResult>();
  const add = (r: LookupResult | null): void => {
    if (r && !byEntry.has(r.entry)) byEntry.set(r.entry, r);
  };
  const claims = analyze(text, { assumeTopic: true, questionsAsClaims: true });
  for (const c of [...claims].sort((a, b) => b.confidence - a.confidence)) add(result(c.entry, c.stance, c.confidence));
  // Fuse.js reads 32 characters at a time; a short query is compared whole, a long one by its start.
  const normalized = normalize(text);
  const core = normalized.replace(/[\s\p{P}\p{S}]/gu, '').replace(COMMON_WORDS, '').slice(0, 32);
  if (core.length >= 2) {
    const stance: Stance = countNegators(normalized) % 2 === 1 ? 'deny' : 'affirm';
    const answered = byEntry.size > 0;
    const floor = answered ? MIN_EXTRA_FUSE_SCORE : MIN_FUSE_SCORE;
    // A two- or three-character core ("取现") is in too many phrasings to add anything to an answer.
    const searchable = !answered || core.length >= 4;
    const fits = entriesNamed(normalized);
    for (const hit of searchable ? fuse().search(core, { limit: 12 }) : []) {
      const score = 1 - (hit.score ?? 1);
      if (score < floor) break;
      if (kindOf(entryById(hit.item.entry)!) !== 'fact' && !fits.has(hit.item.entry)) continue;
      add(result(hit.item.entry, stance, score * 0.8));
    }
  }
  return [...byEntry.values()].slice(0, limit);
}
