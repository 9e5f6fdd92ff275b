import type { LookupResult } from '../engine';
import { t, type Lang } from '../i18n';
import { VerdictBadge } from './verdict-badge';
import { SourceList } from './source-list';

/** Dataset entries answering a typed claim, question or selection. */
export function LookupResults({ results, lang }: { results: LookupResult[]; lang: Lang }) {
  if (results.length === 0) return <p class="state">{t(lang, 'popupNoResult')}</p>;
  return (
    <ol class="claims">
      {results.map((r) => (
        <li key={r.entry} class="claim" data-verdict={r.verdict}>
          <span class="muted">{t(lang, 'popupAsStated')}</span> <VerdictBadge verdict={r.verdict} lang={lang} />
          <p class="title">{r.summary[lang]}</p>
          <p>{r.explanation[lang]}</p>
          <SourceList sources={r.sources} label={t(lang, 'panelSources')} />
        </li>
      ))}
    </ol>
  );
}
