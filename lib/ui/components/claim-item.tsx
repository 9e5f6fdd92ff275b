import type { ComponentChildren } from 'preact';
import type { Claim } from '../../engine';
import type { Region } from '../../settings';
import { usePick, useT } from '../helpers/i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';
import { RegionLine } from './region-line';
import { ShareButton } from './share-button';

interface ActionProps {
  claim: Claim;
  /** Position in the page's claim list: what the content script knows the claim by. */
  index: number;
  onShow?: (index: number) => void;
  /** The page's address: given, the claim can be shared (copied as text). */
  pageUrl?: string;
  /** Hides the claim on its page for good (the panel offers an undo). */
  onDismiss?: (index: number) => void;
  /** Opens the form to report a wrong verdict. */
  onReport?: (index: number) => void;
}

interface Props extends ActionProps {
  region: Region | null;
  /** The explanation to show; the claim's own, in the interface language, when omitted. */
  explanation?: string;
  /** Shown at the foot of the item: the report form, or that the report was saved. */
  children?: ComponentChildren;
}

/** What a reader can do with one claim of the page: dismiss it, report it, share it, see it in the page. */
export function ClaimActions({ claim, index, onShow, pageUrl, onDismiss, onReport }: ActionProps) {
  const t = useT();
  if (!onShow && pageUrl === undefined && !onDismiss && !onReport) return null;
  return (
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
  );
}

/** One claim: the page's words, the verdict, why, and the sources. Page text is only ever text. */
export function ClaimItem({ claim, index, region, explanation, children, ...actions }: Props) {
  const t = useT();
  const pick = usePick();
  return (
    <li class="claim" data-verdict={claim.verdict} data-entry={claim.entry} data-index={index} tabIndex={-1}>
      <div class="claim-head">
        <VerdictBadge verdict={claim.verdict} />
        <span class="claim-number">{t('panelClaimNumber', { n: index + 1 })}</span>
      </div>
      {/* The page's own words, in Chinese whatever the interface language. */}
      <blockquote lang="zh">{claim.text}</blockquote>
      <p class="explanation">{explanation ?? pick(claim.explanation)}</p>
      {/* Without a region, the panel says once where to set it. */}
      {claim.verdict === 'region-dependent' && <RegionLine entry={claim.entry} region={region} unsetHint={false} />}
      <SourceList sources={claim.sources} />
      <ClaimActions claim={claim} index={index} {...actions} />
      {children}
    </li>
  );
}
