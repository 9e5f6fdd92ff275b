import type { Bilingual, Source } from './types';
import { entryById } from './dataset';

/** The reader's region as set in the options page. */
export interface Region {
  province: string;
  city?: string;
}

const bare = (name: string): string => name.trim().replace(/(?:省|市|自治区|特别行政区|壮族|回族|维吾尔)+$/u, '');

/**
 * What the dataset knows, with a source, about an entry for the reader's region: a city note
 * when the city matches, else a province-wide note.
 * @return null when nothing sourced is known for that region: the UI then says to ask the local 医保局 / 12393.
 */
export function regionNote(entryId: string, region: Region): { note: Bilingual; sources: Source[] } | null {
  const entry = entryById(entryId);
  if (!entry || !region.province) return null;
  const province = bare(region.province);
  const city = region.city ? bare(region.city) : '';
  const inProvince = entry.regions.filter((r) => bare(r.province) === province);
  const match =
    inProvince.find((r) => r.city !== undefined && city !== '' && bare(r.city) === city) ??
    inProvince.find((r) => r.city === undefined);
  return match ? { note: match.note, sources: match.sources } : null;
}
