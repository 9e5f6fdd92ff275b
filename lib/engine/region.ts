import type { Bilingual, Source } from './types';

/** The reader's region as set in the options page. */
export interface Region {
  province: string;
  city?: string;
}

/**
 * What the dataset knows about a region-dependent entry for the reader's region.
 * @return null when nothing sourced is known for that region: the UI then says to ask the local 医保局 / 12393.
 */
export function regionNote(_entry: string, _region: Region): { note: Bilingual; sources: Source[] } | null {
  return null;
}
