import { regionNote } from '../engine';
import type { Region } from '../settings';
import { usePick, useT } from './i18n';
import { SourceList } from './source-list';

/** What a region-dependent claim means where the reader lives, or where to ask. */
export function RegionLine({ entry, region }: { entry: string; region: Region | null }) {
  const t = useT();
  const pick = usePick();
  if (!region) return <p class="region">{t('panelRegionUnset')}</p>;
  const place = region.city ? `${region.province} ${region.city}` : region.province;
  const known = regionNote(entry, region);
  return (
    <div class="region">
      <p>
        <strong>
          {t('panelRegionNote')}
          {place}
        </strong>{' '}
        {known ? pick(known.note) : t('panelRegionUnknown')}
      </p>
      {known && <SourceList sources={known.sources} />}
    </div>
  );
}
