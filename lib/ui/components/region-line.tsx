import type { Claim } from '../../engine';
import { regionNote } from '../../engine';
import type { Region } from '../../settings';
import { usePick, useT } from '../helpers/i18n';
import { SourceList } from './source-list';
import { endsWithHotline } from '../helpers/hotline';

interface Props {
  entry: string;
  region: Region | null;
  /** Without a region, say where to set it; off where the page's note already says so once. */
  unsetHint?: boolean;
}

/**
 * What a region-dependent claim means where the reader lives: the dataset's sourced rule for the
 * city, else for the province; and plainly, when the dataset has none for that place, that it
 * has none. The dataset knows few places, so this says which it fell back on.
 */
export function RegionLine({ entry, region, unsetHint = true }: Props) {
  const t = useT();
  const pick = usePick();
  if (!region) return unsetHint ? <p class="region">{t('panelRegionUnset')}</p> : null;
  const place = region.city ? `${region.province} ${region.city}` : region.province;
  const known = regionNote(entry, region);
  // The note found for the city is the province's own when the province alone finds the same one.
  const provinceWide = !!known && !!region.city && regionNote(entry, { province: region.province })?.note.zh === known.note.zh;
  return (
    <div class="region" data-region={known ? (provinceWide ? 'province' : 'known') : 'none'}>
      <p>
        <strong>
          {t('panelRegionNote')}
          {place}
        </strong>{' '}
        {!known
          ? t('panelRegionUnknown', { place: region.city ?? region.province })
          : provinceWide
            ? `${t('panelRegionProvinceOnly', { city: region.city!, province: region.province })}${pick(known.note)}`
            : pick(known.note)}
      </p>
      {known && <SourceList sources={known.sources} />}
    </div>
  );
}

/**
 * Said once above the side panel's list when any claim there depends on local rules: where to
 * ask (the local 医保局, the 12393 hotline), and without a region, where to set it. The items
 * leave the same advice out (hotline.ts).
 */
export function HotlineNote({ claims, region }: { claims: readonly Claim[]; region: Region | null }) {
  const t = useT();
  const pick = usePick();
  if (!claims.some((c) => c.verdict === 'region-dependent' || endsWithHotline(pick(c.explanation)))) return null;
  return (
    <div class="hotline" role="note">
      <p>{t('panelHotline')}</p>
      {!region && <p>{t('panelRegionUnset')}</p>}
    </div>
  );
}
