import type { ComponentChildren } from 'preact';
import type { Claim } from '../engine';
import type { Region } from '../settings';
import { usePick, useT } from './i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';
import { RegionLine } from './region-line';
import { ShareButton } from './share-button';

interface Props {
  claim: Claim;
  /** Position in the page's claim list: what the content script knows the claim by. */
  index: number;
  region: Region | null;
  onShow?: (index: number) => void;
  /** The page's address: given, the item can be shared (copied as text). */
  pageUrl?: string;
  /** Hides the claim on its page for good (the panel offers an undo). */
  onDismiss?: (index: number) => void;
  /** Opens the form to report a wrong verdict. */
  onReport?: (index: number) => void;
  /** Shown at the foot of the item: the report form, or that the report was saved. */
  children?: ComponentChildren;
}

/** One claim: the page's words, the verdict, why, and the sources. Page text is only ever text. */
export function ClaimItem({ claim, index, region, onShow, pageUrl, onDismiss, onReport, children }: Props) {
  const t = useT();
  const pick = usePick();
  return (
    <li class="claim" data-verdict={claim.verdict} data-index={index} tabIndex={-1}>
      <div class="claim-head">
        <VerdictBadge verdict={claim.verdict} />
        <span class="claim-number">{t('panelClaimNumber', { n: index + 1 })}</span>
      </div>
      {/* The page's own words, in Chinese whatever the interface language. */}
      <blockquote lang="zh">{claim.text}</blockquote>
      <p class="explanation">{pick(claim.explanation)}</p>
      {claim.verdict === 'region-dependent' && <RegionLine entry={claim.entry} region={region} />}
      <SourceList sources={claim.sources} />
      {(onShow || pageUrl !== undefined || onDismiss || onReport) && (
        <div class="actions">
          {onDismiss && (
            <button type="button" data-action="dismiss" onClick={() => onDismiss(index)}>
              {t('cardDismiss')}
            </button>
          )}
          {onReport && (
            <button type="button" data-action="report" onClick={() => onReport(index)}>
              {t('cardReport')}
            </button>
          )}
          {pageUrl !== undefined && <ShareButton claim={claim} pageUrl={pageUrl} />}
          {onShow && (
            <button type="button" onClick={() => onShow(index)}>
              {t('panelShowInPage')}
            </button>
          )}
        </div>
      )}
      {children}
    </li>
  );
}
