import type { AnalyzeOptions, Claim } from './types';

/** Placeholder until the pipeline lands: finds nothing. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Claim[] {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  return [];
}
