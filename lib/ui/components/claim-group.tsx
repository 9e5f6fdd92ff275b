import type { ComponentChildren } from 'preact';
import type { Claim, Verdict } from '../../engine';
import type { Region } from '../../settings';
import { useLang, useT, type StringKey } from '../helpers/i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';
import { RegionLine } from './region-line';
import { ClaimActions, ClaimItem } from './claim-item';
import type { ClaimGroup, Listed } from '../helpers/group-claims';
import './claim-group.css';

interface Props {
  group: ClaimGroup;
  /** How many of the group's claims to list: a long list is shown a page at a time. */
  count?: number;
  region: Region | null;
  onShow?: (index: number) => void;
  /** The page's address, for sharing a claim; without it, claims have no share button. */
  pageUrl?: string;
  onDismiss?: (claim: Claim) => void;
  onReport?: (index: number) => void;
  /** Shown at the foot of a claim: its report form, or that the report was saved. */
  foot?: (item: Listed) => ComponentChildren;
}

const leadKey = (v: Verdict): StringKey => `panelGroup_${v.replace('-', '_')}` as StringKey;

/**
 * Claims that share a reason: the verdict, the reason and its sources once, then each claim's
 * words with its own buttons. A lone claim is listed as it always was.
 */
export function ClaimGroupItem({ group, count = group.quotes.length, region, onShow, pageUrl, onDismiss, onReport, foot }: Props) {
  const t = useT();
  const lang = useLang();
  const actions = (claim: Claim) => ({ onShow, pageUrl, onDismiss: onDismiss && (() => onDismiss(claim)), onReport });
  if (group.quotes.length === 1) {
    const { claim, index } = group.quotes[0]!;
    return (
      <ClaimItem claim={claim} index={index} region={region} explanation={group.reason} {...actions(claim)}>
        {foot?.(group.quotes[0]!)}
      </ClaimItem>
    );
  }
  const lead = t(leadKey(group.verdict));
  return (
    <li class="claim-group" data-group-verdict={group.verdict} data-entry={group.entry}>
      <div class="claim-head">
        <VerdictBadge verdict={group.verdict} />
        <span class="group-count">{t('panelGroupCount', { n: group.quotes.length })}</span>
      </div>
      <p class="explanation">{group.reason ? `${lead}${lang === 'en' ? ' ' : ''}${group.reason}` : lead}</p>
      {group.verdict === 'region-dependent' && <RegionLine entry={group.entry} region={region} unsetHint={false} />}
      <SourceList sources={group.sources} />
      <ol class="quotes">
        {group.quotes.slice(0, count).map((q) => (
          <li key={`${q.index}:${q.claim.start}`} class="claim" data-verdict={q.claim.verdict} data-index={q.index} tabIndex={-1}>
            <span class="claim-number">{t('panelClaimNumber', { n: q.index + 1 })}</span>
            {/* The page's own words, in Chinese whatever the interface language. */}
            <blockquote lang="zh">{q.claim.text}</blockquote>
            {q.own && <p class="own">{q.own}</p>}
            <ClaimActions claim={q.claim} index={q.index} {...actions(q.claim)} />
            {foot?.(q)}
          </li>
        ))}
      </ol>
    </li>
  );
}
