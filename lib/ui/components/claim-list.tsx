import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, Verdict } from '../../engine';
import type { Region } from '../../settings';
import { usePick, useT } from '../helpers/i18n';
import { ClaimGroupItem } from './claim-group';
import { firstQuotes, groupClaims, listedOrder } from '../helpers/group-claims';
import { withoutHotline } from '../helpers/hotline';
import { HotlineNote } from './region-line';
import { VerdictSummary } from './verdict-summary';
import { ReportForm } from './report-form';
import type { ReaderActions } from '../helpers/reader-actions';
import { claimKey } from '../../claim-identity';
import { LIST_PAGE, limitFor, moreCount } from '../helpers/list-page';

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
  /** Keys (claimKey) of the claims dismissed on this page: left out at once, before the page reports without them. */
  dismissed?: ReadonlySet<string>;
  /** Dismissing and reporting; without them, claims have neither button. */
  actions?: ReaderActions;
}

/**
 * The page's claims under a summary whose counts filter the list: claims that share a reason
 * as one group (group-claims.ts), the groups in page order.
 */
export function ClaimList({ claims: all, region, focus, onShow, pageUrl, dismissed, actions }: Props) {
  const t = useT();
  const pick = usePick();
  const [filter, setFilter] = useState<Verdict | null>(null);
  /** A long list is shown a page at a time (list-page.ts). */
  const [limit, setLimit] = useState(LIST_PAGE);
  /** The claim whose report form is open, and the claims reported since the panel opened (by index). */
  const [reporting, setReporting] = useState<number | null>(null);
  const [reported, setReported] = useState<ReadonlySet<number>>(new Set());
  // Indices stay the page's: the content script knows claims by them.
  const claims = dismissed?.size ? all.map((c) => (dismissed.has(claimKey(c.text)) ? null : c)) : all;
  const visible = claims.filter((c): c is Claim => c !== null);
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
    if (!item) {
      // Further down a long list than shown: show the list down to it.
      const position = listedOrder(groups).findIndex((s) => s.index === focus.index);
      if (position >= limit) setLimit(limitFor(position));
      return;
    }
    served.current = focus;
    item.scrollIntoView?.({ block: 'center' });
    item.focus({ preventScroll: true });
  });
  const shown = claims
    .map((claim, index) => ({ claim, index }))
    .filter((s): s is { claim: Claim; index: number } => s.claim !== null && (!filter || s.claim.verdict === filter));
  // The 12393 advice is said once, above the list.
  const groups = groupClaims(shown, (c) => withoutHotline(pick(c.explanation)));
  return (
    <>
      <VerdictSummary claims={visible} filter={filter} onFilter={setFilter} />
      <HotlineNote claims={visible} region={region} />
      {shown.length === 0 ? (
        <p class="state">{t('panelFilterEmpty')}</p>
      ) : (
        <ol ref={list} class="claims" aria-label={t('panelClaims')}>
          {firstQuotes(groups, limit).map(({ group, count }) => (
            <ClaimGroupItem
              key={group.key}
              group={group}
              count={count}
              region={region}
              onShow={onShow}
              pageUrl={pageUrl}
              onDismiss={actions && ((claim) => actions.dismiss(claim.text, false))}
              onReport={actions && ((i) => setReporting(reporting === i ? null : i))}
              foot={({ claim, index }) => (<>
              {actions && reporting === index && (
                <ReportForm
                  claim={claim}
                  index={index}
                  onCancel={() => setReporting(null)}
                  onSubmit={(suggested, comment) => {
                    actions.report(claim, suggested, comment);
                    setReporting(null);
                    setReported((r) => new Set(r).add(index));
                  }}
                />
              )}
              {reported.has(index) && reporting !== index && (
                <p class="saved" role="status">
                  ✓ {t('feedbackSaved')}
                </p>
              )}
              </>)}
            />
          ))}
        </ol>
      )}
      {shown.length > limit && (
        <button type="button" class="show-more" data-action="show-more" onClick={() => setLimit(limit + LIST_PAGE)}>
          {t('panelShowMore', { n: moreCount(shown.length, limit) })}
        </button>
      )}
    </>
  );
}
