import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, Verdict } from '../engine';
import type { Region } from '../settings';
import { useT } from './i18n';
import { ClaimItem } from './claim-item';
import { VerdictSummary } from './verdict-summary';

/** A request to bring claim `index` into view; a new object each time it is asked. */
export interface FocusRequest {
  index: number;
}

interface Props {
  /** The page's claims, in page order. */
  claims: Claim[];
  region: Region | null;
  focus?: FocusRequest | null;
  onShow?: (index: number) => void;
  /** The page's address, for sharing a claim; without it, claims have no share button. */
  pageUrl?: string;
}

/** The page's claims in page order, under a summary whose counts filter the list. */
export function ClaimList({ claims, region, focus, onShow, pageUrl }: Props) {
  const t = useT();
  const [filter, setFilter] = useState<Verdict | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // Each request is served once, even though the claims may be re-sent as the page changes.
  const served = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (!focus || served.current === focus) return;
    const target = claims[focus.index];
    if (!target) return; // The claims have not arrived yet.
    if (filter && target.verdict !== filter) {
      // Asked for a claim the filter hides: show everything rather than nothing.
      setFilter(null);
      return;
    }
    const item = list.current?.querySelector<HTMLElement>(`[data-index="${focus.index}"]`);
    if (!item) return;
    served.current = focus;
    item.scrollIntoView?.({ block: 'center' });
    item.focus({ preventScroll: true });
  });
  const shown = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => !filter || claim.verdict === filter);
  return (
    <>
      <VerdictSummary claims={claims} filter={filter} onFilter={setFilter} />
      {shown.length === 0 ? (
        <p class="state">{t('panelFilterEmpty')}</p>
      ) : (
        <ol ref={list} class="claims" aria-label={t('panelClaims')}>
          {shown.map(({ claim, index }) => (
            <ClaimItem key={`${index}:${claim.start}`} claim={claim} index={index} region={region} onShow={onShow} pageUrl={pageUrl} />
          ))}
        </ol>
      )}
    </>
  );
}
