import type { LookupResult } from '../engine';
import { usePick, useT } from './i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';

/** Dataset entries answering a typed claim, question or selection, best first. */
export function LookupResults({ results }: { results: LookupResult[] }) {
  const t = useT();
  const pick = usePick();
  if (results.length === 0) return <p class="state">{t('popupNoResult')}</p>;
  return (
    <ol class="claims results" aria-label={t('popupResults')}>
      {results.map((r) => (
        <li key={r.entry} class="claim" data-verdict={r.verdict}>
          <div class="claim-head">
            <span class="muted">{t('popupAsStated')}</span>
            <VerdictBadge verdict={r.verdict} />
          </div>
          <p class="title">{pick(r.summary)}</p>
          <p class="explanation">{pick(r.explanation)}</p>
          <SourceList sources={r.sources} />
        </li>
      ))}
    </ol>
  );
}
