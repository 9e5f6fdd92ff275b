import type { Bilingual, Source, Stance, Verdict } from './types';

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

/** Placeholder until the pipeline lands. */
export function lookup(_query: string, _options: LookupOptions = {}): LookupResult[] {
  return [];
}
