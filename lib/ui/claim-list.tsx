import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, Verdict } from '../engine';
import { regionNote } from '../engine';
import type { Region } from '../settings';
import { t, type Lang } from '../i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';
import { VerdictSummary } from './verdict-summary';

interface ItemProps {
  claim: Claim;
  index: number;
  lang: Lang;
  region: Region | null;
  focused: boolean;
  onShow?: (index: number) => void;
}

/** What a region-dependent claim means where the reader lives, or where to ask. */
function RegionLine({ entry, region, lang }: { entry: string; region: Region | null; lang: Lang }) {
  const note = region ? regionNote(entry, region) : null;
  if (note) {
    return (
      <div class="region">
        {t(lang, 'panelRegionNote')} {region!.province}
        {region!.city ? ` ${region!.city}` : ''}：{note.note[lang]}
        <SourceList sources={note.sources} label={t(lang, 'panelSources')} />
      </div>
    );
  }
  return <div class="region">{t(lang, 'panelRegionUnknown')}</div>;
}

export function ClaimItem({ claim, index, lang, region, focused, onShow }: ItemProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused && ref.current) {
      ref.current.scrollIntoView?.({ block: 'center' });
      ref.current.focus();
    }
  }, [focused]);
  return (
    <li ref={ref} class={`claim${focused ? ' focused' : ''}`} data-verdict={claim.verdict} tabIndex={-1}>
      <VerdictBadge verdict={claim.verdict} lang={lang} />
      <blockquote>{claim.text}</blockquote>
      <p>{claim.explanation[lang]}</p>
      {claim.verdict === 'region-dependent' && <RegionLine entry={claim.entry} region={region} lang={lang} />}
      <SourceList sources={claim.sources} label={t(lang, 'panelSources')} />
      {onShow && (
        <div class="actions">
          <button type="button" onClick={() => onShow(index)}>
            {t(lang, 'panelShowInPage')}
          </button>
        </div>
      )}
    </li>
  );
}

interface ListProps {
  claims: Claim[];
  lang: Lang;
  region: Region | null;
  /** Index (in `claims`) to scroll to and focus. */
  focus?: number;
  onShow?: (index: number) => void;
}

/** The page's claims in page order, with a summary that filters by verdict. */
export function ClaimList({ claims, lang, region, focus, onShow }: ListProps) {
  const [filter, setFilter] = useState<Verdict | null>(null);
  useEffect(() => {
    // Asked to show a claim the filter hides: show everything.
    if (focus !== undefined && filter && claims[focus]?.verdict !== filter) setFilter(null);
  }, [focus]);
  return (
    <>
      <VerdictSummary claims={claims} lang={lang} filter={filter} onFilter={setFilter} />
      <ol class="claims">
        {claims.map((c, i) =>
          filter && c.verdict !== filter ? null : (
            <ClaimItem key={`${c.start}-${c.end}`} claim={c} index={i} lang={lang} region={region} focused={focus === i} onShow={onShow} />
          ),
        )}
      </ol>
    </>
  );
}
